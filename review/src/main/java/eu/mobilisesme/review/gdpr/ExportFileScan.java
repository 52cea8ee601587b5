package eu.mobilisesme.review.gdpr;

import eu.mobilisesme.review.Console;
import eu.mobilisesme.review.ReviewException;
import eu.mobilisesme.review.export.DataFile;
import eu.mobilisesme.review.export.DataFileReader;
import eu.mobilisesme.review.export.Export;
import eu.mobilisesme.review.items.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the export data files that hold a person's data: any line whose new or old image matches them, or whose
 * key is one of the submissions just erased. Export files cannot be edited (their checksums would break), so staff
 * delete the whole export, on their computer and in the bucket.
 */
public final class ExportFileScan {

    /** A file that holds the person's data, or that could not be checked. */
    public record Finding(DataFile file, Export export, String problem) {
    }

    private ExportFileScan() {
    }

    public static List<Finding> scan(List<Export> exports, PersonMatcher person, Set<String> erasedIds,
                                     Console console) {
        List<Finding> findings = new ArrayList<>();
        for (Export export : exports) {
            console.say("erase.checkingExport", export.summary().exportId(),
                    console.texts().count("dataFile", export.files().size()));
            for (DataFile file : export.files()) {
                boolean[] holds = {false};
                try {
                    DataFileReader.read(file, line -> {
                        if (!holds[0] && (person.matches(line) || erased(erasedIds, id(line)))) {
                            holds[0] = true;
                        }
                    });
                } catch (ReviewException e) {
                    findings.add(new Finding(file, export, e.getMessage()));
                    continue;
                }
                if (holds[0]) {
                    findings.add(new Finding(file, export, null));
                }
            }
        }
        return findings;
    }

    private static boolean erased(Set<String> ids, String id) {
        return id != null && ids.contains(id);
    }

    private static String id(eu.mobilisesme.review.export.ExportLine line) {
        if (line.keys() != null) {
            return new Item(line.keys()).id();
        }
        return line.item() == null ? null : new Item(line.item()).id();
    }
}
