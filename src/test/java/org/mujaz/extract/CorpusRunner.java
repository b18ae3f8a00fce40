package org.mujaz.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mujaz.model.Article;
import org.mujaz.model.Lang;
import org.mujaz.render.BriefJson;

/**
 * Throwaway loader and runner for scoring until {@code mujaz extract} exists: crude front matter, one
 * paragraph per non-blank line, the seed's site boilerplate dropped. Prints one JSON line per article.
 */
public final class CorpusRunner {

    /** The seed is plain scraped text with no front matter; its date is known from its provenance. */
    static final String SEED = "000_ee866bc3eb3562dc";
    static final LocalDate SEED_DATE = LocalDate.of(2021, 4, 8);
    private static final Set<String> BOILERPLATE = Set.of("أخبار من القسم", "تطورات الساعة", "اشترك الآن بالنشرة الإخبارية");

    private CorpusRunner() {
    }

    public static void main(String[] args) throws IOException {
        BriefExtractor extractor = new BriefExtractor(List.of(), List.of());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String a : args) out.println(BriefJson.line(extractor.extract(load(Path.of(a)))));
    }

    static Article load(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8).replace("\r", "");
        JsonNode fm = new ObjectMapper().createObjectNode();
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            fm = new ObjectMapper(new YAMLFactory()).readTree(text.substring(4, end));
            text = text.substring(text.indexOf('\n', end + 1) + 1);
        }
        List<String> paragraphs = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\n");
        for (int i = 0; i < all.length; i++) {
            String line = all[i].replace('\u00a0', ' ').strip();
            if (!line.isEmpty() && !BOILERPLATE.contains(line)) {
                paragraphs.add(line);
                lines.add(i + 1);
            }
        }
        String name = path.getFileName().toString().replaceAll("\\.[a-z]+$", "");
        Lang lang = fm.has("lang") ? Lang.fromCode(fm.get("lang").asText()) : guess(text);
        LocalDate date = fm.has("date") ? LocalDate.parse(fm.get("date").asText().substring(0, 10)) : name.equals(SEED) ? SEED_DATE : null;
        return new Article(path, name, lang, fm.has("title") ? fm.get("title").asText() : name, date,
                fm.path("source").asText(""), fm.path("url").asText(""), strings(fm.get("topics")), strings(fm.get("persons")),
                name, name, false, paragraphs, lines);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Lang guess(String text) {
        return text.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count() > text.length() / 4 ? Lang.AR : Lang.EN;
    }
}
