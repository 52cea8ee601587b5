package eu.mobilisesme.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * The published documents of one bake, indexed by language and by translation key, so that per-page lookups
 * (translations, menu, news) cost O(1) instead of a scan of all content per page.
 */
final class SiteIndex {

    static final String LANG = "lang";
    static final String TRANSLATION_KEY = "translationKey";
    static final String NAV = "nav";

    private final Map<String, List<DocumentModel>> byLang = new HashMap<>();
    private final Map<String, List<DocumentModel>> byKey = new HashMap<>();

    private SiteIndex(List<DocumentModel> documents) {
        documents.sort(Comparator.comparing(d -> Objects.toString(d.getUri(), "")));
        for (DocumentModel d : documents) {
            String lang = string(d, LANG);
            String key = string(d, TRANSLATION_KEY);
            if (lang != null) {
                byLang.computeIfAbsent(lang, l -> new ArrayList<>()).add(d);
            }
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
            }
        }
    }

    static SiteIndex of(ContentStore db) {
        List<DocumentModel> documents = new ArrayList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            documents.addAll(db.getPublishedContent(type));
        }
        return new SiteIndex(documents);
    }

    /** The published documents of a language, in URI order. */
    List<DocumentModel> inLanguage(String lang) {
        return byLang.getOrDefault(lang, List.of());
    }

    /** The published documents sharing a translation key, one per language when the content is complete. */
    List<DocumentModel> withKey(String translationKey) {
        return byKey.getOrDefault(translationKey, List.of());
    }

    /** The language of the page being rendered, or null for the root pages (language choice, 404, sitemap index). */
    static String pageLanguage(Map<?, ?> model) {
        return model.get("content") instanceof Map<?, ?> content ? string(content, LANG) : null;
    }

    static String pageTranslationKey(Map<?, ?> model) {
        return model.get("content") instanceof Map<?, ?> content ? string(content, TRANSLATION_KEY) : null;
    }

    static String string(Map<?, ?> document, String key) {
        Object value = document.get(key);
        return value == null ? null : value.toString();
    }

    static Date date(DocumentModel document) {
        return document.getDate();
    }

    /** The address of a document below the site root, as linked: {@code en/about/} for {@code en/about/index.html}. */
    static String path(DocumentModel document) {
        String uri = document.getUri();
        return uri.endsWith("index.html") ? uri.substring(0, uri.length() - "index.html".length()) : uri;
    }
}
