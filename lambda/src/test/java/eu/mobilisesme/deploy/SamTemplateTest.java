package eu.mobilisesme.deploy;

import static eu.mobilisesme.deploy.SamTemplate.FUNCTION;
import static eu.mobilisesme.deploy.SamTemplate.list;
import static eu.mobilisesme.deploy.SamTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import eu.mobilisesme.config.CheckConfig;
import eu.mobilisesme.config.Config;
import eu.mobilisesme.submission.SubmissionAttributes;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds template.yaml to the code: handlers, environment, permissions, routes and the table's shape. */
class SamTemplateTest {

    private static SamTemplate TEMPLATE;
    private static final String APPLY_HANDLER = "eu.mobilisesme.http.ApplyHandler";
    private static final String CONTACT_HANDLER = "eu.mobilisesme.http.ContactHandler";
    private static final String CHECK_HANDLER = "eu.mobilisesme.http.CheckHandler";
    private static final String NOTIFY_HANDLER = "eu.mobilisesme.notify.NotifyHandler";
    private static final String NOTIFY = "NotifyFunction";
    private static final String DIGEST_HANDLER = "eu.mobilisesme.notify.DigestHandler";
    private static final String RUNTIME_PARAMETER = "FunctionRuntime";
    private static final String JAVA21 = "java21-snapstart";
    private static final String JDK25 = "jdk25-aot";
    private static final String JDK25_CONDITION = "RunsOnJdk25";
    /** Built by `mvn -B package` (lib/forms-lambda.jar) and completed by -Pjdk25, for either runtime. */
    private static final String FUNCTION_PACKAGE = "lambda/target/function";
    private static final Map<String, Object> TABLE_ARN = Map.of("Fn::GetAtt", List.of("SubmissionsTable", "Arn"));

    @BeforeAll
    static void readTemplate() {
        TEMPLATE = SamTemplate.atRepositoryRoot();
    }

    @Test
    void there_is_one_function_for_each_handler_of_the_contract_one_for_the_notices_and_one_for_the_digest() {
        assertThat(TEMPLATE.resources(FUNCTION).keySet()).map(SamTemplateTest::handlerClass)
                .containsExactlyInAnyOrder(APPLY_HANDLER, CONTACT_HANDLER, CHECK_HANDLER, NOTIFY_HANDLER,
                        DIGEST_HANDLER);
        assertThat(handlerClass(NOTIFY)).isEqualTo(NOTIFY_HANDLER);
    }

    @Test
    void every_handler_names_a_request_handler_for_http_api_events() throws ClassNotFoundException {
        for (String function : functions().keySet()) {
            String handler = (String) TEMPLATE.functionProperty(function, "Handler");
            assertThat(handler).as(function).endsWith("::handleRequest");
            // Not initialised: loading the class must not need AWS or the environment.
            Class<?> type = Class.forName(handlerClass(function), false, getClass().getClassLoader());
            assertThat(RequestHandler.class.isAssignableFrom(type)).as(handler + " implements RequestHandler").isTrue();
            assertThat(requestHandlerTypeArguments(type)).as(handler + " event types")
                    .containsExactly(APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
        }
    }

    @Test
    void every_function_gets_every_variable_the_code_requires() {
        for (String function : functions().keySet()) {
            Map<String, Object> environment = TEMPLATE.environment(function);
            for (String variable : isCheck(function) ? CheckConfig.REQUIRED_VARIABLES : Config.REQUIRED_VARIABLES) {
                assertThat(environment.get(variable)).as(function + " sets " + variable).isNotNull();
            }
        }
    }

    @Test
    void every_variable_the_template_sets_is_one_the_code_reads() {
        Set<String> known = new HashSet<>(Config.REQUIRED_VARIABLES);
        known.addAll(Config.OPTIONAL_VARIABLES);
        known.add("JAVA_TOOL_OPTIONS"); // read by the JVM itself
        Set<String> check = new HashSet<>(CheckConfig.REQUIRED_VARIABLES);
        check.addAll(CheckConfig.OPTIONAL_VARIABLES);
        check.add("JAVA_TOOL_OPTIONS");
        for (String function : functions().keySet()) {
            assertThat(TEMPLATE.environment(function).keySet()).as(function)
                    .isSubsetOf(isCheck(function) ? check : known);
        }
    }

    @Test
    void no_function_is_pointed_at_a_local_dynamodb() {
        for (String function : functions().keySet()) {
            assertThat(TEMPLATE.environment(function)).as(function).doesNotContainKey("DYNAMODB_ENDPOINT");
        }
    }

    @Test
    void every_form_function_stores_in_the_submissions_table_the_check_in_none_and_all_start_the_jvm_at_c1() {
        for (String function : functions().keySet()) {
            Map<String, Object> environment = TEMPLATE.environment(function);
            assertThat(environment.get("TABLE_NAME")).as(function)
                    .isEqualTo(isCheck(function) ? null : Map.of("Ref", "SubmissionsTable"));
            assertThat(environment.get("JAVA_TOOL_OPTIONS")).as(function)
                    .isEqualTo("-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void changing_a_parameter_the_functions_read_publishes_a_new_version() {
        // SAM decides on a new version from the template's text, so a parameter change alone would leave the
        // alias on the old snapshot; a version description made of those parameters forces the new version.
        for (String function : functions().keySet()) {
            String environment = TEMPLATE.environment(function).toString();
            Object description = TEMPLATE.functionProperty(function, "VersionDescription");
            assertThat(description).as(function + " VersionDescription").isInstanceOf(Map.class);
            String text = String.valueOf(map(description).get("Fn::Sub"));
            for (String parameter : TEMPLATE.parameters()) {
                if (environment.contains("{Ref=" + parameter + "}") || environment.contains("${" + parameter + "}")) {
                    assertThat(text).as(function + " VersionDescription names " + parameter)
                            .contains("${" + parameter + "}");
                }
            }
        }
    }

    @Test
    void the_check_function_has_no_policy_at_all_so_it_can_store_nothing() {
        Map<String, Object> check = functions().entrySet().stream().filter(f -> isCheck(f.getKey())).findFirst()
                .orElseThrow().getValue();
        assertThat(check).doesNotContainKeys("Policies", "Role", "Events");
        assertThat(TEMPLATE.environment("CheckFunction")).doesNotContainKeys("TABLE_NAME", "RETENTION_DAYS");
    }

    @Test
    void every_function_may_only_write_items_and_apply_may_only_count_participants() {
        for (var function : functions().entrySet()) {
            if (isCheck(function.getKey())) {
                continue; // no policy at all: the test above
            }
            Map<String, Object> properties = function.getValue();
            assertThat(properties).as(function.getKey() + " brings its own role").doesNotContainKey("Role");
            List<Object> policies = list(properties.get("Policies"));
            assertThat(policies).as(function.getKey() + " policies").hasSize(1);
            List<Object> statements = list(map(policies.get(0)).get("Statement"));
            boolean apply = handlerClass(function.getKey()).equals(APPLY_HANDLER);
            assertThat(statements).as(function.getKey() + " statements").hasSize(apply ? 2 : 1);
            for (Object each : statements) {
                Map<String, Object> statement = map(each);
                assertThat(statement.keySet()).as(function.getKey()).isSubsetOf("Sid", "Effect", "Action",
                        "Resource");
                assertThat(statement.get("Effect")).isEqualTo("Allow");
            }
            Map<String, Object> write = map(statements.get(0));
            assertThat(asList(write.get("Action"))).as(function.getKey() + " actions")
                    .containsExactlyInAnyOrder("dynamodb:PutItem", "dynamodb:UpdateItem");
            assertThat(asList(write.get("Resource"))).as(function.getKey() + " resources")
                    .containsExactly(TABLE_ARN);
            if (apply) {
                Map<String, Object> count = map(statements.get(1));
                assertThat(asList(count.get("Action"))).as("apply's read").containsExactly("dynamodb:Query");
                assertThat(asList(count.get("Resource"))).as("apply reads the company index only").containsExactly(
                        Map.of("Fn::Sub", "${SubmissionsTable.Arn}/index/" + SubmissionAttributes.COMPANY_INDEX));
            }
        }
    }

    @Test
    void each_route_of_the_contract_reaches_its_own_function() {
        Map<String, String> handlerByRoute = new TreeMap<>();
        routes().forEach((routeId, route) -> handlerByRoute.put(
                (String) route.get("RouteKey"), handlerClass(functionOf(route))));
        assertThat(handlerByRoute).containsExactly(
                entry("POST /api/apply", APPLY_HANDLER), entry("POST /api/check", CHECK_HANDLER),
                entry("POST /api/contact", CONTACT_HANDLER));
    }

    @Test
    void every_route_sends_payload_format_2_0_to_a_published_alias_the_api_may_invoke() {
        for (Map<String, Object> route : routes().values()) {
            Map<String, Object> integration = integrationOf(route);
            assertThat(integration).containsEntry("IntegrationType", "AWS_PROXY")
                    .containsEntry("PayloadFormatVersion", "2.0");
            String function = functionOf(route);
            String[] methodAndPath = ((String) route.get("RouteKey")).split(" ");
            assertThat(TEMPLATE.resources("AWS::Lambda::Permission").values())
                    .as("invoke permission for " + route.get("RouteKey"))
                    .anySatisfy(permission -> {
                        assertThat(permission.get("FunctionName")).isEqualTo(Map.of("Ref", function + ".Alias"));
                        assertThat(permission.get("Principal")).isEqualTo("apigateway.amazonaws.com");
                        assertThat(permission.get("Action")).isEqualTo("lambda:InvokeFunction");
                        assertThat(String.valueOf(map(permission.get("SourceArn")).get("Fn::Sub")))
                                .endsWith("/" + methodAndPath[0] + methodAndPath[1]);
                    });
        }
    }

    @Test
    void routes_are_plain_resources_and_not_sam_events() {
        // SAM events would write the aliases into the API's definition: function -> distribution -> API ->
        // function, a cycle CloudFormation refuses (see the note in template.yaml).
        for (var function : functions().entrySet()) {
            assertThat(function.getValue()).as(function.getKey()).doesNotContainKey("Events");
        }
        assertThat(TEMPLATE.resources("AWS::ApiGatewayV2::Api").values()).singleElement()
                .satisfies(api -> assertThat(api).containsEntry("ProtocolType", "HTTP")
                        .doesNotContainKey("CorsConfiguration"));
    }

    @Test
    void the_stage_throttles_every_route_and_waits_for_them() {
        Map<String, Map<String, Object>> stages = TEMPLATE.resources("AWS::ApiGatewayV2::Stage");
        assertThat(stages).hasSize(1);
        String stageId = stages.keySet().iterator().next();
        Map<String, Object> stage = stages.get(stageId);
        assertThat(map(stage.get("DefaultRouteSettings"))).containsKeys("ThrottlingBurstLimit", "ThrottlingRateLimit");
        Map<String, Object> routeSettings = map(stage.get("RouteSettings"));
        for (var route : routes().entrySet()) {
            assertThat(map(routeSettings.get((String) route.getValue().get("RouteKey"))))
                    .as("throttling of " + route.getValue().get("RouteKey"))
                    .containsKeys("ThrottlingBurstLimit", "ThrottlingRateLimit");
            assertThat(asList(TEMPLATE.resource(stageId).get("DependsOn"))).contains(route.getKey());
        }
    }

    @Test
    void one_parameter_chooses_the_runtime_and_the_default_is_java21_with_snapstart() throws IOException {
        Map<String, Object> document = CloudFormationYaml.read(SamTemplate.repositoryRoot().resolve("template.yaml"));
        Map<String, Object> parameter = map(map(document.get("Parameters")).get(RUNTIME_PARAMETER));
        assertThat(parameter).containsEntry("Type", "String").containsEntry("Default", JAVA21);
        assertThat(list(parameter.get("AllowedValues"))).containsExactly(JAVA21, JDK25);
        assertThat(map(document.get("Conditions")).get(JDK25_CONDITION))
                .isEqualTo(Map.of("Fn::Equals", List.of(Map.of("Ref", RUNTIME_PARAMETER), JDK25)));
    }

    @Test
    void java21_runs_the_shaded_jar_from_a_snapstart_snapshot() {
        for (String function : functions().keySet()) {
            assertThat(TEMPLATE.functionProperty(function, "CodeUri")).as(function).isEqualTo(FUNCTION_PACKAGE);
            assertThat(property(function, "Runtime", JAVA21)).as(function).isEqualTo("java21");
            assertThat(property(function, "Architectures", JAVA21)).as(function).isEqualTo(List.of("arm64"));
            assertThat(property(function, "SnapStart", JAVA21)).as(function)
                    .isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
            assertThat(TEMPLATE.functionProperty(function, "AutoPublishAlias")).as(function)
                    .asString().isNotBlank();
        }
    }

    @Test
    void jdk25_runs_the_bootstrap_of_the_same_package_on_provided_al2023_without_snapstart() throws IOException {
        for (String function : functions().keySet()) {
            assertThat(TEMPLATE.functionProperty(function, "CodeUri")).as(function).isEqualTo(FUNCTION_PACKAGE);
            assertThat(property(function, "Runtime", JDK25)).as(function).isEqualTo("provided.al2023");
            // The jlinked runtime and its AOT cache are built and trained on the x86_64 build machine.
            assertThat(property(function, "Architectures", JDK25)).as(function).isEqualTo(List.of("x86_64"));
            assertThat(property(function, "SnapStart", JDK25)).as(function).isNull();
            // The runtime interface client reads the same Handler (as _HANDLER) as the java21 runtime does.
            assertThat((String) TEMPLATE.functionProperty(function, "Handler")).as(function).endsWith("::handleRequest");
        }
        String bootstrap = Files.readString(SamTemplate.repositoryRoot().resolve("lambda/src/jdk25/bootstrap"));
        assertThat(bootstrap).startsWith("#!/bin/sh")
                .contains("jre/bin/java", "-XX:AOTCache=", "lib/forms-lambda.jar",
                        "com.amazonaws.services.lambda.runtime.api.client.AWSLambda \"$_HANDLER\"");
    }

    @Test
    void changing_the_runtime_publishes_a_new_version() {
        // As for the other parameters (the test above): the alias must not keep serving the other runtime.
        for (String function : functions().keySet()) {
            String java21 = String.valueOf(resolve(TEMPLATE.functionProperty(function, "VersionDescription"), JAVA21));
            String jdk25 = String.valueOf(resolve(TEMPLATE.functionProperty(function, "VersionDescription"), JDK25));
            assertThat(java21).as(function).isNotEqualTo(jdk25);
        }
    }

    @Test
    void every_function_logs_json_to_a_log_group_with_retention_and_has_a_concurrency_cap() {
        for (String function : functions().keySet()) {
            Map<String, Object> logging = map(TEMPLATE.functionProperty(function, "LoggingConfig"));
            assertThat(logging.get("LogFormat")).as(function).isEqualTo("JSON");
            String logGroup = (String) map(logging.get("LogGroup")).get("Ref");
            assertThat(TEMPLATE.resource(logGroup).get("Type")).isEqualTo("AWS::Logs::LogGroup");
            assertThat(TEMPLATE.properties(logGroup)).as(logGroup).containsKey("RetentionInDays");
            assertThat(TEMPLATE.functionProperty(function, "ReservedConcurrentExecutions")).as(function)
                    .isInstanceOf(Integer.class);
        }
    }

    @Test
    void the_table_has_the_key_index_and_ttl_of_the_contract() {
        Map<String, Object> table = TEMPLATE.properties("SubmissionsTable");
        assertThat(list(table.get("AttributeDefinitions"))).containsExactlyInAnyOrder(
                Map.of("AttributeName", "id", "AttributeType", "S"),
                Map.of("AttributeName", "form", "AttributeType", "S"),
                Map.of("AttributeName", "receivedAt", "AttributeType", "S"),
                Map.of("AttributeName", SubmissionAttributes.COMPANY_KEY, "AttributeType", "S"));
        assertThat(list(table.get("KeySchema"))).containsExactly(Map.of("AttributeName", "id", "KeyType", "HASH"));
        assertThat(list(table.get("GlobalSecondaryIndexes"))).containsExactly(Map.of(
                "IndexName", SubmissionAttributes.FORM_DATE_INDEX,
                "KeySchema", List.of(
                        Map.of("AttributeName", "form", "KeyType", "HASH"),
                        Map.of("AttributeName", "receivedAt", "KeyType", "RANGE")),
                "Projection", Map.of("ProjectionType", "ALL")), Map.of(
                "IndexName", SubmissionAttributes.COMPANY_INDEX,
                "KeySchema", List.of(Map.of("AttributeName", SubmissionAttributes.COMPANY_KEY, "KeyType", "HASH")),
                "Projection", Map.of("ProjectionType", "INCLUDE",
                        "NonKeyAttributes", List.of(SubmissionAttributes.PARTICIPANT_COUNT))));
        assertThat(table.get("TimeToLiveSpecification"))
                .isEqualTo(Map.of("AttributeName", "expiresAt", "Enabled", true));
    }

    @Test
    void the_table_is_kept_encrypted_and_exportable() {
        assertThat(TEMPLATE.resource("SubmissionsTable")).containsEntry("Type", "AWS::DynamoDB::Table")
                .containsEntry("DeletionPolicy", "Retain").containsEntry("UpdateReplacePolicy", "Retain");
        Map<String, Object> table = TEMPLATE.properties("SubmissionsTable");
        assertThat(table).containsEntry("BillingMode", "PAY_PER_REQUEST")
                .containsEntry("DeletionProtectionEnabled", true)
                .containsEntry("SSESpecification", Map.of("SSEEnabled", true));
        assertThat(map(table.get("PointInTimeRecoverySpecification")))
                .containsEntry("PointInTimeRecoveryEnabled", true);
    }

    @Test
    void site_and_api_are_served_with_a_strict_content_security_policy() {
        Map<String, Object> headers = map(map(TEMPLATE.properties("SecurityHeadersPolicy")
                .get("ResponseHeadersPolicyConfig")).get("SecurityHeadersConfig"));
        String csp = (String) map(headers.get("ContentSecurityPolicy")).get("ContentSecurityPolicy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                        "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'")
                .doesNotContain("unsafe", "*", "http:", "https:", "data:");
        Map<String, Object> distribution = map(TEMPLATE.properties("Distribution").get("DistributionConfig"));
        List<Object> behaviours = new ArrayList<>(list(distribution.get("CacheBehaviors")));
        behaviours.add(distribution.get("DefaultCacheBehavior"));
        assertThat(behaviours).allSatisfy(behaviour -> assertThat(map(behaviour))
                .containsEntry("ResponseHeadersPolicyId", Map.of("Ref", "SecurityHeadersPolicy")));
    }

    @Test
    void cloudfront_sends_the_generated_origin_secret_that_every_function_checks() {
        Object secret = Map.of("Fn::Sub", "{{resolve:secretsmanager:${OriginSecret}:SecretString}}");
        assertThat(TEMPLATE.resource("OriginSecret")).containsEntry("Type", "AWS::SecretsManager::Secret");
        assertThat(map(TEMPLATE.properties("OriginSecret").get("GenerateSecretString")))
                .containsEntry("ExcludePunctuation", true)
                .hasEntrySatisfying("PasswordLength",
                        length -> assertThat((Integer) length).isGreaterThanOrEqualTo(32));
        for (String function : functions().keySet()) {
            assertThat(TEMPLATE.environment(function)).as(function).containsEntry(Config.ORIGIN_SECRET, secret);
        }
        Map<String, Object> distribution = map(TEMPLATE.properties("Distribution").get("DistributionConfig"));
        Map<String, Object> api = list(distribution.get("Origins")).stream().map(SamTemplate::map)
                .filter(origin -> "api".equals(origin.get("Id"))).findFirst().orElseThrow();
        assertThat(list(api.get("OriginCustomHeaders")))
                .containsExactly(Map.of("HeaderName", Config.ORIGIN_SECRET_HEADER, "HeaderValue", secret));
    }

    @Test
    void one_address_cannot_use_up_the_shared_throttle() {
        Map<String, Object> distribution = map(TEMPLATE.properties("Distribution").get("DistributionConfig"));
        assertThat(distribution).containsEntry("WebACLId", Map.of("Ref", "WebAclArn"));
        assertThat(map(TEMPLATE.parameter("WebAclArn"))).as("required").doesNotContainKey("Default");

        SamTemplate waf = SamTemplate.atRepositoryRoot("waf.yaml");
        Map<String, Object> acl = waf.properties("WebAcl");
        assertThat(acl).containsEntry("Scope", "CLOUDFRONT");
        Map<String, Object> rule = map(list(acl.get("Rules")).get(0));
        Map<String, Object> rate = map(map(rule.get("Statement")).get("RateBasedStatement"));
        assertThat(rate).containsEntry("AggregateKeyType", "IP").containsEntry("Limit",
                Map.of("Ref", "FormRequestsPerFiveMinutes"));
        assertThat(map(map(rate.get("ScopeDownStatement")).get("ByteMatchStatement")))
                .containsEntry("SearchString", "/api/").containsEntry("PositionalConstraint", "STARTS_WITH");
        int perAddress = (Integer) map(waf.parameter("FormRequestsPerFiveMinutes")).get("MaxValue");
        Map<String, Object> stage = TEMPLATE.properties("ApiStage");
        int shared = map(stage.get("RouteSettings")).values().stream()
                .mapToInt(route -> (Integer) map(route).get("ThrottlingRateLimit")).min().orElseThrow();
        assertThat(perAddress / 300.0).as("the most one address may send per second, at the highest setting")
                .isLessThan(shared);
        assertThat(map(map(rule.get("Action")).get("Block"))).extracting(b -> map(b.get("CustomResponse"))
                .get("ResponseCode")).isEqualTo(429);
    }

    /** The form functions, behind the HTTP API; the notify function has its own tests (NotifyTemplateTest). */
    /** A function's property as CloudFormation sees it for the given FunctionRuntime; null when it is left out. */
    private static Object property(String function, String name, String runtime) {
        return resolve(TEMPLATE.functionProperty(function, name), runtime);
    }

    /** Resolves the template's !If on the runtime condition, and AWS::NoValue, in a value. */
    private static Object resolve(Object value, String runtime) {
        if (value instanceof Map<?, ?> intrinsic && intrinsic.size() == 1) {
            if (intrinsic.containsKey("Fn::If")) {
                List<Object> branches = list(intrinsic.get("Fn::If"));
                assertThat(branches.get(0)).as("condition of " + value).isEqualTo(JDK25_CONDITION);
                return resolve(branches.get(runtime.equals(JDK25) ? 1 : 2), runtime);
            }
            if (Map.of("Ref", "AWS::NoValue").equals(intrinsic)) {
                return null;
            }
        }
        if (value instanceof Map<?, ?> mapping) {
            Map<Object, Object> resolved = new LinkedHashMap<>();
            mapping.forEach((key, each) -> resolved.put(key, resolve(each, runtime)));
            return resolved;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(each -> resolve(each, runtime)).toList();
        }
        return value;
    }

    private static Map<String, Map<String, Object>> functions() {
        Map<String, Map<String, Object>> forms = new TreeMap<>(TEMPLATE.resources(FUNCTION));
        forms.keySet().removeIf(function -> !handlerClass(function).startsWith("eu.mobilisesme.http."));
        return forms;
    }

    private static Map<String, Map<String, Object>> routes() {
        return TEMPLATE.resources("AWS::ApiGatewayV2::Route");
    }

    private static boolean isCheck(String function) {
        return handlerClass(function).equals(CHECK_HANDLER);
    }

    static String handlerClass(String function) {
        String handler = (String) TEMPLATE.functionProperty(function, "Handler");
        return handler.substring(0, handler.indexOf("::"));
    }

    private static Map<String, Object> integrationOf(Map<String, Object> route) {
        String target = (String) map(route.get("Target")).get("Fn::Sub");
        assertThat(target).as("route target").matches("integrations/\\$\\{\\w+}");
        return TEMPLATE.properties(target.substring("integrations/${".length(), target.length() - 1));
    }

    /** The function whose published alias the route's integration calls. */
    private static String functionOf(Map<String, Object> route) {
        String alias = (String) map(integrationOf(route).get("IntegrationUri")).get("Ref");
        assertThat(alias).as("integration target").endsWith(".Alias");
        String function = alias.substring(0, alias.length() - ".Alias".length());
        assertThat(TEMPLATE.resource(function).get("Type")).isEqualTo(FUNCTION);
        return function;
    }

    private static List<Object> asList(Object value) {
        return value instanceof List ? list(value) : List.of(value);
    }

    private static Type[] requestHandlerTypeArguments(Class<?> handler) {
        for (Class<?> type = handler; type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    return parameterized.getActualTypeArguments();
                }
            }
        }
        throw new AssertionError(handler.getName() + " does not name RequestHandler's type arguments");
    }
}
