package eu.mobilisesme.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * {@code checkForm?first} in templates: the short eligibility check in the page's language, from the same definition
 * and bundles as {@code POST /api/check}. Rendered by the {@code check} macro of {@code _check.ftl}.
 */
public final class CheckExtractor implements ModelExtractor<List<CheckView>> {

    private final Map<String, List<CheckView>> byLang = new HashMap<>();

    /** A list of one, as JBake hands extractor values to FreeMarker as sequences: {@code checkForm?first}. */
    @Override
    public List<CheckView> get(ContentStore db, Map model, String key) {
        String lang = SiteIndex.pageLanguage(model);
        return lang == null ? List.of()
                : byLang.computeIfAbsent(lang, l -> List.of(new FormViews(new FormTexts(l)).check()));
    }
}
