package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English speech is mostly subject first: "Mr X said (that) …", "…, he said.", "…, said Mr X.",
 * "…, critics say, …", "X told the BBC …", "according to X".
 */
final class EnglishSpeech implements SpeechPatterns {

    private static final Set<String> DETERMINERS = WordKey.set("the", "a", "an", "his", "her", "its", "their", "our");
    private static final Set<String> PRONOUNS = WordKey.set("he", "she", "they", "it", "we", "i");
    private static final Set<String> NP_LINKS = WordKey.set("the", "of", "for", "a", "an");
    private static final Set<String> ARTICLES = WordKey.set("the", "a", "an");

    private static final Set<String> AUX = WordKey.set("has", "have", "had", "was", "is", "also", "previously", "later", "then",
            "recently", "would", "will", "has", "been", "once", "already", "further", "again", "repeatedly", "publicly",
            "reportedly", "earlier", "today", "yesterday", "privately", "has", "did", "does", "not", "may", "might", "could",
            "to", "alleged", "understood", "thought", "known", "supposed", "is", "are", "were", "said", "reported");
    private static final Set<String> STOPS = WordKey.set("that", "and", "but", "which", "who", "when", "while", "as", "because",
            "if", "although", "though", "where", "so", "after", "before", "since", "than", "or");
    private static final Set<String> COORDINATORS = WordKey.set("and", "but");
    private static final Set<String> BE_FORMS = WordKey.set("be", "been", "being", "was", "were", "is", "are");
    private static final Set<String> EVALUATIVE = WordKey.set("praised", "criticised", "criticized", "condemned", "hailed",
            "welcomed", "described", "accused", "urged", "attacked", "derided", "dismissed", "blamed", "defended", "cited",
            "backed");
    private static final Set<String> ADVERBIAL = WordKey.set("earlier", "later", "this", "last", "next", "yesterday",
            "today", "month", "week", "year", "on", "in", "at", "a", "an", "statement", "interview", "speech", "recently",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "night");
    private static final Set<String> FINITE = WordKey.set("would", "will", "could", "should", "can", "may", "might", "must",
            "is", "are", "was", "were", "has", "have", "had", "did", "does");
    private static final Set<String> CONTENT_OPENERS = WordKey.set("that", "whether", "if", "how", "why", "what", "when",
            "he", "she", "they", "it", "we", "i");
    private static final Set<String> ADVERBIAL_OPENERS = WordKey.set("earlier", "later", "this", "last", "next", "yesterday",
            "today", "on", "in", "at", "recently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> CLAUSE_STARTS = WordKey.set("it", "he", "she", "they", "we", "i", "there", "the", "its",
            "his", "her", "their", "this");
    private static final Set<String> PHRASE_PREPOSITIONS = WordKey.set("in", "at", "on", "during", "to", "speaking", "addressing");
    private static final Set<String> SUBJECT_PRONOUNS = WordKey.set("he", "she", "they", "it", "we", "i", "there");
    private static final Set<String> RELATIVE_PRONOUNS = WordKey.set("who", "which", "whose");
    private static final Set<String> PREPOSITIONS = WordKey.set("in", "at", "on", "during", "after", "before", "to", "with",
            "by", "from", "of", "for", "about", "yesterday", "today", "earlier", "later", "last", "this", "on");
    private static final Set<String> PLAIN = WordKey.set("said", "says", "say", "told", "tells", "added", "adds", "warned",
            "warns", "argued", "argues", "claimed", "claims", "insisted", "insists", "believes", "believe", "believed",
            "thinks", "thought", "stressed", "admitted", "admits", "suggested", "suggests", "predicted", "predicts",
            "explained", "confirmed", "announced", "reported", "noted", "estimated", "estimates", "forecast", "feared",
            "fears", "hoped", "hopes", "denied", "denies", "revealed", "reckons", "maintained", "maintains", "stated",
            "declared", "conceded", "acknowledged", "indicated", "disclosed", "protested", "complained",
            "deny", "insist", "argue", "warn", "admit", "reckon", "suggest", "predict", "concede", "confirm", "confirms",
            "reveal", "reveals", "explain", "explains", "maintain", "declare", "declares", "acknowledge", "acknowledges",
            "complain", "complains", "stresses", "announces", "notes", "states", "recommend", "recommends", "recommended",
            "retorted", "claim", "alleged", "alleges", "allege", "contended", "contends", "testified");
    /** "The court found the case could not …": speech only when a clause with its own subject follows. */
    private static final Set<String> PLAIN_BEFORE_CLAUSE = WordKey.set("found", "finds", "find", "agreed", "agree", "agrees",
            "wrote", "writes", "recalled", "recalls");  // "who wrote the musical" reports nothing
    private static final Set<String> TAIL_CUTS = WordKey.set("in", "on", "at", "during", "yesterday", "today", "last", "this",
            "after", "before", "when", "as", "while", "on", "that", "who");
    private final EnglishRules rules = EnglishRules.INSTANCE;

    @Override public String before(String narration, String original) {
        List<Token> ts = WordKey.tokens(narration);
        String opening = openingAccordingTo(narration, ts);
        if (opening != null) return opening;
        // "…, with shadow chancellor Oliver Letwin branding stamp duty a "…"": the one doing the branding said it
        java.util.regex.Matcher with = WITH_SAYING.matcher(narration);
        if (with.find()) return with.group(1);
        for (int v = ts.size() - 1; v >= 0; v--) {
            String t = ts.get(v).text();
            if (rules.isSpeechParticiple(t)) return clauseSubject(ts, v);
            // "The Tory leader went on: …", "He continued: …": a verb of going on names who continues
            boolean goesOn = t.equalsIgnoreCase("on") && v > 0 && ts.get(v - 1).text().toLowerCase().matches("went|goes|go")
                    || t.equalsIgnoreCase("continued") || t.equalsIgnoreCase("continues");
            if (goesOn && v == ts.size() - 1) {
                String who = subjectBefore(narration, ts, t.equalsIgnoreCase("on") ? v - 1 : v);
                if (!who.isEmpty()) return who;
            }
            if (t.equalsIgnoreCase("according") && v + 1 < ts.size() && ts.get(v + 1).text().equals("to")) {
                return inverted(narration, ts, v + 1);
            }
            if ((rules.isSpeechVerb(t) || NAMING_VERBS.contains(t.toLowerCase())) && !adjectival(ts, v) && !nounUse(narration, ts, v) && !infinitive(ts, v)) {
                String subject = subjectBefore(narration, ts, v);
                if (!subject.isEmpty()) return subject;
                // "X conceded there were … but said "…"": a coordinated verb shares the sentence's subject.
                if (v > 0 && COORDINATORS.contains(ts.get(v - 1).text().toLowerCase())) return clauseSubject(ts, v);
                // "attacked the package as "…"": what follows an evaluative verb is its object, not its source.
                return EVALUATIVE.contains(t.toLowerCase()) || NAMING_VERBS.contains(t.toLowerCase()) ? "" : inverted(narration, ts, v);
            }
        }
        return null;
    }

    @Override public String after(String narration, String original) {
        List<Token> ts = WordKey.tokens(narration);
        // "…," he said / "…", said Mr X: an attribution after a quote follows a comma or comes within a few words;
        // "… in "a state of denial" about the result but predicted …" goes on with the sentence
        for (int v = 0; v < Math.min(ts.size(), 14); v++) {
            String t = ts.get(v).text();
            if (CLAUSE_GOES_ON.contains(t.toLowerCase())) return null;
            if (t.equalsIgnoreCase("according") && v + 1 < ts.size()) return inverted(narration, ts, v + 1);
            if (!rules.isSpeechVerb(t) || nounUse(narration, ts, v)) continue;
            String subject = subjectBefore(narration, ts, v);
            if (!subject.isEmpty()) return subject;
            String inv = inverted(narration, ts, v);
            return inv == null ? "" : inv;
        }
        return null;
    }

    /** "proposals announced by the minister": a participle with its agent describes a noun; nobody reports here. */
    private static boolean agentFollows(List<Token> ts, int v) {
        return v + 1 < ts.size() && ts.get(v + 1).text().equals("by");
    }

    /** "would be criticised", "is said to": a passive has no speaker of its own. */
    private static boolean passive(List<Token> ts, int v) {
        return v > 0 && BE_FORMS.contains(ts.get(v - 1).text().toLowerCase());
    }

    /** "Mr Houston's reported views", "the stated aim": a participle used as an adjective, not speech. */
    private static boolean adjectival(List<Token> ts, int v) {
        if (v == 0) return false;
        String prev = ts.get(v - 1).text().toLowerCase();
        // "to maintain and sell": an infinitive names an act, unless its content follows ("refused to say whether …")
        boolean infinitive = prev.equals("to") && !(v + 1 < ts.size() && CONTENT_OPENERS.contains(ts.get(v + 1).text().toLowerCase()));
        return prev.endsWith("'s") || prev.endsWith("’s") || DETERMINERS.contains(prev) || infinitive;
    }

    /** Whether a comma opens the apposition before token {@code i}, after a capitalised word (the name it describes). */
    private static boolean insideApposition(String text, List<Token> ts, int i, int end) {
        for (int k = i; k > 0 && end - k < 14; k--) {
            if (NameFinder.between(text, ts.get(k - 1), ts.get(k)).equals(",")) return Character.isUpperCase(ts.get(k - 1).text().charAt(0));
        }
        return false;
    }

    /** The noun phrase before a verb, through an apposition ("Digby Jones, director general of the CBI,"). */
    String subjectBefore(String text, List<Token> ts, int v) {
        int end = v;
        // "the government had originally pledged": auxiliaries and -ly adverbs before the verb are not the subject
        while (end > 0 && (AUX.contains(ts.get(end - 1).text().toLowerCase()) || adverbAfterAux(ts, end - 1))
                && !NameFinder.gap(text, ts.get(end - 1), ts.get(end))) end--;
        int beforeAside = beforeDashAside(text, ts, end);
        boolean aside = beforeAside != end;
        end = beforeAside;
        int antecedent = relativeAntecedentEnd(text, ts, end);
        if (antecedent > 0) return antecedent(text, ts, antecedent);
        if (end > 0 && PRONOUNS.contains(ts.get(end - 1).text().toLowerCase())) {
            return ts.get(end - 1).text();
        }
        int start = end;
        int commas = 0;
        while (start > 0 && end - start < 14) {
            Token prev = ts.get(start - 1);
            String gapText = aside && start == end ? "" : NameFinder.between(text, prev, ts.get(start));
            // "the British Medical Association (BMA), welcomed": an acronym in brackets belongs to the name
            gapText = gapText.replaceAll("^\\)|\\($", "").replace("),", ",").replace(" (", "").strip();
            if (!gapText.isEmpty() && !gapText.equals(",")) break;
            if (gapText.equals(",") && ++commas > 2) break;
            boolean relative = RELATIVE_PRONOUNS.contains(prev.text().toLowerCase()) && start - 1 > 0
                    && NameFinder.between(text, ts.get(start - 2), prev).equals(",");
            // Inside an apposition closed by a comma ("X, president of A and also head of B, said") and/or join
            // parts of the role, not clauses.
            String w = prev.text().toLowerCase();
            boolean joinsRole = commas == 1 && (w.equals("and") || w.equals("or")) && insideApposition(text, ts, start - 1, end);
            if (!relative && !joinsRole && (STOPS.contains(w) || rules.isSpeechVerb(prev.text()))) break;
            start--;
        }
        if (start == end) return "";
        // "In its report on the council's work the committee said": the subject follows a fronted adverbial
        if (start + 1 < end && OPENING_CONJUNCTIONS.contains(ts.get(start).text().toLowerCase())
                && PHRASE_PREPOSITIONS.contains(ts.get(start + 1).text().toLowerCase())) start++;  // "But on Wednesday …"
        if (PHRASE_PREPOSITIONS.contains(ts.get(start).text().toLowerCase()) || ts.get(start).text().equalsIgnoreCase("after")) {
            // "On Monday, Mr Howard said": the subject starts after the comma that closes the adverbial
            for (int i = end - 1; i > start; i--) {
                if (NameFinder.between(text, ts.get(i - 1), ts.get(i)).equals(",") && (Character.isUpperCase(ts.get(i).text().charAt(0))
                        || ARTICLES.contains(ts.get(i).text().toLowerCase()))) {
                    return text.substring(ts.get(i).start(), ts.get(end - 1).end());
                }
            }
            int det = -1;
            for (int i = end - 1; i > start + 1; i--) {
                boolean prevDate = DateResolver.weekday(ts.get(i - 1).text()) != null || DateResolver.monthOf(ts.get(i - 1).text()) > 0;
                if (ARTICLES.contains(ts.get(i).text().toLowerCase()) || Character.isUpperCase(ts.get(i).text().charAt(0))
                        && (!Character.isUpperCase(ts.get(i - 1).text().charAt(0)) || prevDate)) { det = i; break; }
            }
            if (det < 0) return "";
            start = det;
        }
        String phrase = text.substring(ts.get(start).start(), ts.get(end - 1).end());
        // "the European Regions Airline Association (ERAA" : the bracket's close fell outside the span; keep the acronym whole
        if (phrase.lastIndexOf('(') > phrase.lastIndexOf(')')) phrase = phrase + ")";
        return phrase.replaceAll("^(?i)(but|and|however|meanwhile|now|speaking|yet|still),?\\s+", "");
    }

    /** "Gerry Conlon - who was wrongly convicted - said": the subject ends before a dash-enclosed aside. */
    private static int beforeDashAside(String text, List<Token> ts, int end) {
        if (end < 3 || !NameFinder.between(text, ts.get(end - 1), ts.get(end)).matches("[-–—]")) return end;
        for (int k = end - 2; k > 0 && end - k <= 25; k--) {
            if (NameFinder.between(text, ts.get(k - 1), ts.get(k)).matches("[-–—]")) return k;
        }
        return end;
    }

    /**
     * "Mr Balls, who stepped down … to stand in the election, had suggested", "IATA, which has attacked": the verb's
     * subject is the noun before ", who/which", however long the relative clause. Returns the index just past that
     * noun, or -1 when the words before the verb are not such a clause.
     */
    private static int relativeAntecedentEnd(String text, List<Token> ts, int end) {
        if (end <= 1) return -1;
        boolean closed = NameFinder.between(text, ts.get(end - 1), ts.get(end)).equals(",");
        boolean direct = RELATIVE_PRONOUNS.contains(ts.get(end - 1).text().toLowerCase());
        if (!closed && !direct) return -1;
        for (int k = end - 1; k > 0 && end - k <= 30; k--) {
            String gap = NameFinder.between(text, ts.get(k - 1), ts.get(k));
            if (!gap.isEmpty() && !gap.matches("[(),]+")) return -1;
            if (RELATIVE_PRONOUNS.contains(ts.get(k).text().toLowerCase()) && gap.endsWith(",")) return direct || k < end - 1 ? k : -1;
        }
        return -1;
    }

    /** The noun phrase ending just before {@code end}: its capitalised words ("the International Air Transport Association (IATA)"). */
    private String antecedent(String text, List<Token> ts, int end) {
        int start = end;
        while (start > 0 && end - start < 8) {
            String w = ts.get(start - 1).text();
            String gap = start == end ? "" : NameFinder.between(text, ts.get(start - 1), ts.get(start));
            if (!gap.isEmpty() && !gap.matches("[()]+")) break;
            boolean part = Character.isUpperCase(w.charAt(0)) || rules.isTitle(w) || rules.isRoleNoun(w)
                    || start < end && NP_LINKS.contains(w.toLowerCase()) && !ARTICLES.contains(w.toLowerCase());
            if (!part) break;
            start--;
        }
        while (start < end && NP_LINKS.contains(ts.get(start).text().toLowerCase())) start++;
        if (start == end) {
            // "The regulator, which was set up in 2001, said": a common noun back to its article
            for (int k = end - 1; k >= 0 && end - k <= 4; k--) {
                String w = ts.get(k).text().toLowerCase();
                if (k < end - 1 && NameFinder.gap(text, ts.get(k), ts.get(k + 1))) break;
                if (ARTICLES.contains(w) || DETERMINERS.contains(w)) { start = k; break; }
                if (STOPS.contains(w) || rules.isSpeechVerb(w)) break;
            }
            if (start == end) return "";
        }
        return text.substring(ts.get(start).start(), ts.get(end - 1).end())
                .replaceAll("^(?i)(but|and|however|meanwhile|now)\\s+", "").replaceAll("\\s*\\(\\S*$", "");
    }

    private static final Set<String> TIME_NAMES = WordKey.set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "christmas", "easter");
    private static final java.util.regex.Pattern WITH_SAYING = java.util.regex.Pattern.compile(
            "\\bwith ((?:[a-z]+ ){0,3}[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,3}) (?:calling|branding|describing|dubbing|labelling|saying|warning|claiming|insisting|arguing)\\b[^\"“]*$");
    private static final Set<String> COMMISSIVE = WordKey.set("promised", "promises", "pledged", "pledges", "vowed", "vows");
    private static final Set<String> FINITE_BE = WordKey.set("was", "were", "is", "are", "had", "has", "have", "will", "would");
    /** A lowercase word that can follow "to" as a verb (not a determiner or a name). */
    private static boolean verbLike(String w) {
        return Character.isLowerCase(w.charAt(0)) && !DETERMINERS.contains(w) && !w.endsWith("ing");
    }

    private static final Set<String> OBJECT_VERBS = WordKey.set("accepted", "accepts", "accept", "admitted", "admits", "welcomed",
            "welcomes", "denied", "denies", "rejected", "rejects", "confirmed", "confirms", "acknowledged", "acknowledges");
    private static final Set<String> SUBORDINATORS = WordKey.set("when", "as", "after", "while", "before", "since", "if", "because");
    private static final Set<String> NEGATORS = WordKey.set("not", "never", "neither", "nor", "n't", "cannot");
    private static final Set<String> CLAIM_MONEY = WordKey.set("could", "can", "cannot", "may", "might", "will", "would",
            "should", "must", "to");
    private static final Set<String> OPENING_CONJUNCTIONS = WordKey.set("but", "and", "yet", "so", "however");

    /** "Liam Fox derided the call, saying: …": the capitalised or role words that open the clause. */
    private String clauseSubject(List<Token> ts, int v) {
        // "But the SNP and the Tories say …": an opening conjunction is not part of the subject
        if (v > 1 && OPENING_CONJUNCTIONS.contains(ts.get(0).text().toLowerCase())) return clauseSubject(ts.subList(1, ts.size()), v - 1);
        // "In 1995 Mr Negroponte …": skip an opening prepositional phrase to the capitalised subject
        if (!ts.isEmpty() && PHRASE_PREPOSITIONS.contains(ts.get(0).text().toLowerCase())) {
            for (int k = 1; k < Math.min(v, 6); k++) {
                String w = ts.get(k).text();
                // "In November, when he surprised MPs by announcing …": the clause's subject is a pronoun for the
                // source the sentence names later, not the next capitalised word
                if (SUBORDINATORS.contains(w.toLowerCase())) return mainSourceAfter(ts, v);
                if (Character.isUpperCase(w.charAt(0)) && !PHRASE_PREPOSITIONS.contains(w.toLowerCase()) && !TIME_NAMES.contains(w.toLowerCase()))
                    return clauseSubject(ts.subList(k, ts.size()), v - k);  // not "In November": a month is no subject
            }
            return "";
        }
        // "Realising his error, Mr Campbell then e-mailed …": the subject follows a fronted participle clause
        if (!ts.isEmpty() && ts.get(0).text().endsWith("ing") && v > 2) {
            for (int k = 1; k < Math.min(v, 8); k++) {
                if (Character.isUpperCase(ts.get(k).text().charAt(0)) && k > 1) return clauseSubject(ts.subList(k, ts.size()), v - k);
            }
        }
        int end = 0;
        while (end < v && end < 8) {
            String w = ts.get(end).text();
            // "the Scottish National Party and the Tories": "and" joins a second capitalised subject
            boolean joinsNames = w.equals("and") && end + 1 < v && end > 0
                    && (Character.isUpperCase(ts.get(end + 1).text().charAt(0)) || ts.get(end + 1).text().equals("the"));
            // "Canadian miner Northgate Metals", "US behemoth General Electric": a lowercase descriptor between capitals
            boolean descriptor = end > 0 && end + 1 < v && Character.isLowerCase(w.charAt(0)) && !STOPS.contains(w)
                    && Character.isUpperCase(ts.get(end - 1).text().charAt(0)) && Character.isUpperCase(ts.get(end + 1).text().charAt(0));
            boolean part = Character.isUpperCase(w.charAt(0)) || rules.isRoleNoun(w) || rules.isTitle(w)
                    || NP_LINKS.contains(w) || w.contains("-") || joinsNames || descriptor;
            if (!part) break;
            end++;
        }
        while (end > 0 && NP_LINKS.contains(ts.get(end - 1).text().toLowerCase())) end--;  // "A spokesman for the [firm]"
        if (end == 0) return "";
        List<String> words = new java.util.ArrayList<>();
        for (int k = 0; k < end; k++) words.add(ts.get(k).text());
        return String.join(" ", words);
    }

    /** "…, Mr Johnson said:": the capitalised words right before the first verb of saying after {@code v}, or "". */
    private String mainSourceAfter(List<Token> ts, int v) {
        for (int k = v + 1; k < ts.size(); k++) {
            if (!rules.isSpeechVerb(ts.get(k).text())) continue;
            int start = k;
            while (start > v + 1 && start > k - 5 && (Character.isUpperCase(ts.get(start - 1).text().charAt(0)) || rules.isTitle(ts.get(start - 1).text()))) start--;
            if (start == k) return "";
            List<String> words = new java.util.ArrayList<>();
            for (int j = start; j < k; j++) words.add(ts.get(j).text());
            return String.join(" ", words);
        }
        return "";
    }

    /** "said Mr X", "according to X": the noun phrase after the word at {@code v}. */
    private String inverted(String text, List<Token> ts, int v) {
        int k = v + 1;
        if (k >= ts.size() || NameFinder.between(text, ts.get(v), ts.get(k)).matches(".*[:.;].*")) return null;
        int end = k;
        while (end < ts.size() && end - k < 12) {
            if (end > k && NameFinder.between(text, ts.get(end - 1), ts.get(end)).matches(".*[.;:\"“”].*")) break;
            if (end > k && TAIL_CUTS.contains(ts.get(end).text().toLowerCase())) break;
            // ", which commissioned the survey" describes the organisation; it is not part of the source's name.
            if (end > k && RELATIVE_PRONOUNS.contains(ts.get(end).text().toLowerCase())
                    && NameFinder.between(text, ts.get(end - 1), ts.get(end)).contains(",")) break;
            end++;
        }
        String phrase = text.substring(ts.get(k).start(), ts.get(end - 1).end());
        // "…, said the rules were too weak": a clause with its own finite verb is what was said, not who said it
        for (int i = k; i < end; i++) if (FINITE_BE.contains(ts.get(i).text().toLowerCase())) return null;
        // "said economy minister Heizo Takenaka": a lowercase role before a capitalised name
        boolean roleThenName = false;
        for (int i = k; i < end - 1 && i - k < 4; i++) {
            if (rules.isRoleNoun(ts.get(i).text()) && Character.isUpperCase(ts.get(i + 1).text().charAt(0))) roleThenName = true;
        }
        return Character.isUpperCase(phrase.charAt(0)) || roleThenName
                || phrase.matches("(?i)(the|a|an|one|some|his|her|its|their) .*") ? phrase : null;
    }

    @Override public List<Reported> reported(Sentence s) {
        List<Reported> out = new ArrayList<>();
        String m = s.masked();
        List<Token> ts = WordKey.tokens(m);
        for (int v = 0; v < ts.size(); v++) {
            String t = ts.get(v).text();
            boolean participle = rules.isSpeechParticiple(t);  // ", saying she was confident …", "quoted as saying", "for saying"
            // "adding $1.89 to 45.3": arithmetic, not speech
            if (participle && v + 1 < ts.size() && ts.get(v + 1).text().matches("[$£€\\d].*")) continue;
            if (!participle && (!rules.isSpeechVerb(t) || t.equalsIgnoreCase("asked") || adjectival(ts, v) || passive(ts, v)
                    || agentFollows(ts, v) || nounUse(m, ts, v) || infinitive(ts, v))) continue;
            // "has neither admitted nor denied wrongdoing", "did not reveal that …": what was not said is no statement
            if (!participle && (v > 0 && NEGATORS.contains(ts.get(v - 1).text().toLowerCase())
                    || v > 1 && NEGATORS.contains(ts.get(v - 2).text().toLowerCase()) && ts.get(v - 1).text().matches("(?i)yet|even|publicly|specifically|explicitly"))) continue;
            // "passengers could claim 300 euros": after a modal or "to", claim asks for money, it reports nothing
            if (t.equalsIgnoreCase("claim") && v > 0 && CLAIM_MONEY.contains(ts.get(v - 1).text().toLowerCase())) continue;
            Reported r = participle ? continued(s, ts, v) : forward(s, ts, v);
            if (r == null && !participle) r = backward(s, ts, v);
            if (r == null) continue;
            // "Mr Clarke told the BBC he believed …": the pronoun of the inner verb is the outer subject.
            int outerVerb = firstSpeechVerb(m, ts, v);
            // "He later contacted the show saying …": with no verb of saying before it, the pronoun stays for resolving
            String outer = !out.isEmpty() ? out.get(out.size() - 1).phrase() : outerVerb < v ? subjectBefore(m, ts, outerVerb) : "";
            boolean pronoun = PRONOUNS.contains(r.phrase().toLowerCase());
            Reported added = pronoun && !outer.isEmpty() && !outer.equalsIgnoreCase(r.phrase()) ? new Reported(outer, r.text(), r.start()) : r;
            out.add(added);
            andThat(s, added, out);
        }
        if (out.isEmpty()) accordingTo(s, ts, out);
        // "According to the regulator, most households had found …": the regulator reports the whole sentence
        String source = openingAccordingTo(m, ts);
        if (source != null) out.replaceAll(r -> new Reported(source, r.text(), r.start()));
        calledFor(s, ts, out);
        return out;
    }

    /** "According to the commission, …" opening a sentence: the commission; null otherwise. */
    private String openingAccordingTo(String text, List<Token> ts) {
        if (ts.size() < 4 || !ts.get(0).text().equals("According") || !ts.get(1).text().equals("to")) return null;
        int comma = text.indexOf(',', ts.get(1).end());
        if (comma < 0) return null;
        String source = text.substring(ts.get(1).end(), comma).strip();
        return WordKey.tokens(source).isEmpty() || WordKey.tokens(source).size() > 10 ? null : source;
    }

    /** "X called (on Thursday) for urgent changes": a call for something reports what X asked for. */
    private void calledFor(Sentence s, List<Token> ts, List<Reported> out) {
        String m = s.masked();
        for (int v = 0; v + 2 < ts.size(); v++) {
            if (!ts.get(v).text().matches("called|calls|call|calling")) continue;
            if (v > 0 && ts.get(v - 1).text().matches("(?i)be|been|being|is|was|are|were|so|a|the")) continue;  // "so called", "a call for"
            int k = v + 1;
            while (k < ts.size() && k - v <= 4 && !ts.get(k).text().equals("for") && !NameFinder.gap(m, ts.get(k - 1), ts.get(k))) k++;
            if (k + 1 >= ts.size() || !ts.get(k).text().equals("for") || ts.get(k + 1).text().equals("by")) continue;
            String subject = ts.get(v).text().equals("calling") ? clauseSubject(ts, v) : subjectBefore(m, ts, v);
            String clause = clause(s, ts.get(k + 1).start(), s.text().length());
            if (subject.isEmpty() || clause == null) continue;
            int at = ts.get(k + 1).start();
            boolean known = out.stream().anyMatch(r -> r.start() == at);
            if (!known) out.add(new Reported(subject, clause, at));
        }
    }

    /**
     * "Growth slowed last year, according to the OECD." and "According to the agency, exports fell.": the clause
     * on the other side of the comma is what the source reports.
     */
    private void accordingTo(Sentence s, List<Token> ts, List<Reported> out) {
        String m = s.masked();
        for (int v = 0; v + 2 < ts.size(); v++) {
            if (!ts.get(v).text().equalsIgnoreCase("according") || !ts.get(v + 1).text().equalsIgnoreCase("to")) continue;
            if (v == 0) {
                int comma = v + 2;
                while (comma < ts.size() && comma - v < 12 && !NameFinder.between(m, ts.get(comma - 1), ts.get(comma)).contains(",")) comma++;
                if (comma >= ts.size() || comma - v >= 12) return;
                String source = m.substring(ts.get(v + 2).start(), ts.get(comma - 1).end());
                String clause = clause(s, ts.get(comma).start(), s.text().length());
                if (clause != null) out.add(new Reported(source, clause, ts.get(comma).start()));
                return;
            }
            if (v < 4 || !NameFinder.between(m, ts.get(v - 1), ts.get(v)).contains(",")) return;
            String source = inverted(m, ts, v + 1);
            if (source == null) return;
            // the reported words stop where the source ends the sentence: nothing may follow it
            if (m.substring(ts.get(v + 1).end()).strip().length() > source.length() + 2) return;
            String clause = clause(s, 0, ts.get(v - 1).end());
            if (clause != null) out.add(new Reported(source, clause, 0));
            return;
        }
    }

    /** A clause reported by a participle or after "and said": its source is the sentence's (""). */
    private Reported continued(Sentence s, List<Token> ts, int v) {
        int k = v + 1;
        int that = thatAhead(s.masked(), ts, k);
        if (that >= 0) k = that + 1;
        if (k >= ts.size() || !NameFinder.between(s.masked(), ts.get(k - 1), ts.get(k)).isEmpty()) return null;
        String clause = clause(s, ts.get(k).start(), s.text().length());
        // "Mr Clarke won over critics by announcing he would …": a participle's source is the sentence's subject.
        String subject = rules.isSpeechParticiple(ts.get(v).text()) ? clauseSubject(ts, v) : "";
        return clause == null ? null : new Reported(subject, clause, ts.get(k).start());
    }

    /** "… said the bill had been X and that the government was Y": the second "that" clause is reported too. */
    private void andThat(Sentence s, Reported first, List<Reported> out) {
        int at = s.text().indexOf(" and that ", first.start());
        if (at < 0) return;
        int from = at + " and that ".length();
        String clause = clause(s, from, s.text().length());
        if (clause != null) out.add(new Reported(first.phrase(), clause, from));
    }

    /** The first verb of saying before {@code v}, or {@code v} itself. */
    private int firstSpeechVerb(String text, List<Token> ts, int v) {
        for (int k = 0; k < v; k++) {
            // "Asked about the mill, Mr Dray said …": the opening participle is a question put to the source
            if (k == 0 && ts.get(k).text().equals("Asked")) continue;
            if (rules.isSpeechVerb(ts.get(k).text()) && !adjectival(ts, k) && !nounUse(text, ts, k)) return k;
        }
        return v;
    }

    /** "X said (that) CLAUSE" and "X told Y (that) CLAUSE". */
    private Reported forward(Sentence s, List<Token> ts, int v) {
        // "An open-ended list could damage …, said Stuart Hensel of the EIU.": inversion, read backwards
        if (v > 0 && NameFinder.between(s.masked(), ts.get(v - 1), ts.get(v)).equals(",") && v + 1 < ts.size()
                && (Character.isUpperCase(ts.get(v + 1).text().charAt(0)) || rules.isRoleNoun(ts.get(v + 1).text())
                    || v + 2 < ts.size() && rules.isRoleNoun(ts.get(v + 2).text()))
                && !PRONOUNS.contains(ts.get(v + 1).text().toLowerCase())
                && thatAhead(s.masked(), ts, v + 1) < 0 && s.masked().indexOf(',', ts.get(v).end()) < 0 && onlyName(ts, v + 1)) return null;
        String subject = subjectBefore(s.masked(), ts, v);
        boolean coordinated = v > 0 && COORDINATORS.contains(ts.get(v - 1).text().toLowerCase());  // "… and said he had …"
        if (subject.isEmpty() && coordinated) {
            // "A spokesman refused to comment, but said …": the second verb shares the first one's subject
            Reported r = continued(s, ts, v);
            String shared = clauseSubject(ts, v);
            return r == null || shared.isEmpty() ? r : new Reported(shared, r.text(), r.start());
        }
        if (subject.isEmpty()) return null;
        boolean told = ts.get(v).text().toLowerCase().startsWith("told");
        if (told && ts.size() - v - 1 <= 6 && thatAhead(s.masked(), ts, v + 1) < 0) return null;  // only the hearer follows
        int k = skipObject(ts, v + 1, told);
        for (int j = k; j < Math.min(ts.size(), k + 8); j++) {
            boolean planned = j > 0 && FINITE.contains(ts.get(j - 1).text().toLowerCase());  // "would announce": an act to come
            boolean intends = j + 1 < ts.size() && ts.get(j + 1).text().equals("to");  // "he hopes to announce": no report
            // "said it accepted full responsibility": a verb that takes an object reports nothing without "that"
            boolean objectVerb = OBJECT_VERBS.contains(ts.get(j).text().toLowerCase()) && (j + 1 >= ts.size() || !ts.get(j + 1).text().equals("that"));
            if (rules.isSpeechVerb(ts.get(j).text()) && !adjectival(ts, j) && !planned && !intends && !objectVerb
                    && !nounUse(s.masked(), ts, j)) return null;  // the inner verb reports it
        }
        String verb = ts.get(v).text().toLowerCase();
        // "admitted to falsifying the accounts": to before a gerund is the complement of what was admitted
        boolean toGerund = k + 1 < ts.size() && ts.get(k).text().equals("to") && k == v + 1 && ts.get(k + 1).text().endsWith("ing")
                && verb.startsWith("admit");
        if (toGerund) return new Reported(subject, clause(s, ts.get(k + 1).start(), s.text().length()), ts.get(k + 1).start());
        // "The Tories promised to keep the payments", "vowed to fight on": a promise says what is promised
        if (k + 1 < ts.size() && ts.get(k).text().equals("to") && k == v + 1 && COMMISSIVE.contains(verb) && verbLike(ts.get(k + 1).text())) {
            String promised = clause(s, ts.get(k).start(), s.text().length());
            return promised == null ? null : new Reported(subject, promised, ts.get(k).start());
        }
        if (k < ts.size() && ts.get(k).text().equals("to") && k == v + 1) return null;  // "hopes to launch": an intention, no report
        int that = thatAhead(s.masked(), ts, k);  // "said during a visit that …"
        boolean clauseNext = k < ts.size() && CLAUSE_STARTS.contains(ts.get(k).text().toLowerCase());
        boolean plain = PLAIN.contains(verb) || PLAIN_BEFORE_CLAUSE.contains(verb) && clauseNext;
        if (that < 0 && !plain && !EVALUATIVE.contains(verb)) return null;  // "praised the court for …"
        // "attacked the package as "…"": the quote is the statement; the object before it reports nothing.
        if (that < 0 && EVALUATIVE.contains(verb) && ArabicSpeech.firstLongQuote(s.masked().substring(ts.get(v).end())) >= 0) return null;
        if (that < 0 && EVALUATIVE.contains(verb)) k = v + 1;  // "blamed the poor results on …": the object is what was said
        if (that >= 0) {
            k = that + 1;
        } else {
            if (k >= ts.size() || !NameFinder.between(s.masked(), ts.get(k - 1), ts.get(k)).isEmpty()) return null;
            k = pastAdverbial(ts, k);  // "said earlier this month it would …"
        }
        if (k < 0 || k >= ts.size()) return null;
        String clause = clause(s, ts.get(k).start(), s.text().length());
        // "Nicola Sturgeon welcomed the move.": an object too short to stand alone is said with its verb
        if (clause == null && that < 0 && EVALUATIVE.contains(verb) && k == v + 1) {
            clause = clause(s, ts.get(v).start(), s.text().length());
            return clause == null ? null : new Reported(subject, clause, ts.get(v).start());
        }
        return clause == null ? null : new Reported(subject, clause, ts.get(k).start());
    }

    /** Past the hearer ("told the BBC", "warned ministers that"): to a nearby "that", or over the object of told. */
    private static int skipObject(List<Token> ts, int k, boolean told) {
        for (int j = k; j < Math.min(ts.size(), k + 5); j++) {
            if (j > k && FINITE.contains(ts.get(j).text().toLowerCase())) break;  // "said it was vital that …": the clause has begun
            if (ts.get(j).text().equals("that")) return j;
        }
        if (!told) return k;
        int j = k;
        if (j < ts.size() && ARTICLES.contains(ts.get(j).text().toLowerCase())) j++;
        while (j < ts.size() && (Character.isUpperCase(ts.get(j).text().charAt(0)) || Character.isDigit(ts.get(j).text().charAt(0)))) j++;
        return Math.max(j, Math.min(ts.size(), k + 1));
    }

    /** "CLAUSE, X said." and "…, critics say, CLAUSE". */
    private Reported backward(Sentence s, List<Token> ts, int v) {
        String m = s.masked();
        int comma = m.lastIndexOf(',', ts.get(v).start());
        if (comma < 0) return null;
        String between = m.substring(comma + 1, ts.get(v).start());
        String phrase = between.strip();
        int afterVerb = ts.get(v).end();
        boolean inverted = phrase.isEmpty();
        if (inverted) phrase = inverted(m, ts, v);
        if (phrase == null || phrase.isEmpty() || WordKey.tokens(phrase).size() > 10) return null;
        String tail = m.substring(afterVerb).strip();
        if (tail.startsWith(",")) {
            String clause = clause(s, afterVerb + m.substring(afterVerb).indexOf(',') + 1, s.text().length());
            return clause == null ? null : new Reported(phrase, clause, afterVerb);
        }
        boolean told = ts.get(v).text().toLowerCase().startsWith("told") || ts.get(v).text().equalsIgnoreCase("tells");
        if (!closesSentence(tail, inverted, told)) return null;
        String clause = clause(s, 0, comma);
        return clause == null ? null : new Reported(phrase, clause, 0);
    }

    /** A "that" within a few words after the verb with no punctuation before it ("said in Paris on Monday that"), or -1. */
    private static int thatAhead(String text, List<Token> ts, int k) {
        for (int j = k; j < ts.size() && j - k < 9; j++) {
            if (j > k && !NameFinder.between(text, ts.get(j - 1), ts.get(j)).isEmpty()) return -1;
            // "said ministers would consult on proposals that …": past a finite verb, "that" opens a relative clause
            if (FINITE.contains(ts.get(j).text().toLowerCase())) return -1;
            // "said it was vital that …": "that" after the clause's own verb belongs inside the clause
            if (j > k && ts.get(j).text().toLowerCase().matches("was|is|were|are")) return -1;
            if (ts.get(j).text().equalsIgnoreCase("that")) return j;
        }
        return -1;
    }

    /**
     * Index where the reported clause starts after a leading time or place adverbial ("earlier this month",
     * "in a statement that"), or -1 when the words after the verb are only such an adverbial.
     */
    private static int pastAdverbial(List<Token> ts, int k) {
        int j = k;
        // "said a good deal had been …": only a real adverbial opener (earlier, in, on Monday) starts one
        if (k < ts.size() && !ADVERBIAL_OPENERS.contains(ts.get(k).text().toLowerCase())) return k;
        while (j < ts.size() && j - k < 6 && ADVERBIAL.contains(ts.get(j).text().toLowerCase())) j++;
        if (j == k) return k;
        // "said in a referendum they wanted …": a longer prepositional phrase ends where a pronoun subject begins.
        if (j < ts.size() && PHRASE_PREPOSITIONS.contains(ts.get(k).text().toLowerCase())) {
            for (int e = j; e < ts.size() && e - k < 8; e++) {
                String w = ts.get(e).text();
                if (SUBJECT_PRONOUNS.contains(w.toLowerCase()) || w.equalsIgnoreCase("that")) {
                    return w.equalsIgnoreCase("that") ? e + 1 : e;
                }
                if (!Character.isLowerCase(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) break;
            }
        }
        if (j < ts.size() && ts.get(j).text().equalsIgnoreCase("that")) return j + 1;
        return j < ts.size() && CLAUSE_STARTS.contains(ts.get(j).text().toLowerCase()) ? j : -1;
    }

    /**
     * "CLAUSE, X said." needs the verb to end the sentence, but for a short adverbial ("in a statement",
     * "on Tuesday"); after "said Mr X" the name itself follows the verb.
     */
    private static boolean closesSentence(String tail, boolean inverted, boolean told) {
        List<Token> rest = WordKey.tokens(tail);
        if (tail.indexOf('\u2026') >= 0) return false;  // a quote follows the verb: "X promised "…""
        if (rest.isEmpty() || inverted) return true;
        if (told && rest.size() <= 6 && tail.strip().matches("[^,;:]*[.!?]?")) return true;  // "…, Ms X told GMTV's Sunday programme."
        return rest.size() <= 5 && PREPOSITIONS.contains(rest.get(0).text().toLowerCase());
    }

    /** Original text of a masked span, cut before a long quote; null when it is mostly quote or too short. */
    private static String clause(Sentence s, int from, int to) {
        String masked = s.masked().substring(from, to);
        String lead = masked.strip();
        if (lead.isEmpty() || "\"“'‘".indexOf(lead.charAt(0)) >= 0) return null;
        int q = ArabicSpeech.firstLongQuote(masked);
        // "said the potential "step-change …" lay in the integrity of …": a quote inside the clause, with the
        // clause going on after it, belongs to the reported clause; a quote that ends it is cut off.
        if (q >= 0) {
            int close = q;
            while (close < masked.length() && (masked.charAt(close) == '\u2026' || "\"“”'‘’".indexOf(masked.charAt(close)) >= 0)) close++;
            String before = masked.substring(0, q).replaceAll("[\"“‘'\\s]+$", "");
            boolean introduced = before.endsWith(":") || before.endsWith(",");  // "said the plan was good: "We will …""
            String rest = masked.substring(close);
            boolean newSpeech = rest.contains(":") || WordKey.tokens(rest).stream().anyMatch(t -> EnglishRules.INSTANCE.isSpeechParticiple(t.text())
                    || EnglishRules.INSTANCE.isSpeechVerb(t.text()));
            // "had spoken with "such sincerity", adding: "…"": the clause ends with its quote; a new act of speech follows
            if (newSpeech && !introduced && WordKey.tokens(before).size() >= 2) {
                String upTo = s.text().substring(from, Math.min(s.text().length(), from + close)).strip().replaceAll("[,:\\s]+$", "");
                return WordKey.tokens(upTo).size() >= 3 ? balanced(upTo) : null;
            }
            if (WordKey.tokens(rest).size() >= 3) q = -1;
            // "it would result in "a Tory government …"": a quote that ends the clause belongs to it, unless it is
            // introduced on its own after a colon or comma
            else if (!introduced && WordKey.tokens(before).size() >= 2) q = -1;
        }
        String text = s.text().substring(from, q < 0 ? to : from + q).strip();
        // "said it accepted full responsibility, adding that …": the participle after a comma opens the next statement
        java.util.regex.Matcher next = NEXT_PARTICIPLE.matcher(text);
        if (next.find() && WordKey.tokens(text.substring(0, next.start())).size() >= 3) text = text.substring(0, next.start());
        text = text.replaceAll("^[,:\\s]+|[,:.\\s\"]+$", "");
        return WordKey.tokens(text).size() >= (q < 0 ? 3 : 4) ? balanced(text) : null;
    }

    private static final java.util.regex.Pattern NEXT_PARTICIPLE = java.util.regex.Pattern.compile(
            ",\\s+(?:adding|saying|noting|arguing|warning|insisting|stressing|explaining)\\b");

    /** Closes a quote that the clause ends inside. */
    private static String balanced(String text) {
        return text.chars().filter(c -> c == '"').count() % 2 == 1 ? text + "\"" : text;
    }

    private static final Set<String> CLAUSE_GOES_ON = WordKey.set("but", "while", "although", "because", "about",
            "which", "that", "so", "would", "will");

    /** "had originally": an -ly adverb right after an auxiliary (not "closest ally", a noun). */
    private static boolean adverbAfterAux(List<Token> ts, int i) {
        String w = ts.get(i).text();
        return i > 0 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0)) && AUX.contains(ts.get(i - 1).text().toLowerCase());
    }

    /** Whether the words from {@code k} to the end are a name with its "of the …" ("Stuart Hensel of the EIU"). */
    private static boolean onlyName(List<Token> ts, int k) {
        // "…, said housing minister Yvette Cooper.": a lowercase role may come first
        while (k < ts.size() - 1 && Character.isLowerCase(ts.get(k).text().charAt(0)) && k < ts.size() && (EnglishRules.INSTANCE.isRoleNoun(ts.get(k).text())
                || k + 1 < ts.size() && EnglishRules.INSTANCE.isRoleNoun(ts.get(k + 1).text()))) k++;
        for (int j = k; j < ts.size(); j++) {
            String w = ts.get(j).text();
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_GLUE.contains(w.toLowerCase())) return false;
        }
        return true;
    }

    private static final Set<String> NAME_GLUE = WordKey.set("of", "the", "and", "for", "at", "from", "de", "van", "von");

    /** Verbs that name what something is, reporting the quote that follows: called the target "hugely unambitious". */
    private static final Set<String> NAMING_VERBS = WordKey.set("called", "branded", "labelled", "labeled", "dubbed");
    /** Words before states/claims/notes that make them nouns: "the United States", "member states", "opposition claims". */
    private static final Set<String> NOUN_BEFORE = WordKey.set("united", "member", "the", "these", "those", "his", "her",
            "their", "its", "our", "such", "any", "new", "false", "opposition", "other", "some", "many", "gulf", "baltic",
            "arab", "african", "european", "island", "nation", "small", "several", "these", "of", "and");

    private static final Set<String> QUANTIFIERS = WordKey.set("similar", "such", "many", "several", "numerous", "further",
            "other", "fresh", "these", "those", "compensation", "insurance", "damages");

    private static boolean nounUse(String text, List<Token> ts, int v) {
        String w = ts.get(v).text().toLowerCase();
        // "35 states", "1,000 similar claims": after a number or a describing word the word is a plural noun
        if ((w.equals("states") || w.equals("claims") || w.equals("notes")) && v > 0
                && (Character.isDigit(ts.get(v - 1).text().charAt(0)) || QUANTIFIERS.contains(ts.get(v - 1).text().toLowerCase()))) return true;
        if (w.equals("claims")) return claimNoun(text, ts, v);
        // "Tube Lines, which maintains the Jubilee line": to maintain is to look after, unless a clause follows
        if (w.startsWith("maintain")) return v + 1 >= ts.size() || !SUBJECT_PRONOUNS.contains(ts.get(v + 1).text().toLowerCase())
                && !ts.get(v + 1).text().equalsIgnoreCase("that");
        if (!w.equals("states") && !w.equals("notes")) return false;
        return v > 0 && NOUN_BEFORE.contains(ts.get(v - 1).text().toLowerCase());
    }

    private static final Set<String> CLAUSE_AFTER_CLAIM = WordKey.set("that", "he", "she", "it", "they", "we", "i", "there",
            "the", "a", "an", "this", "his", "her", "its", "their", "our");
    private static final Set<String> SUBJECT_BEFORE_CLAIM = WordKey.set("he", "she", "it", "they", "we", "i", "who", "which",
            "also", "now", "still", "even", "opposition", "critics", "campaigners", "officials", "police", "analysts");

    /**
     * "property claims reach $42bn", "the rise in claims, it said", "a backlog of claims": after a describing word or
     * preposition, and before no clause, "claims" is the insurers' plural noun; "amid opposition claims he was too
     * bullish" and "Swiss Re claims the figures …" still report a claim.
     */
    private static boolean claimNoun(String text, List<Token> ts, int v) {
        if (v == 0) return false;
        String prev = ts.get(v - 1).text();
        // "the rise in claims, it said": punctuation after the word ends the noun phrase; no clause follows it
        String next = v + 1 < ts.size() && NameFinder.between(text, ts.get(v), ts.get(v + 1)).isEmpty() ? ts.get(v + 1).text() : "";
        boolean clauseNext = CLAUSE_AFTER_CLAIM.contains(next.toLowerCase()) || !next.isEmpty() && Character.isUpperCase(next.charAt(0));
        boolean describedBefore = Character.isLowerCase(prev.charAt(0)) && !SUBJECT_BEFORE_CLAIM.contains(prev.toLowerCase());
        return describedBefore && !clauseNext;
    }

    /** "for the minister to claim that …": an infinitive reports nobody's words (but "went on to say" does). */
    private static boolean infinitive(List<Token> ts, int v) {
        if (v == 0 || !ts.get(v - 1).text().equalsIgnoreCase("to")) return false;
        return !(v > 2 && ts.get(v - 2).text().equalsIgnoreCase("on") && ts.get(v - 3).text().toLowerCase().matches("went|goes|go|going"));
    }
}
