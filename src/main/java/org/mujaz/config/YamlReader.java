package org.mujaz.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;

/**
 * Reads YAML into {@link YamlNode}s with line numbers. Walks Jackson's token stream rather than binding to
 * classes, because binding loses the position of a value once it has been read.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /**
     * Parses {@code text}, which starts at line {@code firstLine} of {@code file} (front matter starts at line 2).
     * An empty document is an empty mapping.
     */
    public static YamlNode parse(Path file, String text, int firstLine) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return YamlNode.map(new SourcePosition(file, firstLine, 0), new LinkedHashMap<>());
            return read(p, file, firstLine - 1);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? firstLine : e.getLocation().getLineNr() + firstLine - 1;
            throw new DiagnosticException(Diagnostic.error(new SourcePosition(file, Math.max(line, 1), 0),
                    "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")), e);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(SourcePosition.of(file), "cannot read YAML: " + e.getMessage()), e);
        }
    }

    private static YamlNode read(JsonParser p, Path file, int lineShift) throws IOException {
        SourcePosition at = new SourcePosition(file, p.currentTokenLocation().getLineNr() + lineShift, 0);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourcePosition keyAt = new SourcePosition(file, p.currentTokenLocation().getLineNr() + lineShift, 0);
                    if (entries.containsKey(key)) {
                        throw new DiagnosticException(Diagnostic.error(keyAt, "duplicate key '" + key + "'"));
                    }
                    p.nextToken();
                    entries.put(key, read(p, file, lineShift));
                }
                return YamlNode.map(at, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, file, lineShift));
                return YamlNode.list(at, items);
            }
            case VALUE_NULL -> {
                return YamlNode.nil(at);
            }
            default -> {
                return YamlNode.scalar(at, p.getText());
            }
        }
    }
}
