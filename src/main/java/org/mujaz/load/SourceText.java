package org.mujaz.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mujaz.config.DataFiles;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;

/**
 * Reads an article file as text, refusing what is not an article: files over the size limit, binary files and
 * bad UTF-8 are errors that name the file and the line of the first bad byte.
 */
public final class SourceText {

    /** Larger than any news article by two orders of magnitude; protects memory on a stray dump file. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private SourceText() {
    }

    public static String read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw error(SourcePosition.of(file), "file is " + size + " bytes, over the " + MAX_BYTES + "-byte limit for an article",
                        "split it or move it out of content/");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(SourcePosition.of(file), "cannot read: " + e.getMessage()), e);
        }
        return decode(file, bytes);
    }

    static String decode(Path file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw error(new SourcePosition(file, DataFiles.lineAt(bytes, i), 0), "binary file (NUL byte at offset " + i + ")",
                        "only UTF-8 text articles (.md, .txt) belong in content/");
            }
        }
        String text = DataFiles.decode(file, bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static DiagnosticException error(SourcePosition at, String message, String hint) {
        return new DiagnosticException(Diagnostic.error(at, message, hint));
    }
}
