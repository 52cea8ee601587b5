package eu.mobilisesme.review.export;

import java.nio.file.Path;
import java.util.List;

/** One downloaded export: the folder holding its manifests, what the summary says, and its data files. */
public record Export(Path folder, ExportSummary summary, List<DataFile> files) {

    public Export {
        files = List.copyOf(files);
    }

    public boolean incremental() {
        return summary.incremental();
    }
}
