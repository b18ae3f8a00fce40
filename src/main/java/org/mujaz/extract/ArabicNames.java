package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic person names: word runs that follow a title or role phrase (الرئيس الفنزويلي نيكولاس مادورو), sit
 * before a role (جون كيربي، المتحدث …), follow a verb of saying, start with a common given name, or have
 * the shape of a nasab (… بن … / عبد … / أبو …).
 */
final class ArabicNames implements NameFinder {

    private static final Set<String> BEFORE_VERBS = WordKey.set("التي", "الذي", "الذين", "اللذين", "اللتين", "والتي", "والذي",
            "كما", "لم", "لن", "قد", "وقد", "لقد", "فقد", "ثم", "حيث");
    /** Kinship nouns with their possessive («زوجته سلمى»، «لأرملته نادية»): the single name after one is a person. */
    private static final Set<String> KIN = WordKey.set("زوجته", "زوجها", "ارملته", "ابنه", "ابنته", "ابنها", "ابنتها", "شقيقه",
            "شقيقته", "شقيقها", "نجله", "نجلها", "نجلته", "والده", "والدته", "والدها", "والدتها", "ولداه", "حفيده", "حفيدته",
            "لزوجته", "لارملته", "لابنه", "لابنته", "وزوجته", "وابنه", "وابنته");
    private static final Set<String> KUNYA = WordKey.set("ابو", "ام", "وابو");
    private static final Set<String> OPEN_LINKS = WordKey.set("عبد", "ابو", "ال");
    private static final Set<String> NASAB = WordKey.set("بن", "بنت", "عبد", "ابو", "الدين");
    private static final Set<String> CALLED = WordKey.set("تدعي", "يدعي", "المدعو", "المدعوه");
    private static final Set<String> RELATIVES = WordKey.set("الذي", "التي", "الذين", "اللذين", "اللتين", "الي", "علي");
    private static final Set<String> ROLE_STOPS = WordKey.set("الي", "علي", "في", "من", "عن", "مع", "الذي", "التي",
            "بعد", "قبل", "خلال");

    private static final Set<String> LINKS = WordKey.set("بن", "بنت", "ابن", "عبد", "ابو", "ال", "ام");
    /** Words that may sit inside a role phrase: links, directions, common government nouns, places. */
    private static final Set<String> PHRASE_WORDS = WordKey.set("باسم", "في", "خارجيه", "دفاع", "داخليه", "شوون", "عام",
            "عامه", "شمال", "جنوب", "شرق", "غرب", "وسط", "مجلس", "اداره", "جهاز", "حكومه", "دوله", "سابق", "سابقا", "منتخب", "وزراء",
            "اسراييل", "فلسطين", "سوريا", "ايران", "تركيا", "روسيا", "فرنسا", "اليابان", "كوريا", "لبنان", "مصر", "قطر",
            "اليمن", "ليبيا", "تونس", "السودان", "امريكا", "اميركا", "بريطانيا", "المانيا", "ايطاليا", "اسبانيا",
            "فنزويلا", "باكستان", "افغانستان", "واشنطن", "موسكو", "بكين", "طهران", "دمشق", "بغداد", "لندن", "باريس", "غزه",
            "اوروبا", "افريقيا", "مقاطعه", "ولايه", "اقليم", "منطقه", "محافظه", "مدينه");
    /** First parts of compound names with الدين (صلاح الدين، سراج الدين). */
    private static final Set<String> COMPOUND_FIRST = WordKey.set("صلاح", "سراج", "نور", "عز", "علاء", "شمس", "بدر", "جمال",
            "خير", "زين", "سيف", "نصر", "فخر", "عماد", "محي", "محيي", "تقي", "كمال", "بهاء", "ضياء", "حسام", "نجم", "شرف", "صدر",
            "تاج", "شهاب", "علم", "عصام", "قطب", "ركن", "ناصر", "حسن", "جلال", "سعد");
    private final ArabicRules rules = ArabicRules.INSTANCE;
    /** First words that «الله» completes into one name: نصر الله، فضل الله، عبد الله. */
    private static final Set<String> BEFORE_ALLAH = WordKey.set("نصر", "فضل", "عبد", "جار", "خير", "عطا", "رزق", "حسب",
            "فتح", "سعد", "نور", "عوض", "جاب", "حرز", "ضيف");

    @Override public List<NameMention> find(String text, int paragraph) {
        List<Token> ts = WordKey.tokens(text);
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            // «فرصة تقدم عبد الله غول»: before عبد only a given name or a title opens the name
            if (i + 1 < ts.size() && WordKey.fold(ts.get(i + 1).text()).equals("عبد") && !rules.isGivenName(ts.get(i).text())
                    && !rules.isTitle(ts.get(i).text())) {
                i++;
                continue;
            }
            // «جبل طارق»، «شارع الحمرا»: a word after a place noun names the place, not a person; «استهداف تمويل»،
            // «أهداف برية»: a verbal noun or a broken plural opens a noun phrase, not a name
            String opening = WordKey.fold(ts.get(i).text());
            boolean nounStart = !rules.isGivenName(opening) && ArabicRules.isVerbalNoun(opening);
            if (nounStart || i > 0 && rules.isPlaceNoun(ts.get(i - 1).text())) {
                i++;
                continue;
            }
            // «صواريخ أرض- جو»: the second half of a hyphenated compound is no name; «التي رفعت الدعوى»، «كما رفعت»:
            // after a relative pronoun or a particle that governs verbs, the word is a verb
            if (i > 0 && (NameFinder.between(text, ts.get(i - 1), ts.get(i)).endsWith("-")
                    || BEFORE_VERBS.contains(WordKey.fold(ts.get(i - 1).text())) && !NameFinder.gap(text, ts.get(i - 1), ts.get(i)))) {
                i++;
                continue;
            }
            int end = nameEnd(text, ts, i);
            // «رئيس ريال مدريد فلورنتينو بيريز»: after an indefinite role the run opens with the role's genitive;
            // the person is the given name inside the run or, failing one, its last two words
            if (end > i && i > 0 && constructHead(ts.get(i - 1).text()) && !NameFinder.gap(text, ts.get(i - 1), ts.get(i))
                    && !rules.isGivenName(ts.get(i).text())) {
                int given = i + 1;
                while (given < end && !rules.isGivenName(ts.get(given).text())) given++;
                int start = given < end ? given : end - 2;
                // nothing after the genitive: «معهد لوي الأسترالي» has no person in it; otherwise look again from the
                // name, which may itself follow a place noun («شرطة مقاطعة هاريس»)
                i = start <= i ? i + 1 : start;
                continue;
            }
            boolean femaleNameAfterTitle = i > 0 && WordKey.fold(ts.get(i - 1).text()).startsWith("ال")
                    && (rules.isTitle(ts.get(i - 1).text()) || rules.isRoleNoun(ts.get(i - 1).text())
                    || rules.isRoleNoun(WordKey.fold(ts.get(i - 1).text()).replaceFirst("ه$", "")));  // «المدربة هالة الشريف»
            int evidence = end > i + 1 && looksLikeAName(text, ts, i, end)
                    && (!feminineNounStart(ts.get(i).text()) || femaleNameAfterTitle) ? evidence(text, ts, i, end) : 0;
            if (evidence > 0) {
                int from = ts.get(i).start() + (listedName(text, ts, i) ? 1 : 0);  // «و» is not part of the name
                String name = text.substring(from, ts.get(end - 1).end());
                out.add(new NameMention(name, role(text, ts, i, end), paragraph, ts.get(i).start(), ts.get(end - 1).end(),
                        evidence == 2));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * False for runs that only look like names: a first word that is a preposition joined to a noun (unless a
     * title vouches for it; never لـ) or a run that is exactly a quoted span (a quoted name of a group or work).
     */
    private boolean looksLikeAName(String text, List<Token> ts, int i, int end) {
        boolean titled = i > 0 && rules.isTitle(ts.get(i - 1).text());
        boolean lam = WordKey.fold(ts.get(i).text()).startsWith("ل");
        return !(joinedParticle(ts.get(i).text()) && (!titled || lam)) && !wholeQuote(text, ts.get(i), ts.get(end - 1));
    }

    /** Index after the last word of a name starting at {@code i} (== i when none starts there). */
    private int nameEnd(String text, List<Token> ts, int i) {
        int j = i;
        while (j < ts.size() && j - i < 6) {
            Token t = ts.get(j);
            if (j > i && NameFinder.gap(text, ts.get(j - 1), t)) break;
            String f = WordKey.fold(t.text());
            // «حسن نصر الله»: الله completes the name begun by نصر/فضل/عبد
            if (j > i && f.equals("الله") && BEFORE_ALLAH.contains(WordKey.fold(ts.get(j - 1).text()))) {
                j++;
                continue;
            }
            boolean link = LINKS.contains(f) && j > i;
            // «آل ثاني»، «آل سعود»: the word after آل (the house of) is the family's name, whatever else it means
            boolean family = j > i && ts.get(j - 1).text().startsWith("آل") && WordKey.fold(ts.get(j - 1).text()).equals("ال")
                    && f.length() >= 3 && !f.startsWith("ال") && !rules.isComplementizer(f);
            // «خوسيه باليه»، «نيكولا ستيرجن»: after a foreign given name the next word is its surname, however it ends
            boolean surname = j == i + 1 && GivenNames.ARABIC_FOREIGN.contains(WordKey.fold(ts.get(i).text())) && f.length() >= 3
                    && !f.startsWith("ال") && !rules.isCommonWord(f) && !joinedImperfect(f) && !pastFormIV(t.text(), f)
                    && !placePhrase(f);
            // «ومحمد يزبك، وحسين خليل»: in a list the conjunction is written on the given name that opens a name
            boolean listed = j == i && listedName(text, ts, i);
            if (!link && !family && !surname && !listed && !nameWord(f, j - i) && !isAli(t.text())) break;
            if (j > i && t.text().indexOf('\u064B') >= 0) break;  // «فوزًا»: tanween marks an indefinite noun, never a name
            // «وكان عباس أدخل المستشفى»: a four-letter word in أ after a name is a past verb (أحمد، أكرم are listed names)
            if (j > i && pastFormIV(t.text(), f)) break;
            // «أنكر الوزير علمه»: a three-letter verbal noun with the possessive ه (not ة) is no name (عبده is listed)
            if (possessiveNoun(t.text(), f)) break;
            // «أبو خليل تهما خطيرة»: a kunya is أبو and one name, completed only by a family name or another link
            if (j >= i + 2 && KUNYA.contains(WordKey.fold(ts.get(j - 2).text())) && !f.startsWith("ال") && !link && !f.equals("الله")) break;
            if (j > i && f.length() <= 3 && f.charAt(0) == 'ل' && !rules.isGivenName(f)) break;  // «لبي بي سي»: to a medium
            // «ضدنا»، «عندهم»: a preposition with a pronoun ends the name
            if (j > i && (f.endsWith("نا") || f.endsWith("هم")) && rules.isCommonWord(f.substring(0, f.length() - 2))) break;
            if (f.equals("الدين") && j > i && COMPOUND_FIRST.contains(WordKey.fold(ts.get(j - 1).text()))) {
                j++;
                continue;
            }
            // «ألفريد»، «ألكسندر»: a listed name whose hamza shows that its ال is no article
            boolean hamzaAl = j == i && (t.text().startsWith("أل") || t.text().startsWith("إل")) && rules.isGivenName(f);
            if (f.startsWith("ال") && !link && !afterLink(ts, j, i) && !hamzaAl) {
                // «محمد الحلبوسي»: a family name follows a given name; after a lone surname (ترامب الشطر) it is the next phrase
                String after = j + 1 < ts.size() && !NameFinder.gap(text, t, ts.get(j + 1)) ? WordKey.fold(ts.get(j + 1).text()) : "";
                boolean phraseGoesOn = after.startsWith("ال") && !rules.isRoleNoun(after) && !rules.isTitle(after);  // «الشطر الجنوبي»
                boolean afterGiven = j != i + 1 || rules.isGivenName(ts.get(i).text()) || !phraseGoesOn;
                // «إيفان كوستوف الهجوم»: a foreign name takes no Arabic family name with ال; the word is the next phrase
                boolean foreign = GivenNames.ARABIC_FOREIGN.contains(WordKey.fold(ts.get(i).text()));
                if (j > i && afterGiven && isFamilyName(f) && !foreign) j++;
                break;
            }
            j++;
        }
        while (j > i && LINKS.contains(WordKey.fold(ts.get(j - 1).text()))) j--;
        return j;
    }

    /**
     * Whether a word can stand at position {@code at} of a name: not a common word, not a verb form
     * (يريد، سيوجه), and beyond the second word not a word with a joined preposition (بولاية، لزيارة).
     */
    /** علي with ya is the name Ali; the preposition is written على, which folding would confuse with it. */
    private static boolean isAli(String raw) {
        return raw.equals("علي");
    }

    private boolean nameWord(String f, int at) {
        if (rules.isGivenName(f)) return true;
        if (rules.isNotName(f) || rules.isNamingWord(f) || at == 0 && f.startsWith("ال")) return false;
        if (f.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)) return false;  // a Latin word inside Arabic text
        if (at == 0 && (f.startsWith("و") || f.length() >= 4 && f.charAt(0) == 'ي')) return false;
        if (at == 0 && ArabicFuture.futureVerb(f)) return false;  // «الوزير سيزور المدينة»: a verb after a title, not a name
        if (at > 0 && f.startsWith("و") && f.length() > 3 && rules.isNotName(f.substring(1))) return false;
        // «جون بولتون وجورج سانتوس»: و joined to a given name starts a second person
        if (at > 0 && f.startsWith("و") && f.length() > 3 && rules.isGivenName(f.substring(1)) && !rules.isGivenName(f)) return false;
        if (f.length() >= 5 && f.startsWith("ت") && f.endsWith("ت")) return false;  // تفقدت: a past verb
        // «اشترت»، «انتقدت»، «اعتبرت»: a feminine past verb of the form افتعل (ارنست has no ت third)
        if (f.length() >= 5 && f.length() <= 6 && f.charAt(0) == 'ا' && f.charAt(2) == 'ت' && f.endsWith("ت")) return false;
        // «لبي بي سي»: لـ joined to a short word is "to …", never the start of a name
        if (at == 0 && f.length() == 3 && f.charAt(0) == 'ل') return false;  // (لي، لو are names)
        // «زيدان مدربا»: a role noun with the accusative ending (مدربا، رئيسا، سفيرا) says what he became, not who he is
        if (at > 0 && f.length() >= 4 && f.endsWith("ا") && rules.isRoleNoun(f.substring(0, f.length() - 1))) return false;
        if (f.length() >= 5 && f.endsWith("يه")) return false;
        if (at > 0 && (ArabicFuture.futureVerb(f) || f.length() >= 4 && f.charAt(0) == 'ي')) return false;
        // «وأنزلوا»: و joined to a plural past verb
        if (at > 0 && f.length() >= 5 && f.charAt(0) == 'و' && f.endsWith("وا")) return false;
        // «ويصبح»، «وتقول»: و joined to a four-letter imperfect is "and (he) becomes", not a name (ويليام is longer)
        if (at > 0 && joinedImperfect(f)) return false;
        // «عباس ودخل المستشفى»: و and a three-letter word is "and entered" (وليد، listed, stays a name)
        if (at > 0 && f.length() == 4 && f.charAt(0) == 'و') return false;
        // «سان دييغو بولاية كاليفورنيا»: بـ/لـ joined to a place noun opens a phrase of place
        if (at > 0 && placePhrase(f)) return false;
        // «هدى منصور احتجاجا»: a verbal noun in the accusative (احتجاجا، تضامنا) says why, it is not a name
        if (at > 0 && f.length() >= 5 && f.endsWith("ا") && ArabicRules.isVerbalNoun(f.substring(0, f.length() - 1))) return false;
        // «مقدما»، «متزوجا»: a participle in the accusative says what someone is or does, it is not a name
        if (f.length() >= 5 && f.charAt(0) == 'م' && f.endsWith("ا")) return false;
        if (at > 0 && f.length() > 4 && (f.endsWith("ته") || f.endsWith("تها"))) return false;
        // Names carry no possessive suffix (أسعارها، بلادهم) and no joined preposition on a plural (لعمليات).
        if (f.length() >= 5 && (f.endsWith("ها") || f.endsWith("هم") || f.endsWith("هما")) && !rules.isGivenName(f)) return false;
        // «ترامب لنيل غورساتش»: لـ joined to a given name is "for X", which ends the name before it
        if (at > 0 && f.length() > 3 && f.charAt(0) == 'ل' && rules.isGivenName(f.substring(1))) return false;
        if (at > 0 && f.length() >= 6 && (f.startsWith("ل") || f.startsWith("ب")) && f.endsWith("ات")) return false;
        // «مراد ركزت»: a short word in -ت (not -ات) after a name is a past verb; names like رفعت are in the lexicon.
        if (at > 0 && f.length() <= 5 && f.endsWith("ت") && !f.endsWith("ات")) return false;
        return at < 2 || !(f.length() >= 4 && "بلك".indexOf(f.charAt(0)) >= 0 && particleThenWord(f));
    }

    /**
     * «بولاية»، «لزيارة»، «بجهود»: a word that reads as بـ/لـ/كـ joined to a noun; «بيريز» does not, and may end a
     * foreign name.
     */
    private boolean particleThenWord(String f) {
        // a noun after بـ/لـ/كـ rarely begins with ي (بيريز، بيلوسي، ليبرمان do); بين، بيد، ليس are common words
        return f.charAt(1) != 'ي' || rules.isCommonWord(f) || f.length() < 5 || f.endsWith("ا") || f.endsWith("ه");
    }

    /** «زيادة أسعارها»، «شعبة الدخان»: a word in ة opens a name only when it is a known given name (فاطمة، حمزة). */
    private boolean feminineNounStart(String raw) {
        return raw.endsWith("ة") && !rules.isGivenName(raw);
    }

    @Override public boolean loneTitle(String token) {
        String f = WordKey.fold(token);
        // «الفريق مستعد»: الفريق is also "the team", whose predicate is no name; with a name it comes in full (الفريق أول …)
        return rules.isTitle(token) && f.startsWith("ال") && !f.equals("الفريق") || KIN.contains(f);
    }

    @Override public boolean loneName(String token) {
        String f = WordKey.fold(token);
        // «الرئيس متزوجا»، «الوزير مسؤولا»: a participle in the accusative is a predicate, not a name
        if (f.length() >= 5 && f.charAt(0) == 'م' && f.endsWith("ا") && !rules.isGivenName(f)) return false;
        return f.length() >= 3 && !f.startsWith("ال") && nameWord(f, 1) && !rules.isRoleNoun(token) && !joinedParticle(token)
                && !ArabicRules.INSTANCE.isComplementizer(token);
    }

    /** The candidate is exactly a quoted span («"هيومن رايتس ووتش"»): a quoted name of a group or work, not a person. */
    private static boolean wholeQuote(String text, Token first, Token last) {
        return first.start() > 0 && "\"«“".indexOf(text.charAt(first.start() - 1)) >= 0
                && last.end() < text.length() && "\"»”".indexOf(text.charAt(last.end())) >= 0;
    }

    /** A first word that may be a preposition joined to a noun (بولاية، لسحب): only strong evidence makes it a name. */
    private boolean joinedParticle(String token) {
        String f = WordKey.fold(token);
        if (f.length() < 4 || f.charAt(0) != 'ب' && f.charAt(0) != 'ل' || rules.isGivenName(f)) return false;
        if (f.charAt(0) == 'ل') return true;  // لشؤون، لوزارة: names rarely open with لـ unless a title vouches
        String rest = f.substring(1);
        return rules.isNotName(rest) || rules.isNamingWord(rest) || rest.startsWith("ا") || rest.endsWith("ه");
    }

    private static boolean afterLink(List<Token> ts, int j, int i) {
        return j > i && OPEN_LINKS.contains(WordKey.fold(ts.get(j - 1).text()));
    }

    /** A family name with the article: a nisba (الكاظمي) or a short name, not a common adjective of place. */
    /**
     * «، ومحمد يزبك»: و joined to a known given name right after a list comma (not a name in و like وليد, and not
     * «ورفعت العائلة», where the word is the verb "and (she) raised").
     */
    private boolean listedName(String text, List<Token> ts, int i) {
        String f = WordKey.fold(ts.get(i).text());
        boolean joined = f.length() > 4 && f.charAt(0) == 'و' && !rules.isGivenName(f) && rules.isGivenName(f.substring(1));
        return joined && i > 0 && NameFinder.between(text, ts.get(i - 1), ts.get(i)).matches("[،,]");
    }

    /** Definite nouns that news puts right after a name as its verb's object (وصف X الحادث، أدان X الهجوم). */
    private static final Set<String> OBJECT_NOUNS = WordKey.set("الحادث", "الهجوم", "القرار", "الامر", "الوضع", "الموقف",
            "الخطوه", "العمليه", "الانفجار", "الحكم", "المشروع", "الخطه", "الهجمات", "الحادثه", "الجريمه", "الحرب", "الازمه",
            "المدينه", "العاصمه", "البلاد", "المنطقه", "الحكومه", "الوزاره", "المحكمه", "الشرطه", "الجامعه", "اللجنه", "الشركه",
            "البرلمان", "الاتفاق", "الاجتماع", "الزياره", "المعبر", "الحدود", "القطاع", "السجن", "المستشفي",
            "البالغ", "البالغه", "الراقد", "المقيم", "المعتقل", "المتهم", "الموقوف", "المسجون", "الجديد", "الحالي", "المعركه");

    private boolean isFamilyName(String f) {
        return !OBJECT_NOUNS.contains(f) && !rules.isNotName(f) && !f.endsWith("يه") && !f.endsWith("ين") && !f.endsWith("ون") && !f.endsWith("ات") && f.length() >= 5
                && !ArabicRules.isVerbalNoun(f);  // «إعلان دونالد ترامب الانسحاب» names an act
    }

    /**
     * How strongly the context says a name runs from {@code i} to {@code end}: 2 for a given name, a nasab,
     * a title or role before it (or in apposition), 1 for a verb of saying, an adjective or a role after it, else 0.
     */
    private int evidence(String text, List<Token> ts, int i, int end) {
        String first = WordKey.fold(ts.get(i).text());
        if (rules.isGivenName(first) || isAli(ts.get(i).text()) || listedName(text, ts, i)) return 2;
        for (int k = i + 1; k < end; k++) {
            if (NASAB.contains(WordKey.fold(ts.get(k).text()))) return 2;
        }
        String before = i > 0 ? NameFinder.between(text, ts.get(i - 1), ts.get(i)) : "";
        boolean joined = i > 0 && before.isEmpty();
        boolean afterQuote = i > 0 && before.matches("[\"»”]+");
        if (joined || afterQuote && roleStart(text, ts, i, false) >= 0) {
            Token prev = ts.get(i - 1);
            if (rules.isTitle(prev.text()) && joined || roleStart(text, ts, i, false) >= 0
                    || CALLED.contains(ArabicRules.bare(WordKey.fold(prev.text())))) return 2;
        }
        String comma = i > 0 ? NameFinder.between(text, ts.get(i - 1), ts.get(i)) : "";
        if (comma.matches("[\"»”]?\\s*[،,]") && roleStart(text, ts, i - 1, comma.length() > 1) >= 0
                && (end == ts.size() || NameFinder.gap(text, ts.get(end - 1), ts.get(end)))) return 2;
        int score = 0;
        if (joined && (rules.isSpeechVerb(ts.get(i - 1).text()) || rules.isNisba(ts.get(i - 1).text()))) score++;
        boolean roleAfter = end < ts.size() && plainRole(ts.get(end).text())
                && NameFinder.between(text, ts.get(end - 1), ts.get(end)).matches("[،,]?");
        return roleAfter ? score + 1 : score;
    }

    /**
     * Start of a role phrase that runs without punctuation up to word {@code i}, or -1. The phrase may hold
     * definite words, organisation and naming nouns, places and the links باسم/في/لـ, nothing else.
     */
    int roleStart(String text, List<Token> ts, int i, boolean startsInQuote) {
        int start = -1;
        boolean inQuote = startsInQuote;
        for (int k = i - 1; k >= 0 && i - k <= 10; k--) {
            Token t = ts.get(k);
            String gapText = NameFinder.between(text, t, ts.get(k + 1));
            if (!gapText.isEmpty()) {
                if (!gapText.matches("[\"«»“”]+")) break;
                inQuote = !inQuote;
            }
            if (inQuote) continue;
            // «مدرب برشلونة [name]»: only the words right before the name may be a role's genitive
            boolean genitive = start < 0 && i - k <= 2 && genitiveAfterHead(text, ts, k);
            if (rules.isRoleNoun(t.text()) || rules.isTitle(t.text())) start = k;
            else if (!inRolePhrase(t.text(), WordKey.fold(t.text())) && !genitive) break;
        }
        return start;
    }

    /**
     * «مدرب برشلونة»، «رئيس ريال مدريد»: one or two words right after an indefinite role or organisation noun are
     * its genitive (the club, country or body it heads), part of the role, not a name.
     */
    private boolean genitiveAfterHead(String text, List<Token> ts, int k) {
        if (rules.isCommonWord(ts.get(k).text()) || DateResolver.weekday(ts.get(k).text()) != null) return false;
        for (int h = k - 1; h >= 0 && k - h <= 2; h--) {
            if (NameFinder.gap(text, ts.get(h), ts.get(h + 1))) return false;
            if (constructHead(ts.get(h).text()) || rules.isPlaceNoun(ts.get(h).text())) return true;
            if (rules.isCommonWord(ts.get(h).text()) || WordKey.fold(ts.get(h).text()).startsWith("ال")) return false;
        }
        return false;
    }

    private boolean pastFormIV(String raw, String f) {
        return raw.startsWith("أ") && f.length() == 4 && !rules.isGivenName(f) && !NAME_ELATIVES.contains(f);
    }

    /** Elatives that are parts of names (علي أكبر، علي أصغر), shaped like أفعل verbs. */
    private static final Set<String> NAME_ELATIVES = WordKey.set("اكبر", "اصغر", "اعظم", "اكرم", "اسعد", "امجد", "اشرف", "انور");

    private static boolean joinedImperfect(String f) {
        return f.length() == 5 && f.charAt(0) == 'و' && "يت".indexOf(f.charAt(1)) >= 0;
    }

    private boolean possessiveNoun(String raw, String f) {
        return raw.endsWith("ه") && f.length() == 4 && f.substring(0, 3).chars().noneMatch(c -> c == 'ا' || c == 'و' || c == 'ي')
                && !rules.isGivenName(f);
    }

    /** «بولاية»، «لمدينة»: بـ/لـ joined to a place noun, a phrase of place. */
    private boolean placePhrase(String folded) {
        return folded.length() > 4 && "بل".indexOf(folded.charAt(0)) >= 0 && rules.isPlaceNoun(folded.substring(1));
    }

    /** An indefinite role or organisation noun (رئيس، مدرب، نادي), which must be followed by its genitive. */
    private boolean constructHead(String token) {
        String f = WordKey.fold(token);
        if (token.endsWith("ه") || token.endsWith("ها") || token.endsWith("هم")) return false;  // «زعيمها»: its genitive is the pronoun
        String b = ArabicRules.bare(f);  // «والناشطة»: و joined to a definite role
        return !b.startsWith("ال") && (rules.isRoleNoun(b) || rules.isOrganisationNoun(b)) && !b.equals("ولي")
                && ArabicRules.withoutPreposition(b).equals(b) && !(b.length() > 4 && "لب".indexOf(b.charAt(0)) >= 0
                && (rules.isRoleNoun(b.substring(1)) || rules.isOrganisationNoun(b.substring(1))));
    }

    private boolean inRolePhrase(String token, String f) {
        if (RELATIVES.contains(f)) return false;
        if (f.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)) return true;  // a Latin brand in a role: مذيع CNN
        String withoutLam = f.startsWith("ل") && f.length() > 4 ? f.substring(1) : f;
        return f.startsWith("ال") || f.startsWith("لل") || rules.isOrganisationNoun(token) || rules.isNamingWord(token)
                || rules.isNamingWord(withoutLam) || PHRASE_WORDS.contains(f);
    }

    /** A role noun written without a joined preposition: only such a word can open a role after a name. */
    private boolean plainRole(String token) {
        String f = ArabicRules.bare(WordKey.fold(token));
        return rules.isRoleNoun(token) && ArabicRules.withoutPreposition(f).equals(f);
    }

    /**
     * «بالأمين العام» → «الأمين العام», «وزعيم كوريا» → «زعيم كوريا»: the preposition or conjunction belongs
     * to the sentence, not to the role.
     */
    private String withoutLeadingPreposition(String role) {
        if (role.startsWith("بال") || role.startsWith("وال")) return role.substring(1);
        String first = role.split("\\s+", 2)[0];
        boolean conjoined = first.length() > 3 && first.startsWith("و") && rules.isRoleNoun(first.substring(1));
        return conjoined ? role.substring(1) : role;
    }

    /** A word that can extend a role after a name (مدير قسم الأمن الدولي) — not a preposition, verb or complementizer. */
    private boolean continuesRole(String token) {
        String f = WordKey.fold(token);
        // «للصحفيين»، «لقناة الجزيرة»: whom the words were addressed to, not part of the role
        if (f.startsWith("لل") && f.endsWith("ين") || f.startsWith("ل") && rules.isNamingWord(f.substring(1))) return false;
        if (rules.isComplementizer(token) || rules.isSpeechVerb(token) || ROLE_STOPS.contains(f)) return false;
        return f.startsWith("ال") || f.startsWith("لل") || rules.isRoleNoun(token) || rules.isOrganisationNoun(token)
                || rules.isNamingWord(token) || !rules.isNotName(token) && !rules.isSpeechVerb(token);
    }

    /** The role beside a name: the role phrase before it, or an apposition after it up to the next comma. */
    private String role(String text, List<Token> ts, int i, int end) {
        int rs = roleStart(text, ts, i, false);
        if (rs >= 0) return withoutLeadingPreposition(text.substring(ts.get(rs).start(), ts.get(i - 1).end()));
        String comma = i > 0 ? NameFinder.between(text, ts.get(i - 1), ts.get(i)) : "";
        int before = comma.matches("[\"»”]?\\s*[،,]") ? roleStart(text, ts, i - 1, comma.length() > 1) : -1;
        if (before >= 0) return withoutLeadingPreposition(text.substring(ts.get(before).start(), ts.get(i - 1).end()).replaceAll("[\"»”]+$", ""));
        if (end < ts.size() && plainRole(ts.get(end).text())) {
            int k = end;
            while (k + 1 < ts.size() && !NameFinder.gap(text, ts.get(k), ts.get(k + 1)) && k - end < 7
                    && continuesRole(ts.get(k + 1).text())) k++;
            return text.substring(ts.get(end).start(), ts.get(k).end());
        }
        return "";
    }
}
