package org.mujaz.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mujaz.config.SiteConfig;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.Diagnostics;
import org.mujaz.diag.SourcePosition;
import org.mujaz.extract.BriefEditor;
import org.mujaz.extract.BriefExtractor;
import org.mujaz.load.ContentLoader;
import org.mujaz.load.ContentLoader.Failure;
import org.mujaz.load.LoadedArticle;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.BriefWarning;
import org.mujaz.publish.StagedPublisher;
import org.mujaz.render.SiteRenderer;
import org.mujaz.render.TemplateSource;
import org.mujaz.site.Permalinks;
import org.mujaz.site.SiteIndex;

/**
 * Builds a whole site. {@link #build} reads as the pipeline: load, extract, index, render, publish.
 * A broken article is reported and keeps its last good brief, if it has one; the others are still built. Nothing
 * reaches the output folder until every page has been rendered into staging, so a failed build leaves the previous
 * site as it was.
 */
public final class SiteBuilder {

    /** What a build did, for the command line's summary and for tests; {@code kept} of the briefs are last good ones. */
    public record Result(int briefs, int kept, int pages, Path output, Diagnostics diagnostics, boolean published) {
    }

    private final SiteData data;
    private final boolean drafts;

    public SiteBuilder(SiteData data, boolean drafts) {
        this.data = data;
        this.drafts = drafts;
    }

    public Result build(Diagnostics diagnostics) throws IOException {
        SiteConfig config = data.config();
        OutputGuard.check(config);

        // 1. Load every article; a bad file becomes a diagnostic and is skipped.
        ContentLoader.Result loaded = ContentLoader.load(List.of(config.contentDir(), config.seedsDir()), diagnostics);
        List<LoadedArticle> articles = loaded.loaded().stream().filter(a -> drafts || !a.article().draft()).toList();
        List<Failure> failed = new ArrayList<>(loaded.failed());

        // 2. Extract briefs in parallel, then apply editors' corrections; order is kept so that output never
        //    depends on scheduling.
        List<Brief> built = extract(articles, failed, diagnostics);

        // 2b. An article that broke since the published build keeps its brief from then. Read before publishing,
        //     which replaces that build's output.
        LastGoodBriefs lastGood = LastGoodBriefs.read(config, diagnostics);
        List<Brief> briefs = lastGood.fillIn(built, failed, drafts, diagnostics);

        // 3. Index: which pages exist and which briefs each depends on.
        SiteIndex index = SiteIndex.of(briefs, data.taxonomy(), data.gazetteer());

        // 4. Render into staging, then 5. swap it in. Without commit(), close() discards staging.
        int[] pages = {0};
        try (StagedPublisher publisher = StagedPublisher.open(config.outputDir())) {
            new SiteRenderer(config, TemplateSource.of(config.templatesDir())).render(index, (path, bytes) -> {
                publisher.write(path, bytes);
                pages[0]++;
            });
            publisher.write(Permalinks.BRIEF_STORE, lastGood.state(briefs));
            publisher.commit();
        }
        return new Result(briefs.size(), lastGood.keptCount(), pages[0], config.outputDir(), diagnostics, true);
    }

    private List<Brief> extract(List<LoadedArticle> articles, List<Failure> failed, Diagnostics diagnostics) {
        BriefExtractor extractor = new BriefExtractor(data.taxonomy(), data.gazetteer());
        Brief[] out = new Brief[articles.size()];
        Failure[] failures = new Failure[articles.size()];
        IntStream.range(0, articles.size()).parallel().forEach(i -> {
            Article a = articles.get(i).article();
            try {
                out[i] = BriefEditor.apply(extractor.extract(a), articles.get(i).edits(), diagnostics::add);
                report(out[i], diagnostics);
            } catch (RuntimeException e) { // one article's extraction bug must not stop the site
                failures[i] = new Failure(a.source(), Diagnostic.error(SourcePosition.of(a.source()), "extraction failed: " + e));
                diagnostics.add(failures[i].error());
            }
        });
        List<Brief> briefs = new ArrayList<>();
        for (Brief b : out) if (b != null) briefs.add(b);
        for (Failure f : failures) if (f != null) failed.add(f);
        return briefs;
    }

    /** A brief's gaps as warnings at the line of their paragraph, so an editor can jump to the spot. */
    private static void report(Brief brief, Diagnostics diagnostics) {
        Article a = brief.article();
        for (BriefWarning w : brief.warnings()) {
            int p = w.paragraph();
            int line = p >= 1 && p <= a.bodyLines().size() ? a.bodyLines().get(p - 1) : 0;
            diagnostics.add(Diagnostic.warning(SourcePosition.of(a.source(), line), w.message()));
        }
    }
}
