package org.mujaz.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    @Override
    public Integer call() {
        System.err.println("mujaz: build is not wired yet");
        return 1;
    }
}
