package org.mujaz.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.mujaz.config.SiteConfig;
import org.mujaz.model.Brief;
import org.mujaz.model.Lang;
import org.mujaz.site.PageKey;
import org.mujaz.site.PageKind;
import org.mujaz.site.Permalinks;
import org.mujaz.site.SiteIndex;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders every page of every language, the feeds, the sitemap, robots.txt and the static assets.
 * Thread-safe: the engine caches parsed templates and everything else is immutable, so a builder
 * may render pages from several threads through {@link #renderPage}. Output depends only on the
 * index and the templates (no clock, no hash order), so equal input gives equal bytes.
 */
public final class SiteRenderer {

    /** Feeds carry the newest briefs only; readers poll them, they are not an archive. */
    static final int FEED_ENTRIES = 50;

    /** Pages rendered ahead of writing: enough to keep every core busy, few enough to bound memory. */
    private static final int RENDER_BATCH = 256;

    private final SiteConfig config;
    private final TemplateSource templates;
    private final Permalinks links;
    private final TemplateEngine engine;
    private final BundleMessageResolver messages;

    public SiteRenderer(SiteConfig config, TemplateSource templates) {
        this.config = config;
        this.templates = templates;
        this.links = new Permalinks(config.languages(), config.baseUrl());
        this.engine = new TemplateEngine();
        engine.setTemplateResolver(new SourceTemplateResolver(templates));
        this.messages = new BundleMessageResolver(templates);
        engine.setMessageResolver(messages);
    }

    public Permalinks permalinks() { return links; }

    /**
     * Every page in every language, then sitemap, robots.txt and static files. Pages are rendered in parallel in
     * batches (bounded memory) and handed to the sink in a fixed order, so the sink needs no locking and output
     * never depends on scheduling.
     */
    public void render(SiteIndex index, PageSink sink) throws IOException {
        List<Map.Entry<Lang, PageKey>> jobs = new ArrayList<>();
        for (Lang lang : config.languages()) for (PageKey page : index.pages()) jobs.add(Map.entry(lang, page));
        for (int from = 0; from < jobs.size(); from += RENDER_BATCH) {
            List<Map.Entry<Lang, PageKey>> batch = jobs.subList(from, Math.min(jobs.size(), from + RENDER_BATCH));
            byte[][] pages = new byte[batch.size()][];
            IntStream.range(0, batch.size()).parallel()
                    .forEach(i -> pages[i] = renderPage(index, batch.get(i).getValue(), batch.get(i).getKey()));
            for (int i = 0; i < pages.length; i++) sink.write(outputPath(batch.get(i).getValue(), batch.get(i).getKey()), pages[i]);
        }
        sink.write(links.outputPath(links.sitemap()), sitemap(index));
        sink.write(links.outputPath(links.robots()), process(OutputFormat.ROBOTS, "robots", config.defaultLang(),
                Map.of("sitemap", links.absolute(links.sitemap()))));
        for (String file : templates.staticFiles()) {
            byte[] bytes = templates.read("static/" + file).orElseThrow(() -> new IOException("missing static file " + file));
            sink.write(links.outputPath(links.asset(file)), bytes);
        }
    }

    /** The configured site title, else the bundle's {@code site.title}: a page title must never be empty. */
    private String title(Lang lang) {
        String t = config.titles().get(lang);
        return t == null || t.isBlank() ? messages.message(lang, "site.title") : t.strip();
    }

    /** Where a page is written, relative to the output folder. */
    public String outputPath(PageKey page, Lang lang) { return links.outputPath(links.page(page, lang)); }

    /** One page in one language. */
    public byte[] renderPage(SiteIndex index, PageKey page, Lang lang) {
        PageViews views = new PageViews(index, links, lang, title(lang));
        Map<String, Object> vars = new HashMap<>();
        var frame = views.page(page, section(page.kind()));
        vars.put("page", frame);
        vars.put("others", views.others(frame));
        String template;
        switch (page.kind()) {
            case HOME -> {
                template = "home";
                vars.put("cards", views.cards(index.briefs()));
            }
            case BRIEF -> {
                template = "brief";
                vars.put("brief", views.brief(index.brief(page.slug()).orElseThrow()));
            }
            case TOPICS -> {
                template = "topics";
                vars.put("topics", index.topics().stream().map(views::topic).toList());
            }
            case TOPIC -> {
                template = "topic";
                vars.put("topic", views.topic(index.topicBySlug(page.slug()).orElseThrow()));
            }
            case PEOPLE -> {
                template = "people";
                vars.put("people", views.personCards(index.people()));
            }
            case PERSON -> {
                template = "person";
                vars.put("person", views.person(index.person(page.slug()).orElseThrow()));
            }
            case TIMELINE -> {
                template = "timeline";
                vars.put("steps", views.timeline());
            }
            case NOT_FOUND -> template = "404";
            case FEED -> {
                return feed(index, views, lang);
            }
            default -> throw new IllegalStateException(page.kind().name());
        }
        return process(OutputFormat.HTML, template, lang, vars);
    }

    /** The navigation entry that is this very page (aria-current="page"), or "". */
    private static String section(PageKind kind) {
        return switch (kind) {
            case HOME -> "home";
            case TOPICS -> "topics";
            case PEOPLE -> "people";
            case TIMELINE -> "timeline";
            default -> "";
        };
    }

    private byte[] feed(SiteIndex index, PageViews views, Lang lang) {
        List<Brief> newest = index.briefs().subList(0, Math.min(FEED_ENTRIES, index.briefs().size()));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Brief b : newest) {
            Map<String, Object> e = new HashMap<>();
            e.put("url", links.absolute(links.brief(index.slug(b), lang)));
            e.put("lang", b.lang().code());
            String title = b.article().title();
            e.put("title", xml(title == null || title.isBlank() ? b.article().id() : title));
            e.put("updated", atomDate(b.article().date()));
            e.put("summary", xml(String.join(" ", b.summary())));
            entries.add(e);
        }
        // The feed's own date is its newest entry's, never the clock's, to keep builds reproducible.
        String updated = index.briefs().stream().map(b -> b.article().date()).filter(d -> d != null).max(java.time.LocalDate::compareTo)
                .map(SiteRenderer::atomDate).orElse(atomDate(null));
        Map<String, Object> vars = new HashMap<>();
        vars.put("lang", lang.code());
        vars.put("title", xml(title(lang)));
        vars.put("home", links.absolute(links.home(lang)));
        vars.put("self", links.absolute(links.feed(lang)));
        vars.put("updated", updated);
        vars.put("entries", entries);
        return process(OutputFormat.ATOM, "feed", lang, vars);
    }

    /** Every page in every language, each with its other-language versions (xhtml:link hreflang). */
    private byte[] sitemap(SiteIndex index) {
        List<Map<String, Object>> urls = new ArrayList<>();
        for (Lang lang : config.languages()) {
            PageViews views = new PageViews(index, links, lang, title(lang));
            for (PageKey page : index.pages()) {
                if (page.kind() == PageKind.NOT_FOUND || page.kind() == PageKind.FEED) continue;
                List<Views.Alternate> alternates = views.page(page, "").alternates().stream()
                        .map(a -> new Views.Alternate(a.lang(), a.dir(), links.absolute(a.url()))).toList();
                urls.add(Map.of("loc", links.absolute(links.page(page, lang)), "alternates",
                        config.languages().size() > 1 ? alternates : List.of()));
            }
        }
        return process(OutputFormat.SITEMAP, "sitemap", config.defaultLang(), Map.of("urls", urls));
    }

    /**
     * Escapes markup characters only and drops code points XML forbids; the feed template prints it
     * with th:utext because Thymeleaf's XML mode would turn every Arabic letter into a character reference.
     */
    private static String xml(String text) {
        return org.unbescape.xml.XmlEscape.escapeXml10Minimal(Views.printable(text));
    }

    private static String atomDate(java.time.LocalDate d) {
        return (d == null ? "1970-01-01" : d.toString()) + "T00:00:00Z";
    }

    private byte[] process(OutputFormat format, String name, Lang lang, Map<String, Object> vars) {
        Context ctx = new Context(lang.locale(), vars);
        return engine.process(format.template(name), ctx).getBytes(StandardCharsets.UTF_8);
    }
}
