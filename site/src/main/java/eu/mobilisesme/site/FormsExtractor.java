package eu.mobilisesme.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code forms} in templates: the three forms in the page's language, built from the same definitions and message
 * bundles the backend validates with. A template picks its form with
 * {@code forms?filter(f -> f.id() == content.form)}.
 */
public final class FormsExtractor implements ModelExtractor<List<FormView>> {

    private static final Logger LOG = LoggerFactory.getLogger(FormsExtractor.class);

    private final Map<String, List<FormView>> byLang = new HashMap<>();

    @Override
    public List<FormView> get(ContentStore db, Map model, String key) {
        String lang = SiteIndex.pageLanguage(model);
        return lang == null ? List.of() : byLang.computeIfAbsent(lang, FormsExtractor::build);
    }

    private static List<FormView> build(String lang) {
        FormTexts texts = new FormTexts(lang);
        List<FormView> forms = new FormViews(texts).all();
        if (texts.fallbacks() > 0) {
            LOG.warn("Form texts in {}: {} of them fall back to English ({})", lang, texts.fallbacks(),
                    texts.hasBundle() ? "keys missing from its bundle" : "no bundle for this language yet");
        }
        return forms;
    }
}
