package org.mujaz.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;

/**
 * Strict UTF-8 reading for every file Mujaz reads (config, data, articles): bad bytes are an error naming the
 * file and the line of the first bad byte, never silently replaced.
 */
public final class DataFiles {

    private DataFiles() {
    }

    public static String read(Path file) {
        try {
            return decode(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(SourcePosition.of(file), "cannot read: " + e.getMessage()), e);
        }
    }

    public static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new DiagnosticException(Diagnostic.error(new SourcePosition(file, lineAt(bytes, in.position()), 0),
                    "not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes[in.position()] & 0xff) + ")",
                    "save the file as UTF-8"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** 1-based line of a byte offset. */
    public static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
