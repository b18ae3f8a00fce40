package org.mujaz.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a killed build leaves beside the output folder: its ".{name}.staging-N" folder, or, if it died between the
 * two renames of a commit, the previous site as ".{name}.old-N". Only folders with exactly that name and Mujaz's
 * marker inside are removed, and only when no running build holds them: a live build keeps its staging marker
 * locked (the operating system drops the lock when the process dies), and an old-N folder belongs to the build
 * whose staging-N is still live.
 */
final class LeftoverStaging {

    private LeftoverStaging() {
    }

    /** Removes the leftovers beside {@code output}; a leftover that cannot be removed costs disk space, not correctness. */
    static void remove(Path output) {
        Pattern name = Pattern.compile(Pattern.quote("." + output.getFileName()) + "\\.(staging|old)-([1-9][0-9]{0,8})");
        List<Path> siblings;
        try (Stream<Path> list = Files.list(output.getParent())) {
            siblings = list.sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path folder : siblings) {
            Matcher m = name.matcher(folder.getFileName().toString());
            if (!m.matches() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    || !Files.isRegularFile(folder.resolve(StagedPublisher.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path staging = m.group(1).equals("staging") ? folder : StagedPublisher.stagingFor(output, Integer.parseInt(m.group(2)));
            if (isLive(staging)) continue;
            try {
                StagedPublisher.deleteTree(folder);
            } catch (IOException e) {
                // permissions or a busy file: try again on the next build
            }
        }
    }

    /** Whether a running build (in this process or another) holds the staging folder's marker lock. */
    private static boolean isLive(Path staging) {
        if (StagedPublisher.isOpenHere(staging)) return true;
        Path marker = staging.resolve(StagedPublisher.MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return false;
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return true; // another process
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // locked in this process by a channel we did not register
        } catch (IOException e) {
            return true; // cannot tell (no locks on this file system): leave it
        }
    }
}
