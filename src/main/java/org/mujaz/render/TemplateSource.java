package org.mujaz.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Template files, message bundles and static assets: a site's own {@code templates/} folder
 * overriding the built-in set (packed in the jar under {@code mujaz-templates/}) file by file.
 * Paths are '/'-separated and relative, e.g. {@code html/brief.html} or {@code static/css/mujaz.css}.
 */
public final class TemplateSource {

    static final String BUILT_IN = "mujaz-templates/";
    /** The built-in static files, listed because a jar's folders cannot be listed portably. */
    static final String ASSET_LIST = "assets.list";

    private final Path siteDir;

    private TemplateSource(Path siteDir) {
        this.siteDir = siteDir;
    }

    /** @param siteTemplatesDirOrNull the site's templates folder; null or missing means built-in only */
    public static TemplateSource of(Path siteTemplatesDirOrNull) {
        Path dir = siteTemplatesDirOrNull == null || !Files.isDirectory(siteTemplatesDirOrNull)
                ? null : siteTemplatesDirOrNull.toAbsolutePath().normalize();
        return new TemplateSource(dir);
    }

    /** The file's bytes from the site folder when it has it, else from the built-in set. */
    public Optional<byte[]> read(String path) throws IOException {
        check(path);
        if (siteDir != null) {
            Path p = siteDir.resolve(path).normalize();
            if (p.startsWith(siteDir) && Files.isRegularFile(p)) return Optional.of(Files.readAllBytes(p));
        }
        return builtIn(path);
    }

    /** The built-in version only, ignoring overrides (message bundles merge the two key by key). */
    public Optional<byte[]> builtIn(String path) throws IOException {
        check(path);
        try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(BUILT_IN + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /** The site folder's version only. */
    public Optional<byte[]> siteOnly(String path) throws IOException {
        check(path);
        if (siteDir == null) return Optional.empty();
        Path p = siteDir.resolve(path).normalize();
        return p.startsWith(siteDir) && Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    }

    /** A template's text (UTF-8); a missing template is a programming or installation error. */
    public String text(String path) {
        try {
            return new String(read(path).orElseThrow(() -> new IllegalArgumentException("no template " + path)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every static file, as paths under {@code static/}, sorted: the built-in list plus the site's own. */
    public List<String> staticFiles() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        Optional<byte[]> list = builtIn(ASSET_LIST);
        if (list.isPresent()) {
            for (String line : new String(list.get(), StandardCharsets.UTF_8).split("\n")) {
                String f = line.strip();
                if (!f.isEmpty() && !f.startsWith("#")) files.add(f);
            }
        }
        if (siteDir != null && Files.isDirectory(siteDir.resolve("static"))) {
            Path root = siteDir.resolve("static");
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(p -> {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (!rel.startsWith(".") && !rel.contains("/.")) files.add(rel);
                });
            }
        }
        return new ArrayList<>(files);
    }

    private static void check(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("unsafe template path: " + path);
        }
        for (String s : path.split("/", -1)) {
            if (s.isEmpty() || s.equals(".") || s.equals("..")) throw new IllegalArgumentException("unsafe template path: " + path);
        }
    }
}
