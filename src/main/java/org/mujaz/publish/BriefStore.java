package org.mujaz.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.SourcePosition;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;

/**
 * The briefs a build published, kept as data inside the output so that the next build can fall back on the last
 * good brief of an article that has since broken (and, later, rebuild incrementally). One JSON file: a format
 * version, then each brief by its source path relative to the site folder (so the state survives moving the
 * site), with the day that source was last changed. Keys and fields are sorted and nothing depends on the clock,
 * so two builds of the same input write the same bytes.
 */
public final class BriefStore {

    /** Bumped when stored briefs can no longer be read as today's model; another format is ignored with a warning. */
    public static final int FORMAT = 1;

    /** A brief as last built without error, and the day its source file had then last been changed. */
    public record Stored(Brief brief, LocalDate sourceModified) {
    }

    /** The article's path is not stored: it is where the key says, in whatever site folder reads it back. */
    @JsonIgnoreProperties({"source"})
    private abstract static class ArticleWithoutSource {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule()
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
                        @Override
                        protected LocalDate _deserialize(String value, DeserializationContext context) { return LocalDate.parse(value); }
                    }))
            .addMixIn(Article.class, ArticleWithoutSource.class)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BriefStore() {
    }

    /** The state file's bytes for these briefs, by source key. */
    public static byte[] encode(Map<String, Stored> briefs) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT);
        ObjectNode all = root.putObject("briefs");
        for (var e : new TreeMap<>(briefs).entrySet()) {
            all.putObject(e.getKey())
                    .put("sourceModified", e.getValue().sourceModified().toString())
                    .set("brief", MAPPER.valueToTree(e.getValue().brief()));
        }
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a brief is always serialisable", e);
        }
    }

    /**
     * The briefs stored in {@code file}, by source key, each article's source set to {@code siteRoot}/key. A missing
     * file is an empty store (a first build); an unreadable file or entry is a warning, never an error, since the
     * site itself can be built without it.
     */
    public static SortedMap<String, Stored> read(Path file, Path siteRoot, Consumer<Diagnostic> warnings) {
        SortedMap<String, Stored> out = new TreeMap<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            warnings.accept(unreadable(file, "cannot read it (" + e.getMessage().lines().findFirst().orElse("") + ")"));
            return out;
        }
        if (root == null || root.path("format").asInt() != FORMAT || !root.path("briefs").isObject()) {
            warnings.accept(unreadable(file, "it is not in format " + FORMAT));
            return out;
        }
        for (Map.Entry<String, JsonNode> e : root.get("briefs").properties()) {
            try {
                Brief b = MAPPER.treeToValue(e.getValue().get("brief"), Brief.class);
                LocalDate modified = LocalDate.parse(e.getValue().path("sourceModified").asText());
                out.put(e.getKey(), new Stored(withSource(b, siteRoot.resolve(e.getKey())), modified));
            } catch (IOException | RuntimeException ex) {
                warnings.accept(unreadable(file, "the entry for " + e.getKey() + " is damaged"));
            }
        }
        return out;
    }

    private static Diagnostic unreadable(Path file, String why) {
        return Diagnostic.warning(SourcePosition.of(file), "last good briefs not used: " + why + "; a broken article loses its page in this build");
    }

    private static Brief withSource(Brief b, Path source) {
        Article a = b.article();
        Article moved = new Article(source, a.id(), a.lang(), a.title(), a.date(), a.outlet(), a.url(), a.topics(), a.persons(), a.slug(),
                a.translationKey(), a.draft(), a.paragraphs(), a.bodyLines());
        return new Brief(moved, b.summary(), b.statements(), b.nextSteps(), b.persons(), b.organisations(), b.topics(), b.warnings());
    }
}
