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
                    registry.add(new NameMention(primary(k, form), role(k), paragraphs.get(at).number(), 0, 0));
                    registry.attach(k, form);
                    break;
                }
            }
        }
        for (Paragraph p : paragraphs) {
            for (NameMention m : finder.find(p.text(), p.number())) registry.add(m);
        }
        for (String name : frontMatterPersons) {
            if (name != null && !name.isBlank()) registry.add(new NameMention(name.strip(), "", 0, 0, 0));
        }
        return registry;
    }

    private List<String> forms(KnownPerson k) {
        List<String> forms = new ArrayList<>();
        String main = lang == Lang.AR ? k.ar() : k.en();
        if (main != null && !main.isBlank()) forms.add(main);
        for (String a : k.aliases()) if (a != null && !a.isBlank() && WordKey.tokens(a).size() >= 2) forms.add(a);
        return forms;
    }

    private String primary(KnownPerson k, String form) {
        String main = lang == Lang.AR ? k.ar() : k.en();
        return main == null || main.isBlank() ? form : main;
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
    List<Person> persons(PersonRegistry registry) {
        List<Person> out = new ArrayList<>();
        for (PersonRegistry.Entry e : registry.entries()) {
            if (e.key.size() < 2 && e.known == null) continue;
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
