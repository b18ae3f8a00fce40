package org.mujaz.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mujaz.model.Lang;
import org.mujaz.model.Topic;

/**
 * Taxonomy topics whose terms (either language) occur in the title or body, compared as runs of folded,
 * stemmed words; plus the article's front-matter topics given by id or label.
 */
final class TopicMatcher {

    private final List<Topic> taxonomy;

    TopicMatcher(List<Topic> taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<Topic> match(Lang lang, List<Paragraph> paragraphs, List<String> frontMatter, String title) {
        Map<String, Topic> out = new LinkedHashMap<>();
        for (String given : frontMatter) {
            if (given == null || given.isBlank()) continue;
            Topic t = byIdOrLabel(given.strip());
            out.putIfAbsent(t.id(), t);
        }
        List<String> body = new ArrayList<>(stems(title == null ? "" : title, lang));
        for (Paragraph p : paragraphs) body.addAll(stems(p.text(), lang));
        for (Topic t : taxonomy) {
            if (out.containsKey(t.id())) continue;
            if (anyTerm(t.termsAr(), Lang.AR, body) || anyTerm(t.termsEn(), Lang.EN, body)) out.put(t.id(), t);
        }
        return new ArrayList<>(out.values());
    }

    private static boolean anyTerm(List<String> terms, Lang termLang, List<String> body) {
        for (String term : terms) {
            if (term != null && WordKey.containsWords(body, stems(term, termLang))) return true;
        }
        return false;
    }

    private Topic byIdOrLabel(String given) {
        String f = WordKey.fold(given);
        for (Topic t : taxonomy) {
            if (WordKey.fold(t.id()).equals(f) || t.ar() != null && WordKey.fold(t.ar()).equals(f)
                    || t.en() != null && WordKey.fold(t.en()).equals(f)) return t;
        }
        return new Topic(given, given, given, List.of(), List.of());
    }

    private static List<String> stems(String text, Lang lang) {
        List<String> out = new ArrayList<>();
        for (Token t : WordKey.tokens(text)) {
            boolean arabic = t.text().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
            out.add(WordKey.stem(t.text(), arabic ? Lang.AR : Lang.EN));
        }
        return out;
    }
}
