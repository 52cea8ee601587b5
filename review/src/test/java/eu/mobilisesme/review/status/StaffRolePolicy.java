package eu.mobilisesme.review.status;

import eu.mobilisesme.deploy.CloudFormationYaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The staff role's identity policy as template.yaml declares it, evaluated the way IAM does for the few features
 * it uses: an action is allowed when an Allow statement names it, its resource and every condition hold, and no
 * Deny statement matches. dynalite does not enforce IAM, so the tests check every request the tool sent here.
 *
 * <p>{@code dynamodb:Attributes} is every top-level attribute a request names: its key, and the names in its update,
 * condition, projection and filter expressions ({@code #placeholders} resolved, bare names included). An operator or
 * condition key this evaluator does not know fails the test instead of being ignored.
 */
final class StaffRolePolicy {

    static final String TABLE = "table";

    private static final Set<String> KEYWORDS = Set.of("SET", "REMOVE", "ADD", "DELETE", "AND", "OR", "NOT",
            "BETWEEN", "IN", "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains",
            "size", "list_append", "if_not_exists");
    private static final Pattern TOKEN = Pattern.compile("([#:]?)([A-Za-z_][A-Za-z0-9_]*)");

    /** What a request asks of IAM. */
    record Request(String action, String resource, Set<String> attributes, Optional<String> returnValues) {
    }

    private final List<Map<String, Object>> statements;

    private StaffRolePolicy(List<Map<String, Object>> statements) {
        this.statements = statements;
    }

    @SuppressWarnings("unchecked")
    static StaffRolePolicy fromTemplate(Path template, String roleId) throws IOException {
        Map<String, Object> document = CloudFormationYaml.read(template);
        Map<String, Object> role = (Map<String, Object>) ((Map<String, Object>) document.get("Resources")).get(roleId);
        if (role == null || !"AWS::IAM::Role".equals(role.get("Type"))) {
            throw new AssertionError("template.yaml has no IAM role " + roleId);
        }
        List<Map<String, Object>> statements = new ArrayList<>();
        Map<String, Object> properties = (Map<String, Object>) role.get("Properties");
        if (properties.containsKey("ManagedPolicyArns")) {
            throw new AssertionError(roleId + " has managed policies, which this check cannot see");
        }
        for (Object policy : (List<Object>) properties.get("Policies")) {
            Map<String, Object> doc = (Map<String, Object>) ((Map<String, Object>) policy).get("PolicyDocument");
            for (Object statement : (List<Object>) doc.get("Statement")) {
                statements.add((Map<String, Object>) statement);
            }
        }
        return new StaffRolePolicy(statements);
    }

    boolean allows(Request request) {
        boolean allowed = false;
        for (Map<String, Object> statement : statements) {
            if (matches(statement, request)) {
                if ("Deny".equals(statement.get("Effect"))) {
                    return false;
                }
                allowed |= "Allow".equals(statement.get("Effect"));
            }
        }
        return allowed;
    }

    private static boolean matches(Map<String, Object> statement, Request request) {
        if (statement.containsKey("NotAction") || statement.containsKey("NotResource")) {
            throw new AssertionError("NotAction/NotResource are not evaluated: " + statement);
        }
        if (!strings(statement.get("Action")).contains(request.action())) {
            return false;
        }
        if (!resources(statement.get("Resource")).contains(request.resource())) {
            return false;
        }
        return conditions(statement.get("Condition"), request);
    }

    @SuppressWarnings("unchecked")
    private static boolean conditions(Object condition, Request request) {
        if (condition == null) {
            return true;
        }
        for (Map.Entry<String, Object> operator : ((Map<String, Object>) condition).entrySet()) {
            for (Map.Entry<String, Object> test : ((Map<String, Object>) operator.getValue()).entrySet()) {
                List<String> allowed = strings(test.getValue());
                Collection<String> values = switch (test.getKey()) {
                    case "dynamodb:Attributes" -> request.attributes();
                    case "dynamodb:ReturnValues" -> request.returnValues().map(List::of).orElse(List.of());
                    default -> throw new AssertionError("condition key not evaluated: " + test.getKey());
                };
                boolean holds = switch (operator.getKey()) {
                    case "ForAllValues:StringEquals" -> allowed.containsAll(values);
                    case "StringEqualsIfExists" -> values.isEmpty() || allowed.containsAll(values);
                    case "StringEquals" -> !values.isEmpty() && allowed.containsAll(values);
                    default -> throw new AssertionError("condition operator not evaluated: " + operator.getKey());
                };
                if (!holds) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    /** The template's resources as "table" or "table/index/NAME"; anything else is kept as written. */
    @SuppressWarnings("unchecked")
    private static Set<String> resources(Object value) {
        List<Object> all = value instanceof List<?> list ? (List<Object>) list : List.of(value);
        Set<String> names = new HashSet<>();
        for (Object resource : all) {
            if (resource instanceof Map<?, ?> map && map.containsKey("Fn::GetAtt")) {
                List<Object> attribute = (List<Object>) map.get("Fn::GetAtt");
                names.add(List.of("SubmissionsTable", "Arn").equals(attribute) ? TABLE : attribute.toString());
            } else if (resource instanceof Map<?, ?> map && map.get("Fn::Sub") instanceof String sub
                    && sub.startsWith("${SubmissionsTable.Arn}")) {
                names.add(TABLE + sub.substring("${SubmissionsTable.Arn}".length()));
            } else {
                names.add(String.valueOf(resource));
            }
        }
        return names;
    }

    /** What IAM would evaluate for one DynamoDB request the SDK sent. */
    static Request of(SdkRequest sdk) {
        if (sdk instanceof UpdateItemRequest r) {
            Set<String> attributes = new LinkedHashSet<>(r.key().keySet());
            names(r.updateExpression(), r.expressionAttributeNames(), attributes);
            names(r.conditionExpression(), r.expressionAttributeNames(), attributes);
            attributes.addAll(r.attributeUpdates().keySet());
            attributes.addAll(r.expected().keySet());
            return new Request("dynamodb:UpdateItem", TABLE, attributes,
                    Optional.ofNullable(r.returnValuesAsString()));
        }
        if (sdk instanceof PutItemRequest r) {
            return new Request("dynamodb:PutItem", TABLE, r.item().keySet(),
                    Optional.ofNullable(r.returnValuesAsString()));
        }
        if (sdk instanceof DeleteItemRequest r) {
            return new Request("dynamodb:DeleteItem", TABLE, r.key().keySet(),
                    Optional.ofNullable(r.returnValuesAsString()));
        }
        if (sdk instanceof ScanRequest r) {
            Set<String> attributes = new LinkedHashSet<>();
            names(r.projectionExpression(), r.expressionAttributeNames(), attributes);
            names(r.filterExpression(), r.expressionAttributeNames(), attributes);
            return new Request("dynamodb:Scan", r.indexName() == null ? TABLE : TABLE + "/index/" + r.indexName(),
                    attributes, Optional.empty());
        }
        if (sdk instanceof QueryRequest r) {
            Set<String> attributes = new LinkedHashSet<>();
            names(r.keyConditionExpression(), r.expressionAttributeNames(), attributes);
            names(r.filterExpression(), r.expressionAttributeNames(), attributes);
            return new Request("dynamodb:Query", r.indexName() == null ? TABLE : TABLE + "/index/" + r.indexName(),
                    attributes, Optional.empty());
        }
        if (sdk instanceof GetItemRequest r) {
            return new Request("dynamodb:GetItem", TABLE, new LinkedHashSet<>(r.key().keySet()), Optional.empty());
        }
        throw new AssertionError("request type not evaluated: " + sdk.getClass().getSimpleName());
    }

    /** The top-level attribute names an expression uses: #placeholders resolved, and bare names. */
    static void names(String expression, Map<String, String> placeholders, Set<String> into) {
        if (expression == null) {
            return;
        }
        Matcher token = TOKEN.matcher(expression);
        int previousEnd = -1;
        while (token.find()) {
            boolean pathPart = token.start() > 0 && (expression.charAt(token.start() - 1) == '.'
                    || (token.start() == previousEnd && token.group(1).isEmpty()));
            previousEnd = token.end();
            if (pathPart) {
                continue;
            }
            switch (token.group(1)) {
                case "#" -> {
                    String name = placeholders.get("#" + token.group(2));
                    if (name == null) {
                        throw new AssertionError("unresolved placeholder #" + token.group(2));
                    }
                    into.add(name);
                }
                case ":" -> { }
                default -> {
                    if (!KEYWORDS.contains(token.group(2))) {
                        into.add(token.group(2));
                    }
                }
            }
        }
    }

    /** An attribute value, for requests the tests make up. */
    static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }
}
