package org.mujaz.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mujaz.model.Lang;
import org.mujaz.model.Topic;

/**
 * Taxonomy topics that an article is about, plus its front-matter topics given by id or label. Terms (either
 * language) are compared as runs of folded, stemmed words, and weighed by where they occur: a passing mention
 * deep in the body («والاقتصاد والطاقة») does not make a brief about the economy, a term in the title or lead does.
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
        List<List<String>> parts = new ArrayList<>();
        parts.add(stems(title == null ? "" : title, lang));
        for (Paragraph p : paragraphs) parts.add(stems(p.text(), lang));
        for (Topic t : taxonomy) {
            if (!out.containsKey(t.id()) && weight(t, parts) >= ENOUGH) out.put(t.id(), t);
        }
        return new ArrayList<>(out.values());
    }

    /** A mention in the title or the lead paragraph is enough; elsewhere it takes three paragraphs. */
    private static final int ENOUGH = 3;

    private static int weight(Topic t, List<List<String>> parts) {
        int w = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (anyTerm(t.termsAr(), Lang.AR, parts.get(i)) || anyTerm(t.termsEn(), Lang.EN, parts.get(i))) w += i <= 1 ? ENOUGH : 1;
        }
        return w;
    }

    private static boolean anyTerm(List<String> terms, Lang termLang, List<String> words) {
        for (String term : terms) {
            if (term != null && WordKey.containsWords(words, stems(term, termLang))) return true;
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
