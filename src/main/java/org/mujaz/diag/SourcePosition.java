package org.mujaz.diag;

import java.nio.file.Path;

/** A place in a source file; line and column are 1-based, 0 when unknown. */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition of(Path file) { return new SourcePosition(file, 0, 0); }

    public static SourcePosition of(Path file, int line) { return new SourcePosition(file, line, 0); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file == null ? "<unknown>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.toString();
    }
}
