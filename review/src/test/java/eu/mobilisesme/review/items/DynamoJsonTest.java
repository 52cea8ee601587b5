package eu.mobilisesme.review.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoJsonTest {

    static final String EVERY_TYPE = """
            {"s":{"S":"Ünïcødé 株式会社 🚀 شركة"},"n":{"N":"-12.50"},"big":{"N":"123456789012345678901234567890"},\
            "t":{"BOOL":true},"nothing":{"NULL":true},"m":{"M":{"inner":{"L":[{"S":"x"},{"N":"1"}]}}},\
            "l":{"L":[{"BOOL":false},{"NULL":true},{"SS":["b","a"]}]},"ss":{"SS":["Spain","Belgium"]},\
            "ns":{"NS":["10","9","-1.5"]},"b":{"B":"AAEC"},"bs":{"BS":["AQ==","AA=="]}}""";

    @Test
    void reads_every_dynamodb_type_without_rounding_numbers() {
        Map<String, AttributeValue> item = DynamoJson.fromLine(EVERY_TYPE);

        assertThat(item.get("s").s()).isEqualTo("Ünïcødé 株式会社 🚀 شركة");
        assertThat(item.get("n").n()).isEqualTo("-12.50");
        assertThat(item.get("big").n()).isEqualTo("123456789012345678901234567890");
        assertThat(item.get("t").bool()).isTrue();
        assertThat(item.get("nothing").nul()).isTrue();
        assertThat(item.get("m").m().get("inner").l()).containsExactly(AttributeValue.fromS("x"),
                AttributeValue.fromN("1"));
        assertThat(item.get("l").l()).containsExactly(AttributeValue.fromBool(false), AttributeValue.fromNul(true),
                AttributeValue.fromSs(List.of("b", "a")));
        assertThat(item.get("ss").ss()).containsExactly("Spain", "Belgium");
        assertThat(item.get("ns").ns()).containsExactly("10", "9", "-1.5");
        assertThat(item.get("b").b()).isEqualTo(SdkBytes.fromByteArray(new byte[] {0, 1, 2}));
        assertThat(item.get("bs").bs()).hasSize(2);
    }

    @Test
    void writes_what_it_reads() {
        Map<String, AttributeValue> item = DynamoJson.fromLine(EVERY_TYPE);

        assertThat(DynamoJson.fromLine(DynamoJson.toLine(item))).isEqualTo(item);
    }

    @Test
    void accepts_a_bare_json_number_for_n() {
        assertThat(DynamoJson.fromLine("{\"n\":{\"N\":42}}").get("n").n()).isEqualTo("42");
    }

    @Test
    void refuses_an_unknown_type_naming_the_place() {
        assertThatThrownBy(() -> DynamoJson.fromLine("{\"x\":{\"Q\":\"1\"}}"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("unknown DynamoDB type 'Q'").hasMessageContaining("line 1");
    }

    @Test
    void plain_json_sorts_sets_and_keys_and_keeps_numbers_exact() {
        Map<String, AttributeValue> item = DynamoJson.fromLine(EVERY_TYPE);

        assertThat(PlainJson.of(Map.of("ss", item.get("ss"), "ns", item.get("ns"), "m", item.get("m"),
                "nothing", item.get("nothing"), "big", item.get("big"))))
                .isEqualTo("{\"big\":123456789012345678901234567890,\"m\":{\"inner\":[\"x\",1]},"
                        + "\"nothing\":null,\"ns\":[-1.5,9,10],\"ss\":[\"Belgium\",\"Spain\"]}");
    }
}
