package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Languages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The figures content quotes from configuration ({@code site.figure.*} in jbake.properties) equal what the system
 * is deployed with (template.yaml), and reach the pages: the privacy notice states the retention in every language.
 */
class ConfiguredFiguresTest {

    private static Properties settings() throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(BakedSite.siteFolder().resolve("jbake.properties"),
                StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        return settings;
    }

    private static String template() throws IOException {
        return Files.readString(BakedSite.siteFolder().toAbsolutePath().normalize().getParent().resolve("template.yaml"));
    }

    /** The default of a template parameter, or the literal value an environment variable is set to. */
    private static String deployed(String template, String variable) {
        Matcher ref = Pattern.compile("(?m)^\\s+" + variable + ":\\s*!Ref\\s+(\\w+)\\s*$").matcher(template);
        if (ref.find()) {
            Matcher parameter = Pattern.compile("(?m)^  " + ref.group(1) + ":[ \\t]*\\n(?:    [^\\n]*\\n){0,20}?    Default:[ \\t]*\"?(\\d+)\"?")
                    .matcher(template);
            assertThat(parameter.find()).as("parameter %s has a numeric Default", ref.group(1)).isTrue();
            return parameter.group(1);
        }
        Matcher literal = Pattern.compile("(?m)^\\s+" + variable + ":\\s*\"?(\\d+)\"?\\s*$").matcher(template);
        return literal.find() ? literal.group(1) : null;
    }

    @Test
    void retention_and_backup_days_are_those_template_yaml_deploys() throws IOException {
        String template = template();
        assertThat(settings().getProperty("site.figure.retentionDays")).isEqualTo(deployed(template, "RETENTION_DAYS"))
                .isNotNull();
        assertThat(settings().getProperty("site.figure.backupDays")).isEqualTo(deployed(template, "RecoveryPeriodInDays"))
                .isNotNull();
    }

    /** RESPONSE_DAYS belongs to the acknowledgement e-mail; where template.yaml sets it, the site must say the same. */
    @Test
    void the_response_days_are_a_whole_number_and_those_template_yaml_deploys_if_it_sets_them() throws IOException {
        String site = settings().getProperty("site.figure.responseDays");
        assertThat(site).matches("[1-9][0-9]*");
        String deployed = deployed(template(), "RESPONSE_DAYS");
        if (deployed != null) {
            assertThat(site).isEqualTo(deployed);
        }
    }

    @Test
    void the_privacy_notice_states_the_configured_retention_and_backup_days_in_every_language() throws IOException {
        String retention = settings().getProperty("site.figure.retentionDays");
        String backups = settings().getProperty("site.figure.backupDays");
        List<ContentFile> notices = ContentFile.all().stream().filter(f -> "privacy".equals(f.translationKey())).toList();
        assertThat(notices).extracting(ContentFile::lang).containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED);
        for (ContentFile notice : notices) {
            Document page = BakedSite.page(notice.output());
            String text = page.select("main").text();
            assertThat(text).as(notice.relative().toString()).contains(retention).contains(backups).doesNotContain("{{");
        }
    }

    /** Each submission records the notice's version; the notice must show that version, in every language. */
    @Test
    void the_privacy_notice_states_the_version_submissions_record_in_every_language() {
        for (ContentFile notice : ContentFile.all().stream().filter(f -> "privacy".equals(f.translationKey())).toList()) {
            assertThat(BakedSite.page(notice.output()).select("main").text()).as(notice.relative().toString())
                    .contains(eu.mobilisesme.forms.Forms.PRIVACY_NOTICE_VERSION);
        }
    }

    @Test
    void unconfirmed_points_render_as_one_marked_paragraph_in_the_page_language() throws IOException {
        for (ContentFile about : ContentFile.all().stream().filter(f -> "about".equals(f.translationKey())).toList()) {
            Document page = BakedSite.page(about.output());
            assertThat(page.select("main p.unconfirmed")).as(about.relative().toString()).isNotEmpty();
            assertThat(page.html()).doesNotContain("{{");
        }
        Path feed = BakedSite.output().resolve("fr/feed.xml");
        assertThat(Files.readString(feed)).doesNotContain("{{");
    }
}
