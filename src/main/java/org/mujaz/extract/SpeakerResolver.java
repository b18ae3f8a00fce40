package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the words that name a source ("المتحدث باسم وزارة الخارجية الأمريكية نيد برايس", "Mr Blair",
 * "البيان") into a {@link Speaker}: a known person in full with the rest as role, or an organisation,
 * document or unnamed source as described, or an earlier source it refers back to.
 */
final class SpeakerResolver {

    private static final Set<String> ARTICLES = WordKey.set("the", "a", "an");
    private static final Set<String> ROLE_MODIFIERS = WordKey.set("shadow", "former", "deputy", "vice", "acting", "ex",
            "السابق", "سابق", "نايب", "بالوكاله");

    private static final Set<String> REPRESENTS = WordKey.set("باسم", "for", "to", "of", "لـ", "عن", "مكتب", "office");
    private static final Set<String> CONSTRUCT_HEADS = WordKey.set("حمله", "مكتب", "حكومه", "اداره", "فريق", "حزب", "محامي",
            "محامو", "عايله", "اسره", "انصار", "مقربون", "مساعد", "مساعدو", "مستشار", "مستشاره", "نجل", "ابنه", "زوجه", "شقيق",
            "شقيقه", "متحدث", "متحدثه", "ممثل", "ممثله", "معسكر", "نظام");
    private static final Set<String> PRONOUNS = WordKey.set("he", "she", "they", "it", "we", "i", "هو", "هي", "هم");
    private static final Set<String> DETERMINERS = WordKey.set("the", "a", "an", "its", "his", "her", "their", "our");
    private final LanguageRules rules;
    private final PersonRegistry people;
    private final List<Speaker> earlier = new ArrayList<>();

    SpeakerResolver(LanguageRules rules, PersonRegistry people) {
        this.rules = rules;
        this.people = people;
    }

    /**
     * The first known person named in the opening words of a sentence ("Mr Kennedy is touring …", "Mr Campbell's
     * e-mail …"), the likeliest antecedent of a "he" or "she" that follows; null when there is none.
     */
    Speaker personOpening(String maskedSentence) {
        List<Token> ts = WordKey.tokens(maskedSentence);
        // "He portrayed Mr Ebbers as …": a sentence opening on he/she is still about the person before it; the one
        // named after the verb is its object, not the next "he"
        if (!ts.isEmpty() && PRONOUNS.contains(WordKey.fold(ts.get(0).text()))) return null;
        return firstNamedIn(maskedSentence, ts, Math.min(ts.size(), 10));
    }

    /** The first known person named in the sentence's first {@code words} words, or null. */
    private Speaker firstNamedIn(String maskedSentence, List<Token> ts, int words) {
        if (words == 0) return null;
        PersonRegistry.Entry first = people.firstNamedIn(maskedSentence.substring(0, ts.get(words - 1).end()));
        return first == null ? null : new Speaker(first.name, first.role, true);
    }

    /** A known person named in the opening clause (verb and subject in Arabic), or null. */
    Speaker subjectOpening(String maskedSentence) {
        List<Token> ts = WordKey.tokens(maskedSentence);
        if (ts.isEmpty()) return null;
        int end = 0;  // the opening clause, up to eight words («وفي الجانب الآخر تظاهرت الناشطة هدى منصور، …»)
        while (end < ts.size() && end < 8 && (end == 0 || !NameFinder.gap(maskedSentence, ts.get(end - 1), ts.get(end)))) end++;
        return firstNamedIn(maskedSentence, ts, end);
    }

    /** The speaker a phrase names, or {@link Speaker#NONE} for a pronoun or an empty phrase. */
    Speaker resolve(String phrase) {
        String p = phrase.strip().replaceAll("^[،,:\\s]+|[،,:\\s]+$", "").replaceAll("['’]s$", "")
                .replaceFirst("^و(?=ال)", "");  // «والرياض …، تتهم»: the conjunction is not part of the source
        p = p.replaceFirst("\\s+(قوله|قولها|قولهم|قولهما)$", "");  // «نقلت عن X قوله»: "his saying" is not part of X
        if (p.matches("[\"«“][^\"«»“”]+[\"»”]")) p = p.substring(1, p.length() - 1).strip();  // «"واس"»: a quoted name alone
        if (rules.lang() == org.mujaz.model.Lang.EN) {
            p = p.replaceFirst("\\s+(has|have|had|is|was|were|will|would|also)$", "");  // "…, officials have warned"
            // "Ahead of Mr Kennedy's launch, a Labour spokesperson said": the opening adverbial is not the source
            p = p.replaceFirst("^(?:Ahead of|After|Before|During|Despite|Following|In|On|At|Speaking|Asked|Earlier|Later)\\b[^,]*,\\s*(?=\\S)", "");
        }
        if (p.isEmpty() || PRONOUNS.contains(WordKey.fold(p))) return Speaker.NONE;
        p = afterResumptiveVerb(p);
        String[] segments = p.split("\\s*[،,]\\s*");
        for (int s = 0; s < segments.length; s++) {
            PersonRegistry.Entry e = personIn(segments[s]);
            if (e != null) {
                String role = roleAround(segments, s, e);
                if (role.length() > e.role.length() && WordKey.tokens(role).size() <= 10) e.role = role;
                return remember(new Speaker(e.name, role, true));
            }
        }
        PersonRegistry.Entry byRole = personByRole(segments[0]);
        if (byRole != null) return remember(new Speaker(byRole.name, segments[0].strip(), true));
        // «المدير العام لشبكة الجزيرة، وضاح خنفر، …»: a role, then a short name in apposition, which is the source
        if (rules.lang() == org.mujaz.model.Lang.AR && segments.length > 1 && startsWithRole(segments[0])
                && nameLike(stripTitles(segments[1]))) {  // «السفير السعودي، الأمير خالد بن سلمان، …» too
            String title = segments[1].strip().substring(0, segments[1].strip().length() - stripTitles(segments[1]).length()).strip();
            String role = title.isEmpty() ? segments[0].strip() : segments[0].strip() + "، " + title;
            return remember(new Speaker(stripTitles(segments[1]), role, true));
        }
        String head = stripTitles(segments[mainSegment(segments)]);
        Speaker back = referredBack(head);
        if (back != null) return back;
        String role = segments.length > 1 && startsWithRole(segments[1]) ? segments[1] : "";
        return remember(new Speaker(head, role, false));
    }

    /**
     * The segment that names the source when no person is named: in Arabic the first (the verb comes
     * first); in English the one next to the verb, unless that is a role apposition after the name.
     */
    private int mainSegment(String[] segments) {
        if (rules.lang() == org.mujaz.model.Lang.AR) return 0;
        for (int s = segments.length - 1; s > 0; s--) if (!startsWithRole(segments[s])) return s;
        return 0;
    }

    /** A person named in the segment, unless the name only says whom the speaker represents (باسم الكاظمي). */
    private PersonRegistry.Entry personIn(String segment) {
        List<String> key = PersonRegistry.key(segment);
        List<String> words = WordKey.foldedWords(segment);
        // «شهباز شريف» after «نواز شريف»: a person named in full wins over another one who shares the surname
        for (PersonRegistry.Entry e : people.entries()) {
            if (e.key.size() > 1 && java.util.Collections.indexOfSubList(key, e.key) >= 0) {
                int at = java.util.Collections.indexOfSubList(key, e.key);
                if (at == 0 || !(REPRESENTS.contains(words.get(at - 1)) || constructHead(words.get(at - 1)))) return e;
            }
        }
        for (PersonRegistry.Entry e : people.entries()) {
            int at = people.indexIn(key, e);
            if (at < 0) continue;
            if (at > 0 && (REPRESENTS.contains(words.get(at - 1)) || constructHead(words.get(at - 1)))) continue;
            return e;
        }
        return null;
    }

    /**
     * «مستشارة نيكسون»، «حملة كومو»، «محامي ترامب»: an indefinite noun directly before a name governs it (X's
     * adviser, campaign, lawyer), so the source is someone else; «الرئيس ترامب» (definite) is the person.
     */
    private boolean constructHead(String word) {
        if (rules.lang() != org.mujaz.model.Lang.AR || word.startsWith("ال")) return false;
        String w = ArabicRules.bare(word);
        return CONSTRUCT_HEADS.contains(w) || rules.isRoleNoun(w) && !rules.isTitle(w) || rules.isOrganisationNoun(w);
    }

    /**
     * «تضمنها البيان الصحافي»، «حصيلة جديدة أوردها المرصد السوري»: a relative verb with its object pronoun, then the
     * source that did the saying; the source is what follows the verb.
     */
    private String afterResumptiveVerb(String phrase) {
        if (rules.lang() != org.mujaz.model.Lang.AR) return phrase;
        List<Token> ts = WordKey.tokens(phrase);
        for (int i = 0; i + 1 < ts.size() && i < 4; i++) {
            String w = WordKey.fold(ts.get(i).text());
            String stem = w.substring(0, Math.max(0, w.length() - 2));
            // not a noun with a possessive («رئيسها التنفيذي», «مديرها العام»)
            boolean resumptive = w.length() >= 5 && (w.endsWith("ها") || w.endsWith("هم")) && !rules.isGivenName(w)
                    && !w.startsWith("ال") && !rules.isRoleNoun(stem) && !rules.isOrganisationNoun(stem) && !rules.isTitle("ال" + stem)
                    && !rules.isRoleNoun(stem + "ه");
            if (resumptive && WordKey.fold(ts.get(i + 1).text()).startsWith("ال")) return phrase.substring(ts.get(i + 1).start());
        }
        return phrase;
    }

    /** Two to four words with no role, organisation or article: the shape of a personal name after a role. */
    private static final Set<String> NOT_SYLLABLES = WordKey.set("في", "من", "عن", "مع", "او", "ان", "ما", "لا", "قد", "هو",
            "هي", "هم", "لم", "لن", "كل", "ثم", "به", "له", "لها", "ذا");

    /** In Arabic a foreign name may look like a joined preposition (فاسيلي، بوريس): only common words are excluded. */
    private boolean notName(String token) {
        return rules.lang() == org.mujaz.model.Lang.AR ? ArabicRules.INSTANCE.isCommonWord(token) : rules.isNotName(token);
    }

    private boolean nameLike(String segment) {
        List<Token> ts = WordKey.tokens(segment);
        if (ts.size() < 2 || ts.size() > 4) return false;
        for (Token t : ts) {
            String f = WordKey.fold(t.text());
            // «لو كانغ»، «غو جينكاي»: a two-letter syllable of a foreign name may spell a particle; prepositions may not
            boolean syllable = f.length() == 2 && !NOT_SYLLABLES.contains(f) && ts.size() > 1;
            if (f.startsWith("ال") && t != ts.get(ts.size() - 1) || rules.isRoleNoun(t.text()) || rules.isOrganisationNoun(t.text())
                    || (notName(t.text()) && !rules.isGivenName(t.text()) && !syllable)) return false;
        }
        return true;
    }

    /** «ولي العهد», "the chancellor": a bare role that an earlier mention gave to one person. */
    private PersonRegistry.Entry personByRole(String segment) {
        List<String> words = roleWords(segment);
        if (words.isEmpty() || words.size() > 4 || !startsWithRole(segment)) return null;
        PersonRegistry.Entry found = null;
        for (PersonRegistry.Entry e : people.entries()) {
            if (e.role.isEmpty() || !WordKey.containsWords(roleWords(e.role), words)) continue;
            if (headOfBody(e.role, words)) continue;
            // "the chancellor" is not the shadow chancellor, the former minister or the deputy leader
            if (roleWords(e.role).stream().anyMatch(w -> ROLE_MODIFIERS.contains(w) && !words.contains(w))) continue;
            if (found != null) return null;
            found = e;
        }
        return found;
    }

    /**
     * «الرئيس» (the president) is not «رئيس شركة» (a company's head): a bare title does not stand for a role that ties the
     * same word to an organisation.
     */
    private boolean headOfBody(String role, List<String> bareTitle) {
        if (bareTitle.size() != 1) return false;
        List<Token> ts = WordKey.tokens(role);
        return ts.size() >= 2 && rules.isTitle(ts.get(0).text()) && rules.isOrganisationNoun(ts.get(1).text());
    }

    /** A role's words for comparison, without the article or a possessive (the governor ~ its governor). */
    private static List<String> roleWords(String role) {
        List<String> out = new ArrayList<>(PersonRegistry.key(role));
        out.removeIf(DETERMINERS::contains);
        return out;
    }

    /** Role words: the segment without the name, or a neighbouring segment that starts with a role or title. */
    private String roleAround(String[] segments, int s, PersonRegistry.Entry e) {
        String own = withoutName(segments[s], e).strip();
        boolean onlyTitles = !own.isEmpty() && WordKey.tokens(own).stream().allMatch(t -> rules.isTitle(t.text()));
        if (!own.isEmpty() && !onlyTitles && startsWithRole(own) && WordKey.tokens(own).size() <= 8) return own;
        if (WordKey.tokens(own).size() > 4) own = "";
        if (s > 0 && startsWithRole(segments[s - 1])) return join(own, segments[s - 1].strip());
        if (s + 1 < segments.length && startsWithRole(segments[s + 1])) return join(own, segments[s + 1].strip());
        return own.isEmpty() ? e.role : own;
    }

    private String join(String title, String role) {
        if (title.isEmpty()) return role;
        if (rules.lang() == org.mujaz.model.Lang.AR) return title + "، " + role;
        return title + ", " + role.replaceFirst("^The ", "the ").replaceFirst("^A ", "a ");
    }

    private String withoutName(String segment, PersonRegistry.Entry e) {
        List<Token> ts = WordKey.tokens(segment);
        StringBuilder b = new StringBuilder();
        boolean inName = false;
        boolean roleBefore = false;
        for (Token t : ts) {
            String k = PersonRegistry.key(t.text()).isEmpty() ? "" : PersonRegistry.key(t.text()).get(0);
            boolean nameWord = e.key.contains(k);
            // «رئيس الوزراء راجيف مينون الحادث»: in Arabic the role comes before the name; what follows it is the verb's object
            if (rules.lang() == org.mujaz.model.Lang.AR && inName && !nameWord && roleBefore) break;
            if (nameWord && !inName) roleBefore = b.length() > 0;
            inName |= nameWord;
            if (!nameWord) b.append(t.text()).append(' ');
        }
        String r = b.toString().strip();
        // "Mr", and "Sir" left dangling after a role ("NAO head Sir [John Bourn]"), are forms of address, not roles
        return rules.lang() == org.mujaz.model.Lang.EN
                ? r.replaceFirst("^(?i)(mr|mrs|ms|miss)\\b\\s*", "").replaceFirst("(?<=\\S)\\s+(Sir|Dame|Mr|Mrs|Ms|Miss)$", "") : r;
    }

    boolean startsWithRole(String segment) {
        List<Token> ts = WordKey.tokens(segment);
        if (ts.isEmpty()) return false;
        int k = ts.size() > 1 && ARTICLES.contains(ts.get(0).text().toLowerCase()) ? 1 : 0;
        for (int i = k; i < Math.min(ts.size(), k + 3); i++) {
            if (rules.isRoleNoun(ts.get(i).text()) || rules.isTitle(ts.get(i).text())) return true;
        }
        return false;
    }

    private String stripTitles(String segment) {
        List<Token> ts = WordKey.tokens(segment);
        int k = 0;
        while (k < ts.size() - 1 && rules.isTitle(ts.get(k).text()) && !rules.isRoleNoun(ts.get(k).text())) k++;
        return k == 0 ? segment.strip() : segment.substring(ts.get(k).start()).strip();
    }

    /** "البيان" after "بيان عراقي أمريكي مشترك", "the statement" after "a joint statement". */
    private Speaker referredBack(String head) {
        List<String> words = WordKey.foldedWords(head);
        if (words.isEmpty() || words.size() > 2) return null;
        String w = words.get(words.size() - 1);
        String bare = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Speaker s = earlier.get(i);
            List<String> sw = WordKey.foldedWords(s.name());
            boolean arabicHead = words.size() == 1 && sw.get(0).equals(bare);  // «البيان» after «بيان عراقي أمريكي مشترك»
            // «الوكالة السعودية» after «وكالة الأنباء السعودية»: the head first, then a word the earlier name also has
            String first = words.get(0).startsWith("ال") && words.get(0).length() > 3 ? words.get(0).substring(2) : words.get(0);
            if (rules.lang() == org.mujaz.model.Lang.AR && words.size() == 2 && sw.contains(w)
                    && (sw.get(0).equals(first) || sw.contains(words.get(0)))) arabicHead = true;
            // "the statement" after "a joint statement"; an Arabic phrase has its head first (السفارة الروسية ≠ وكالة … الروسية)
            boolean englishHead = rules.lang() == org.mujaz.model.Lang.EN && words.size() == 2 && sw.get(sw.size() - 1).equals(w)
                    && !sw.contains("for") && !sw.contains("of") && !sw.contains("from");
            if (sw.size() > words.size() && (arabicHead || englishHead)) return s;
        }
        return null;
    }

    private Speaker remember(Speaker s) {
        earlier.add(s);
        return s;
    }
}
