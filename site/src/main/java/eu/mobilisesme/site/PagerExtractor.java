package eu.mobilisesme.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * {@code pager} in templates: on a news post, the older ({@code prev}) and newer ({@code next}) posts of the same
 * language, in the order of {@code news}. Found through a map of each language's posts, so that a post's links cost
 * the same however many posts there are.
 */
public final class PagerExtractor implements ModelExtractor<List<PagerExtractor.Neighbour>> {

    /** A linked post: {@code rel} is {@code prev} (older) or {@code next} (newer). */
    public record Neighbour(String rel, DocumentModel post) {
    }

    private final NewsExtractor news = new NewsExtractor();
    private final Map<String, Map<String, Integer>> positions = new HashMap<>();

    @Override
    public List<Neighbour> get(ContentStore db, Map model, String key) {
        String lang = SiteIndex.pageLanguage(model);
        String uri = model.get("content") instanceof Map<?, ?> content ? SiteIndex.string(content, "uri") : null;
        if (lang == null || uri == null) {
            return List.of();
        }
        List<DocumentModel> posts = news.get(db, model, key);
        Integer position = positions.computeIfAbsent(lang, l -> {
            Map<String, Integer> byUri = new HashMap<>();
            for (int i = 0; i < posts.size(); i++) {
                byUri.put(posts.get(i).getUri(), i);
            }
            return byUri;
        }).get(uri);
        List<Neighbour> neighbours = new ArrayList<>(2);
        if (position != null && position + 1 < posts.size()) {
            neighbours.add(new Neighbour("prev", posts.get(position + 1)));
        }
        if (position != null && position > 0) {
            neighbours.add(new Neighbour("next", posts.get(position - 1)));
        }
        return neighbours;
    }
}
