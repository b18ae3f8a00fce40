package org.mujaz.extract;

import java.util.Set;
import org.mujaz.model.Lang;

/** English word lists: verbs of saying, titles, role and organisation nouns, words that are never names. */
final class EnglishRules implements LanguageRules {

    private static final Set<String> NAMING = WordKey.set("called", "named", "dubbed", "entitled", "so-called", "titled",
            "campaign", "slogan", "programme", "scheme", "book", "film", "album", "song", "show", "operation",
            "plan");

    private static final Set<String> SPEECH = WordKey.set("said", "says", "say", "told", "tells", "added", "adds", "warned",
            "warns", "argued", "argues", "claimed", "claims", "insisted", "insists", "stressed", "announced", "admitted",
            "admits", "denied", "denies", "suggested", "suggests", "predicted", "predicts", "revealed", "explained",
            "confirmed", "promised", "protested", "noted", "believes", "believe", "believed", "maintained", "maintains",
            "acknowledged", "conceded", "declared", "stated", "reported", "repeated", "insisted", "complained",
            "commented", "asked", "urged", "estimated", "estimates", "forecast", "predicted", "pointed", "accused",
            "wrote", "writes", "answered", "replied", "responded", "concluded", "objected", "reckons", "thinks",
            "thought", "feared", "fears", "hoped", "hopes", "agreed", "disclosed", "indicated", "signalled", "hailed", "praised", "condemned", "criticised", "criticized", "described", "welcomed",
            "dismissed", "attacked", "derided", "urged", "questioned", "insisted", "vowed", "pledged", "accepted",
            // present plural and third person of verbs that are not also common nouns ("critics insist", "firms deny")
            "deny", "insist", "argue", "warn", "admit", "complain", "complains", "reckon", "suggest", "predict", "concede",
            "concedes", "confirm", "confirms", "reveal", "reveals", "explain", "explains", "maintain", "declare", "declares",
            "acknowledge", "acknowledges", "agree", "agrees", "stresses", "stress", "announces", "notes", "states",
            "found", "finds", "promises", "vows", "pledges", "recommend", "recommends", "recommended", "underlined", "underlines",
            "recalls", "recalled", "remarked", "observed", "explains", "retorted", "claim", "cautioned", "cited", "backed", "blamed",
            "alleged", "alleges", "allege", "contended", "contends", "testified", "highlighted", "highlights", "urge", "urges");
    private static final Set<String> PARTICIPLES = WordKey.set("saying", "adding", "warning", "arguing", "claiming",
            "insisting", "stressing", "arguing", "noting", "suggesting", "explaining", "telling", "announcing", "denying",
            "confirming", "revealing", "complaining", "predicting", "acknowledging", "conceding", "declaring", "promising",
            "pledging", "vowing", "admitting", "stating");
    private static final Set<String> TITLES = WordKey.set("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame",
            "prof", "professor", "rev", "baroness", "baron", "president", "chancellor", "premier", "senator", "sen",
            "gen", "general", "colonel", "col", "captain", "capt", "judge", "justice", "king", "queen", "prince",
            "princess", "pope", "sheikh", "ambassador", "governor", "mayor", "inspector", "secretary", "minister",
            "commissioner", "chairman", "chief", "deputy", "shadow", "prime", "home", "foreign", "lib", "tory");
    private static final Set<String> ROLE_NOUNS = WordKey.set("spokesman", "spokeswoman", "spokesperson", "minister",
            "secretary", "chairman", "chairwoman", "chair", "chief", "executive", "director", "head", "leader", "president",
            "governor", "analyst", "economist", "official", "officer", "mp", "mep", "msp", "am", "peer", "member",
            "founder", "manager", "editor", "correspondent", "ambassador", "envoy", "adviser", "advisor", "commissioner",
            "chancellor", "premier", "general", "candidate", "deputy", "lawyer", "professor", "strategist", "boss",
            "governor", "mayor", "campaigner", "expert", "partner", "treasurer", "prosecutor", "judge", "author");
    private static final Set<String> ORG_NOUNS = WordKey.set("party", "ministry", "bank", "commission", "council", "agency",
            "office", "department", "union", "association", "organisation", "organization", "corporation", "group",
            "committee", "court", "exchange", "institute", "university", "authority", "board", "fund", "inc", "ltd",
            "plc", "company", "co", "government", "parliament", "congress", "senate", "house", "assembly", "federation",
            "confederation", "times", "news", "post", "journal", "bbc", "reuters", "treasury", "police", "army",
            "airlines", "airways", "motors", "society", "trust", "foundation", "centre", "center", "network", "service",
            "democrats", "republicans", "conservatives", "police", "industry", "stock");
    private static final Set<String> NOT_NAME = WordKey.set("the", "a", "an", "of", "in", "on", "at", "for", "and", "but", "or",
            "to", "by", "with", "from", "as", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
            "those", "there", "their", "his", "her", "its", "our", "if", "when", "while", "after", "before", "since",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "us", "uk", "eu",
            "un", "britain", "british", "england", "english", "scotland", "scottish", "wales", "welsh", "ireland",
            "irish", "europe", "european", "america", "american", "france", "french", "germany", "german", "china",
            "chinese", "japan", "japanese", "russia", "russian", "india", "indian", "iraq", "iraqi", "iran", "turkey",
            "turkish", "korea", "korean", "london", "washington", "york", "new", "hong", "kong", "street", "wall",
            "labour", "conservative", "conservatives", "tories", "tory", "liberal", "democrats", "democrat", "lib", "dem",
            "dems", "republican", "republicans", "commons", "lords", "westminster", "downing", "brussels", "paris",
            "but", "however", "meanwhile", "also", "so", "yet", "speaking", "asked", "according", "under", "last",
            "next", "this", "mps", "act", "bill", "section", "reform", "south", "north", "east", "west", "united",
            "states", "kingdom", "nations", "union", "christmas", "easter", "internet", "web", "euro", "euros", "dollar",
            "cyprus", "cypriot", "greek", "greece", "ankara", "croatia", "canada", "australia", "africa", "asia",
            "netherlands", "dutch", "spain", "italy", "swiss", "sweden", "ukraine", "israel", "palestinian", "muslim",
            // business descriptors written before a firm's name at a sentence start ("Retailer Best Buy said")
            "retailer", "insurer", "carmaker", "airline", "brewer", "miner", "supermarket", "chipmaker", "drugmaker",
            "broadcaster", "publisher", "bank", "lender", "firm", "group", "company", "giant", "rival", "defence", "procurement",
            "analyst", "economist");
    private static final Set<String> GIVEN = WordKey.set("tony", "gordon", "john", "james", "david", "michael", "peter", "paul",
            "robert", "charles", "william", "richard", "mark", "andrew", "alan", "george", "jack", "tom", "thomas",
            "stephen", "steve", "simon", "ian", "chris", "christopher", "martin", "brian", "kevin", "alastair",
            "alistair", "michael", "patricia", "margaret", "cherie", "ruth", "tessa", "clare", "hilary", "harriet",
            "mary", "jane", "sarah", "helen", "anne", "ann", "elizabeth", "gary", "liam", "oliver", "nick", "nicholas",
            "geoff", "geoffrey", "jonathan", "matthew", "edward", "henry", "frank", "digby", "glenn", "quentin",
            "irene", "recep", "jacques", "gerhard", "vladimir", "silvio", "ariel", "yasser", "kofi", "jose", "dick",
            "colin", "condoleezza", "donald", "bill", "hillary", "barack", "joe", "ken", "kenneth", "charlie", "menzies",
            "malcolm", "norman", "douglas", "jim", "jeremy", "dominic", "boris", "theresa", "ed", "ivo", "elfyn",
            "dafydd", "sion", "bryn", "alex", "alexander", "sam", "samuel", "dan", "daniel", "joseph", "anthony", "gerry",
            "lord", "rupert", "rowan", "keith", "graham", "howard", "iain", "neil", "roger", "philip", "phil", "trevor");

    static final EnglishRules INSTANCE = new EnglishRules();

    private EnglishRules() {
    }

    @Override public Lang lang() { return Lang.EN; }

    @Override public boolean isSpeechVerb(String token) { return SPEECH.contains(WordKey.fold(token)); }

    @Override public boolean isSpeechParticiple(String token) { return PARTICIPLES.contains(WordKey.fold(token)); }

    @Override public boolean isComplementizer(String token) { return "that".equals(WordKey.fold(token)); }

    @Override public boolean isTitle(String token) { return TITLES.contains(WordKey.fold(token)); }

    @Override public boolean isRoleNoun(String token) {
        String f = WordKey.fold(token);
        // "co-chairman", "vice-president", "ex-minister": a prefixed role is still a role
        return ROLE_NOUNS.contains(f) || f.matches("(co|vice|ex|deputy|joint)-.+") && ROLE_NOUNS.contains(f.substring(f.indexOf('-') + 1));
    }

    @Override public boolean isOrganisationNoun(String token) { return ORG_NOUNS.contains(WordKey.fold(token)); }

    @Override public boolean isNamingWord(String token) {
        return NAMING.contains(WordKey.fold(token))
                || isOrganisationNoun(token);
    }

    @Override public boolean isNotName(String token) {
        String f = WordKey.fold(token);
        return NOT_NAME.contains(f) || !Character.isUpperCase(token.charAt(0)) || isOrganisationNoun(token)
                || (token.length() > 1 && token.equals(token.toUpperCase()));
    }

    @Override public boolean isGivenName(String token) {
        String f = WordKey.fold(token);
        return GIVEN.contains(f) || GivenNames.ENGLISH.contains(f);
    }
}
