package org.mujaz.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mujaz.model.Lang;

/**
 * The site's settings from {@code mujaz.yaml}, with every default in {@link #defaults(Path)}.
 *
 * @param root         the site folder (holds mujaz.yaml, content/, seeds/, templates/)
 * @param titles       the site title per language
 * @param baseUrl      absolute base URL ending in "/", e.g. {@code https://example.org/}
 * @param languages    languages to render; the first is the default and is served at "/"
 * @param contentDir   Markdown articles and {@code _data/}
 * @param seedsDir     raw scraped {@code .txt} articles
 * @param templatesDir the site's own templates, overriding the built-in set file by file
 * @param outputDir    where the published site goes
 */
public record SiteConfig(
        Path root,
        Map<Lang, String> titles,
        String baseUrl,
        List<Lang> languages,
        Path contentDir,
        Path seedsDir,
        Path templatesDir,
        Path outputDir) {

    public SiteConfig {
        titles = Map.copyOf(titles);
        languages = List.copyOf(languages);
    }

    public Lang defaultLang() { return languages.get(0); }

    public String title(Lang lang) { return titles.getOrDefault(lang, titles.get(defaultLang())); }

    public Path dataDir() { return contentDir.resolve("_data"); }

    public static SiteConfig defaults(Path root) {
        return new SiteConfig(root,
                Map.of(Lang.AR, "موجز", Lang.EN, "Mujaz"),
                "http://localhost:1313/",
                List.of(Lang.AR, Lang.EN),
                root.resolve("content"),
                root.resolve("seeds"),
                root.resolve("templates"),
                root.resolve("site-output"));
    }

    public SiteConfig withOutputDir(Path dir) {
        return new SiteConfig(root, titles, baseUrl, languages, contentDir, seedsDir, templatesDir, dir);
    }

    /** An absolute http(s) URL with a host; everything else would make broken links in feeds and the sitemap. */
    public static boolean isBaseUrl(String url) {
        return url != null && url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?");
    }

    public SiteConfig withBaseUrl(String url) {
        String u = url.endsWith("/") ? url : url + "/";
        return new SiteConfig(root, titles, u, languages, contentDir, seedsDir, templatesDir, outputDir);
    }
}
