package org.mujaz.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a site into a hidden staging folder beside the output folder and swaps it in only when
 * the build completes, so readers (and a failed build) never see a half-written site. Staging sits
 * in the same parent so that the swap is a rename on one file system.
 */
public final class StagedPublisher implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private boolean committed;
    private boolean closed;

    private StagedPublisher(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Creates a fresh staging folder ".{name}.staging-N" beside {@code outputDir}. */
    public static StagedPublisher open(Path outputDir) throws IOException {
        Path output = outputDir.toAbsolutePath().normalize();
        Path parent = output.getParent();
        if (parent == null) throw new IllegalArgumentException("output folder has no parent: " + outputDir);
        Files.createDirectories(parent);
        String name = output.getFileName().toString();
        for (int n = 1; ; n++) {
            Path staging = parent.resolve("." + name + ".staging-" + n);
            try {
                Files.createDirectory(staging);
                return new StagedPublisher(output, staging);
            } catch (FileAlreadyExistsException e) {
                // another build, or a crashed one, holds this name; try the next
            }
        }
    }

    /** The staging folder (for diagnostics and tests). */
    public Path stagingDir() { return staging; }

    /**
     * Writes one file of the site.
     *
     * @throws IllegalArgumentException when the path is absolute, contains "." or ".." segments,
     *                                  a backslash, or would otherwise land outside the staging folder
     */
    public void write(String relativePath, byte[] content) throws IOException {
        if (closed || committed) throw new IllegalStateException("publisher already " + (committed ? "committed" : "closed"));
        Path target = resolve(relativePath);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    private Path resolve(String relativePath) {
        if (relativePath == null || relativePath.isEmpty() || relativePath.startsWith("/")
                || relativePath.contains("\\") || relativePath.indexOf('\0') >= 0 || relativePath.contains(":")) {
            throw new IllegalArgumentException("unsafe output path: " + relativePath);
        }
        for (String segment : relativePath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("unsafe output path: " + relativePath);
            }
        }
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site: " + relativePath);
        }
        return target;
    }

    /**
     * Swaps staging in: the old output is renamed aside, staging renamed to the output, then the
     * old one deleted. If the second rename fails the old output is put back.
     */
    public void commit() throws IOException {
        if (closed || committed) throw new IllegalStateException("publisher already " + (committed ? "committed" : "closed"));
        Path old = null;
        if (Files.exists(output)) {
            old = output.resolveSibling("." + output.getFileName() + ".old-" + staging.getFileName().toString().replaceAll("\\D", ""));
            deleteTree(old);
            move(output, old);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (old != null) move(old, output);
            throw e;
        }
        committed = true;
        if (old != null) deleteTree(old);
    }

    /** Without a prior {@link #commit()}, discards staging and leaves the previous output untouched. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (!committed) deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
