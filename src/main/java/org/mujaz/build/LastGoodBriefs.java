package org.mujaz.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mujaz.config.SiteConfig;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.Diagnostics;
import org.mujaz.load.ContentLoader.Failure;
import org.mujaz.model.Brief;
import org.mujaz.publish.BriefStore;
import org.mujaz.site.Permalinks;

/**
 * Nothing published is lost to a broken edit: an article that fails to load or extract keeps the brief of the last
 * build that published it (read back from that build's output), with a warning; the error still fails the build.
 * A deleted article has no failure, so its brief goes, as intended. Briefs are keyed by their source path relative
 * to the site folder.
 */
final class LastGoodBriefs {

    private final Path root;
    private final SortedMap<String, BriefStore.Stored> previous;
    private final Map<Brief, LocalDate> kept = new IdentityHashMap<>();

    private LastGoodBriefs(Path root, SortedMap<String, BriefStore.Stored> previous) {
        this.root = root.toAbsolutePath().normalize();
        this.previous = previous;
    }

    /** The briefs the published site was built from; none on a first build. */
    static LastGoodBriefs read(SiteConfig config, Diagnostics diagnostics) {
        Path file = config.outputDir().resolve(Permalinks.BRIEF_STORE);
        return new LastGoodBriefs(config.root(), BriefStore.read(file, config.root(), diagnostics::add));
    }

    /** This build's briefs plus the last good brief of each failed article that has one, in source order. */
    List<Brief> fillIn(List<Brief> built, List<Failure> failed, boolean drafts, Diagnostics diagnostics) {
        List<Brief> all = new ArrayList<>(built);
        for (Failure f : failed) {
            BriefStore.Stored last = previous.get(key(f.article()));
            if (last == null || (last.brief().article().draft() && !drafts)) continue;
            all.add(last.brief());
            kept.put(last.brief(), last.sourceModified());
            String which = f.error().position().file().equals(f.article()) ? "" : " of " + f.article().getFileName();
            diagnostics.add(Diagnostic.warning(f.error().position(), "kept the last good brief" + which + " from " + last.sourceModified()));
        }
        if (!kept.isEmpty()) all.sort(Comparator.comparing(b -> Path.of(key(b.article().source())))); // as the loader orders files
        return all;
    }

    int keptCount() { return kept.size(); }

    /** The state file for the next build: every published brief, the kept ones with their original date. */
    byte[] state(List<Brief> published) {
        Map<String, BriefStore.Stored> out = new TreeMap<>();
        for (Brief b : published) {
            LocalDate modified = kept.containsKey(b) ? kept.get(b) : lastModified(b.article().source());
            if (modified != null) out.put(key(b.article().source()), new BriefStore.Stored(b, modified));
        }
        return BriefStore.encode(out);
    }

    private String key(Path source) {
        return root.relativize(source.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The day (UTC) the source was last changed: the file's own date, so rebuilding the same files gives the same state. */
    private static LocalDate lastModified(Path source) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(source).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            return null; // gone since it was read; the next build treats it as deleted
        }
    }
}
