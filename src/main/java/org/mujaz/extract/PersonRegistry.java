package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import org.mujaz.model.KnownPerson;

/**
 * The people of one article: mentions merged into one entry per person (fullest form wins), so later
 * mentions by surname, title + surname or a spelling variant resolve to the full name.
 */
final class PersonRegistry {

    /** One person: the fullest name seen, its matching key words and a role. */
    static final class Entry {
        String name;
        List<String> key;
        String role;
        KnownPerson known;
        boolean lone;
        final int firstParagraph;

        Entry(String name, String role, int paragraph) {
            this.name = name;
            this.key = key(name);
            this.role = role;
            this.firstParagraph = paragraph;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Matching key: folded words with the Arabic article ال dropped, so الكاظمي and كاظمي meet. */
    static List<String> key(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WordKey.foldedWords(text)) {
            // «نصر الله» and «نصرالله», «عبد الله» and «عبدالله»: one name written with or without the space
            if (w.equals("الله") && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + w);
                continue;
            }
            String k = w.length() > 4 && w.startsWith("ال") ? w.substring(2) : w;
            out.add(k.replace("-", ""));
        }
        return out;
    }

    void add(NameMention m) {
        List<String> k = key(m.name());
        if (k.isEmpty()) return;
        for (Entry e : entries) {
            if (WordKey.containsWords(e.key, k)) {
                if (e.role.isEmpty()) e.role = m.role();
                return;
            }
            boolean onlyTail = e.key.size() >= 2 && k.size() > e.key.size() && k.subList(0, e.key.size()).equals(e.key);
            // «دونالد ترامب الانسحاب», «ترامب فوزا» after «دونالد ترامب»: a known name (or its surname) with
            // words run on after it is that person; the extra words belong to the sentence.
            boolean surnameFirst = e.key.size() >= 2 && k.size() > 1 && k.get(0).equals(e.key.get(e.key.size() - 1))
                    && !e.key.contains(k.get(1)) && sentenceWord(k.get(1));
            if (onlyTail || surnameFirst) {
                if (e.role.isEmpty()) e.role = m.role();
                return;
            }
            if (WordKey.containsWords(k, e.key) && k.size() > e.key.size()) {
                e.name = m.name();
                e.key = k;
                if (e.role.isEmpty()) e.role = m.role();
                return;
            }
        }
        entries.add(new Entry(m.name(), m.role(), m.paragraph()));
    }

    /**
     * A word that reads as the sentence going on rather than a second name: joined و/لـ/بـ (وأعضاء، لنيل) or the
     * accusative -ا of an indefinite noun (فوزا). Names in surname-first order (كيم داي جونغ) do not look like this.
     */
    private static boolean sentenceWord(String w) {
        return w.length() >= 4 && ("ولب".indexOf(w.charAt(0)) >= 0 || w.endsWith("ا"));
    }

    /** A lone titled surname, kept as a person only when no fuller name covers it. */
    void addLone(NameMention m) {
        if (find(m.name()) != null) return;
        Entry e = new Entry(m.name(), m.role(), m.paragraph());
        e.lone = true;
        entries.add(e);
    }

    /** Attaches a gazetteer entry to the article's person it names. */
    void attach(KnownPerson known, String formInText) {
        Entry e = find(formInText);
        if (e != null && e.known == null) e.known = known;
    }

    /** The person a phrase names: the whole key, or the phrase's words inside one person's key. */
    Entry find(String phrase) {
        List<String> k = key(phrase);
        if (k.isEmpty()) return null;
        Entry best = null;
        for (Entry e : entries) {
            boolean hit = WordKey.containsWords(e.key, k) || WordKey.containsWords(k, e.key);
            if (hit && (best == null || e.key.size() > best.key.size())) best = e;
        }
        return best;
    }

    /** Start index (in words of {@code phrase}) of the first known person it mentions, or -1. */
    private static final java.util.Set<String> NAME_LINKS = WordKey.set("بن", "بنت", "ابن", "عبد", "ابو", "ال", "ام", "دين", "الدين",
            "bin", "al", "abu", "ibn");

    int indexIn(List<String> phraseKey, Entry e) {
        for (int size = e.key.size(); size >= 1; size--) {
            for (int from = 0; from + size <= e.key.size(); from++) {
                List<String> part = e.key.subList(from, from + size);
                if (size == 1 && from == 0 && e.key.size() > 1) continue;
                // «بن»، «عبد»، «آل» link the parts of a name; a part that starts or ends on one names nobody
                if (NAME_LINKS.contains(part.get(0)) || NAME_LINKS.contains(part.get(size - 1))) continue;
                for (int i = 0; i + size <= phraseKey.size(); i++) {
                    if (phraseKey.subList(i, i + size).equals(part)) return i;
                }
            }
        }
        return -1;
    }

    /** The known person whose name comes first in {@code text}, or null when it names none. */
    Entry firstNamedIn(String text) {
        List<String> key = key(text);
        Entry first = null;
        int at = Integer.MAX_VALUE;
        for (Entry e : entries) {
            int i = indexIn(key, e);
            if (i >= 0 && i < at) {
                at = i;
                first = e;
            }
        }
        return first;
    }

    List<Entry> entries() { return entries; }
}
