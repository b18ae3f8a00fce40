package org.mujaz.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.Diagnostics;
import org.mujaz.diag.SourcePosition;
import org.mujaz.model.Article;

/**
 * Finds and loads every article under the given folders. A broken article is reported and skipped: one bad file
 * never stops the others. Files are visited in sorted order so that builds are reproducible.
 */
public final class ContentLoader {

    /** What loading produced: the good articles, the article files that could not be loaded, and what went wrong. */
    public record Result(List<LoadedArticle> loaded, List<Failure> failed, Diagnostics diagnostics) {

        public List<Article> articles() { return loaded.stream().map(LoadedArticle::article).toList(); }
    }

    /** An article file that exists but could not be loaded, and the error that says why (maybe in its sidecar). */
    public record Failure(Path article, Diagnostic error) {
    }

    private ContentLoader() {
    }

    public static Result load(List<Path> roots, Diagnostics diagnostics) {
        List<LoadedArticle> articles = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (Path file : articleFiles(roots, diagnostics)) {
            Diagnostic error;
            try {
                articles.add(ArticleLoader.loadWithEdits(file, diagnostics::add));
                continue;
            } catch (DiagnosticException e) {
                error = e.diagnostic();
            } catch (RuntimeException e) {
                error = Diagnostic.error(SourcePosition.of(file), "cannot load article: " + e);
            }
            diagnostics.add(error);
            failed.add(new Failure(file, error));
        }
        return new Result(articles, failed, diagnostics);
    }

    /** Article files under the roots, sorted; {@code _data/}, hidden entries and sidecars are skipped. */
    public static List<Path> articleFiles(List<Path> roots, Diagnostics diagnostics) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !hiddenOrData(root.relativize(p)))
                        .forEach(p -> {
                            if (ArticleLoader.isArticle(p)) files.add(p);
                            else if (!isSidecar(p)) diagnostics.add(Diagnostic.warning(SourcePosition.of(p), "not an article (.md or .txt); ignored"));
                        });
            } catch (IOException | UncheckedIOException e) {
                diagnostics.add(Diagnostic.error(SourcePosition.of(root), "cannot list folder: " + e.getMessage()));
            }
        }
        files.sort(null);
        return files;
    }

    private static boolean hiddenOrData(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.equals("_data")) return true;
        }
        return false;
    }

    private static boolean isSidecar(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.equalsIgnoreCase("README.md") || n.equalsIgnoreCase("SOURCES.md");
    }
}
