package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Lang;
import org.mujaz.model.Person;

/**
 * The people of an article: gazetteer names found in the text, name-shape and role rules, and front-matter
 * persons, merged in a {@link PersonRegistry}; English names for Arabic text come from the gazetteer or
 * the {@link NameRomaniser}.
 */
final class PersonExtractor {

    private final Lang lang;
    private final List<KnownPerson> gazetteer;
    private final NameFinder finder;

    PersonExtractor(Lang lang, List<KnownPerson> gazetteer) {
        this.lang = lang;
        this.gazetteer = gazetteer;
        this.finder = lang == Lang.AR ? new ArabicNames() : new EnglishNames();
    }

    PersonRegistry registry(List<Paragraph> paragraphs, List<String> frontMatterPersons) {
        PersonRegistry registry = new PersonRegistry();
        List<List<String>> texts = new ArrayList<>();
        for (Paragraph p : paragraphs) texts.add(PersonRegistry.key(p.text()));
        for (KnownPerson k : gazetteer) {
            for (String form : forms(k)) {
                List<String> key = PersonRegistry.key(form);
                int at = firstParagraphWith(texts, key);
                if (at >= 0 && key.size() >= 1) {
                    Paragraph p = paragraphs.get(at);
                    registry.add(new NameMention(asWritten(p.text(), key, form), "", p.number(), 0, 0));
                    registry.attach(k, form);
                    break;
                }
            }
        }
        List<NameMention> unsure = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            words.addAll(PersonRegistry.key(p.text()));
            for (NameMention m : finder.find(p.text(), p.number())) {
                if (m.sure()) registry.add(m);
                else unsure.add(m);
            }
        }
        for (NameMention m : unsure) if (recurs(m, words) || registry.find(m.name()) != null) registry.add(m);
        LanguageRules rules = lang == Lang.AR ? ArabicRules.INSTANCE : EnglishRules.INSTANCE;
        for (Paragraph p : paragraphs) for (NameMention m : finder.titled(p.text(), p.number(), rules)) registry.addLone(m);
        for (String name : frontMatterPersons) {
            if (name != null && !name.isBlank()) registry.add(new NameMention(name.strip(), "", 0, 0, 0));
        }
        return registry;
    }

    /** A weakly evidenced name counts when its last word is used again elsewhere (a later surname mention). */
    private static boolean recurs(NameMention m, List<String> articleWords) {
        List<String> key = PersonRegistry.key(m.name());
        String last = key.get(key.size() - 1);
        return java.util.Collections.frequency(articleWords, last) >= 2;
    }

    private List<String> forms(KnownPerson k) {
        List<String> forms = new ArrayList<>();
        String main = lang == Lang.AR ? k.ar() : k.en();
        if (main != null && !main.isBlank()) forms.add(main);
        for (String a : k.aliases()) if (a != null && !a.isBlank() && WordKey.tokens(a).size() >= 2) forms.add(a);
        return forms;
    }

    /** The name as the article spells it (the gazetteer may differ in hamza, ى/ي or hyphens). */
    private static String asWritten(String text, List<String> key, String fallback) {
        List<Token> ts = WordKey.tokens(text);
        for (int i = 0; i + key.size() <= ts.size(); i++) {
            boolean same = true;
            for (int j = 0; j < key.size() && same; j++) {
                List<String> k = PersonRegistry.key(ts.get(i + j).text());
                same = !k.isEmpty() && k.get(0).equals(key.get(j));
            }
            if (same) return text.substring(ts.get(i).start(), ts.get(i + key.size() - 1).end());
        }
        return fallback;
    }

    private String role(KnownPerson k) {
        String r = lang == Lang.AR ? k.roleAr() : k.roleEn();
        return r == null ? "" : r;
    }

    private static int firstParagraphWith(List<List<String>> texts, List<String> key) {
        for (int i = 0; i < texts.size(); i++) if (WordKey.containsWords(texts.get(i), key)) return i;
        return -1;
    }

    /** Registry entries as output persons, in order of first mention. */
    /**
     * «أمل باعطية» quoted again and again but never introduced by a title or a known given name: a source of two
     * or three name-shaped words that speaks at least twice is a person too.
     */
    void addRepeatedSpeakers(PersonRegistry registry, List<org.mujaz.model.Statement> statements) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.Map<String, org.mujaz.model.Statement> first = new java.util.HashMap<>();
        for (org.mujaz.model.Statement s : statements) {
            counts.merge(s.speaker(), 1, Integer::sum);
            first.putIfAbsent(s.speaker(), s);
        }
        for (var e : counts.entrySet()) {
            if (registry.find(e.getKey()) != null) continue;
            // «الناطق باسم الخارجية، لو كانغ، …»: a source the text gave a role to, in a name's shape, is a person at once
            boolean titled = !first.get(e.getKey()).role().isEmpty() && appositionName(e.getKey());
            if (!titled && (e.getValue() < 2 || !nameShaped(e.getKey()))) continue;
            org.mujaz.model.Statement s = first.get(e.getKey());
            registry.add(new NameMention(e.getKey(), s.role(), s.paragraph(), 0, 0));
        }
    }

    /** Two or three words of letters, none a common noun with ال, a role or an organisation noun. */
    private boolean appositionName(String phrase) {
        List<Token> ts = WordKey.tokens(phrase);
        if (ts.size() < 2 || ts.size() > 3 || !phrase.matches("[\\p{L}\\p{M}\\s'’-]+")) return false;
        LanguageRules rules = lang == Lang.AR ? ArabicRules.INSTANCE : EnglishRules.INSTANCE;
        for (Token t : ts) {
            if (WordKey.fold(t.text()).startsWith("ال") || rules.isRoleNoun(t.text()) || rules.isOrganisationNoun(t.text())
                    || rules.isSpeechVerb(t.text())) return false;
            if (lang == Lang.EN && !Character.isUpperCase(t.text().charAt(0))) return false;
        }
        return true;
    }

    private boolean nameShaped(String phrase) {
        List<Token> ts = WordKey.tokens(phrase);
        if (ts.size() < 2 || ts.size() > 3 || !phrase.matches("[\\p{L}\\p{M}\\s'’-]+")) return false;
        for (int i = 0; i < ts.size(); i++) {
            String t = ts.get(i).text();
            boolean family = i > 0 && lang == Lang.AR && WordKey.fold(t).startsWith("ال") && WordKey.fold(t).endsWith("ي");
            if (!finder.loneName(t) && !family) return false;
        }
        return true;
    }

    /** «كيم وترامب»: a "name" whose last word is و joined to another person's name is two people, both listed. */
    private boolean joinsAnother(PersonRegistry.Entry e, PersonRegistry registry) {
        String last = e.key.get(e.key.size() - 1);
        if (lang != Lang.AR || last.length() < 4 || last.charAt(0) != 'و') return false;
        String rest = last.substring(1);
        for (PersonRegistry.Entry other : registry.entries()) {
            if (other != e && other.key.contains(rest)) return true;
        }
        return false;
    }

    List<Person> persons(PersonRegistry registry) {
        List<Person> out = new ArrayList<>();
        for (PersonRegistry.Entry e : registry.entries()) {
            if (e.key.size() < 2 && e.known == null && !e.lone) continue;
            if (joinsAnother(e, registry)) continue;
            String role = e.role.isEmpty() && e.known != null ? role(e.known) : e.role;
            if (e.known != null && e.known.en() != null && !e.known.en().isBlank()) {
                out.add(new Person(e.name, e.known.en(), false, role));
            } else if (lang == Lang.AR) {
                out.add(new Person(e.name, NameRomaniser.romanise(e.name), true, role));
            } else {
                out.add(new Person(e.name, e.name, false, role));
            }
        }
        return out;
    }
}
