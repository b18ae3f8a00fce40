package org.mujaz.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mujaz.config.SiteConfig;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;
import org.mujaz.publish.StagedPublisher;

/**
 * Publishing replaces the output folder wholesale, so it must never be a folder the user cares about:
 * not the site folder or one holding its sources, and not a non-empty folder that Mujaz did not write
 * (recognised by the marker file the publisher leaves in every output).
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(SiteConfig config) throws IOException {
        Path out = config.outputDir().toAbsolutePath().normalize();
        for (Path source : List.of(config.root(), config.contentDir(), config.seedsDir(), config.templatesDir())) {
            Path s = source.toAbsolutePath().normalize();
            if (s.startsWith(out)) {
                throw refuse(out, "output folder " + out + " contains the site's sources (" + s + ")", "choose an empty or new folder for --output");
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(StagedPublisher.MARKER))) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw refuse(out, "output folder " + out + " is not empty and was not written by Mujaz; refusing to replace it",
                            "choose an empty or new folder for --output");
                }
            }
        }
    }

    private static DiagnosticException refuse(Path out, String message, String hint) {
        return new DiagnosticException(Diagnostic.error(SourcePosition.of(out), message, hint));
    }
}
