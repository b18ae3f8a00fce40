package org.mujaz.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mujaz.model.Lang;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;

/**
 * Direct quotes (three words or more) and indirect speech, each with its speaker. A verb of saying without
 * a subject, a pronoun or an unattributed quote right after speech continues the previous speaker.
 */
final class StatementExtractor {

    /** Pronouns that can only stand for a person, so they skip back over organisations ("he said"). */
    private static final Set<String> PERSONAL = WordKey.set("he", "she");
    private static final java.util.regex.Pattern SAME_SOURCE = java.util.regex.Pattern.compile(
            "(?i)(ال)?(مصدر|مصادر|مسؤول|المتحدث)\\s+(نفسه|ذاته|نفسها|ذاتها|نفسهم|ذاتهم)|the same (source|official|spokesman)");
    private final Lang lang;
    private final SpeechPatterns patterns;
    private final SpeakerResolver resolver;
    private final LanguageRules rules;
    private final Warnings warnings;
    /** How many earlier sources a carry-over may reach back over to find one that agrees in gender. */
    private static final int RECENT = 4;
    private final List<Speaker> recent = new ArrayList<>();
    private final EnglishGender genders = new EnglishGender();
    private Speaker last = Speaker.NONE;
    /** The person the sentence being read opens on (English), for a "he" later in that sentence. */
    private Speaker currentOpening;
    private String currentSentence;
    private static final java.util.regex.Pattern SUBORDINATE_PRONOUN = java.util.regex.Pattern.compile(
            "\\b(after|when|because|before|since|until|once) (he|she)\\b");
    /** "to tackle what he says are "…"": a pronoun inside a free relative is the sentence's own subject. */
    private static final java.util.regex.Pattern WHAT_HE_SAYS = java.util.regex.Pattern.compile("\\b(what|which) (he|she) (says|said|calls|called|describes|described)\\b");
    /** The organisation or document the latest sentence opened on, for a following "it said"; null when none. */
    private String lastThing;
    private Speaker lastPerson = Speaker.NONE;
    private int lastParagraph = -9;

    StatementExtractor(Lang lang, SpeakerResolver resolver, Warnings warnings) {
        this.lang = lang;
        this.patterns = lang == Lang.AR ? new ArabicSpeech() : new EnglishSpeech();
        this.resolver = resolver;
        this.rules = lang == Lang.AR ? ArabicRules.INSTANCE : EnglishRules.INSTANCE;
        this.warnings = warnings;
    }

    /** A statement found in a sentence, its source words not yet resolved (null: none given). */
    private record Pending(int at, String phrase, String text, StatementKind kind, boolean opensSentence, Gender verbGender) {
    }

    List<Statement> extract(List<Paragraph> paragraphs) {
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (lang == Lang.EN) genders.read(paragraphs);
        for (Paragraph p : paragraphs) {
            if (linkHeadline(p)) continue;
            for (Sentence s : p.sentences()) {
                Speaker sentenceSpeaker = Speaker.NONE;
                Speaker opening = lang == Lang.EN ? resolver.personOpening(s.masked()) : null;
                currentOpening = opening;
                currentSentence = s.masked();
                Set<String> speakersHere = new HashSet<>();
                for (Pending pending : pending(p, s)) {
                    Speaker sp = speaker(pending, p.number(), sentenceSpeaker);
                    if (!sp.isNone()) sentenceSpeaker = sp;
                    if (sp.person()) speakersHere.add(sp.name());
                    Statement st = new Statement(sp.name(), sp.role(), pending.text(), pending.kind(), p.number());
                    if (!seen.add(WordKey.fold(st.text()))) continue;
                    out.add(st);
                    if (!sp.isNone()) {
                        remember(sp);
                        last = sp;
                        if (sp.person()) lastPerson = sp;
                        lastParagraph = p.number();
                    } else if (st.kind() == StatementKind.DIRECT) {
                        warnings.add(p.number(), "quote with no speaker: " + abbreviate(st.text()));
                    }
                }
                // Arabic opens a sentence on its verb and subject («وتظاهرت يولاندا بارونا …»): a person named there, in a
                // sentence nobody speaks in, is who the next sentence's subjectless verb may continue
                if (lang == Lang.AR) {
                    Speaker subject = sentenceSpeaker.isNone() ? resolver.subjectOpening(s.masked()) : null;
                    previousSubject = subject;
                }
                // the person a sentence is about is the likeliest "he"/"she" of the next one, spoken or not
                // the body a sentence opens on ("The committee published …") is what a later "it said" refers to,
                // until someone else speaks
                if (lang == Lang.EN) {
                    String thing = openingBody(s.masked());
                    if (thing != null) lastThing = thing;
                    else if (!sentenceSpeaker.isNone()) lastThing = null;
                }
                // …unless someone else speaks in it ("It was no good Mr Blair claiming …, argued Mr Howard")
                boolean otherSpeaks = opening != null && !speakersHere.isEmpty() && !speakersHere.contains(opening.name());
                if (opening != null && !otherSpeaks) {
                    remember(opening);
                    lastPerson = opening;
                }
            }
        }
        return out;
    }

    /** Quotes and reported clauses of a sentence in reading order, so a carry-over sees the speaker before it. */
    private List<Pending> pending(Paragraph p, Sentence s) {
        List<Pending> items = new ArrayList<>();
        for (Quote q : p.quotes()) {
            if (q.open() < s.start() || q.open() >= s.end() || q.wordCount() < 3 || namesSomething(p, q)) continue;
            int afterStart = Math.min(s.end(), q.close() + 1);
            String before = p.masked().substring(s.start(), q.open());
            String after = p.masked().substring(afterStart, s.end());
            String beforeText = p.text().substring(s.start(), q.open());
            String afterText = p.text().substring(afterStart, s.end());
            String phrase = lang == Lang.EN ? firstNonNull(patterns.after(after, afterText), patterns.before(before, beforeText))
                    : firstNonNull(patterns.before(before, beforeText), patterns.after(after, afterText));
            // 'George Osborne said: "…," he said.': a leftover pronoun after the quote repeats the source named before it;
            // 'Liam Fox said: "…" And Chancellor Gordon Brown said …': a colon lead-in binds the quote, what follows is new
            if (lang == Lang.EN && phrase != null && before.strip().endsWith(":")) {
                String named = patterns.before(before, beforeText);
                boolean newClause = PERSONAL.contains(phrase.strip().toLowerCase()) || after.strip().matches("(?s)^(And|But|Meanwhile|However)\\b.*");
                if (newClause && named != null && !named.isBlank() && !PERSONAL.contains(named.strip().toLowerCase())) phrase = named;
            }
            boolean opens = before.strip().isEmpty();
            if (phrase == null && !opens && q.wordCount() < 6) continue;
            phrase = unmask(phrase, before + "\n" + after, beforeText + "\n" + afterText);
            items.add(new Pending(q.open() - s.start(), phrase, q.text(), StatementKind.DIRECT, opens, verbGender(before)));
        }
        for (SpeechPatterns.Reported r : patterns.reported(s)) {
            Gender g = verbGender(s.masked().substring(0, Math.min(r.start(), s.masked().length())));
            items.add(new Pending(r.start(), unmask(r.phrase(), s.masked(), s.text()), r.text(), StatementKind.INDIRECT, false, g));
        }
        items.sort(Comparator.comparingInt(Pending::at));
        return items;
    }

    private Speaker speaker(Pending item, int paragraph, Speaker sentenceSpeaker) {
        if (item.phrase() == null) {
            // a paragraph that is only a quote goes on in the voice of the person quoted just before (feature articles)
            boolean protagonist = item.opensSentence() && last.person() && paragraph - lastParagraph <= 3;
            boolean recent = paragraph - lastParagraph <= 1 || !sentenceSpeaker.isNone() || protagonist;
            return recent ? carry(sentenceSpeaker, item.verbGender()) : Speaker.NONE;
        }
        // '… the central bank told Reuters. "…," he added': the source just quoted goes on, even a body (its spokesman)
        if (lang == Lang.EN && PERSONAL.contains(item.phrase().toLowerCase()) && sentenceSpeaker.isNone() && !last.isNone() && !last.person()
                && paragraph - lastParagraph <= 1 && currentSentence != null && HE_ADDED.matcher(currentSentence).find()) return last;
        if (PERSONAL.contains(item.phrase().toLowerCase()) && sentenceSpeaker.isNone()) {
            Gender g = item.phrase().equalsIgnoreCase("she") ? Gender.FEMININE : Gender.MASCULINE;
            // "Robert Napier, 25, won £2,450 after he claimed …": the person the sentence opens on, before anyone earlier
            if (currentOpening != null && genders.of(currentOpening).agreesWith(g) && item.kind() == StatementKind.INDIRECT
                    && currentSentence != null && SUBORDINATE_PRONOUN.matcher(currentSentence).find()) return currentOpening;
            if (currentOpening != null && genders.of(currentOpening).agreesWith(g) && currentSentence != null
                    && WHAT_HE_SAYS.matcher(currentSentence).find()) return currentOpening;
            if (!lastPerson.isNone() || !last.isNone()) return pronounAntecedent(g);
        }
        // "it said": an organisation or document spoken of before, never a person
        if (lang == Lang.EN && item.phrase().equalsIgnoreCase("it") && sentenceSpeaker.isNone()) {
            // "The Commons committee published its report. It warned …": the body a sentence just opened on
            if (lastThing != null) return resolver.resolve(lastThing);
            for (int i = recent.size() - 1; i >= 0; i--) if (!recent.get(i).person()) return recent.get(i);
            return Speaker.NONE;
        }
        // «بحسب المصدر نفسه», "the same source": the source just quoted
        if (SAME_SOURCE.matcher(item.phrase().strip()).matches() && !last.isNone()) return carry(sentenceSpeaker);
        return item.phrase().isEmpty() ? carry(sentenceSpeaker, item.verbGender())
                : orCarry(resolver.resolve(item.phrase()), sentenceSpeaker);
    }

    /** The person the previous Arabic sentence opened on, when nobody spoke in it; null otherwise. */
    private Speaker previousSubject;
    private static final java.util.regex.Pattern HE_ADDED = java.util.regex.Pattern.compile("\\b(he|she) (added|adds|continued|went on)\\b");
    private static final java.util.regex.Pattern OPENING_BODY = java.util.regex.Pattern.compile(
            "^(The|A|An) ((?:[\\w'&-]+\\s+){0,5}?(?:committee|report|study|survey|inquiry|review|council|commission|board|"
            + "agency|department|ministry|office|watchdog|bank|company|firm|group|union|court|government|party|panel|audit|authority))\\b");

    /** "The Commons work and pensions committee …" → that phrase; null when the sentence does not open on a body. */
    private static String openingBody(String sentence) {
        java.util.regex.Matcher m = OPENING_BODY.matcher(sentence.strip());
        return m.find() ? m.group().strip() : null;
    }

    /**
     * «تركيا تنفي "تسليم أي تسجيلات" بشأن اختفاء خاشقجي»: a short line inside the body with no closing stop, opening on
     * its subject rather than on و or a verb, is the headline of a linked story; it speaks for nobody here.
     */
    private boolean linkHeadline(Paragraph p) {
        if (lang != Lang.AR || p.number() == 1) return false;
        String t = p.text().strip();
        List<Token> ts = WordKey.tokens(t);
        if (ts.isEmpty() || ts.size() > 14 || t.matches(".*[.!:…\"»”)]$")) return false;
        String first = WordKey.fold(ts.get(0).text());
        if (first.isEmpty()) return false;
        return first.charAt(0) != 'و' && first.charAt(0) != 'ف' && !rules.isSpeechVerb(ts.get(0).text());
    }

    /** "Fathi Bin Shatwan": two to four capitalised words with no organisation noun, the shape of a person's name. */
    private boolean nameShaped(String phrase) {
        List<Token> ts = WordKey.tokens(phrase);
        if (ts.size() < 2 || ts.size() > 4) return false;
        for (Token t : ts) {
            if (!Character.isUpperCase(t.text().charAt(0)) && !t.text().matches("bin|al|de|van|von|el")) return false;
            if (rules.isOrganisationNoun(t.text()) || rules.isNamingWord(t.text())) return false;
        }
        return true;
    }

    private void remember(Speaker sp) {
        if (recent.isEmpty() || !recent.get(recent.size() - 1).equals(sp)) recent.add(sp);
    }

    /** "he"/"she": the latest person spoken of who agrees in gender (Mrs Maguire for "she", not Mr Blair). */
    private Speaker pronounAntecedent(Gender pronoun) {
        // '"…," Fathi Bin Shatwan, Libya's oil minister, told Reuters. "…," he added.': the source just quoted goes on,
        // named but unknown to the gazetteer, unless it is known to be of the other gender or is a body
        if (lang == Lang.EN && !last.isNone() && !last.person() && !last.role().isEmpty() && nameShaped(last.name())
                && genders.of(last).agreesWith(pronoun)
                && (recent.isEmpty() || recent.get(recent.size() - 1).equals(last))) return last;
        Speaker described = null;
        for (int i = recent.size() - 1; i >= 0 && recent.size() - i <= RECENT + 2; i--) {
            Speaker s = recent.get(i);
            if (s.person() && genders.of(s) == pronoun) return s;
            if (s.person() && genders.of(s).agreesWith(pronoun)) return described != null ? described : s;
            // "A department spokeswoman said … She added": an unnamed source described by a gendered noun, unless a
            // person known to be of that gender is at hand ("Mrs Blair" for "the prime minister's wife")
            if (!s.person() && described == null && EnglishGender.ofDescription(s.name()) == pronoun) described = s;
        }
        if (genders.of(lastPerson) == pronoun) return lastPerson;
        if (described != null) return described;
        // never a man for "she" or a woman for "he": then the last source, whoever it was
        return genders.of(lastPerson).agreesWith(pronoun) ? lastPerson : last;
    }

    private Gender verbGender(String narration) {
        return lang == Lang.AR ? ArabicGender.ofLastVerb(narration) : Gender.UNKNOWN;
    }

    /**
     * «وأضافت» after a man spoke last: the most recent earlier source that agrees with the verb's gender, if one
     * does within the last few; otherwise the last source as before.
     */
    private Speaker carry(Speaker sentenceSpeaker, Gender verb) {
        Speaker plain = carry(sentenceSpeaker);
        // «تظاهرت يولاندا بارونا … . وقالت إن …»: a dropped subject is the one the sentence before opened on, when only
        // that one agrees with the verb
        if (sentenceSpeaker.isNone() && previousSubject != null && verb != Gender.UNKNOWN && ArabicGender.of(previousSubject) == verb
                && (plain.isNone() || !ArabicGender.of(plain).agreesWith(verb))) return previousSubject;
        if (verb == Gender.UNKNOWN || plain.isNone() || ArabicGender.of(plain).agreesWith(verb)) return plain;
        for (int i = recent.size() - 1; i >= 0 && recent.size() - i <= RECENT; i--) {
            if (ArabicGender.of(recent.get(i)) == verb) return recent.get(i);
        }
        return plain;
    }

    private static String firstNonNull(String a, String b) { return a != null ? a : b; }

    /**
     * Source phrases are found in masked text, where quoted words are blanked; a source that itself holds a quoted
     * name (أحد مستخدمي موقع "تويتر") is given back its words from the same span of the original.
     */
    static String unmask(String phrase, String masked, String original) {
        if (phrase == null || phrase.indexOf('\u2026') < 0) return phrase;
        int at = masked.indexOf(phrase);
        return at < 0 ? phrase : original.substring(at, at + phrase.length());
    }

    /**
     * A short quote right after a naming word (منظمة "…", خطة "…", the so-called "…") or one that starts
     * with an organisation noun is a name or title, not speech; so is a short English quote in Title Case.
     */
    private boolean namesSomething(Paragraph p, Quote q) {
        if (q.wordCount() > 5) return false;
        List<Token> inside = WordKey.tokens(q.text());
        String first = inside.get(0).text();
        boolean construct = !WordKey.fold(first).startsWith("ال") && !first.toLowerCase().equals("the");
        if (construct && (rules.isOrganisationNoun(first) || rules.isNamingWord(first))) return true;
        boolean allDefinite = inside.stream().allMatch(t -> WordKey.fold(t.text()).startsWith("ال"));
        if (allDefinite && rules.isOrganisationNoun(first)) return true;
        if (inside.stream().allMatch(t -> WordKey.fold(t.text()).length() <= 2)) return true;
        if (lang == Lang.EN && inside.stream().allMatch(t -> Character.isUpperCase(t.text().charAt(0)))) return true;
        List<Token> before = WordKey.tokens(p.text().substring(0, q.open()));
        if (before.isEmpty()) return false;
        Token prev = before.get(before.size() - 1);
        String between = p.text().substring(prev.end(), q.open()).strip();
        if (between.isEmpty() && (rules.isNamingWord(prev.text()) || rules.isRoleNoun(prev.text()))) return true;
        if (between.isEmpty() && WordKey.fold(prev.text()).equals("ل")) return true;  // لـ"العربية": an outlet addressed
        return listOfNames(p.text().substring(0, q.open()));
    }

    /** «"سويز" و"فيوليا"», "Siemens" and "BASF": a quote that follows another across و/and/comma is a list item. */
    private static boolean listOfNames(String before) {
        String t = before.stripTrailing();
        t = t.replaceAll("(\\s|^)(و|and|or|أو|او)$", "").replaceAll("[،,]$", "").stripTrailing();
        return !t.isEmpty() && "\"»”".indexOf(t.charAt(t.length() - 1)) >= 0 && before.length() - t.length() <= 5;
    }

    private Speaker carry(Speaker sentenceSpeaker) { return sentenceSpeaker.isNone() ? last : sentenceSpeaker; }

    private Speaker orCarry(Speaker resolved, Speaker sentenceSpeaker) {
        return resolved.isNone() ? carry(sentenceSpeaker) : resolved;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
