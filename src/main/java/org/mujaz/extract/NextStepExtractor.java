package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import org.mujaz.model.Lang;
import org.mujaz.model.NextStep;

/**
 * Planned, scheduled, intended or ordered actions: the clause of a sentence holding a future marker, with
 * who is to act and when (resolved against the article date). Sentences with no marker (past events) give none.
 */
final class NextStepExtractor {

    private static final java.util.regex.Pattern AHEAD = java.util.regex.Pattern.compile("(?i)المقبل|القادم|next|coming");
    private static final java.util.Set<String> FIRST_PERSON = WordKey.set("we", "i", "نحن", "انا", "اننا", "انني", "اننا", "فانا");
    /** A sentence this short is given whole: its opening words usually name who acts. */
    private static final int SHORT_SENTENCE = 30;
    private final FutureCues cues;
    private final PersonRegistry people;
    private final DateResolver dates;
    private final LanguageRules rules;

    NextStepExtractor(Lang lang, LanguageRules rules, DateResolver dates, PersonRegistry people) {
        this.people = people;
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        for (PersonRegistry.Entry e : people.entries()) nameWords.addAll(e.key);
        this.cues = lang == Lang.AR ? new ArabicFuture(nameWords, dates.base()) : new EnglishFuture();
        this.rules = rules;
        this.dates = dates;
    }

    /**
     * Steps told inside a statement without an actor of their own («سننظم مؤتمرا», "we will extend the pay",
     * «وأضاف أنه سيقدم خطة») are the speaker's: the actor becomes the statement's speaker.
     */
    List<NextStep> extract(List<Paragraph> paragraphs, List<org.mujaz.model.Statement> statements) {
        List<NextStep> steps = find(paragraphs);
        List<NextStep> out = new ArrayList<>(steps.size());
        for (NextStep step : steps) {
            // «من المتوقع إعلان العقوبات غدا»: a scheduled event has no actor, and the one reporting it is not one
            boolean scheduled = cues.scheduledEvent(step.text());
            String speaker = (step.actor().isEmpty() && !scheduled) || firstPerson(step.actor()) ? speakerOf(step, statements) : "";
            // "On Friday, he will visit Phuket": he or she is the person last quoted up to this paragraph
            if (THIRD_PERSON.contains(WordKey.fold(step.actor().strip()))) {
                // "Mr Clarke won over critics by announcing he would …": a person named in the same sentence first
                PersonRegistry.Entry named = people.firstNamedIn(step.text());
                speaker = named != null ? named.name : lastPersonQuoted(step.paragraph(), statements);
                if (speaker.isEmpty()) speaker = speakerOf(step, statements);  // "the watchdog's chairman has said he is willing to"
            }
            // «"…سأرمي …"» in a quote carried over from an earlier paragraph: the one quoted last; "we" alone names nobody
            if (speaker.isEmpty() && firstPerson(step.actor())) {
                speaker = lastSpeaker(step.paragraph(), statements);
                if (speaker.isEmpty()) {
                    out.add(step.withActor(""));
                    continue;
                }
            }
            out.add(speaker.isEmpty() ? step : step.withActor(speaker));
        }
        return out;
    }

    private static final java.util.Set<String> THIRD_PERSON = WordKey.set("he", "she", "هو", "هي");

    private static String lastSpeaker(int paragraph, List<org.mujaz.model.Statement> statements) {
        String found = "";
        for (org.mujaz.model.Statement s : statements) {
            if (s.paragraph() > paragraph) break;
            if (!s.speaker().isEmpty()) found = s.speaker();
        }
        return found;
    }

    private String lastPersonQuoted(int paragraph, List<org.mujaz.model.Statement> statements) {
        String found = "";
        for (org.mujaz.model.Statement s : statements) {
            if (s.paragraph() > paragraph) break;
            PersonRegistry.Entry e = s.speaker().isEmpty() ? null : people.find(s.speaker());
            if (e != null) found = e.name;
        }
        return found;
    }

    private static boolean firstPerson(String actor) {
        String f = WordKey.fold(actor.strip());
        return FIRST_PERSON.contains(f) || f.length() > 3 && "وف".indexOf(f.charAt(0)) >= 0 && FIRST_PERSON.contains(f.substring(1));  // «فإننا»
    }

    private static String speakerOf(NextStep step, List<org.mujaz.model.Statement> statements) {
        java.util.Set<String> stepWords = new java.util.HashSet<>(WordKey.foldedWords(step.text()));
        for (org.mujaz.model.Statement s : statements) {
            if (s.paragraph() != step.paragraph() || s.speaker().isEmpty()) continue;
            List<String> words = WordKey.foldedWords(s.text());
            long shared = words.stream().filter(stepWords::contains).count();
            if (shared >= Math.min(4, words.size())) return s.speaker();
        }
        return "";
    }

    private List<NextStep> find(List<Paragraph> paragraphs) {
        List<NextStep> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            // Quoted sentences count one by one here, so split the paragraph with quotes left in.
            for (Sentence s : SentenceSplitter.split(p.text(), p.text(), p.number())) {
                List<Token> ts = WordKey.tokens(s.text());
                // A question ("هل ستقوم…؟", "Will he resign?") wonders about the future; it plans nothing.
                if (isQuestion(s.text())) continue;
                int cue = cues.cue(s.text(), ts);
                if (cue < 0) continue;
                int second = secondClause(s.text(), ts, cue);
                String text = clause(s.text().substring(0, second < 0 ? s.text().length() : ts.get(second).start()), ts, cue);
                String actor = cues.actor(s.text(), ts, cue);
                add(out, text, actor, p.number(), ts.get(cue).text());
                if (second >= 0) {
                    String more = s.text().substring(ts.get(second).start());
                    List<Token> mts = WordKey.tokens(more);
                    int c2 = cues.cue(more, mts);
                    String actor2 = c2 < 0 ? "" : cues.actor(more, mts, c2);
                    // «سيسافر الوزير …، حيث سيبحث …»: a second clause without its own subject keeps the first one's.
                    if (c2 >= 0) add(out, clause(more, mts, c2), actor2.isEmpty() ? actor : actor2, p.number(), mts.get(c2).text());
                }
            }
        }
        return out;
    }

    private void add(List<NextStep> out, String text, String actor, int paragraph, String cueWord) {
        if (WordKey.tokens(text).size() < 4 || repeats(out, text)) return;
        actor = actor.replaceFirst("^(?i)(while|if|although|though|as|when|because|but|and|so|whether|meanwhile|however|also|now)[,\\s]+", "");  // "While mothers"
        PersonRegistry.Entry person = actor.isEmpty() ? null : people.find(actor);
        // الكاظمي → مصطفى الكاظمي; "Health secretary Jane Ford" → Jane Ford (the role is on the person already)
        List<String> actorKey = PersonRegistry.key(actor);
        boolean roleThenName = person != null && actorKey.size() > person.key.size()
                && actorKey.subList(actorKey.size() - person.key.size(), actorKey.size()).equals(person.key);
        if (person != null && (actorKey.size() <= person.key.size() || roleThenName)) actor = person.name;
        DateMention when = firstDate(text, Math.max(0, text.indexOf(cueWord)));
        out.add(when == null ? new NextStep(text, actor, null, "", paragraph)
                : new NextStep(text, actor, when.date(), when.precision(), when.text(), paragraph));
    }

    /** A lead that repeats the headline's plan in nearly the same words: the timeline shows it once. */
    private static boolean repeats(List<NextStep> out, String text) {
        java.util.Set<String> words = new java.util.HashSet<>(WordKey.foldedWords(text));
        for (NextStep s : out) {
            java.util.Set<String> other = new java.util.HashSet<>(WordKey.foldedWords(s.text()));
            java.util.Set<String> common = new java.util.HashSet<>(words);
            common.retainAll(other);
            if (common.size() >= 0.8 * Math.max(words.size(), other.size())) return true;
        }
        return false;
    }

    private static boolean isQuestion(String sentence) {
        String t = sentence.strip().replaceAll("[\"»”'’)\\]!.]+$", "");
        return t.endsWith("?") || t.endsWith("؟");
    }

    /** Index of a clause opener (while, بينما) after the first cue that is followed by a cue of its own, or -1. */
    private int secondClause(String text, List<Token> ts, int cue) {
        for (int k = cue + 1; k < ts.size(); k++) {
            // «…، حيث يعتقد بأنه سينقل …»: a forecast after the opener still ends the plan's clause
            if (cues.opensClause(ts.get(k).text()) && (cues.cueFrom(text, ts, k + 1) >= 0 || cues.forecastFrom(ts, k + 1))) return k;
            int at = ts.get(k).start();  // the dates are looked up only for a word that could open a plan
            if (k - cue >= 4 && cues.joinsPlan(ts, k, () -> dated(text.substring(0, at)) && dated(text.substring(at)))) return k;
        }
        return -1;
    }

    private boolean dated(String part) {
        return dates.find(part, true).stream().anyMatch(d -> d.date() != null);
    }

    /**
     * The step's date: the first one after the future word, else the first one not before the article date
     * («صرح الأربعاء أن الوفد سيصل الأسبوع المقبل» is next week, not Wednesday), else the first one given.
     */
    private DateMention firstDate(String text, int cueAt) {
        List<DateMention> found = dates.find(text, true);
        // «قال الأحد إن الوفد سيصل الخميس»: a date after the future word belongs to the plan, one said to be ahead
        // («الثلاثاء المقبل»، "next Tuesday") before a bare day
        for (DateMention d : found) if (d.date() != null && d.start() >= cueAt && AHEAD.matcher(d.text()).find()) return d;
        for (DateMention d : found) if (d.date() != null && d.start() >= cueAt) return d;
        for (DateMention d : found) {
            if (d.date() != null && (dates.base() == null || !d.date().isBefore(dates.base()))) return d;
        }
        // «قال، الشهر الماضي، إنه سيتخذ …»: a past date before the future word dates the saying, not the plan
        return found.isEmpty() || dates.base() != null && found.get(0).date() != null ? null : found.get(0);
    }

    /**
     * The clause that holds the cue: from the punctuation before it (or the sentence start when that part
     * is short) to the sentence end, without a final period or stray quote marks.
     */
    private String clause(String text, List<Token> ts, int cue) {
        int from = 0;
        for (int i = ts.get(cue).start() - 1; i >= 0; i--) {
            if ("،,;:«\"“".indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        if (WordKey.tokens(text.substring(from, ts.get(cue).start())).size() > 12) from = 0;
        // «…، مشيرة إلى أن …», ", adding that …": a participle of saying after a comma opens another statement
        int to = text.length();
        // (ts may hold the whole sentence while text is only its first clause: stay inside text)
        for (int k = cue + 1; k < ts.size() && ts.get(k).end() <= text.length(); k++) {
            String gap = text.substring(ts.get(k - 1).end(), ts.get(k).start());
            if (rules.isSpeechParticiple(ts.get(k).text()) && (gap.contains(",") || gap.contains("،"))) {
                to = ts.get(k - 1).end();
                break;
            }
        }
        String clause = text.substring(from, to).strip();
        if (WordKey.tokens(clause).size() < 6 || WordKey.tokens(text).size() <= SHORT_SENTENCE) clause = text.substring(0, to).strip();
        return balanceQuotes(clause.replaceAll("^[\"«“»”،,\\s]+|[.\"»”،,\\s]+$", ""));
    }

    /** Drops straight quote marks when a clause cut from a sentence leaves one of them unpaired. */
    private static String balanceQuotes(String clause) {
        long marks = clause.chars().filter(c -> c == '"').count();
        return marks % 2 == 0 ? clause : clause.replace("\"", "");
    }
}
