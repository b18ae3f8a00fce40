package org.mujaz.load;

import java.nio.file.Path;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;

/** Splits a leading {@code ---} YAML block from the body, keeping line numbers for both. */
public final class FrontMatterSplitter {

    /**
     * @param yaml          the front matter text, or {@code null} when the file has none
     * @param yamlFirstLine line of the first YAML line in the file
     * @param body          everything after the closing fence
     * @param bodyFirstLine line of the body's first line in the file
     */
    public record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    }

    private FrontMatterSplitter() {
    }

    public static Split split(Path file, String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!t.startsWith("---\n") && !t.equals("---")) return new Split(null, 0, t, 1);
        int line = 2;
        int pos = 4;
        while (pos <= t.length()) {
            int end = t.indexOf('\n', pos);
            String l = end < 0 ? t.substring(pos) : t.substring(pos, end);
            if (l.stripTrailing().equals("---") || l.stripTrailing().equals("...")) {
                String body = end < 0 ? "" : t.substring(end + 1);
                return new Split(t.substring(4, pos), 2, body, line + 1);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        throw new DiagnosticException(Diagnostic.error(new SourcePosition(file, 1, 1),
                "front matter opened with '---' is never closed", "end the YAML block with a line holding only ---"));
    }
}
