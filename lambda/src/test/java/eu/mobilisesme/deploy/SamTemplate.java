package eu.mobilisesme.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The repository's template.yaml, with the look-ups the deployment tests need (SAM Globals included). */
final class SamTemplate {

    static final String FUNCTION = "AWS::Serverless::Function";

    private final Map<String, Object> document;

    private SamTemplate(Map<String, Object> document) {
        this.document = document;
    }

    /** template.yaml at the repository root, found from the lambda module's folder (Maven's basedir). */
    static SamTemplate atRepositoryRoot() {
        return atRepositoryRoot("template.yaml");
    }

    /** Another template at the repository root, such as waf.yaml. */
    static SamTemplate atRepositoryRoot(String name) {
        Path template = repositoryRoot().resolve(name);
        try {
            return new SamTemplate(CloudFormationYaml.read(template));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + template.toAbsolutePath(), e);
        }
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
    }

    /** Logical id to properties, in template order, of every resource of the given type. */
    Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        map(document.get("Resources")).forEach((id, resource) -> {
            if (type.equals(map(resource).get("Type"))) {
                found.put(id, properties(id));
            }
        });
        return found;
    }

    Map<String, Object> resource(String logicalId) {
        Object resource = map(document.get("Resources")).get(logicalId);
        if (resource == null) {
            throw new AssertionError("template.yaml has no resource " + logicalId);
        }
        return map(resource);
    }

    Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).getOrDefault("Properties", Map.of()));
    }

    /** One parameter's declaration. */
    Map<String, Object> parameter(String name) {
        return map(map(document.get("Parameters")).get(name));
    }

    /** The names of the template's parameters. */
    Set<String> parameters() {
        return map(document.getOrDefault("Parameters", Map.of())).keySet();
    }

    /** A function's property, or the value Globals.Function gives it. */
    Object functionProperty(String functionId, String name) {
        Object own = properties(functionId).get(name);
        return own != null ? own : globalFunctionProperties().get(name);
    }

    /**
     * A function's environment variables: Globals.Function's, overridden by the function's own; one set to
     * {@code AWS::NoValue} is left out, as CloudFormation leaves it out.
     */
    Map<String, Object> environment(String functionId) {
        Map<String, Object> variables = new LinkedHashMap<>(variables(globalFunctionProperties()));
        variables.putAll(variables(properties(functionId)));
        variables.values().removeIf(value -> Map.of("Ref", "AWS::NoValue").equals(value));
        return variables;
    }

    private Map<String, Object> globalFunctionProperties() {
        Map<String, Object> globals = map(document.getOrDefault("Globals", Map.of()));
        return map(globals.getOrDefault("Function", Map.of()));
    }

    private static Map<String, Object> variables(Map<String, Object> functionProperties) {
        Map<String, Object> environment = map(functionProperties.getOrDefault("Environment", Map.of()));
        return map(environment.getOrDefault("Variables", Map.of()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping in template.yaml, found " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value instanceof List) {
            return (List<Object>) value;
        }
        throw new AssertionError("expected a list in template.yaml, found " + value);
    }
}
