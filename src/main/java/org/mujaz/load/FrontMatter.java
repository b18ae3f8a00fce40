package org.mujaz.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.mujaz.config.YamlNode;
import org.mujaz.diag.Diagnostic;
import org.mujaz.model.Lang;

/**
 * The article keys of front matter or a {@code .yaml} sidecar. Bad values are errors naming their line; keys Mujaz
 * does not know are warnings (scraped corpora carry extra fields such as {@code category}).
 */
public record FrontMatter(
        String title,
        LocalDate date,
        Lang lang,
        String source,
        String url,
        List<String> topics,
        List<String> persons,
        String slug,
        String translationKey,
        boolean draft,
        YamlNode brief) {

    static final Set<String> KEYS = Set.of("title", "date", "lang", "source", "url", "topics", "persons", "slug",
            "translationKey", "draft", "brief");

    public static final FrontMatter EMPTY = new FrontMatter(null, null, null, null, null, List.of(), List.of(), null, null, false, null);

    public static FrontMatter from(YamlNode doc, Consumer<Diagnostic> warnings) {
        if (doc.isNull()) return EMPTY;
        for (Map.Entry<String, YamlNode> e : doc.entries().entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                warnings.accept(Diagnostic.warning(e.getValue().position(), "unknown front matter key '" + e.getKey() + "' ignored"));
            }
        }
        return new FrontMatter(
                doc.text("title", null),
                date(doc.get("date")),
                lang(doc.get("lang")),
                doc.text("source", null),
                url(doc.get("url")),
                doc.texts("topics"),
                doc.texts("persons"),
                slug(doc.get("slug")),
                doc.text("translationKey", null),
                bool(doc.get("draft")),
                doc.get("brief"));
    }

    static LocalDate date(YamlNode node) {
        if (node == null || node.isNull()) return null;
        String s = node.text().trim();
        try {
            if (s.length() == 10) return LocalDate.parse(s);
            try {
                return OffsetDateTime.parse(s).toLocalDate();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw node.error("bad date '" + s + "'", "use an ISO date such as 2021-04-08 or 2021-04-08T14:20:00Z");
        }
    }

    private static Lang lang(YamlNode node) {
        if (node == null || node.isNull()) return null;
        Lang l = Lang.fromCode(node.text());
        if (l == null) throw node.error("unknown lang '" + node.text() + "'", "use ar or en");
        return l;
    }

    private static String url(YamlNode node) {
        if (node == null || node.isNull()) return null;
        String u = node.text().trim();
        // Only web links: a javascript: or data: URL from a scraped file must never become a clickable link.
        if (!u.matches("(?i)https?://\\S+")) throw node.error("url '" + u + "' is not an http(s) link", null);
        return u;
    }

    private static String slug(YamlNode node) {
        if (node == null || node.isNull()) return null;
        String s = node.text().trim();
        // The slug becomes a folder name under site-output/: anything but plain ASCII words could escape it.
        if (!s.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw node.error("slug '" + s + "' is not a plain URL slug", "use lower-case ASCII letters, digits and single hyphens, e.g. us-iraq-dialogue");
        }
        return s;
    }

    private static boolean bool(YamlNode node) {
        if (node == null || node.isNull()) return false;
        return switch (node.text().trim()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw node.error("draft must be true or false, not '" + node.text() + "'", null);
        };
    }
}
