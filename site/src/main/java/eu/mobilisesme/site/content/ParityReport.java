package eu.mobilisesme.site.content;

import eu.mobilisesme.forms.Languages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what the bake's content checks find, without baking: {@code ParityReport [REPOSITORY]}. For editors who
 * want the list at once; the bake runs the same checks (and fails on them).
 */
public final class ParityReport {

    private ParityReport() {
    }

    public static void main(String[] args) {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<ContentParity.Divergence> found = new ArrayList<>(ContentParity.check(
                ContentPage.all(repository.resolve("content")), Languages.SUPPORTED, "en"));
        found.addAll(UiStringParity.check(repository.resolve("site/data"), Languages.SUPPORTED, "en"));
        found.forEach(System.out::println);
        System.out.println(found.size() + " divergence(s)");
    }
}
