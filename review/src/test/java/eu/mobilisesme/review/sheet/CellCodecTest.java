package eu.mobilisesme.review.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellCodecTest {

    @Test
    void a_row_survives_the_trip_through_one_line_of_text() {
        List<Cell> row = List.of(Cell.text("a\tb"), Cell.EMPTY, Cell.number("-5"), Cell.text("line\r\nbreak \\ slash"),
                Cell.text("\\t is not a tab"), Cell.text("株式会社 🚀 شركة"), Cell.EMPTY);

        String line = CellCodec.encode(row);

        assertThat(line).doesNotContain("\n", "\r");
        assertThat(CellCodec.decode("sending\t" + line, "sending\t".length())).isEqualTo(row);
    }
}
