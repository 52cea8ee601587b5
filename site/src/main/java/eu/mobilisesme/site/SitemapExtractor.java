package eu.mobilisesme.site;

import eu.mobilisesme.forms.Languages;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * {@code sitemap_entries} in templates: the indexable pages of the page's language, each with the addresses of
 * all its language versions (for {@code xhtml:link} alternates, as Hugo writes them).
 */
public final class SitemapExtractor implements ModelExtractor<List<SitemapExtractor.Entry>> {

    /** Documents that are not pages to index: feeds, sitemaps, not-found and thank-you pages. */
    private static final Set<String> SKIPPED_TYPES = Set.of("langfeed", "langsitemap", "thanks");
    private static final Set<String> SKIPPED_KEYS = Set.of("notfound");

    public record Alternate(String lang, String path) {
    }

    public record Entry(String path, Date lastmod, List<Alternate> alternates) {
    }

    private SiteIndex index;

    @Override
    public List<Entry> get(ContentStore db, Map model, String key) {
        String lang = SiteIndex.pageLanguage(model);
        if (lang == null) {
            return List.of();
        }
        if (index == null) {
            index = SiteIndex.of(db);
        }
        return index.inLanguage(lang).stream()
                .filter(d -> !SKIPPED_TYPES.contains(d.getType()))
                .filter(d -> !SKIPPED_KEYS.contains(SiteIndex.string(d, SiteIndex.TRANSLATION_KEY)))
                .map(d -> new Entry(SiteIndex.path(d), d.getDate(),
                        index.withKey(SiteIndex.string(d, SiteIndex.TRANSLATION_KEY)).stream()
                                .map(t -> new Alternate(SiteIndex.string(t, SiteIndex.LANG), SiteIndex.path(t)))
                                .sorted(Comparator.comparingInt(a -> Languages.SUPPORTED.indexOf(a.lang())))
                                .toList()))
                .toList();
    }
}
