package org.mujaz.extract;

import java.util.List;
import java.util.Set;

/**
 * English future and intention markers: will/'ll/won't, is to, plans/intends/aims/wants/pledged to, is due
 * to, is expected to, is set to, would after a verb of saying, next week/month/year, by the end of.
 */
final class EnglishFuture implements FutureCues {

    private static final Set<String> PRONOUNS = WordKey.set("he", "she", "it", "they", "we", "i", "this", "there");
    private static final Set<String> DETERMINERS = WordKey.set("the", "a", "an", "its", "his", "her", "their", "our");
    private static final Set<String> NOT_NOUNS = WordKey.set("to", "of", "in", "on", "at", "for", "by", "with", "from",
            "into", "over", "about", "than", "more", "most", "very", "also", "not", "no", "is", "are", "was", "were", "be",
            "do", "does", "did", "through", "out", "up", "off", "down", "away", "back");  // "Everything we do will", "pushed through plans"
    private static final Set<String> NOT_MODAL = WordKey.set("the", "of", "political", "free", "good");
    private static final Set<String> PLAN_NOUN_NEXT = WordKey.set("on", "include", "includes");
    private static final Set<String> COMING_UNITS = WordKey.set("days", "weeks", "months", "years");
    private static final Set<String> PROMISED = WordKey.set("promised", "pledged", "vowed");
    private static final Set<String> NEXT_UNITS = WordKey.set("week", "month", "year", "this");
    private static final Set<String> NOT_ACTION_BEFORE = WordKey.set("that", "which", "who", "convinced", "hope",
            "hopes", "fear", "fears");
    private static final Set<String> ADVERBS = WordKey.set("also", "not", "now", "then", "still", "soon");
    private static final Set<String> IRREGULAR_PARTICIPLES = WordKey.set("lost", "cut", "made", "held", "built", "paid",
            "sold", "set", "put", "hit", "spent", "kept", "shut", "sent", "brought", "run", "met", "laid", "told",
            "found");
    private static final Set<String> CLAUSE_OPENERS = WordKey.set("while", "whereas", "but", "although");
    private static final Set<String> NOT_VERBS = WordKey.set("the", "a", "an");
    private static final Set<String> PRESENT_BE = WordKey.set("is", "are", "'s", "now", "also");
    private static final Set<String> ACTOR_STOPS = WordKey.set("that", "and", "but", "which", "who", "said", "says",
            "when", "if", "as");

    /** "Earlier this week, Microsoft said …": words that open an adverbial before the subject. */
    private static final Set<String> OPENING_ADVERBS = WordKey.set("after", "before", "earlier", "later", "last", "this", "next",
            "yesterday", "today", "meanwhile", "however", "separately", "previously", "since", "until", "following", "instead",
            "also", "now", "still", "indeed", "elsewhere", "overall", "already", "eventually", "initially", "ultimately", "finally");
    /** "The idea is to …", "the trick is to …": a definition of a way, not a plan. */
    private static final Set<String> WAY_NOUNS = WordKey.set("idea", "trick", "key", "point", "challenge", "secret", "answer",
            "problem", "question", "solution", "way", "rule", "danger", "risk", "hope", "fear", "worry", "temptation");
    private static final Set<String> MODALS = WordKey.set("will", "won't", "'ll", "shall");
    private static final Set<String> INTENT = WordKey.set("plans", "plan", "planning", "intends", "intend", "aims", "aim",
            "pledged", "promised", "vowed", "hopes", "expects", "expected", "due", "set", "scheduled", "planned",
            "proposes", "proposed", "intended", "determined", "going", "prepared", "preparing", "willing", "ready",
            "seeking", "seeks", "poised", "intending", "aiming", "offering", "offers");  // "wants to", "is hoping to" are wishes
    private static final Set<String> BE = WordKey.set("is", "are", "was", "were", "'s");
    private static final Set<String> AUX = WordKey.set("has", "have", "had", "also", "still", "now", "not", "already", "will",
            "would", "is", "are", "was", "were");

    @Override public int cue(String text, List<Token> ts) {
        boolean speech = false;
        int hedgedFrom = -1;
        // "Whichever way the judge rules, the losing side will appeal": what follows any outcome is a forecast
        if (!ts.isEmpty() && ts.get(0).text().matches("Whichever|Whatever|Whoever|However|Unless")) return -1;
        for (int i = 0; i < ts.size(); i++) {
            String w = ts.get(i).text().toLowerCase();
            String next = i + 1 < ts.size() ? ts.get(i + 1).text().toLowerCase() : "";
            String prev = i > 0 ? ts.get(i - 1).text().toLowerCase() : "";
            // only reporting verbs make a later "would" a reported plan; hoping, thinking and fearing do not
            if (EnglishRules.INSTANCE.isSpeechVerb(w) && !w.equals("asked") || EnglishRules.INSTANCE.isSpeechParticiple(w)
                    || w.equals("announcing")) speech = !COGNITIVE.contains(w) && !prev.matches("was|were");  // "parents were warned they would"
            // "Rank could unveil plans to …": a possibility, not a plan; "It remains to be seen whether Europe will …":
            // an open question. Either covers the words of its own clause that follow it.
            if (POSSIBILITY.contains(w) || w.equals("whether")) hedgedFrom = i;
            if (hedgedFrom >= 0 && i > hedgedFrom && i - hedgedFrom <= HEDGE_REACH) continue;
            if (MODALS.contains(w) || w.endsWith("'ll")) {
                if (!NOT_MODAL.contains(prev) && action(ts, i) && !forecast(ts, i)) return i;
                // "the sixth of which will take place on Monday": a scheduled event, even in a relative clause
                if (next.equals("take") && after(ts, i + 2).equals("place") || next.equals("be") && after(ts, i + 2).equals("held")) return i;
            }
            String after = i + 2 < ts.size() ? ts.get(i + 2).text().toLowerCase() : "";
            // "would be", "would have seen" (a counterfactual), "would not", "would result in": no plan
            boolean state = next.equals("be") || next.equals("have") && !after.equals("to") || next.equals("not")
                    || OUTCOMES.contains(next) || next.equals("ever") || next.equals("probably");
            if ((w.equals("would") && speech && !state || w.equals("would") && speech && next.equals("be") && action(ts, i))
                    && !forecast(ts, i)) return i;
            if (w.equals("plans") && PLAN_NOUN_NEXT.contains(next)) return i;
            if (w.equals("later") && next.equals("date") || w.equals("coming") && COMING_UNITS.contains(next)) return i;
            if (w.equals("must") && !next.equals("have") && !next.equals("be")) return i;
            if (PROMISED.contains(w) && !prev.equals("had") && !prev.equals("broken")) return i;
            if (w.equals("by") && (DateResolver.monthOf(next) > 0 || next.matches("\\d{1,2}") && i + 2 < ts.size()
                    && DateResolver.monthOf(ts.get(i + 2).text()) > 0)) return i;
            // "further announcements are due shortly", "is due later this month"
            if (w.equals("due") && BE.contains(prev) && DUE_WHEN.contains(next)) return i;
            if (w.equals("due") && !PRESENT_BE.contains(prev)) continue;  // "cancelled due to rain" is a cause
            // "The shake-up is aimed at making savings": a purpose pursued by a plan
            if ((w.equals("aimed") || w.equals("aims")) && next.equals("at") && after(ts, i + 2).endsWith("ing")) return i;
            // "Mr Wallace announced proposals to increase fees", "published plans for a points system"
            if (PLAN_NOUNS.contains(w) && (next.equals("to") || next.equals("for")) && PUBLISHED.contains(prev)) return i;
            // "Labour has pushed through plans to …", "the council dropped plans to …": plans carried out or given up
            if (PLAN_NOUNS.contains(w) && i > 1 && UNDONE.contains(ts.get(i - 2).text().toLowerCase() + " " + prev)
                    || PLAN_NOUNS.contains(w) && UNDONE.contains(prev)) return -1;
            // "Jane Ford is on Monday setting out new rules": the present progressive with its day is a schedule
            if (BE.contains(w) && !w.matches("was|were") && next.equals("on") && DateResolver.weekday(after(ts, i + 2)) != null
                    && after(ts, i + 3).endsWith("ing")) return i;
            if (INTENT.contains(w) && next.equals("to")) {
                // "there are no plans to …": a plan denied
                if (prev.equals("no")) continue;
                // "it said it was planning to resell …": reported speech shifts a present plan into the past
                boolean backshifted = speech && prev.matches("was|were") && w.endsWith("ing");
                if (prev.matches("was|were|had|not") && !backshifted) continue;
                // "investors are going to be happy": a state to come, not an act
                if (after(ts, i + 2).equals("be") && !participle(after(ts, i + 3))) continue;
                // "We are going to the High Court": "to" before a noun phrase is a place, not a verb
                if (DETERMINERS.contains(after(ts, i + 2)) || !after(ts, i + 2).isEmpty() && Character.isUpperCase(ts.get(i + 2).text().charAt(0))) continue;
                // "I fear you are going to be …": a fear or forecast frame before it
                if (w.equals("going") && forecast(ts, i)) continue;
                // "Giuseppe planned to stay": a plan in the simple past is over; "is planned to" is not
                if (PAST_INTENT.contains(w) && !PRESENT_BE.contains(prev) && !speech) continue;
                // "is set to stabilise", "is expected to rise": a forecast of an outcome, not an act
                if (i + 2 < ts.size() && OUTCOMES.contains(ts.get(i + 2).text().toLowerCase())) continue;
                return i;
            }
            if (BE.contains(w) && !w.matches("was|were") && next.equals("to") && i + 2 < ts.size() && verbLike(ts.get(i + 2).text())
                    && !WAY_NOUNS.contains(prev)) return i;
            // "Elections are scheduled for 27 February", "agreed to share", "planning on spreading"
            if ((w.equals("scheduled") || w.equals("due") && PRESENT_BE.contains(prev)) && next.equals("for")) return i;
            if ((w.equals("agreed") || w.equals("agrees")) && next.equals("to") && !prev.matches("had|not") && !inTimeClause(ts, i)) return i;
            if ((w.equals("planning") || w.equals("plans")) && next.equals("on")) return i;
            // "growth would fall to 3.3% next year": a figure forecast for a period is no one's plan
            if ((w.equals("next") || w.equals("later")) && NEXT_UNITS.contains(next) && !forecast(ts) && !figure(ts) && !forecast(ts, i)) return i;
            // "Details are expected in the New Year", "a ruling is expected on Tuesday": a schedule, not a forecast of a state
            if (w.equals("expected") && BE.contains(prev) && EXPECTED_WHEN.contains(next) && !forecast(ts, i)) return i;
            if (w.equals("by") && next.equals("the") && i + 2 < ts.size() && ts.get(i + 2).text().equals("end")) return i;
        }
        return -1;
    }

    private static final Set<String> POSSIBILITY = WordKey.set("could", "might", "may");
    private static final Set<String> EXPECTED_WHEN = WordKey.set("in", "on", "by", "later", "next", "this", "within", "shortly", "soon");
    /** How many words after could/might/may or whether still belong to the hedged clause. */
    private static final int HEDGE_REACH = 6;
    private static final Set<String> DUE_WHEN = WordKey.set("shortly", "soon", "later", "next", "this", "on", "in", "tomorrow");
    private static final Set<String> PLAN_NOUNS = WordKey.set("plans", "proposals", "plan", "proposal");
    private static final Set<String> PUBLISHED = WordKey.set("announced", "published", "unveiled", "outlined", "set",
            "announces", "publishes", "unveils", "outlines", "unveiling", "announcing", "publishing", "new", "detailed");
    /** States a passive "will be …" predicts rather than an act done: "will be seen as a show of unity". */
    private static final Set<String> PERCEIVED = WordKey.set("seen", "regarded", "considered", "viewed", "judged", "remembered");

    private static String after(List<Token> ts, int k) {
        return k < ts.size() ? ts.get(k).text().toLowerCase() : "";
    }

    /** A percentage in the sentence: "fall to 3.3% next year", "5 per cent". */
    private static boolean figure(List<Token> ts) {
        for (int k = 0; k < ts.size(); k++) {
            String w = ts.get(k).text().toLowerCase();
            if (w.endsWith("%") || w.equals("per") && after(ts, k + 1).equals("cent")) return true;
        }
        return false;
    }

    private static final Set<String> COGNITIVE = WordKey.set("hoped", "hopes", "hope", "thought", "thinks", "believed",
            "believes", "believe", "feared", "fears", "reckons", "reckon", "estimated", "estimates", "predicted", "predicts",
            "forecast", "expected");
    /** Words that frame a later "will" as a forecast or an opinion: "the IMF predicted growth will …", "I think he will". */
    private static final Set<String> FORECAST_FRAMES = WordKey.set("forecast", "forecasts", "forecasting", "predicted",
            "predicts", "predict", "predicting", "prediction", "predictions", "believe", "believes", "think", "thinks",
            "fear", "fears", "feared", "reckon", "reckons", "doubt", "doubts", "suspect", "suspects", "projected",
            "projections", "estimates", "likely", "unlikely", "probably", "hope", "hopes", "hoped", "hoping", "mean", "means",
            "meant", "analysts", "analyst", "economists", "economist", "experts", "observers", "commentators", "forecasters");
    /** Subjects whose future is an outcome, not anyone's act: "growth will slow", "the move would save £6m". */
    private static final Set<String> OUTCOME_SUBJECTS = WordKey.set("growth", "economy", "inflation", "prices", "deficit",
            "unemployment", "rates", "sales", "profits", "demand", "output", "costs", "spending", "borrowing", "debt",
            "exports", "imports", "earnings", "savings", "move", "changes", "measures", "cuts", "reforms", "plans", "policies",
            "proposals", "resources", "families", "homes", "redistribution", "research");

    /**
     * A "will"/"would" under a forecast frame earlier in the sentence, or whose subject is an outcome and
     * not a passive of an act ("the savings will help" vs "the cuts will be announced").
     */
    private static boolean forecast(List<Token> ts, int i) {
        for (int k = Math.max(0, i - 12); k < i; k++) if (FORECAST_FRAMES.contains(ts.get(k).text().toLowerCase())) return true;
        int v = i + 1;
        while (v < ts.size() && ADVERBS.contains(ts.get(v).text().toLowerCase())) v++;
        boolean passiveBe = v < ts.size() && ts.get(v).text().equalsIgnoreCase("be");
        if (passiveBe && PERCEIVED.contains(after(ts, v + 1))) return true;  // "will be seen as"
        int s = i - 1;
        while (s > 0 && ADVERBS.contains(ts.get(s).text().toLowerCase())) s--;
        // "The savings made will help": the subject stands before its participle
        if (s > 0 && ts.get(s).text().toLowerCase().endsWith("ed") && OUTCOME_SUBJECTS.contains(ts.get(s - 1).text().toLowerCase())) s--;
        if (gerundSubject(ts, i)) return !passiveBe;  // "cutting the limit would save 65 lives a year"
        if (s < 0 || !OUTCOME_SUBJECTS.contains(ts.get(s).text().toLowerCase())) return false;
        return !passiveBe;
    }

    /** "… says cutting the limit would also lead to …": a subject that is an act named by a gerund has outcomes, not plans. */
    private static boolean gerundSubject(List<Token> ts, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 8; k--) {
            String w = ts.get(k).text();
            String l = w.toLowerCase();
            if (CLAUSE_BOUNDARY.contains(l)) return false;
            boolean opens = k == 0 || CLAUSE_BOUNDARY.contains(ts.get(k - 1).text().toLowerCase());
            if (opens) return l.endsWith("ing") && l.length() > 5 && !l.equals("everything") && !l.equals("nothing") && !l.equals("something");
        }
        return false;
    }

    private static final Set<String> CLAUSE_BOUNDARY = WordKey.set("that", "said", "says", "say", "claims", "claimed", "argued",
            "argues", "warned", "warns", "believes", "thinks", "and", "but", "if", "because", "while");

    private static final Set<String> UNDONE = WordKey.set("dropped", "scrapped", "abandoned", "shelved", "rejected", "blocked",
            "ditched", "pushed through", "forced through", "pushed");
    private static final Set<String> PAST_INTENT = WordKey.set("planned", "intended");
    /** Verbs that forecast an outcome or a state ("will rise", "is set to stabilise", "would result in"). */
    private static final Set<String> OUTCOMES = WordKey.set("rise", "fall", "grow", "increase", "decline", "decrease",
            "stabilise", "stabilize", "remain", "improve", "worsen", "slow", "drop", "climb", "exceed", "become", "seem",
            "mean", "result", "lead", "cost", "affect", "hurt", "suffer", "benefit", "depend", "prove", "struggle", "forget",
            "welcome", "like", "love", "prefer", "need", "recover", "soar", "slump", "ease", "wonder", "amount", "die");
    /** The narrower set for "will": forecasts of a quantity or state ("will rise"); "will result in a charge" is kept. */
    private static final Set<String> WILL_OUTCOMES = WordKey.set("rise", "fall", "grow", "increase", "decline", "decrease",
            "stabilise", "stabilize", "remain", "improve", "worsen", "slow", "drop", "climb", "soar", "slump", "ease", "recover",
            "seem", "become", "prove", "depend", "need", "mean", "amount", "wonder", "die", "suffer");

    /** "MPs voted … after Mr Clarke agreed to …": a clause of time before the word tells what already happened. */
    private static boolean inTimeClause(List<Token> ts, int i) {
        for (int k = Math.max(0, i - 5); k < i; k++) if (TIME_CLAUSE.contains(ts.get(k).text().toLowerCase())) return true;
        return false;
    }

    private static final Set<String> TIME_CLAUSE = WordKey.set("after", "when", "once", "since", "because", "as");

    /** "prices will rise next year": a sentence whose future is a forecast of an outcome; its date makes no plan. */
    private static boolean forecast(List<Token> ts) {
        for (int i = 0; i + 1 < ts.size(); i++) {
            String w = ts.get(i).text().toLowerCase();
            if ((MODALS.contains(w) || w.equals("would") || w.equals("to")) && WILL_OUTCOMES.contains(ts.get(i + 1).text().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether will/would at {@code i} announces an action: not in a relative clause ("a solution that will …")
     * and, before "be", only a passive of doing ("will be cut", "would be examined"), not a state ("will be sufficient").
     */
    private static boolean action(List<Token> ts, int i) {
        String prev = i > 0 ? ts.get(i - 1).text().toLowerCase() : "";
        if (NOT_ACTION_BEFORE.contains(prev)) return false;
        int k = i + 1;
        // "will certainly be a big issue": an adverb of certainty stands between will and its verb
        while (k < ts.size() && (ADVERBS.contains(ts.get(k).text().toLowerCase()) || ts.get(k).text().endsWith("ly"))) k++;
        if (k < ts.size() && WILL_OUTCOMES.contains(ts.get(k).text().toLowerCase())) return false;  // "prices will rise"
        if (k >= ts.size() || !ts.get(k).text().equalsIgnoreCase("be")) return true;
        if (k + 1 >= ts.size()) return false;
        int m = k + 1;
        while (m + 1 < ts.size() && (ts.get(m).text().endsWith("ly") || ts.get(m).text().endsWith("est"))) m++;
        String p = ts.get(m).text().toLowerCase();
        return p.endsWith("ed") || p.endsWith("en") || IRREGULAR_PARTICIPLES.contains(p);
    }

    @Override public boolean opensClause(String token) {
        return CLAUSE_OPENERS.contains(token.toLowerCase());
    }

    private static boolean verbLike(String w) {
        return Character.isLowerCase(w.charAt(0)) && !NOT_VERBS.contains(w) && !w.endsWith("ing");
    }

    /**
     * Who is to act: the noun phrase right before the cue (auxiliaries skipped), or the sentence's opening
     * noun phrase when that is a pronoun, a deadline cue or not a noun phrase at all.
     */
    @Override public String actor(String text, List<Token> ts, int cue) {
        return tidy(rawActor(text, ts, cue));
    }

    private static final Set<String> NOT_ACTORS = WordKey.set("the", "a", "an", "its", "his", "her", "their", "these", "those",
            "this", "that", "by", "so", "but", "if", "then", "there", "and", "or", "of", "in", "on", "for", "to");

    /** "But" alone, "the", "4m", "find a way that's": what is left when the phrase finder found no one to act. */
    private static String tidy(String actor) {
        String a = actor.strip().replaceFirst("^(?i)(but|and|so|yet|then|by|if)\\b[,\\s]*", "").strip();
        if (a.isEmpty() || NOT_ACTORS.contains(a.toLowerCase()) || a.matches("[\\d.,]+\\p{L}{0,3}")) return "";
        if (a.matches("(?i).*\\b(isn't|that's|it's|is|are|was|were)$")) return "";
        return a.replaceFirst("['’]s$", "");  // "the party's plans to …": the party acts
    }

    private String rawActor(String text, List<Token> ts, int cue) {
        // "Honorary consuls will be appointed": a passive's subject undergoes the act; its agent follows "by", if given
        if (MODALS.contains(ts.get(cue).text().toLowerCase()) || ts.get(cue).text().equalsIgnoreCase("would")) {
            int v = cue + 1;
            while (v < ts.size() && ADVERBS.contains(ts.get(v).text().toLowerCase())) v++;
            if (v + 1 < ts.size() && ts.get(v).text().equalsIgnoreCase("be") && participle(ts.get(v + 1).text())) {
                for (int k = v + 2; k + 1 < ts.size() && k - v < 8; k++) {
                    String by = ts.get(k + 1).text();
                    boolean agent = Character.isUpperCase(by.charAt(0)) || DETERMINERS.contains(by.toLowerCase())
                            || EnglishRules.INSTANCE.isRoleNoun(by);  // "by the Lords", "by sculptor Richard Wentworth"
                    if (ts.get(k).text().equals("by") && agent) return nounPhraseAt(text, ts.subList(k + 1, ts.size()));
                    if (NameFinder.gap(text, ts.get(k - 1), ts.get(k))) break;
                }
                return "";
            }
        }
        int end = cue;
        while (end > 0 && AUX.contains(ts.get(end - 1).text().toLowerCase())) end--;
        int start = end;
        while (start > 0 && end - start < 8 && !NameFinder.gap(text, ts.get(start - 1), ts.get(start))
                && (nounPhraseWord(ts.get(start - 1).text()) || ofInside(ts, start - 1))) {
            start--;
            // "set out the party's plans": a possessive's phrase is only its determiner or name before it
            if (ts.get(start).text().matches(".*['’]s")) {
                if (start > 0 && (DETERMINERS.contains(ts.get(start - 1).text().toLowerCase())
                        || Character.isUpperCase(ts.get(start - 1).text().charAt(0)) && start - 1 > 0)) start--;
                break;
            }
        }
        boolean pronoun = start == end && end > 0 && PRONOUNS.contains(ts.get(end - 1).text().toLowerCase());
        if (start < end && !ts.get(cue).text().equalsIgnoreCase("by")) return text.substring(ts.get(start).start(), ts.get(end - 1).end());
        // "On Friday, he will visit …": he or she is resolved to a person later
        if (pronoun && ts.get(end - 1).text().toLowerCase().matches("he|she")) return ts.get(end - 1).text();
        return pronoun || start == end ? openingNounPhrase(text, ts) : "";
    }

    private static boolean participle(String w) {
        String l = w.toLowerCase();
        return l.endsWith("ed") || l.endsWith("en") || IRREGULAR_PARTICIPLES.contains(l);
    }

    /** "Maternity pay for new mothers is to rise": of/for between two noun words keeps the head noun in the actor. */
    private static boolean ofInside(List<Token> ts, int i) {
        String w = ts.get(i).text();
        return (w.equals("of") || w.equals("for")) && i > 0 && nounPhraseWord(ts.get(i - 1).text())
                && !PRONOUNS.contains(ts.get(i - 1).text().toLowerCase());
    }

    /** Capitalised words, determiners and possessives, and lowercase nouns (not verbs or prepositions). */
    private static boolean nounPhraseWord(String w) {
        if (PRONOUNS.contains(w.toLowerCase())) return false;
        if (Character.isUpperCase(w.charAt(0)) || DETERMINERS.contains(w.toLowerCase()) || w.endsWith("'s")) return true;
        return !ACTOR_STOPS.contains(w) && !AUX.contains(w) && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly")
                && !NOT_NOUNS.contains(w) && !EnglishRules.INSTANCE.isSpeechVerb(w);
    }

    /** A lowercase word in -s after a noun ("the government wants"): the verb, where the noun phrase ends. */
    private static boolean presentVerb(List<Token> ts, int k) {
        String w = ts.get(k).text();
        return k > 0 && Character.isLowerCase(w.charAt(0)) && w.endsWith("s") && !DETERMINERS.contains(ts.get(k - 1).text().toLowerCase());
    }

    private static String openingNounPhrase(String text, List<Token> ts) {
        int start = afterOpeningAdverbial(text, ts);
        List<Token> rest = ts.subList(start, ts.size());
        return start == 0 ? nounPhraseAt(text, ts) : nounPhraseAt(text, rest);
    }

    /** "Speaking on Radio 4, …", "In a statement, …": the subject comes after such an opening and its comma. */
    private static int afterOpeningAdverbial(String text, List<Token> ts) {
        if (ts.isEmpty()) return 0;
        String first = ts.get(0).text().toLowerCase();
        if (!first.endsWith("ing") && !NOT_NOUNS.contains(first) && !OPENING_ADVERBS.contains(first)) return 0;
        for (int k = 1; k < ts.size() && k < 10; k++) {
            if (NameFinder.between(text, ts.get(k - 1), ts.get(k)).equals(",")) return k;
        }
        return 0;
    }

    private static String nounPhraseAt(String text, List<Token> ts) {
        int end = 0;
        while (end < ts.size() && end < 8) {
            // "Both Labour and the Conservatives": and joins a second named actor
            boolean joins = ts.get(end).text().equals("and") && end > 0 && end + 1 < ts.size()
                    && (Character.isUpperCase(ts.get(end + 1).text().charAt(0)) || ts.get(end + 1).text().equals("the"));
            if (!joins && (end >= 5 || !nounPhraseWord(ts.get(end).text()) || presentVerb(ts, end))) break;
            // "Diageo, the world's biggest spirits company, has agreed …": the name before its apposition acts
            if (end > 0 && NameFinder.between(text, ts.get(end - 1), ts.get(end)).equals(",")) break;
            end++;
        }
        if (end == 0 || end == 1 && PRONOUNS.contains(ts.get(0).text().toLowerCase())) return "";
        return text.substring(ts.get(0).start(), ts.get(end - 1).end()).replaceFirst("^(?i)both\\s+", "");
    }
}
