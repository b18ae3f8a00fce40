package org.mujaz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mujaz.build.SiteData;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;
import org.mujaz.diag.Diagnostics;
import org.mujaz.extract.BriefEditor;
import org.mujaz.extract.BriefExtractor;
import org.mujaz.load.ArticleLoader;
import org.mujaz.load.LoadedArticle;
import org.mujaz.model.Brief;
import org.mujaz.render.BriefJson;
import org.mujaz.render.BriefText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mujaz extract FILE...}: prints the brief of each article, for review and for scoring. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = MujazVersion.class,
        description = "Print the brief extracted from each article file.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl, text }

    @Option(names = "--format", defaultValue = "text", description = "json, jsonl (one brief per line) or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--source", defaultValue = ".", description = "site folder whose content/_data topics and people are used (default: current folder)")
    Path source;

    @Option(names = "--verbose", description = "print warnings and stack traces")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files (.md or .txt)")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), verbose);
        Diagnostics diagnostics = new Diagnostics();
        SiteData data;
        try {
            data = SiteData.load(source);
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            reporter.print(diagnostics, verbose);
            return 1;
        }
        BriefExtractor extractor = new BriefExtractor(data.taxonomy(), data.gazetteer());
        List<String> json = new ArrayList<>();
        for (Path file : files) {
            try {
                LoadedArticle loaded = ArticleLoader.loadWithEdits(file, diagnostics::add);
                Brief brief = BriefEditor.apply(extractor.extract(loaded.article()), loaded.edits(), diagnostics::add);
                switch (format) {
                    case jsonl -> out.println(BriefJson.line(brief));
                    case json -> json.add(BriefJson.pretty(brief));
                    case text -> out.println(BriefText.of(brief));
                }
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
            } catch (RuntimeException e) { // an extractor bug on one article must not hide the others
                diagnostics.add(Diagnostic.error(SourcePosition.of(file), "extraction failed: " + e));
                if (verbose) e.printStackTrace(spec.commandLine().getErr());
            }
        }
        if (format == Format.json) out.println(json.size() == 1 ? json.get(0) : "[" + String.join(",\n", json) + "]");
        out.flush();
        reporter.print(diagnostics, true); // stderr: stale corrections and gaps are what a reviewer needs to see
        return diagnostics.hasErrors() ? 1 : 0;
    }
}
