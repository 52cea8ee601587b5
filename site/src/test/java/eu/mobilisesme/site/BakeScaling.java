package eu.mobilisesme.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bake budget of DESIGN.md ("linear in pages; the real site in seconds"), measured: bakes the real site in a
 * fresh JVM, then copies of it with more news posts in every language, in rounds over all sizes, and prints median
 * times and the time per added page. Run by {@code bench/bake.sh}; not a test.
 */
public final class BakeScaling {

    private BakeScaling() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int runs = Integer.getInteger("runs", 5);
        List<Integer> extraPosts = Arrays.stream(System.getProperty("extraPosts", "0,100,200,400").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        Path work = Files.createTempDirectory("bake-scaling");
        try {
            Baker.Result first = Baker.bake(repository.resolve("site"), work.resolve("first"), "https://bench.example",
                    "");
            System.out.printf(Locale.ROOT, "first bake in a fresh JVM (the real site, %d files): %d ms%n",
                    first.files(), first.duration().toMillis());
            List<Path> copies = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (int extra : extraPosts) {
                copies.add(work.resolve("site-" + extra));
                pages.add(copySite(repository, copies.get(copies.size() - 1), extra));
            }
            // Rounds over all sizes, after one unmeasured round, so that the JIT's warming favours no size.
            List<List<Long>> millis = new ArrayList<>();
            copies.forEach(c -> millis.add(new ArrayList<>()));
            for (int round = -1; round < runs; round++) {
                for (int i = 0; i < copies.size(); i++) {
                    Baker.Result result = Baker.bake(copies.get(i).resolve("site"), copies.get(i).resolve("www"),
                            "https://bench.example", "");
                    if (round >= 0) {
                        millis.get(i).add(result.duration().toMillis());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-12s %6s %9s %9s %9s %9s %15s%n", "extra posts", "pages", "median",
                    "min", "max", "per page", "per added page");
            long previousMedian = 0;
            for (int i = 0; i < copies.size(); i++) {
                List<Long> sorted = millis.get(i).stream().sorted().toList();
                long median = sorted.get(sorted.size() / 2);
                String added = i == 0 ? "" : String.format(Locale.ROOT, "%.1f ms",
                        (double) (median - previousMedian) / (pages.get(i) - pages.get(i - 1)));
                System.out.printf(Locale.ROOT, "%-12s %6d %6d ms %6d ms %6d ms %6.1f ms %15s%n",
                        extraPosts.get(i) + " x 5", pages.get(i), median, sorted.get(0), sorted.get(sorted.size() - 1),
                        (double) median / pages.get(i), added);
                previousMedian = median;
            }
            System.out.println("(pages: content files; medians of " + runs + " rounds over all sizes in one JVM, after "
                    + "an unmeasured round; linear: about the same time per added page at every size)");
        } finally {
            Baker.deleteRecursively(work);
        }
    }

    /** The site folder, content and templates side by side as in the repository, with extra posts per language. */
    static int copySite(Path repository, Path copy, int extraPostsPerLanguage) throws IOException {
        SiteCopy.of(repository.resolve("site"), copy);
        try (Stream<Path> languages = Files.list(copy.resolve("content"))) {
            for (Path language : languages.filter(Files::isDirectory).toList()) {
                addPosts(language, extraPostsPerLanguage);
            }
        }
        try (Stream<Path> files = Files.walk(copy.resolve("content"))) {
            return (int) files.filter(f -> f.toString().endsWith(".md")).count();
        }
    }

    /** Copies of the language's first news post, each with its own date, title and translation key. */
    private static void addPosts(Path language, int count) throws IOException {
        Path post = findPost(language).orElseThrow(() -> new IllegalStateException("no news post in " + language));
        String text = Files.readString(post, StandardCharsets.UTF_8);
        Path news = post.getParent().getParent();
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int i = 1; i <= count; i++) {
            String copy = text.replaceFirst("(?m)^title=(.*)$", "title=$1 (" + i + ")")
                    .replaceFirst("(?m)^date=.*$", "date=" + start.plusDays(i))
                    .replaceFirst("(?m)^translationKey=.*$", "translationKey=bench-post-" + i);
            Path folder = news.resolve("bench-post-" + i);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(post.getFileName()), copy, StandardCharsets.UTF_8);
        }
    }

    private static Optional<Path> findPost(Path language) throws IOException {
        try (Stream<Path> files = Files.walk(language)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("\ntype=post\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).findFirst();
        }
    }
}
