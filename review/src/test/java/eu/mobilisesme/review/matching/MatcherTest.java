package eu.mobilisesme.review.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scorer and the ranking on a fixture of 34 sending and 34 hosting applications whose best pairs are known.
 *
 * <p>Pair i (0–29): S_i (Spain) wants exactly the country of H_i, COUNTRIES[i % 10]; S_i and H_i share a sector
 * that is the same for the ten pairs of a group g = i / 10 (g0: C/10, g1: J/62, g2: I/55); participants speak
 * es+en, hosts en+fr; S_i wants 3 months from 2027-03-01, every host is open 2027-01-01 to 2027-12-31 and takes 2;
 * all eligible, hosts welcome any country. So, hand-checked:
 * <ul>
 *   <li>S_i–H_i: country 25 + from 5 + division 20 + languages 15 + dates 20 + capacity 10 + eligible 5 = 100</li>
 *   <li>S_i–H_j, same country, other group: 100 − 20 (sector) = 80</li>
 *   <li>S_i–H_j, other country, same group: 100 − 25 (country) = 75; other country and group: 55</li>
 * </ul>
 * Variations, each still leaving H_i the best of S_i unless said:
 * <ul>
 *   <li>S_3 sends 2 people, H_3 takes 1: 100 − 10 = 90 (H_13, H_23: 80)</li>
 *   <li>H_7 works in German only: no shared language, 100 − 15 = 85 (H_17, H_27: 80)</li>
 *   <li>H_29 is open only until 2027-04-16: 46 of the 92 days wanted, dates 10, 90 (H_9, H_19: 80)</li>
 *   <li>H_11 has the division 63 (same section J): 100 − 20 + 12 = 92 (H_1, H_21: 80)</li>
 *   <li>S_5 names H_17 by name: H_17 ranks first (S_5–H_17 = 55), H_5 second (100)</li>
 *   <li>H_22 names S_8 by VAT number: S_8 first for H_22 (S_8–H_22 = 55) and H_22 first for S_8</li>
 *   <li>S_12 names H_4 by reference: H_4 first for S_12</li>
 *   <li>H_30 and H_31 are copies of H_0: S_0 has three candidates at 100, in reference order H00, H30, H31</li>
 *   <li>S_32 (Belgium) wants Belgium: Belgian hosts (H_0, H_10, H_20, H_30, H_31) are no candidates at all</li>
 *   <li>S_33 and H_33 are one company (one case), a perfect pair otherwise (NL, I/55): never each other's
 *   candidate. H_33 ties with H_21 for S_21 (100 each) and S_33 with S_21 for H_21: the reference decides.</li>
 * </ul>
 */
class MatcherTest {

    static final List<String> COUNTRIES = List.of("BE", "NL", "FR", "DE", "IT", "PT", "AT", "IE", "PL", "SE");
    static final List<String> SECTIONS = List.of("C", "J", "I");
    static final List<String> DIVISIONS = List.of("10", "62", "55");
    static final LocalDate START = LocalDate.of(2027, 3, 1);

    static String two(int i) {
        return String.format("%02d", i);
    }

    static Application sending(int i, String country, Set<String> wanted, int group, int people,
                               List<String> partner, String caseId) {
        List<Set<String>> languages = people == 1 ? List.of(Set.of("es", "en")) : List.of(Set.of("es", "en"),
                Set.of("es", "fr"));
        return new Application("s" + i, "MSME-S" + two(i), Side.SENDING, "Sender " + i, "", "ESB100000" + two(i),
                "s" + i + "@example.es", country, wanted, SECTIONS.get(group), DIVISIONS.get(group), languages,
                START, START.plusMonths(3), 3, people, "eligible", "new", partner, caseId, 1);
    }

    static Application hosting(int i, String country, int group, String division, Set<String> languages,
                               LocalDate until, int capacity, List<String> partner, String caseId) {
        return new Application("h" + i, "MSME-H" + two(i), Side.HOSTING, "Host " + i + " SA", "", country + "0999" + two(i),
                "h" + i + "@example.eu", country, Set.of(), SECTIONS.get(group), division, List.of(languages),
                LocalDate.of(2027, 1, 1), until, 0, capacity, "eligible", "new", partner, caseId, 1);
    }

    static List<Application> fixture() {
        List<Application> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int group = i / 10;
            String host = COUNTRIES.get(i % 10);
            List<String> named = switch (i) {
                case 5 -> List.of("  host 17 s.a. ");
                case 12 -> List.of("our partner MSME-H04");
                default -> List.of();
            };
            all.add(sending(i, "ES", Set.of(host), group, i == 3 ? 2 : 1, named, "MSME-S" + two(i)));
            all.add(hosting(i, host, group, i == 11 ? "63" : DIVISIONS.get(group),
                    i == 7 ? Set.of("de") : Set.of("en", "fr"),
                    i == 29 ? LocalDate.of(2027, 4, 16) : LocalDate.of(2027, 12, 31), i == 3 ? 1 : 2,
                    i == 22 ? List.of("Sender eight, VAT ES B10000008") : List.of(), "MSME-H" + two(i)));
        }
        all.add(hosting(30, "BE", 0, "10", Set.of("en", "fr"), LocalDate.of(2027, 12, 31), 2, List.of(), "MSME-H30"));
        all.add(hosting(31, "BE", 0, "10", Set.of("en", "fr"), LocalDate.of(2027, 12, 31), 2, List.of(), "MSME-H31"));
        all.add(sending(30, "ES", Set.of("SE"), 2, 1, List.of(), "MSME-S30"));
        all.add(sending(31, "ES", Set.of("PL"), 1, 1, List.of(), "MSME-S31"));
        all.add(sending(32, "BE", Set.of("BE"), 0, 1, List.of(), "MSME-S32"));
        all.add(sending(33, "ES", Set.of("NL"), 2, 1, List.of(), "case-33"));
        all.add(hosting(33, "NL", 2, "55", Set.of("en"), LocalDate.of(2027, 12, 31), 2, List.of(), "case-33"));
        all.add(hosting(32, "FI", 2, "56", Set.of("fi"), LocalDate.of(2027, 2, 1), 1, List.of(), "MSME-H32"));
        return all;
    }

    static Ranking of(List<Ranking> rankings, String reference) {
        return rankings.stream().filter(r -> r.application().reference().equals(reference)).findFirst().orElseThrow();
    }

    static List<String> refs(Ranking ranking, int n) {
        return ranking.matches().stream().limit(n).map(m -> m.candidate().reference()).toList();
    }

    static int score(Ranking ranking, String candidate) {
        return ranking.matches().stream().filter(m -> m.candidate().reference().equals(candidate)).findFirst()
                .orElseThrow().score();
    }

    @Test
    void the_fixture_has_at_least_thirty_applications_on_each_side() {
        assertThat(fixture()).filteredOn(a -> a.side() == Side.SENDING).hasSizeGreaterThanOrEqualTo(30);
        assertThat(fixture()).filteredOn(a -> a.side() == Side.HOSTING).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void every_sending_application_gets_its_known_best_host() {
        List<Ranking> sending = Matcher.rank(fixture(), Side.SENDING, 0);

        for (int i = 0; i < 30; i++) {
            if (i == 5 || i == 8 || i == 12) {
                continue; // named partners come first: checked below
            }
            Ranking ranking = of(sending, "MSME-S" + two(i));
            assertThat(ranking.matches().get(0).candidate().reference()).as("best host of S_" + i)
                    .isEqualTo("MSME-H" + two(i));
        }
        assertThat(score(of(sending, "MSME-S01"), "MSME-H01")).isEqualTo(100);
        assertThat(score(of(sending, "MSME-S01"), "MSME-H11")).as("same country, other group").isEqualTo(80);
        assertThat(score(of(sending, "MSME-S01"), "MSME-H02")).as("other country, same group").isEqualTo(75);
        assertThat(score(of(sending, "MSME-S01"), "MSME-H12")).as("other country and group").isEqualTo(55);
        assertThat(score(of(sending, "MSME-S03"), "MSME-H03")).as("capacity short").isEqualTo(90);
        assertThat(score(of(sending, "MSME-S07"), "MSME-H07")).as("no shared language").isEqualTo(85);
        assertThat(score(of(sending, "MSME-S29"), "MSME-H29")).as("half the dates").isEqualTo(90);
        assertThat(score(of(sending, "MSME-S11"), "MSME-H11")).as("same section only").isEqualTo(92);
        assertThat(refs(of(sending, "MSME-S11"), 3)).containsExactly("MSME-H11", "MSME-H01", "MSME-H21");
    }

    @Test
    void every_hosting_application_gets_its_known_best_sender() {
        List<Ranking> hosting = Matcher.rank(fixture(), Side.HOSTING, 0);

        for (int i = 0; i < 30; i++) {
            if (i == 4 || i == 17 || i == 22) {
                continue;
            }
            assertThat(of(hosting, "MSME-H" + two(i)).matches().get(0).candidate().reference())
                    .as("best sender of H_" + i).isEqualTo("MSME-S" + two(i));
        }
    }

    @Test
    void a_partner_named_in_either_form_always_ranks_first() {
        List<Ranking> sending = Matcher.rank(fixture(), Side.SENDING, 0);
        List<Ranking> hosting = Matcher.rank(fixture(), Side.HOSTING, 0);

        Match byName = of(sending, "MSME-S05").matches().get(0);
        assertThat(byName.candidate().reference()).isEqualTo("MSME-H17");
        assertThat(byName.named()).isTrue();
        assertThat(byName.score()).isEqualTo(55);
        assertThat(byName.reasons().get(0)).isEqualTo(new Reason("why.named", List.of("host 17 s.a."), 0));
        assertThat(refs(of(sending, "MSME-S05"), 2)).containsExactly("MSME-H17", "MSME-H05");
        assertThat(refs(of(hosting, "MSME-H17"), 2)).containsExactly("MSME-S05", "MSME-S17");

        assertThat(refs(of(hosting, "MSME-H22"), 2)).as("by VAT").containsExactly("MSME-S08", "MSME-S22");
        assertThat(refs(of(sending, "MSME-S08"), 2)).containsExactly("MSME-H22", "MSME-H08");
        assertThat(refs(of(sending, "MSME-S12"), 2)).as("by reference").containsExactly("MSME-H04", "MSME-H12");
        for (Ranking ranking : sending) {
            for (int m = 1; m < ranking.matches().size(); m++) {
                assertThat(!ranking.matches().get(m).named() || ranking.matches().get(m - 1).named())
                        .as("named before unnamed in " + ranking.application().reference()).isTrue();
            }
        }
    }

    @Test
    void ties_are_broken_by_reference_and_the_ranking_does_not_depend_on_input_order() {
        List<Ranking> sending = Matcher.rank(fixture(), Side.SENDING, 3);

        assertThat(of(sending, "MSME-S00").matches()).extracting(Match::score).containsExactly(100, 100, 100);
        assertThat(refs(of(sending, "MSME-S00"), 3)).containsExactly("MSME-H00", "MSME-H30", "MSME-H31");
        List<Application> shuffled = new ArrayList<>(fixture());
        Collections.shuffle(shuffled, new Random(16));
        assertThat(Matcher.rank(shuffled, Side.SENDING, 3)).isEqualTo(sending);
        assertThat(Matcher.rank(shuffled, Side.HOSTING, 0)).isEqualTo(Matcher.rank(fixture(), Side.HOSTING, 0));
    }

    @Test
    void same_country_and_same_case_are_never_candidates() {
        List<Ranking> sending = Matcher.rank(fixture(), Side.SENDING, 0);

        assertThat(of(sending, "MSME-S32").matches()).extracting(m -> m.candidate().country())
                .isNotEmpty().doesNotContain("BE");
        assertThat(refs(of(sending, "MSME-S33"), 100)).doesNotContain("MSME-H33").contains("MSME-H01");
        assertThat(refs(of(Matcher.rank(fixture(), Side.HOSTING, 0), "MSME-H33"), 100)).doesNotContain("MSME-S33");
        assertThat(refs(of(sending, "MSME-S21"), 2)).containsExactly("MSME-H21", "MSME-H33");
        assertThat(refs(of(Matcher.rank(fixture(), Side.HOSTING, 0), "MSME-H21"), 2))
                .containsExactly("MSME-S21", "MSME-S33");
    }

    @Test
    void every_point_has_its_reason_and_the_points_add_up() {
        for (Ranking ranking : Matcher.rank(fixture(), Side.SENDING, 0)) {
            for (Match match : ranking.matches()) {
                assertThat(match.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(match.score());
                assertThat(match.score()).isBetween(0, 100);
                assertThat(match.reasons()).extracting(Reason::key).contains("why.eligibility", "why.status");
            }
        }
        Match partial = of(Matcher.rank(fixture(), Side.SENDING, 0), "MSME-S29").matches().get(0);
        assertThat(partial.reasons()).contains(new Reason("why.dates.partial", List.of("2027-03-01", "2027-06-01", 3,
                "2027-01-01", "2027-04-16", 46L, 92L), 10));
    }

    @Test
    void one_company_applying_three_times_is_one_candidate() {
        Application first = hosting(40, "NL", 0, "10", Set.of("en"), LocalDate.of(2027, 12, 31), 2, List.of(), "C1")
                .withCase("C1", 3);
        Application second = hosting(41, "NL", 0, "10", Set.of("en"), LocalDate.of(2027, 12, 31), 2, List.of(), "C1")
                .withCase("C1", 3);
        Application third = hosting(42, "NL", 0, "10", Set.of("en"), LocalDate.of(2027, 12, 31), 2, List.of(), "C1")
                .withCase("C1", 3);
        Application sender = sending(40, "ES", Set.of("NL"), 0, 1, List.of(), "S40");

        List<Application> one = Matcher.onePerCase(List.of(first, second, third, sender));

        assertThat(one).containsExactly(third, sender);
        assertThat(refs(Matcher.rank(one, Side.SENDING, 0).get(0), 5)).containsExactly("MSME-H42");
    }
}
