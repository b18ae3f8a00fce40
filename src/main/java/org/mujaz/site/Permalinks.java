package org.mujaz.site;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.mujaz.model.Lang;

/**
 * The one place that computes URLs and output paths. URLs are root-relative and include the
 * path of the base URL, so a site published under {@code https://host/briefing/} links correctly;
 * the default language lives at the root, every other language under {@code /<code>/}.
 * Every per-item segment is checked to be a slug, so no URL or output path can leave the site.
 */
public final class Permalinks {

    /**
     * The build's own state (the last good briefs, see publish/BriefStore), relative to the output folder. It is never
     * a URL: {@link #outputPath} refuses dot-segments, so no page, feed or sitemap can point at it.
     */
    public static final String BRIEF_STORE = ".mujaz/briefs.json";

    private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");

    private final List<Lang> languages;
    private final String baseUrl;
    private final String basePath;

    /**
     * @param languages site languages, the first being the default served at the root
     * @param baseUrl   absolute base URL such as {@code https://example.org/} (a missing final "/" is added)
     */
    public Permalinks(List<Lang> languages, String baseUrl) {
        if (languages.isEmpty()) throw new IllegalArgumentException("no site languages");
        this.languages = List.copyOf(languages);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String path = URI.create(this.baseUrl).getPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path;
    }

    public List<Lang> languages() { return languages; }

    public Lang defaultLang() { return languages.get(0); }

    public String home(Lang lang) { return root(lang); }

    public String brief(String slug, Lang lang) { return item(lang, "briefs", slug); }

    public String topic(String slug, Lang lang) { return item(lang, "topics", slug); }

    public String person(String slug, Lang lang) { return item(lang, "people", slug); }

    public String topicsIndex(Lang lang) { return root(lang) + "topics/"; }

    public String personsIndex(Lang lang) { return root(lang) + "people/"; }

    public String timeline(Lang lang) { return root(lang) + "timeline/"; }

    public String notFound(Lang lang) { return root(lang) + "404.html"; }

    public String feed(Lang lang) { return root(lang) + "feed.xml"; }

    /** One sitemap for all languages, at the site root. */
    public String sitemap() { return basePath + "sitemap.xml"; }

    public String robots() { return basePath + "robots.txt"; }

    /** A static file, e.g. {@code asset("css/mujaz.css")} gives {@code /static/css/mujaz.css}. */
    public String asset(String path) {
        if (path == null || !ASSET.matcher(path).matches()) throw new IllegalArgumentException("unsafe asset path: " + path);
        return basePath + "static/" + path;
    }

    /** The URL of a page in a language. */
    public String page(PageKey key, Lang lang) {
        return switch (key.kind()) {
            case HOME -> home(lang);
            case BRIEF -> brief(key.slug(), lang);
            case TOPICS -> topicsIndex(lang);
            case TOPIC -> topic(key.slug(), lang);
            case PEOPLE -> personsIndex(lang);
            case PERSON -> person(key.slug(), lang);
            case TIMELINE -> timeline(lang);
            case NOT_FOUND -> notFound(lang);
            case FEED -> feed(lang);
        };
    }

    /** The file, relative to the output folder, that serves a URL made here: "/en/briefs/x/" gives "en/briefs/x/index.html". */
    public String outputPath(String url) {
        if (url == null || !url.startsWith(basePath)) throw new IllegalArgumentException("not a URL of this site: " + url);
        String rest = url.substring(basePath.length());
        if (rest.isEmpty() || rest.endsWith("/")) rest = rest + "index.html";
        for (String segment : rest.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) throw new IllegalArgumentException("unsafe URL: " + url);
        }
        return rest;
    }

    /** The absolute form of a URL made here, for feeds, sitemaps and canonical links. */
    public String absolute(String url) {
        if (url == null || !url.startsWith(basePath)) throw new IllegalArgumentException("not a URL of this site: " + url);
        return baseUrl + url.substring(basePath.length());
    }

    private String root(Lang lang) {
        if (!languages.contains(lang)) throw new IllegalArgumentException("not a site language: " + lang);
        return lang == defaultLang() ? basePath : basePath + lang.code() + "/";
    }

    private String item(Lang lang, String section, String slug) {
        if (!Slugs.isValid(slug)) throw new IllegalArgumentException("unsafe slug: " + slug);
        return root(lang) + section + "/" + slug + "/";
    }
}
