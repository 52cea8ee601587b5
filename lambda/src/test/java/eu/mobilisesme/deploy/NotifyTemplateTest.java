package eu.mobilisesme.deploy;

import static eu.mobilisesme.deploy.SamTemplate.list;
import static eu.mobilisesme.deploy.SamTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import eu.mobilisesme.notify.NotifySettings;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** Holds the notify function's part of template.yaml to the code: stream, filter, retries, DLQ, least privilege. */
class NotifyTemplateTest {

    private static final String NOTIFY = "NotifyFunction";
    private static final Map<String, Object> TABLE_ARN = Map.of("Fn::GetAtt", List.of("SubmissionsTable", "Arn"));
    private static SamTemplate template;

    @BeforeAll
    static void readTemplate() {
        template = SamTemplate.atRepositoryRoot();
    }

    @Test
    void the_handler_takes_stream_events_and_answers_batch_item_failures() throws ClassNotFoundException {
        String handler = (String) template.functionProperty(NOTIFY, "Handler");
        assertThat(handler).isEqualTo("eu.mobilisesme.notify.NotifyHandler::handleRequest");
        Class<?> type = Class.forName("eu.mobilisesme.notify.NotifyHandler", false, getClass().getClassLoader());
        Type[] arguments = null;
        for (Type implemented : type.getGenericInterfaces()) {
            if (implemented instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                arguments = p.getActualTypeArguments();
            }
        }
        assertThat(arguments).containsExactly(DynamodbEvent.class, StreamsEventResponse.class);
    }

    @Test
    void it_runs_its_own_jar_on_java21_from_a_snapstart_snapshot_with_json_logs_and_a_cap() {
        assertThat(template.functionProperty(NOTIFY, "CodeUri")).isEqualTo("lambda/target/notify-lambda.jar");
        assertThat(template.functionProperty(NOTIFY, "Runtime")).isEqualTo("java21");
        assertThat(template.functionProperty(NOTIFY, "SnapStart")).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
        assertThat(template.functionProperty(NOTIFY, "AutoPublishAlias")).asString().isNotBlank();
        assertThat(template.functionProperty(NOTIFY, "ReservedConcurrentExecutions")).isInstanceOf(Integer.class);
        Map<String, Object> logging = map(template.functionProperty(NOTIFY, "LoggingConfig"));
        assertThat(logging.get("LogFormat")).isEqualTo("JSON");
        assertThat(template.properties((String) map(logging.get("LogGroup")).get("Ref")))
                .containsKey("RetentionInDays");
        // Longer than a lease wait (20 s) plus a batch's sends.
        assertThat((Integer) template.functionProperty(NOTIFY, "Timeout")).isGreaterThanOrEqualTo(60);
    }

    @Test
    void it_gets_exactly_the_settings_the_code_reads() {
        Map<String, Object> environment = template.environment(NOTIFY);
        for (String variable : NotifySettings.REQUIRED_VARIABLES) {
            assertThat(environment.get(variable)).as(variable).isNotNull();
        }
        Set<String> known = new HashSet<>(NotifySettings.REQUIRED_VARIABLES);
        known.addAll(NotifySettings.OPTIONAL_VARIABLES);
        known.add("JAVA_TOOL_OPTIONS");
        assertThat(environment.keySet()).isSubsetOf(known).doesNotContain("DYNAMODB_ENDPOINT", "SES_ENDPOINT");
        assertThat(environment.get("TABLE_NAME")).isEqualTo(Map.of("Ref", "SubmissionsTable"));
        assertThat(environment.get("STAFF_EMAIL")).isEqualTo(Map.of("Ref", "StaffEmail"));
        assertThat(environment.get("SENDER_EMAIL")).isEqualTo(Map.of("Ref", "SenderEmail"));
        assertThat(map(template.properties(NOTIFY).get("VersionDescription")).get("Fn::Sub").toString())
                .contains("${StaffEmail}", "${StaffLang}", "${SenderEmail}", "${ConfigurationSet}", "${ResponseDays}");
    }

    @Test
    void it_may_read_the_stream_update_the_table_send_from_one_identity_and_park_failures_and_nothing_else() {
        List<Object> policies = list(template.properties(NOTIFY).get("Policies"));
        assertThat(policies).hasSize(1);
        List<Map<String, Object>> statements = new ArrayList<>();
        list(map(policies.get(0)).get("Statement")).forEach(each -> statements.add(map(each)));
        assertThat(statements).allSatisfy(s -> assertThat(s.get("Effect")).isEqualTo("Allow"));
        assertThat(statements).hasSize(4);

        assertThat(actions(statements.get(0))).containsExactlyInAnyOrder("dynamodb:DescribeStream",
                "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams");
        assertThat(statements.get(0).get("Resource")).isEqualTo(Map.of("Fn::Sub", "${SubmissionsTable.Arn}/stream/*"));

        assertThat(actions(statements.get(1))).containsExactly("dynamodb:UpdateItem");
        assertThat(statements.get(1).get("Resource")).isEqualTo(TABLE_ARN);

        Map<String, Object> ses = statements.get(2);
        assertThat(actions(ses)).containsExactly("ses:SendEmail");
        assertThat(list(ses.get("Resource"))).extracting(r -> String.valueOf(map(r).get("Fn::Sub"))).containsExactly(
                "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${SesIdentity}",
                "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:configuration-set/"
                        + "${NotifyConfigurationSet}");
        assertThat(map(map(ses.get("Condition")).get("StringEquals")))
                .containsEntry("ses:FromAddress", Map.of("Ref", "SenderEmail"));

        assertThat(actions(statements.get(3))).containsExactly("sqs:SendMessage");
        assertThat(statements.get(3).get("Resource"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("NotifyDeadLetterQueue", "Arn")));
    }

    @Test
    void new_submissions_only_reach_the_alias_with_batch_item_failures_bisection_retries_and_a_dead_letter_queue() {
        assertThat(map(template.properties("SubmissionsTable").get("StreamSpecification")))
                .containsEntry("StreamViewType", "NEW_IMAGE");
        Map<String, Map<String, Object>> mappings = template.resources("AWS::Lambda::EventSourceMapping");
        assertThat(mappings).hasSize(1);
        Map<String, Object> mapping = mappings.values().iterator().next();
        assertThat(mapping.get("FunctionName")).isEqualTo(Map.of("Ref", NOTIFY + ".Alias"));
        assertThat(mapping.get("EventSourceArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("SubmissionsTable",
                "StreamArn")));
        assertThat(mapping.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
        assertThat(mapping.get("BisectBatchOnFunctionError")).isEqualTo(true);
        assertThat((Integer) mapping.get("MaximumRetryAttempts")).isBetween(1, 100);
        assertThat(map(map(mapping.get("DestinationConfig")).get("OnFailure")).get("Destination"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("NotifyDeadLetterQueue", "Arn")));

        List<Object> filters = list(map(mapping.get("FilterCriteria")).get("Filters"));
        assertThat(filters).hasSize(1);
        JsonNode pattern = JsonNode.parser().parse((String) map(filters.get(0)).get("Pattern"));
        assertThat(pattern.asObject().get("eventName").asArray()).extracting(JsonNode::text).containsExactly("INSERT");
        assertThat(pattern.asObject().get("dynamodb").asObject().get("NewImage").asObject()).containsKey("form");

        Map<String, Map<String, Object>> alarms = template.resources("AWS::CloudWatch::Alarm");
        assertThat(alarms.values()).anySatisfy(alarm -> {
            assertThat(alarm).containsEntry("Namespace", "AWS/SQS")
                    .containsEntry("MetricName", "ApproximateNumberOfMessagesVisible");
            assertThat(list(alarm.get("Dimensions")).get(0)).isEqualTo(Map.of("Name", "QueueName",
                    "Value", Map.of("Fn::GetAtt", List.of("NotifyDeadLetterQueue", "QueueName"))));
            assertThat(list(alarm.get("AlarmActions"))).isNotEmpty();
        });
    }

    private static List<Object> actions(Map<String, Object> statement) {
        Object actions = statement.get("Action");
        return actions instanceof List ? list(actions) : List.of(actions);
    }
}
