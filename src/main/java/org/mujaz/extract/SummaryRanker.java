package org.mujaz.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mujaz.model.Lang;

/**
 * Extractive summary: TextRank over sentences (similarity = shared stemmed content words, normalised by
 * sentence length), with a bias towards the lead, which news writing makes the most informative part.
 * Sentences that are mostly quotation, too short, or look like boilerplate are never chosen.
 */
final class SummaryRanker {

    private static final Set<String> EN_STOPWORDS = WordKey.set("the", "and", "that", "for", "with", "was", "has",
            "have", "are", "but", "from", "his", "her", "its", "this", "they", "their", "will", "would", "said",
            "been", "which", "not", "who", "had");

    private static final double DAMPING = 0.85;
    /** TextRank is quadratic; a summary never needs sentences past the first few hundred. */
    private static final int MAX_CANDIDATES = 300;
    private final Lang lang;

    SummaryRanker(Lang lang) {
        this.lang = lang;
    }

    List<String> summarise(List<Paragraph> paragraphs) {
        List<Sentence> candidates = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (Sentence s : p.sentences()) if (informative(s) && candidates.size() < MAX_CANDIDATES) candidates.add(s);
        }
        if (candidates.isEmpty()) return opening(paragraphs); // short or all-quote articles still get a summary
        List<Set<String>> words = new ArrayList<>();
        for (Sentence s : candidates) words.add(contentStems(s.text()));
        double[] rank = textRank(words);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble(i -> -(rank[i] * leadBias(i, candidates.size()))));
        int want = Math.min(lang == Lang.AR ? 2 : 4, candidates.size());
        List<Integer> chosen = new ArrayList<>();
        chosen.add(0);
        for (int i : order) {
            if (chosen.size() >= want) break;
            if (!chosen.contains(i) && !redundant(words, chosen, i)) chosen.add(i);
        }
        chosen.sort(Integer::compareTo);
        List<String> out = new ArrayList<>();
        for (int i : chosen) out.add(candidates.get(i).text());
        return out;
    }

    /** The first sentence of the article, when no sentence qualifies for ranking. */
    private static List<String> opening(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) for (Sentence s : p.sentences()) if (!s.text().isBlank()) return List.of(s.text().strip());
        return List.of();
    }

    /** Earlier sentences weigh more; news puts the essentials first. */
    private static double leadBias(int index, int total) {
        return 1.0 + 1.5 / (1 + index) + (total > 1 ? 0.3 * (1 - (double) index / total) : 0);
    }

    private static boolean redundant(List<Set<String>> words, List<Integer> chosen, int i) {
        for (int j : chosen) if (similarity(words.get(i), words.get(j)) > 0.6) return true;
        return false;
    }

    /** A sentence worth quoting in a summary: 6–80 words, not mostly a quote, no links or hashtags only. */
    private static boolean informative(Sentence s) {
        int n = WordKey.tokens(s.text()).size();
        if (n < 6 || n > 80) return false;
        String t = s.text().strip();
        if ("\"«“„'‘".indexOf(t.charAt(0)) >= 0 || t.contains("http") || t.contains("www.")) return false;
        long masked = s.masked().chars().filter(c -> c == '\u2026').count();
        return masked < s.text().length() / 2;
    }

    private double[] textRank(List<Set<String>> words) {
        int n = words.size();
        double[][] w = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) if (i != j) w[i][j] = similarity(words.get(i), words.get(j));
            out[i] += 0;
        }
        double[] sums = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) sums[i] += w[i][j];
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0);
        for (int iter = 0; iter < 30; iter++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) if (sums[j] > 0) s += w[j][i] / sums[j] * rank[j];
                next[i] = (1 - DAMPING) + DAMPING * s;
            }
            rank = next;
        }
        return rank;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.size() < 2 || b.size() < 2) return 0;
        int common = 0;
        for (String x : a) if (b.contains(x)) common++;
        return common / (Math.log(a.size()) + Math.log(b.size()));
    }

    private Set<String> contentStems(String text) {
        Set<String> out = new HashSet<>();
        for (Token t : WordKey.tokens(text)) {
            String f = WordKey.fold(t.text());
            if (f.length() < 3 || Character.isDigit(f.charAt(0)) || stopword(f)) continue;
            out.add(WordKey.stem(t.text(), lang));
        }
        return out;
    }

    private boolean stopword(String f) {
        return lang == Lang.AR ? ArabicRules.INSTANCE.isNotName(f) && f.length() <= 4
                : EN_STOPWORDS
                        .contains(f);
    }
}
