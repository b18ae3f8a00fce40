package org.mujaz.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mujaz.model.Brief;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Lang;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;

/**
 * Merges the persons of all briefs into one entry per individual and attributes statements to them.
 * Identity: a gazetteer entry when any of its names or aliases matches, else the curated English
 * name, else the folded name as written. Speakers are matched to the brief's persons by folded
 * name, then to the gazetteer, then by shared words ("كيربي" for "جون كيربي") when unambiguous.
 */
final class PersonDirectory {

    /** People sorted by slug, and per brief the person slug of each person and of each statement (null: none). */
    record Result(List<PersonEntry> people, Map<Brief, String[]> personSlugs, Map<Brief, String[]> speakerSlugs) {
    }

    private final List<KnownPerson> gazetteer;
    private final Map<String, Integer> gazetteerNames = new HashMap<>();
    private final Map<String, String> curatedAliases = new HashMap<>();
    private final Map<String, Accumulator> byKey = new LinkedHashMap<>();

    private PersonDirectory(List<KnownPerson> gazetteer) {
        this.gazetteer = List.copyOf(gazetteer);
        for (int i = 0; i < this.gazetteer.size(); i++) {
            KnownPerson k = this.gazetteer.get(i);
            gazetteerNames.putIfAbsent(Names.fold(k.ar()), i);
            gazetteerNames.putIfAbsent(Names.fold(k.en()), i);
            for (String alias : k.aliases()) gazetteerNames.putIfAbsent(Names.fold(alias), i);
        }
        gazetteerNames.remove("");
    }

    /** @param briefs in site order (newest first), which decides which spelling is seen first */
    static Result build(List<Brief> briefs, List<KnownPerson> gazetteer) {
        PersonDirectory d = new PersonDirectory(gazetteer);
        for (Brief b : briefs) {
            for (Person p : b.persons()) {
                if (!p.nameEnAutomatic() && !blank(p.nameEn())) d.curatedAliases.putIfAbsent(Names.fold(p.name()), "n:" + Names.fold(p.nameEn()));
            }
        }
        Map<Brief, String[]> personKeys = new IdentityHashMap<>();
        Map<Brief, String[]> speakerKeys = new IdentityHashMap<>();
        for (Brief b : briefs) {
            String[] keys = new String[b.persons().size()];
            for (int i = 0; i < keys.length; i++) {
                Person p = b.persons().get(i);
                if (blank(p.name()) && blank(p.nameEn())) continue; // nothing to show or link: not a person entry
                keys[i] = d.keyFor(p);
                d.accumulator(keys[i]).addPerson(b, p);
            }
            String[] speakers = new String[b.statements().size()];
            for (int j = 0; j < speakers.length; j++) {
                Statement s = b.statements().get(j);
                speakers[j] = d.speakerKey(b, s, keys);
                if (speakers[j] != null) d.accumulator(speakers[j]).addQuote(b, s);
            }
            personKeys.put(b, keys);
            speakerKeys.put(b, speakers);
        }
        return d.finish(personKeys, speakerKeys);
    }

    private String keyFor(Person p) {
        Integer known = gazetteerNames.get(Names.fold(p.name()));
        if (known == null) known = gazetteerNames.get(Names.fold(p.nameEn()));
        if (known != null) return "g:" + known;
        if (!p.nameEnAutomatic() && !blank(p.nameEn())) return "n:" + Names.fold(p.nameEn());
        String folded = Names.fold(p.name());
        return curatedAliases.getOrDefault(folded, "n:" + folded);
    }

    private String speakerKey(Brief b, Statement s, String[] personKeys) {
        String speaker = Names.fold(s.speaker());
        if (speaker.isEmpty()) return null;
        for (int i = 0; i < personKeys.length; i++) {
            Person p = b.persons().get(i);
            if (personKeys[i] == null) continue;
            if (speaker.equals(Names.fold(p.name())) || speaker.equals(Names.fold(p.nameEn()))) return personKeys[i];
        }
        Integer known = gazetteerNames.get(speaker);
        if (known != null) return "g:" + known;
        String match = null;
        for (int i = 0; i < personKeys.length; i++) {
            if (personKeys[i] == null) continue;
            if (Names.wordsContained(speaker, Names.fold(b.persons().get(i).name()))) {
                if (match != null && !match.equals(personKeys[i])) return null; // ambiguous: attribute to no one
                match = personKeys[i];
            }
        }
        return match;
    }

    private Accumulator accumulator(String key) {
        return byKey.computeIfAbsent(key, k -> new Accumulator(
                k.startsWith("g:") ? gazetteer.get(Integer.parseInt(k.substring(2))) : null));
    }

    private Result finish(Map<Brief, String[]> personKeys, Map<Brief, String[]> speakerKeys) {
        // Slugs are claimed in key order, which does not depend on brief dates, so adding a newer
        // brief does not renumber existing people.
        List<String> keys = new ArrayList<>(byKey.keySet());
        Collections.sort(keys);
        UniqueSlugs slugs = new UniqueSlugs();
        Map<String, String> slugOfKey = new HashMap<>();
        List<PersonEntry> people = new ArrayList<>();
        for (String key : keys) {
            PersonEntry e = byKey.get(key).toEntry(slugs);
            slugOfKey.put(key, e.slug());
            people.add(e);
        }
        people.sort(Comparator.comparing(PersonEntry::slug));
        return new Result(List.copyOf(people), mapKeys(personKeys, slugOfKey), mapKeys(speakerKeys, slugOfKey));
    }

    private static Map<Brief, String[]> mapKeys(Map<Brief, String[]> keys, Map<String, String> slugOfKey) {
        Map<Brief, String[]> out = new IdentityHashMap<>();
        keys.forEach((b, ks) -> {
            String[] slugs = new String[ks.length];
            for (int i = 0; i < ks.length; i++) slugs[i] = ks[i] == null ? null : slugOfKey.get(ks[i]);
            out.put(b, slugs);
        });
        return out;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static String orEmpty(String s) { return s == null ? "" : s.strip(); }

    /** What is learnt about one person while walking the briefs; first value seen wins. */
    private static final class Accumulator {
        private final KnownPerson known;
        private String nameAr = "";
        private String nameEnCurated = "";
        private String nameEnWritten = "";
        private String nameEnAuto = "";
        private String anyName = "";
        private String roleAr = "";
        private String roleEn = "";
        private final List<Brief> briefs = new ArrayList<>();
        private final Set<Brief> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Quote> quotes = new ArrayList<>();

        Accumulator(KnownPerson known) { this.known = known; }

        void addPerson(Brief b, Person p) {
            addBrief(b);
            if (anyName.isEmpty()) anyName = orEmpty(p.name());
            if (b.lang() == Lang.AR && nameAr.isEmpty()) nameAr = orEmpty(p.name());
            if (b.lang() == Lang.EN && nameEnWritten.isEmpty()) nameEnWritten = orEmpty(p.name());
            if (p.nameEnAutomatic()) { if (nameEnAuto.isEmpty()) nameEnAuto = orEmpty(p.nameEn()); }
            else if (nameEnCurated.isEmpty()) nameEnCurated = orEmpty(p.nameEn());
            role(b.lang(), p.role());
        }

        void addQuote(Brief b, Statement s) {
            addBrief(b);
            quotes.add(new Quote(b, s));
            if (anyName.isEmpty()) anyName = orEmpty(s.speaker());
            role(b.lang(), s.role());
        }

        private void addBrief(Brief b) { if (seen.add(b)) briefs.add(b); }

        private void role(Lang lang, String role) {
            if (lang == Lang.AR && roleAr.isEmpty()) roleAr = orEmpty(role);
            if (lang == Lang.EN && roleEn.isEmpty()) roleEn = orEmpty(role);
        }

        PersonEntry toEntry(UniqueSlugs slugs) {
            String ar = known != null && !blank(known.ar()) ? known.ar().strip() : nameAr;
            String en;
            boolean auto = false;
            if (known != null && !blank(known.en())) en = known.en().strip();
            else if (!nameEnCurated.isEmpty()) en = nameEnCurated;
            else if (!nameEnWritten.isEmpty()) en = nameEnWritten;
            else { en = nameEnAuto; auto = !en.isEmpty(); }
            if (ar.isEmpty() && en.isEmpty()) en = anyName;
            String rAr = known != null && !blank(known.roleAr()) ? known.roleAr().strip() : roleAr;
            String rEn = known != null && !blank(known.roleEn()) ? known.roleEn().strip() : roleEn;
            String slug = slugs.claim(Slugs.firstOf("person", en, ar, anyName));
            return new PersonEntry(slug, ar, en, auto, rAr, rEn, briefs, quotes);
        }
    }
}
