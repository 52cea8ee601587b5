package eu.mobilisesme.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Every address a baked page refers to (links, assets, form actions), resolved against the page's own address. */
record PageLinks(Element element, String attribute, String raw, URI resolved) {

    static List<PageLinks> of(Document page) {
        List<PageLinks> links = new ArrayList<>();
        URI base = URI.create(page.location());
        for (Element e : page.select("[href], [src], [srcset], form[action]")) {
            for (String attribute : List.of("href", "src", "action")) {
                if (e.hasAttr(attribute)) {
                    add(links, base, e, attribute, e.attr(attribute));
                }
            }
            if (e.hasAttr("srcset")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    add(links, base, e, "srcset", candidate.strip().split("\\s+")[0]);
                }
            }
        }
        return links;
    }

    private static void add(List<PageLinks> links, URI base, Element e, String attribute, String raw) {
        links.add(new PageLinks(e, attribute, raw, base.resolve(raw.replace(" ", "%20"))));
    }

    boolean onSite() {
        String scheme = resolved.getScheme();
        return ("https".equals(scheme) || "http".equals(scheme))
                && (BakedSite.SITE_HOST.equals(scheme + "://" + resolved.getAuthority()));
    }

    /** What the browser fetches by itself when showing the page (not links a person follows). */
    boolean loadedWithPage() {
        return switch (element.tagName()) {
            case "a", "form" -> false;
            case "link" -> element.attr("rel").matches(".*\\b(stylesheet|icon|preload|modulepreload)\\b.*");
            default -> true;
        };
    }

    @Override
    public String toString() {
        return "<" + element.tagName() + " " + attribute + "=\"" + raw + "\">";
    }
}
