package eu.mobilisesme.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation or SAM template written in YAML into plain maps and lists.
 *
 * <p>The short tags become the long JSON form ({@code !Ref X} is {@code {Ref: X}}, {@code !Sub s} is
 * {@code {Fn::Sub: s}}, {@code !GetAtt A.B} is {@code {Fn::GetAtt: [A, B]}}), so tests compare one shape
 * whichever form the template uses.
 */
public final class CloudFormationYaml {

    private CloudFormationYaml() {}

    public static Map<String, Object> read(Path template) throws IOException {
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
            Map<String, Object> document = new Yaml(new ShortTagConstructor()).load(reader);
            return document;
        }
    }

    /** Turns every CloudFormation short tag, on a scalar, a sequence or a mapping, into its long form. */
    private static final class ShortTagConstructor extends SafeConstructor {

        private static final List<String> FUNCTIONS = List.of(
                "Base64", "Cidr", "FindInMap", "GetAZs", "GetAtt", "ImportValue", "Join", "Select", "Split", "Sub",
                "If", "Equals", "Not", "And", "Or",
                // Rule functions, for the Rules section.
                "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll");

        ShortTagConstructor() {
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
            }
        }

        private final class LongForm extends AbstractConstruct {
            private final String key;

            LongForm(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                return Map.of(key, value(node));
            }

            private Object value(Node node) {
                if (node instanceof ScalarNode scalar) {
                    String text = scalar.getValue();
                    // !GetAtt Resource.Attribute.Maybe.Nested: the resource name ends at the first dot.
                    if (key.equals("Fn::GetAtt")) {
                        int dot = text.indexOf('.');
                        return dot < 0 ? List.of(text) : List.of(text.substring(0, dot), text.substring(dot + 1));
                    }
                    return text;
                }
                if (node instanceof SequenceNode sequence) {
                    return constructSequence(sequence);
                }
                return constructMapping((MappingNode) node);
            }
        }
    }
}
