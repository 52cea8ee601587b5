package eu.mobilisesme.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.mobilisesme.forms.Languages;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The per-language feeds and sitemaps and the root sitemap index are well-formed and stay in their language. */
class FeedsAndSitemapsTest {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(BakedSite.output().resolve(path).toFile());
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList nodes = ns == null ? doc.getElementsByTagName(name) : doc.getElementsByTagNameNS(ns, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void every_xml_output_is_well_formed() throws Exception {
        for (var file : BakedSite.files(".xml")) {
            assertThat(Files.readString(BakedSite.output().resolve(file))).as("%s", file).startsWith("<?xml");
            xml(file.toString());
        }
    }

    @Test
    void the_root_sitemap_is_an_index_of_the_language_sitemaps() throws Exception {
        Document index = xml("sitemap.xml");
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(elements(index, SITEMAP_NS, "loc").stream().map(Element::getTextContent))
                .containsExactlyElementsOf(Languages.SUPPORTED.stream()
                        .map(l -> BakedSite.SITE_HOST + "/" + l + "/sitemap.xml").toList());
    }

    @Test
    void each_language_sitemap_lists_its_pages_with_every_language_version_as_alternate() throws Exception {
        for (String lang : Languages.SUPPORTED) {
            Document sitemap = xml(lang + "/sitemap.xml");
            List<Element> urls = elements(sitemap, SITEMAP_NS, "url");
            assertThat(urls).as("urls of %s", lang).hasSizeGreaterThanOrEqualTo(15);
            for (Element url : urls) {
                String loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
                assertThat(loc).startsWith(BakedSite.SITE_HOST + "/" + lang + "/");
                assertThat(BakedSite.fileFor(URIs.path(loc))).isRegularFile();
                NodeList links = url.getElementsByTagNameNS(XHTML_NS, "link");
                List<String> hreflangs = new ArrayList<>();
                for (int i = 0; i < links.getLength(); i++) {
                    Element link = (Element) links.item(i);
                    hreflangs.add(link.getAttribute("hreflang"));
                    if (link.getAttribute("hreflang").equals(lang)) {
                        assertThat(link.getAttribute("href")).isEqualTo(loc);
                    }
                    assertThat(BakedSite.fileFor(URIs.path(link.getAttribute("href")))).isRegularFile();
                }
                assertThat(hreflangs).containsExactlyInAnyOrderElementsOf(concat(Languages.SUPPORTED, "x-default"));
            }
        }
    }

    @Test
    void each_language_feed_is_rss_in_that_language_with_only_its_own_news() throws Exception {
        for (String lang : Languages.SUPPORTED) {
            Document feed = xml(lang + "/feed.xml");
            assertThat(feed.getDocumentElement().getTagName()).isEqualTo("rss");
            assertThat(elements(feed, null, "language").get(0).getTextContent()).isEqualTo(lang);
            List<Element> items = elements(feed, null, "item");
            assertThat(items).as("items of %s", lang).isNotEmpty();
            for (Element item : items) {
                String link = item.getElementsByTagName("link").item(0).getTextContent();
                assertThat(link).startsWith(BakedSite.SITE_HOST + "/" + lang + "/");
                assertThat(BakedSite.fileFor(URIs.path(link))).isRegularFile();
                assertThat(item.getElementsByTagName("pubDate").item(0).getTextContent())
                        .matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
            }
        }
    }

    private static List<String> concat(List<String> list, String extra) {
        List<String> all = new ArrayList<>(list);
        all.add(extra);
        return all;
    }
}
