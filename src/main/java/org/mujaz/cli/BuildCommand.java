package org.mujaz.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mujaz.build.SiteBuilder;
import org.mujaz.build.SiteData;
import org.mujaz.config.SiteConfig;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mujaz build}: the whole site from a site folder into its output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = MujazVersion.class,
        description = "Build the briefing site from content/ and seeds/ into site-output/.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--source", defaultValue = ".", description = "site folder with mujaz.yaml, content/, seeds/ (default: current folder)")
    Path source;

    @Option(names = "--output", description = "output folder (default: SOURCE/site-output)")
    Path output;

    @Option(names = "--drafts", description = "include articles marked draft: true")
    boolean drafts;

    @Option(names = "--base-url", description = "absolute base URL for links in feeds and sitemap")
    String baseUrl;

    @Option(names = "--verbose", description = "print warnings and stack traces")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (baseUrl != null && !SiteConfig.isBaseUrl(baseUrl)) {
            throw new ParameterException(spec.commandLine(), "--base-url '" + baseUrl + "' is not an absolute http(s) URL");
        }
        Reporter reporter = new Reporter(spec.commandLine().getErr(), verbose);
        Diagnostics diagnostics = new Diagnostics();
        long start = System.nanoTime();
        try {
            SiteData data = SiteData.load(source);
            if (output != null) data = data.withOutputDir(output.toAbsolutePath().normalize());
            if (baseUrl != null) data = data.withBaseUrl(baseUrl);
            SiteBuilder.Result r = new SiteBuilder(data, drafts).build(diagnostics);
            reporter.print(diagnostics, verbose);
            spec.commandLine().getErr().printf("mujaz: built %s → %s: briefs %d%s, files %d (%d ms)%s%n", source, r.output(), r.briefs(),
                    r.kept() > 0 ? " (" + r.kept() + " kept from an earlier build)" : "", r.pages(),
                    (System.nanoTime() - start) / 1_000_000,
                    diagnostics.warningCount() > 0 && !verbose ? ", " + diagnostics.warningCount() + " warnings (--verbose shows them)" : "");
            return diagnostics.hasErrors() ? 1 : 0;
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            reporter.print(diagnostics, verbose);
            return 1;
        } catch (IOException | RuntimeException e) { // a render failure: staging is discarded, the old site stays
            reporter.print(diagnostics, verbose);
            reporter.failure(e);
            spec.commandLine().getErr().println("mujaz: the build failed; the previous site was left as it was");
            return 1;
        }
    }
}
