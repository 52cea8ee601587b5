package eu.mobilisesme.review.sheet;

import eu.mobilisesme.review.items.ExternalSort;
import java.util.ArrayList;
import java.util.List;

/**
 * A rendered row as one line of text for the on-disk sort: each cell is its kind's letter ({@code t} text,
 * {@code n} number, {@code d} date, {@code m} date and time)
 * followed by its escaped text, cells separated by tabs. Rendering before sorting means the sorted pass only
 * splits lines, instead of parsing every item a second time.
 */
final class CellCodec {

    private CellCodec() {
    }

    static String encode(List<Cell> cells) {
        StringBuilder line = new StringBuilder(cells.size() * 16);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            Cell cell = cells.get(i);
            line.append(cell.kind().code).append(ExternalSort.escape(cell.text()));
        }
        return line.toString();
    }

    /** The cells of {@code line} from {@code start} on. */
    static List<Cell> decode(String line, int start) {
        List<Cell> cells = new ArrayList<>();
        int from = start;
        while (from <= line.length()) {
            int tab = line.indexOf('\t', from);
            int end = tab < 0 ? line.length() : tab;
            Cell.Kind kind = Cell.Kind.of(line.charAt(from));
            String text = unescape(line, from + 1, end);
            cells.add(text.isEmpty() ? Cell.EMPTY : new Cell(text, kind));
            from = end + 1;
        }
        return cells;
    }

    private static String unescape(String line, int from, int to) {
        if (line.indexOf('\\', from) < 0 || line.indexOf('\\', from) >= to) {
            return line.substring(from, to);
        }
        StringBuilder text = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char next = line.charAt(++i);
                text.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
