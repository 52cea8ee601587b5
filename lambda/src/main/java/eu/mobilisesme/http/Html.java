package eu.mobilisesme.http;

import eu.mobilisesme.forms.Messages;
import eu.mobilisesme.forms.SitePaths;

/** The small HTML pages a plain form post can get back, in the site's look and the submitter's language. */
final class Html {

    private Html() {
    }

    static String errorPage(Messages messages, String title, String content, String formPage) {
        String lang = messages.lang();
        StringBuilder page = head(lang, title)
                .append("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\">\n")
                .append("<h1 id=\"error-summary-title\">").append(escape(title)).append("</h1>\n")
                .append(content)
                .append("</div>\n");
        if (formPage != null) {
            page.append("<p>").append(escape(messages.get("page.error.back"))).append("</p>\n")
                    .append("<p><a href=\"").append(formPage).append("\">")
                    .append(escape(messages.get("page.error.restart"))).append("</a></p>\n");
        }
        page.append("<p><a href=\"").append(SitePaths.home(lang)).append("\">")
                .append(escape(messages.get("page.error.home"))).append("</a></p>\n")
                .append("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    /** A plain page in the site's look: {@code content} is HTML already escaped by the caller. */
    static String page(Messages messages, String title, String content) {
        return head(messages.lang(), title).append(content)
                .append("<p><a href=\"").append(SitePaths.home(messages.lang())).append("\">")
                .append(escape(messages.get("page.error.home"))).append("</a></p>\n")
                .append("</main>\n</body>\n</html>\n").toString();
    }

    private static StringBuilder head(String lang, String title) {
        return new StringBuilder(1024)
                .append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>").append(escape(title)).append(" | MobiliseSME</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
                .append("</head>\n<body>\n<main id=\"main\" class=\"container\">\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
