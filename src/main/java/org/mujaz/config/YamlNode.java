package org.mujaz.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;

/**
 * A YAML value that remembers the file and line it came from, so that every config or front-matter error can
 * name its place. Accessors throw a {@link DiagnosticException} pointing at the offending line.
 */
public final class YamlNode {

    public enum Kind { MAP, LIST, SCALAR, NULL }

    private final Kind kind;
    private final SourcePosition position;
    private final String scalar;
    private final Map<String, YamlNode> map;
    private final List<YamlNode> list;

    private YamlNode(Kind kind, SourcePosition position, String scalar, Map<String, YamlNode> map, List<YamlNode> list) {
        this.kind = kind;
        this.position = position;
        this.scalar = scalar;
        this.map = map;
        this.list = list;
    }

    static YamlNode scalar(SourcePosition at, String text) { return new YamlNode(Kind.SCALAR, at, text, Map.of(), List.of()); }

    static YamlNode nil(SourcePosition at) { return new YamlNode(Kind.NULL, at, null, Map.of(), List.of()); }

    static YamlNode map(SourcePosition at, LinkedHashMap<String, YamlNode> entries) {
        return new YamlNode(Kind.MAP, at, null, Collections.unmodifiableMap(entries), List.of());
    }

    static YamlNode list(SourcePosition at, List<YamlNode> items) {
        return new YamlNode(Kind.LIST, at, null, Map.of(), Collections.unmodifiableList(new ArrayList<>(items)));
    }

    public Kind kind() { return kind; }

    public SourcePosition position() { return position; }

    public Path file() { return position.file(); }

    public int line() { return position.line(); }

    public boolean isNull() { return kind == Kind.NULL; }

    /** Entries of a mapping, in file order. */
    public Map<String, YamlNode> entries() {
        expect(Kind.MAP, "a mapping of keys to values");
        return map;
    }

    public List<YamlNode> items() {
        if (kind == Kind.SCALAR) return List.of(this); // "topics: security" is a list of one
        if (kind == Kind.NULL) return List.of();
        expect(Kind.LIST, "a list");
        return list;
    }

    public String text() {
        expect(Kind.SCALAR, "a single value");
        return scalar;
    }

    /** The value at {@code key}, or {@code null} when absent. */
    public YamlNode get(String key) { return entries().get(key); }

    public String text(String key, String fallback) {
        YamlNode n = get(key);
        return n == null || n.isNull() ? fallback : n.text();
    }

    public List<String> texts(String key) {
        YamlNode n = get(key);
        if (n == null) return List.of();
        List<String> out = new ArrayList<>();
        for (YamlNode item : n.items()) out.add(item.text());
        return out;
    }

    /** Fails on the first key not in {@code allowed}, naming its line and the keys that are allowed. */
    public void requireKnownKeys(Set<String> allowed, String what) {
        for (Map.Entry<String, YamlNode> e : entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw fail(e.getValue().position(), "unknown key '" + e.getKey() + "' in " + what,
                        "allowed keys: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    public DiagnosticException error(String message, String hint) { return fail(position, message, hint); }

    private void expect(Kind wanted, String description) {
        if (kind != wanted) throw fail(position, "expected " + description + ", found " + describe(), null);
    }

    private String describe() {
        return switch (kind) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case SCALAR -> "the value '" + scalar + "'";
            case NULL -> "nothing";
        };
    }

    private static DiagnosticException fail(SourcePosition at, String message, String hint) {
        return new DiagnosticException(Diagnostic.error(at, message, hint));
    }
}
