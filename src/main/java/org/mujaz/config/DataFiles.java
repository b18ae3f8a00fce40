package org.mujaz.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;

/** Reading a data or config file as strict UTF-8, with an error naming the file instead of silent replacement. */
public final class DataFiles {

    private DataFiles() {
    }

    public static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DiagnosticException(Diagnostic.error(SourcePosition.of(file), "not valid UTF-8", "save the file as UTF-8"), e);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(SourcePosition.of(file), "cannot read: " + e.getMessage()), e);
        }
    }
}
