package eu.mobilisesme.review.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What matching needs of one sending or hosting application, read from the form's fields.
 *
 * @param wantedCountries sending: the countries where it wants a host; hosting: the countries it would like
 *                        participants from (empty: any)
 * @param naceDivision    the first two digits of the NACE code, or empty when none was given
 * @param languages       hosting: the company's working languages; sending: each participant's languages
 * @param from            sending: the preferred start; hosting: available from
 * @param to              sending: the start plus the duration; hosting: available until, null when not asked
 * @param months          sending: the duration in months; hosting: 0
 * @param people          sending: the participants to send; hosting: how many it can host, 0 when not asked
 * @param partnerNamed    the partner named in the form (host or sender name, and a sending form's host e-mail)
 * @param caseId          the case (repeat submitter) this application belongs to; its own reference if alone
 * @param caseSize        how many submissions that case has
 */
public record Application(String id, String reference, Side side, String company, String tradingName, String vat,
                          String email, String country, Set<String> wantedCountries, String naceSection,
                          String naceDivision, List<Set<String>> languages, LocalDate from, LocalDate to, int months,
                          int people, String eligibility, String status, List<String> partnerNamed, String caseId,
                          int caseSize) {

    public Application {
        wantedCountries = Set.copyOf(wantedCountries);
        languages = languages.stream().map(Set::copyOf).toList();
        partnerNamed = List.copyOf(partnerNamed);
    }

    public Application withCase(String id, int size) {
        return new Application(this.id, reference, side, company, tradingName, vat, email, country, wantedCountries,
                naceSection, naceDivision, languages, from, to, months, people, eligibility, status, partnerNamed, id,
                size);
    }
}
