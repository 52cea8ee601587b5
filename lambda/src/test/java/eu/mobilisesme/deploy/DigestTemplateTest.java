package eu.mobilisesme.deploy;

import static eu.mobilisesme.deploy.SamTemplate.list;
import static eu.mobilisesme.deploy.SamTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.notify.DailyDigest;
import eu.mobilisesme.notify.DigestHandler;
import eu.mobilisesme.notify.DigestSource;
import eu.mobilisesme.notify.NotifySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the digest function's part of template.yaml to the code: schedule, settings and least privilege. */
class DigestTemplateTest {

    private static final String DIGEST = "DigestFunction";
    private static final Map<String, Object> TABLE_ARN = Map.of("Fn::GetAtt", List.of("SubmissionsTable", "Arn"));
    private static SamTemplate template;

    @BeforeAll
    static void readTemplate() {
        template = SamTemplate.atRepositoryRoot();
    }

    @Test
    void it_runs_the_digest_handler_from_the_notify_jar_every_brussels_morning_with_retries() {
        assertThat(template.functionProperty(DIGEST, "Handler"))
                .isEqualTo(DigestHandler.class.getName() + "::handleRequest");
        assertThat(template.functionProperty(DIGEST, "CodeUri")).isEqualTo("lambda/target/notify-lambda.jar");
        assertThat(template.functionProperty(DIGEST, "Runtime")).isEqualTo("java21");
        Map<String, Object> events = map(template.properties(DIGEST).get("Events"));
        assertThat(events).hasSize(1);
        Map<String, Object> schedule = map(events.values().iterator().next());
        assertThat(schedule.get("Type")).isEqualTo("ScheduleV2");
        Map<String, Object> properties = map(schedule.get("Properties"));
        assertThat(properties).containsEntry("ScheduleExpression", "cron(0 8 * * ? *)")
                .containsEntry("ScheduleExpressionTimezone", "Europe/Brussels");
        assertThat((Integer) map(properties.get("RetryPolicy")).get("MaximumRetryAttempts")).isPositive();
    }

    @Test
    void it_gets_the_settings_the_code_reads() {
        Map<String, Object> environment = template.environment(DIGEST);
        for (String variable : NotifySettings.REQUIRED_VARIABLES) {
            assertThat(environment.get(variable)).as(variable).isNotNull();
        }
        assertThat(environment).doesNotContainKeys("ALLOWED_ORIGINS", "ORIGIN_SECRET", "DYNAMODB_ENDPOINT");
    }

    @Test
    void it_may_scan_only_the_digest_attributes_write_only_digest_items_and_send_from_one_identity() {
        List<Object> policies = list(template.properties(DIGEST).get("Policies"));
        assertThat(policies).hasSize(1);
        List<Map<String, Object>> statements = new ArrayList<>();
        list(map(policies.get(0)).get("Statement")).forEach(each -> statements.add(map(each)));
        assertThat(statements).hasSize(3).allSatisfy(s -> {
            assertThat(s.get("Effect")).isEqualTo("Allow");
            assertThat(s).containsKey("Condition");
        });

        Map<String, Object> scan = statements.get(0);
        assertThat(scan.get("Action")).isEqualTo(List.of("dynamodb:Scan"));
        assertThat(scan.get("Resource")).isEqualTo(TABLE_ARN);
        Map<String, Object> condition = map(scan.get("Condition"));
        assertThat(list(map(condition.get("ForAllValues:StringEquals")).get("dynamodb:Attributes")))
                .containsExactlyInAnyOrderElementsOf(DigestSource.ATTRIBUTES);
        assertThat(map(condition.get("StringEquals"))).containsEntry("dynamodb:Select", "SPECIFIC_ATTRIBUTES");

        Map<String, Object> write = statements.get(1);
        assertThat(list(write.get("Action"))).containsExactlyInAnyOrder("dynamodb:PutItem", "dynamodb:UpdateItem");
        assertThat(write.get("Resource")).isEqualTo(TABLE_ARN);
        assertThat(list(map(map(write.get("Condition")).get("ForAllValues:StringLike")).get("dynamodb:LeadingKeys")))
                .containsExactly(DailyDigest.KEY_PREFIX + "*");

        assertThat(statements.get(2).get("Action")).isEqualTo(List.of("ses:SendEmail"));
        assertThat(map(map(statements.get(2).get("Condition")).get("StringEquals")))
                .containsEntry("ses:FromAddress", Map.of("Ref", "SenderEmail"));
    }
}
