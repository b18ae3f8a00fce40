package org.mujaz.extract;

import java.util.List;
import java.util.Set;

/**
 * Arabic future and intention markers: سـ on an imperfect verb (سيزور، ستعقد), سوف، من المقرر/المنتظر/
 * المتوقع، يعتزم، ينوي، عزم، المقبل/القادم، خلال الأيام المقبلة، وجّه/أمر بـ، طلب من، قرر، على أن + imperfect.
 */
final class ArabicFuture implements FutureCues {

    private static final Set<String> PRONOUN_THAT = WordKey.set("انه", "انها", "انهم", "انهما", "اننا", "بانه", "بانها");
    private static final Set<String> EXPECT_VERBS = WordKey.set("يتوقع", "تتوقع");
    private static final Set<String> PERIOD_WORDS = WordKey.set("عام", "العام", "نهايه", "الصيف", "الشتاء", "الربيع",
            "الخريف", "منتصف", "مطلع", "اواخر", "موعد");
    private static final Set<String> DESCRIBING = WordKey.set("التي", "الذي", "لن", "لا", "قد");
    private static final Set<String> SCHEDULED = WordKey.set("المقرر", "المنتظر", "المتوقع", "المفترض");
    private static final Set<String> CLAUSE_OPENERS = WordKey.set("بينما", "لكن", "ولكن", "حيث", "كما", "ثم");
    private static final Set<String> KANA = WordKey.set("كان", "وكان", "كانت", "وكانت", "كانوا");
    private static final Set<String> PHRASE_STOPS = WordKey.set("الي", "علي", "التي", "الذي");

    /**
     * Nouns and names that begin like سـ + imperfect but are not verbs, matched as whole words with their
     * noun endings (سياسية، سنوات) so that verbs sharing their first letters (سيدعو، سينقل، ستهاجم) stay verbs.
     */
    private static final java.util.regex.Pattern NOT_VERBS = java.util.regex.Pattern.compile("(?:سياس|سيار|سيطر|سياد|سيد|سينما|سيناريو|سنو|سن"
            + "|ستين|ست|سيول|سير|ستار|سنت|سيف|ستراتيج|سيبراني|سيريا|سنغافور|سيناتور|سيلفي|ستوكهولم|سيمون|ستيف|ستيفن|سيرغي|سيرجي"
            + "|سنوي|سيكولوج|ستالين|سيمفوني|سيما|سيتي|ستاد|سيناء|سينا|سيرك|ستوديو|سيزار|سندات|سند|سنتيم|سيوف|سيولت|سنتر|ستريت|سياج|سياق)"
            + "(?:ه|ات|ي|يه|يات|ا|ين|ون|يين|يون|ان)?(?:ه|ها|هم|ت|ته|تها|تهم|تي|نا)?");
    private static final Set<String> WORDS = WordKey.set("سوف", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينويان",
            "المقبل", "القادم", "المقبله", "القادمه", "المقبلين", "المقبلتين", "مقبله", "مقبل", "قرر", "قررت", "قررا",
            "يتوقع", "تتوقع", "يرتقب", "يخطط", "تخطط", "يستعد", "تستعد", "تدرس", "يدرس", "تعهد", "تعهدت", "وعد", "وعدت",
            "يعتزمان", "اعتزام", "ينتظر", "المزمع", "المزمعه", "تعتزمان", "هدد", "مستقبلا", "اقترح", "اقترحت", "يقترح",
            "يهدد", "تهدد", "بالتهديد", "سيتم");
    /** «من المتوقع أن تكون», «يتوقع أن يكون»: an expected state is a forecast, not a plan. */
    private static boolean expectsState(List<Token> ts, int i) {
        String f = ArabicRules.bare(WordKey.fold(ts.get(i).text()));
        int k = f.equals("من") ? i + 2 : EXPECT_VERBS.contains(f) ? i + 1 : -1;
        if (k < 0 || k + 1 >= ts.size() || !WordKey.fold(ts.get(k).text()).equals("ان")) return false;
        return WordKey.fold(ts.get(k + 1).text()).matches("[يت]كون(ا|وا|ان)?");
    }

    /** Verbs of aim, which state a plan unless they only describe something (التي تهدف إلى). */
    private static final Set<String> AIMS = WordKey.set("يهدف", "تهدف", "يسعي", "تسعي");

    /** «بحلول عام 2030»، «بحلول الصيف»: a deadline needs a year, a season or the end of a period, not «مع حلول الظلام». */
    private static boolean deadline(List<Token> ts, int i) {
        for (int k = i + 1; k < ts.size() && k <= i + 2; k++) {
            String w = WordKey.fold(ts.get(k).text());
            if (Character.isDigit(w.charAt(0)) || PERIOD_WORDS.contains(w) || ArabicDates.monthNumber(ts.get(k).text()) > 0) return true;
        }
        return false;
    }

    /** Objects of وجّه that make it "address" rather than "order" (وجّه رسالة، وجّه نصائح). */
    private static final Set<String> GIVEN_THINGS = WordKey.set("رساله", "دعوه", "نصايح", "نصيحه", "انتقادات", "انتقادا",
            "اتهامات", "اتهاما", "ضربه", "ضربات", "كلمه", "نداء", "ندائه", "سوالا", "تحذيرا", "تحذيرات", "الشكر", "التحيه",
            "رسايل", "اللوم", "تهمه", "تهما", "التهم", "التهمه", "الاتهامات", "الاتهام", "الانتقادات", "الضربه", "الدعوه");
    private final ArabicRules rules = ArabicRules.INSTANCE;
    private final Set<String> nameWords;

    /** @param nameWords matching keys of the article's person names, whose words are never cues (سيرفاندو) */
    ArabicFuture(Set<String> nameWords, java.time.LocalDate articleDate) {
        this.nameWords = nameWords;
        this.articleYear = articleDate == null ? 0 : articleDate.getYear();
    }

    /** The article's year, so that «في عام 2015، قرر …» reads as past; 0 when the article is undated. */
    private final int articleYear;

    @Override public int cue(String text, List<Token> ts) {
        for (int i = 0; i < ts.size(); i++) {
            if (isCue(ts, i) && !afterKana(ts, i) && !afterQad(ts, i)) {
                return conditional(ts, i) || believed(ts, i) || consequence(ts, i) || toldAsPast(ts, i) ? -1 : i;
            }
        }
        return startsWithPresentAndDate(ts) ? 0 : -1;
    }

    private boolean isCue(List<Token> ts, int i) {
        String raw = WordKey.fold(ts.get(i).text());
        String f = ArabicRules.bare(raw);
        String next = i + 1 < ts.size() ? WordKey.fold(ts.get(i + 1).text()) : "";
        if (f.equals("حلول") || f.equals("بحلول")) return deadline(ts, i);
        if (expectsState(ts, i)) return false;
        if (AIMS.contains(f)) return i == 0 || !DESCRIBING.contains(WordKey.fold(ts.get(i - 1).text()));
        if (f.equals("سوف") && !next.isEmpty() && next.length() > 3 && outcome("س" + next)) return false;  // سوف يتعين
        // «عندما قررت ترك العمل»: a decision told inside a "when" clause is past narrative
        if (f.startsWith("قرر") && i > 0 && PAST_WHEN.contains(WordKey.fold(ts.get(i - 1).text()))) return false;
        // «قررت الحكومة العام الماضي رفع الأسعار»: a decision dated in the past, with nothing ahead in the sentence
        if (f.startsWith("قرر") && (pastDated(ts) || earlierYear(ts)) && !aheadInSentence(ts, i)) return false;
        boolean negated = i > 0 && NOT_SAID.contains(WordKey.fold(ts.get(i - 1).text()));
        // «انتفاضة تهدد النظام»: a threat is a plan only with the act threatened (يهدد بالانسحاب), not an object at risk
        if (THREATENS.contains(f) && !threatensAct(ts, i)) return false;
        // «اختاروا مستقبلا ضبابيا»: "a future" with its adjective is a noun, not the adverb "in future"
        if (f.equals("مستقبلا") && next.length() >= 4 && next.endsWith("ا")) return false;
        if (WORDS.contains(f) || f.startsWith("عزم")) return !(negated && !timeWord(ts, i));  // «لا يعتزم»، «لم يقرر»
        // «ومن خطط لاغتيال …»، «الذي اتفق على …»: the one who did it, told in a relative clause, is past narrative
        boolean relative = i > 0 && RELATIVE_WHO.contains(WordKey.fold(ts.get(i - 1).text()));
        // «مستعدون للضرب مجددا»: ready to do an act (a verbal noun after لـ)
        if (READY.contains(f) && !negated && next.length() > 3 && next.charAt(0) == 'ل' && !next.startsWith("لل") && !next.equals("لذلك")) return true;
        if (agreed(ts, i)) return !negated && !relative && !((pastDated(ts) || earlierYear(ts)) && !aheadInSentence(ts, i));
        if (futureVerbToken(ts.get(i).text()) && !nameWords.contains(PersonRegistry.key(raw).get(0)) && !copula(f) && !outcome(f) && !afterForeignName(ts, i)
                && !(i > 0 && rules.isPlaceNoun(ts.get(i - 1).text()))) {  // «مدينة سيرت»: a place name, whatever its letters
            return !EVALUATIVE_OBJECTS.contains(next) && !eventSubjectForecast(ts, i);
        }
        // «الانتخابات المقررة في السادس من مايو»، «القمة المقررة يوم الخميس»: an event said to be scheduled, with its time
        if ((f.equals("المقرر") || f.equals("المقرره")) && i > 0 && WordKey.fold(ts.get(i - 1).text()).startsWith("ال")
                && SCHEDULED_WHEN.contains(next) && !(i > 1 && KANA.contains(WordKey.fold(ts.get(i - 2).text())))) return true;
        if ((raw.equals("من") || raw.equals("ومن")) && SCHEDULED.contains(next)) {
            // «ومن المتوقع أن يؤثر القرار على الأسعار»: an expected outcome, not a schedule
            String verb = i + 3 < ts.size() && WordKey.fold(ts.get(i + 2).text()).equals("ان") ? WordKey.fold(ts.get(i + 3).text()) : "";
            return !(next.equals("المتوقع") && verb.length() > 3 && imperfect(verb) && outcome("س" + verb));
        }
        boolean nounSlot = i > 0 && NOUN_SLOT.contains(WordKey.fold(ts.get(i - 1).text()))
                || i + 1 < ts.size() && PREDICATE_ADJECTIVES.contains(WordKey.fold(ts.get(i + 1).text()));  // «وجاء طلب ترامب»، «أمر قليل»
        if ((f.equals("وجه") || f.equals("امر") || f.equals("امرت")) && !nounSlot && ordersSomething(ts, i)) return true;
        if (ASKED.contains(f) && !nounSlot && asksSomeone(ts, i)) return true;
        if (INSISTS.contains(f) && next.equals("علي") && actionNoun(ts, i + 2)) return true;  // «مصرون على إعادة فتح الطرق»
        // «شدد على أن يتحمل …»: after a verb of insisting, على أن states a demand, not a schedule
        boolean insisted = false;  // the subject may stand between: «وشدد السيستاني على أن …»
        for (int k = Math.max(0, i - 4); k < i; k++) insisted |= INSIST_VERBS.contains(ArabicRules.bare(WordKey.fold(ts.get(k).text())));
        return f.equals("علي") && next.equals("ان") && !insisted && i + 2 < ts.size() && imperfect(WordKey.fold(ts.get(i + 2).text()));
    }

    // whole inflected forms, looked up rather than matched by a pattern for every word
    private static final Set<String> THREATENS = WordKey.set("هدد", "يهدد", "تهدد");
    private static final Set<String> ASKED = WordKey.set("طلب", "طلبت", "طلبوا", "طلبا");
    private static final Set<String> AGREED = WordKey.set("اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا");
    private static final Set<String> PLANNED = WordKey.set("خطط", "خططت", "خططوا");
    private static final Set<String> READY = WordKey.set("مستعد", "مستعده", "مستعدون", "مستعدين", "جاهز", "جاهزه", "جاهزون", "جاهزين");
    /** Objects that make a verb an evaluation of what something will be (سيلعب دورا، ستشكل أساسا، سيكون خطوة). */
    private static final Set<String> EVALUATIVE_OBJECTS = WordKey.set("دورا", "اساسا", "خطوه", "تهديدا", "فرصه", "بدايه",
            "نقطه", "سابقه", "ضربه", "حافزا", "دفعه", "تحولا", "عاملا", "مصدرا");
    private static final Set<String> RELATIVE_WHO = WordKey.set("من", "ومن", "الذي", "التي", "الذين", "مما");
    private static final Set<String> INSIST_VERBS = WordKey.set("شدد", "شددت", "اكد", "اكدت", "حرص", "حرصت", "اصر", "اصرت",
            "يشدد", "تشدد", "يوكد", "توكد", "يصر", "تصر", "حث", "حثت");

    /**
     * An agreement, a stipulation, an impersonal decision or a plan whose act is a verbal noun: «اتفق البلدان
     * على استئناف …»، «تم الاتفاق على قيام …»، «تقرر تأجيل …»، «خطط الرئيس لسحب …». The act is still to come.
     */
    private static boolean agreed(List<Token> ts, int i) {
        String f = ArabicRules.bare(WordKey.fold(ts.get(i).text()));
        if (AGREED.contains(f) || f.equals("الاتفاق") && i > 0 && ArabicRules.bare(WordKey.fold(ts.get(i - 1).text())).equals("تم")) {
            // the subject may stand between verb and على: «اتفق البلدان على استئناف …»
            // «اتفق كثيرون على أن …» agrees on a view; an agreed act is a verbal noun
            for (int k = i + 1; k + 1 < ts.size() && k - i <= 5; k++) {
                if (WordKey.fold(ts.get(k).text()).equals("علي")) return act(ts, k + 1) && !WordKey.fold(ts.get(k + 1).text()).equals("ان");
            }
            return false;
        }
        if (f.equals("تقرر")) return i + 1 < ts.size() && act(ts, i + 1);
        if (PLANNED.contains(f)) {  // not خططا, the noun "plans"
            for (int k = i + 1; k < ts.size() && k - i <= 4; k++) {
                String w = WordKey.fold(ts.get(k).text());
                if (w.length() >= 4 && w.charAt(0) == 'ل' && !w.startsWith("لل") && act(w.substring(1))) return true;
            }
        }
        return false;
    }

    /** A verbal noun (استئناف، قيام، تأجيل) or أن + verb: the act agreed or decided. */
    private static boolean act(List<Token> ts, int k) {
        return act(WordKey.fold(ts.get(k).text()));
    }

    /** A verbal noun in construct (قيام الدول، سحب القوات), which has no ال; not a demonstrative (على ذلك). */
    private static boolean act(String w) {
        if (w.equals("ان") || w.equals("عدم") || ArabicRules.isVerbalNoun(w)) return true;
        // «عملية التفكيك»، «آلية»: an abstract noun in -ية names a process, not the act agreed
        return w.length() >= 3 && !w.startsWith("ال") && !w.endsWith("يه") && !DEMONSTRATIVES.contains(w) && !ArabicRules.INSTANCE.isGivenName(w);
    }

    private static final Set<String> DEMONSTRATIVES = WordKey.set("ذلك", "هذا", "هذه", "تلك", "ذاك", "تسويه", "اتفاق");

    /** «نيكولا ستيرجن»: a word right after a foreign given name is its surname, however it begins. */
    private static boolean afterForeignName(List<Token> ts, int i) {
        return i > 0 && GivenNames.ARABIC_FOREIGN.contains(WordKey.fold(ts.get(i - 1).text()));
    }

    /**
     * «وهذا يعني أن …»، «توقع الخبير أن …»، «اعتقادا منه أن …»، «ورأت الصحيفة أن …»: a future told as what
     * follows, what is expected or what is believed is a forecast or an opinion, not a plan.
     */
    private static boolean believed(List<Token> ts, int cue) {
        String c = ArabicRules.bare(WordKey.fold(ts.get(cue).text()));
        if (!futureVerb(c) && !timeWord(ts, cue) && !c.equals("علي") && !imperfect(c)) return false;
        for (int k = 0; k < cue; k++) {
            String w = ArabicRules.bare(WordKey.fold(ts.get(k).text()));
            if (!BELIEFS.contains(w)) continue;
            // «حيث يعتقد بأنه سينقل …»: the impersonal passive "it is believed" hedges a reported plan
            if (IMPERSONAL.contains(w) && k + 1 < cue && rules().isComplementizer(ts.get(k + 1).text())) continue;
            for (int j = k + 1; j < cue && j - k <= 4; j++) {
                if (rules().isComplementizer(ts.get(j).text())) return true;
            }
        }
        return false;
    }

    private static final Set<String> IMPERSONAL = WordKey.set("يعتقد", "يظن");

    private static ArabicRules rules() {
        return ArabicRules.INSTANCE;
    }

    private static final Set<String> BELIEFS = WordKey.set("يعني", "تعني", "اعتقادا", "يعتقد", "تعتقد", "يعتقدون", "اعتقد",
            "اعتقدت", "راي", "رات", "يري", "تري", "يرون", "راوا", "توقع", "توقعت", "توقعوا", "رجح", "رجحت", "يرجح", "ترجح",
            "يخشي", "تخشي", "يخشون", "يامل", "تامل", "يتمني", "تتمني", "يظن", "تظن", "ظن", "يفترض");

    /** «وجّه [فلان] بتشكيل لجنة»: the verb of ordering with its بـ object; not «على وجه الخصوص». */
    private static boolean ordersSomething(List<Token> ts, int i) {
        if (i > 0 && WordKey.fold(ts.get(i - 1).text()).equals("علي")) return false;
        if (i + 1 < ts.size() && GIVEN_THINGS.contains(WordKey.fold(ts.get(i + 1).text()))) return false;
        for (int k = i + 1; k < ts.size() && k - i <= 12; k++) {
            String w = WordKey.fold(ts.get(k).text());
            if (w.startsWith("ب") && w.length() >= 4 && !w.startsWith("بال") && !NOT_ORDERED.contains(w)) return true;
        }
        return false;
    }

    /** Words in بـ that are not an ordered act (بشأن، بسبب). */
    private static final Set<String> NOT_ORDERED = WordKey.set("بشان", "بسبب", "بلاد", "بيان", "بعده", "بينه", "بينها", "بنفسه");

    /** «طلبت السلطات من السكان مغادرة…»: a request to someone (من + addressee), not the noun طلب (an application). */
    private static boolean asksSomeone(List<Token> ts, int i) {
        if (i > 0 && NOUN_BEFORE.contains(WordKey.fold(ts.get(i - 1).text()))) return false;
        // The subject may come between verb and addressee: «طلبت السلطات الأمريكية في هاواي من السكان».
        for (int k = i + 1; k < ts.size() && k - i <= 6; k++) {
            if (WordKey.fold(ts.get(k).text()).equals("من")) return true;
        }
        return false;
    }

    @Override public boolean joinsPlan(List<Token> ts, int k, java.util.function.BooleanSupplier datedApart) {
        String raw = WordKey.fold(ts.get(k).text());
        if (raw.length() < 5 || raw.charAt(0) != 'و') return false;
        String rest = raw.substring(1);
        if (rest.equals("من")) return k + 1 < ts.size() && SCHEDULED.contains(WordKey.fold(ts.get(k + 1).text()));
        return futureVerb(rest) && !copula(rest) && !outcome(rest) && !afterForeignName(ts, k) && datedApart.getAsBoolean();
    }

    @Override public boolean forecastFrom(List<Token> ts, int from) {
        for (int k = from; k < ts.size() && k - from <= 2; k++) {
            String w = ArabicRules.bare(WordKey.fold(ts.get(k).text()));
            if (BELIEFS.contains(w) && !IMPERSONAL.contains(w)) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern SCHEDULED_EVENT = java.util.regex.Pattern.compile("من الم(قرر|توقع|نتظر|فترض) (?!أن)");
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("(^|\\s)(سن|نحن|سوف ن)");

    @Override public boolean scheduledEvent(String stepText) {
        return SCHEDULED_EVENT.matcher(stepText).find() && !FIRST_PERSON.matcher(stepText).find();
    }

    @Override public boolean opensClause(String token) {
        return CLAUSE_OPENERS.contains(WordKey.fold(token));
    }

    /** «كان سيستضيف», «وكان من المقرر»: a plan told in the past, which did not or may not happen. */
    private static boolean afterKana(List<Token> ts, int i) {
        // a time word (المقبلة) reaches back further: «كانوا يخططون لعمليات خلال الأيام القليلة المقبلة»
        for (int k = Math.max(0, i - (timeWord(ts, i) ? 7 : 2)); k < i; k++) {
            if (KANA.contains(WordKey.fold(ts.get(k).text()))) return true;
        }
        return negatedSaying(ts, i);
    }

    /** «قد تنتهي …»: قد before an imperfect is "may" (a possibility), before a past verb "already"; neither is a plan. */
    private static boolean afterQad(List<Token> ts, int i) {
        // «وقد تعهدت الحكومة بسحب …»: a pledge or decision made already still binds what comes
        if (i > 0 && QAD.contains(WordKey.fold(ts.get(i - 1).text()))) return !COMMITMENTS.contains(ArabicRules.bare(WordKey.fold(ts.get(i).text())));
        // «قد تنتهي خلال الأسابيع المقبلة»: a time word in a clause of possibility
        for (int k = Math.max(0, i - 6); timeWord(ts, i) && k < i - 1; k++) {
            if (QAD.contains(WordKey.fold(ts.get(k).text())) && imperfect(WordKey.fold(ts.get(k + 1).text()))) return true;
        }
        return false;
    }

    private static final Set<String> QAD = WordKey.set("قد", "وقد", "فقد");
    private static final Set<String> COMMITMENTS = WordKey.set("تعهد", "تعهدت", "تعهدا", "تعهدوا", "وعد", "وعدت", "قرر",
            "قررت", "قررا", "قرروا", "اتفق", "اتفقت", "اتفقا", "اتفقوا");
    /** Words after which أمر/طلب are nouns: «وجاء طلب …»، «هذا أمر …». */
    private static final Set<String> NOUN_SLOT = WordKey.set("جاء", "وجاء", "ياتي", "وياتي", "هذا", "وهذا", "هو", "وهو", "بناء",
            "تلبيه", "رفض", "ورفض", "قدم", "وقدم");
    private static final Set<String> PREDICATE_ADJECTIVES = WordKey.set("قليل", "نادر", "مهم", "ضروري", "طبيعي", "صعب", "سهل",
            "مستبعد", "وارد", "مرفوض", "مستحيل", "خطير", "واقع", "محسوم");
    /** Prepositions before طلب make it the noun "request" (في طلب، على طلب). */
    private static final Set<String> NOUN_BEFORE = WordKey.set("في", "علي", "الي", "عن");
    private static final Set<String> PAST_MARKERS = WordKey.set("الماضي", "الماضيه", "امس", "منذ", "سابق", "السابق", "مضت");

    private static boolean pastDated(List<Token> ts) {
        for (Token t : ts) {
            String w = WordKey.fold(t.text());
            if (PAST_MARKERS.contains(w)) return true;
        }
        return false;
    }

    /** A year before the article's («في عام 2015»). */
    private boolean earlierYear(List<Token> ts) {
        if (articleYear == 0) return false;
        for (Token t : ts) {
            String w = t.text();
            if (w.matches("(19|20)\\d\\d") && Integer.parseInt(w) < articleYear) return true;
        }
        return false;
    }

    /** Another future word after position {@code i}: سـ on a verb, سوف، المقبل/القادم. */
    private static boolean aheadInSentence(List<Token> ts, int i) {
        for (int k = i + 1; k < ts.size(); k++) {
            String w = ArabicRules.bare(WordKey.fold(ts.get(k).text()));
            if (futureVerb(w) || w.equals("سوف") || w.startsWith("المقبل") || w.startsWith("القادم") || w.startsWith("مقبل")) return true;
        }
        return false;
    }

    /** A cue that is a time adjective (المقبل، القادمة), which may sit far from the verb it dates. */
    private static boolean timeWord(List<Token> ts, int i) {
        String f = WordKey.fold(ts.get(i).text());
        return f.startsWith("ال") || f.startsWith("مقبل");
    }

    /** «لم يقل إن جنرالا سيجري التحقيقات»: what someone did not say is not a plan. */
    private static boolean negatedSaying(List<Token> ts, int i) {
        for (int k = Math.max(1, i - 6); k < i; k++) {
            String w = WordKey.fold(ts.get(k).text());
            boolean saying = ArabicRules.INSTANCE.isSpeechVerb(w) || JUSSIVE_SAY.contains(w);  // «لم يقل»: the jussive of يقول
            if (saying && NOT_SAID.contains(WordKey.fold(ts.get(k - 1).text()))) return true;
        }
        return false;
    }

    /** «يلتقي الرئيسان الجمعة»: a sentence opening on a present-tense verb and naming a day is a schedule. */
    private boolean startsWithPresentAndDate(List<Token> ts) {
        if (ts.size() < 4) return false;
        String f = ArabicRules.bare(WordKey.fold(ts.get(0).text()));
        // «تفقدت»، «ونشرت صحيفة …»: a past verb with its feminine ت, not an imperfect
        boolean pastFeminine = f.endsWith("ت") && f.length() >= 4;
        // «يأتي هذا في وقت …»: the verb of "coming about" frames the news, it schedules nothing
        if (!imperfect(f) || pastFeminine || f.length() < 4 || rules.isSpeechVerb(f) || f.matches("[يت]اتي")) return false;
        // «تضمّن بيان …»: a ت verb before a masculine noun is a past verb (تفعّل), not a present with a feminine subject
        String subject = WordKey.fold(ts.get(1).text());
        if (f.charAt(0) == 'ت' && !(subject.endsWith("ه") || subject.endsWith("ات"))) return false;
        // «ويرقد … منذ الأحد الماضي»: a day said to be past dates what is going on, it schedules nothing
        for (int k = 0; k < ts.size(); k++) {
            if (DateResolver.weekday(ts.get(k).text()) == null || !WordKey.fold(ts.get(k).text()).startsWith("ال")) continue;
            boolean past = k + 1 < ts.size() && PAST_MARKERS.contains(WordKey.fold(ts.get(k + 1).text()))
                    || k > 0 && WordKey.fold(ts.get(k - 1).text()).equals("منذ");
            if (!past) return true;
        }
        return false;
    }

    /**
     * Stems (after سـ and the person prefix) of verbs that forecast an outcome or a state rather than an act:
     * ستساعد، سيساهم، سيعتمد، سيؤدي إلى، سيسمح، سيظل، سيتعين، سيرتفع.
     */
    private static final Set<String> OUTCOME_STEMS = WordKey.set("ساعد", "ساهم", "سهم", "عتمد", "ودي", "سمح", "ظل", "بقي",
            "تعين", "حتاج", "صبح", "ستفيد", "فيد", "وثر", "نعكس", "كلف", "تطلب", "عني", "رتفع", "نخفض", "تراجع", "زداد",
            "صعب", "سهل", "ضر", "بدو", "مكن", "جعل", "ستغرق", "لحق", "تعرض", "ري", "حدث");  // «سنرى ما سيحدث»: wait and see
    // not «مصر» alone, which is also Egypt (مصر على استعداد)
    /** «على إعادة فتح …», «على أن …»: an act insisted on; not a stance held (مصرة على موقفها، على براءته). */
    private static boolean actionNoun(List<Token> ts, int k) {
        if (k >= ts.size()) return false;
        String raw = ts.get(k).text();
        String w = WordKey.fold(raw);
        if (w.equals("ان")) return true;
        boolean possessed = w.length() > 4 && (w.endsWith("ها") || w.endsWith("هم") || raw.endsWith("ه"));  // ه, not ة
        return !possessed && !STANCES.contains(w);
    }

    private static final Set<String> STANCES = WordKey.set("موقف", "الموقف", "رايه", "رايها", "براءه", "حقه", "حقها",
            "مطالبها", "مطالبهم", "الرفض", "رفض", "المطالبه", "عدم");
    private static final Set<String> TIME_WORDS = WordKey.set("اليوم", "غدا", "الان", "امس", "حاليا", "قريبا", "ايضا");
    private static final Set<String> JUSSIVE_SAY = WordKey.set("يقل", "تقل", "يقولوا", "يعلن", "تعلن", "يذكر", "تذكر", "يوكد", "توكد");
    private static final Set<String> NOT_SAID = WordKey.set("لم", "لن", "ولم", "ولن", "لا", "ولا");
    private static final Set<String> PAST_WHEN = WordKey.set("عندما", "حين", "حينما", "لما", "بعدما", "منذ", "يوم", "وعندما");
    private static final Set<String> INSISTS = WordKey.set("مصرون", "مصره", "مصرين", "عازم", "عازمون", "عازمه",
            "عازمين", "يصر", "تصر", "يصرون", "مصممون", "مصمم", "مصممه", "مصممين");
    private static final Set<String> CONDITIONALS = WordKey.set("اذا", "لو", "ولو", "واذا", "فاذا");

    private static boolean outcome(String f) {
        String stem = f.substring(2).replaceAll("(ون|ان|وا)$", "");
        return OUTCOME_STEMS.contains(stem) || OUTCOME_STEMS.contains(f.substring(2));
    }

    /** «في حال قررت … فسوف»، «إذا … سـ»: what would follow a condition is not planned. «ما إذا» (whether) is no condition. */
    private static boolean conditional(List<Token> ts, int cue) {
        if (firstPerson(ts, cue)) return false;  // «إذا … فإننا سنفرض رسوما»، «لو هاجمونا سنرد»: a threat or promise
        for (int k = 0; k < cue; k++) {
            String w = WordKey.fold(ts.get(k).text());
            String prev = k > 0 ? WordKey.fold(ts.get(k - 1).text()) : "";
            if (CONDITIONALS.contains(w) && !prev.equals("ما")) return true;
            if ((w.equals("حال") || w.equals("حاله")) && (prev.equals("في") || prev.equals("وفي"))) return true;
            // «في هذه الحالة سيتطور الموقف»، «عندها سنرد»: in that case
            if (w.equals("الحاله") && prev.equals("هذه") || w.equals("عندها") || w.equals("وعندها")) return true;
        }
        return false;
    }

    private static final Set<String> FIRST_PERSON_WORDS = WordKey.set("نحن", "انا", "اننا", "انني", "فاننا", "فانني");

    /** A future of the first person (سنفرض، سأعلن، سوف نتحرك): what the speaker commits to. */
    private static boolean firstPerson(List<Token> ts, int cue) {
        String raw = ts.get(cue).text().replaceFirst("^[وف](?=س)", "");
        String f = ArabicRules.bare(WordKey.fold(ts.get(cue).text()));
        String next = cue + 1 < ts.size() ? ts.get(cue + 1).text() : "";
        if (f.equals("سوف")) return next.startsWith("ن") || next.startsWith("أ");
        return f.length() >= 5 && futureVerbToken(ts.get(cue).text()) && (raw.startsWith("سن") || raw.startsWith("سأ")) && !copula(f);
    }

    /**
     * «مما سيدفع الأسواق …»، «هذا ما سوف نستمر في فعله»، «وستنضم أي رسوم …»: what would follow (مما/ما before the
     * future) or what any such thing would do (أي + noun after it) is a consequence, not a plan.
     */
    private static boolean consequence(List<Token> ts, int cue) {
        String before = cue > 0 ? WordKey.fold(ts.get(cue - 1).text()) : "";
        String after = cue + 1 < ts.size() ? WordKey.fold(ts.get(cue + 1).text()) : "";
        return CONSEQUENCE_BEFORE.contains(before) && (futureVerbToken(ts.get(cue).text()) || WordKey.fold(ts.get(cue).text()).equals("سوف"))
                || after.equals("اي") && futureVerbToken(ts.get(cue).text()) && verbFirst(ts, cue);  // not «بأنها ستسقط أي صاروخ»
    }

    /** The verb opens its clause («وستنضم …»): أي after it is then its subject, not its object. */
    private static boolean verbFirst(List<Token> ts, int cue) {
        return cue == 0 || WordKey.fold(ts.get(cue).text()).startsWith("و") || WordKey.fold(ts.get(cue).text()).startsWith("ف");
    }

    private static final Set<String> SCHEDULED_WHEN = WordKey.set("في", "يوم", "خلال", "بعد", "الاسبوع", "الشهر", "مطلع", "اواخر", "منتصف");
    private static final Set<String> CONSEQUENCE_BEFORE = WordKey.set("مما", "ما", "وهو", "الامر");

    /**
     * «ما حدث هو أن الطيار قرر …»، «تعهد الوزير ذات مرة بأنه سيستقيل»، «اتهموها بأنها تهدف …»: a decision or pledge told
     * as what happened, once, or as what someone was accused of is past narrative.
     */
    private static boolean toldAsPast(List<Token> ts, int cue) {
        for (int k = 0; k + 1 < ts.size(); k++) {
            String w = WordKey.fold(ts.get(k).text());
            String next = WordKey.fold(ts.get(k + 1).text());
            if (k < cue && (w.equals("ما") || w.equals("وما")) && (next.equals("حدث") || next.equals("جري"))) return true;
            if ((w.equals("ذات") || w.equals("ذاك")) && next.equals("مره")) return true;
        }
        String f = ArabicRules.bare(WordKey.fold(ts.get(cue).text()));
        return AIMS.contains(f) && cue > 0 && WordKey.fold(ts.get(cue - 1).text()).matches("بانه|بانها|بانهم");
    }

    /** سيكون/ستكون: a forecast of a state, not an action someone is to take. */
    private static boolean copula(String f) {
        return f.matches("س[يتن]كون(ون|ان|ا)?");
    }

    /** {@link #futureVerb} on a word as written: a final hamza on alif (ستبدأ، سينشأ) folds to ا but is a verb's. */
    static boolean futureVerbToken(String raw) {
        if (raw.endsWith("ة")) return false;  // «سيالة»، «سترة»: no verb ends in ta marbuta; folding hides it, the spelling does not
        String f = ArabicRules.bare(WordKey.fold(raw));
        // «سأواصل»، «وسأعلن»: سـ before the first-person أ, told apart from سأل (asked) and names in سا by the hamza
        String r = raw.startsWith("و") || raw.startsWith("ف") ? raw.substring(1) : raw;
        if (r.startsWith("سأ") && !r.startsWith("سأل") && !r.startsWith("سأم") && f.length() >= 5) return futureVerb("سي" + f.substring(2));
        return raw.endsWith("أ") && f.endsWith("ا") ? futureVerb(f.substring(0, f.length() - 1) + "ء") : futureVerb(f);
    }

    /** سـ before an imperfect prefix (ي/ت/ن/ا), not a noun that merely starts that way. */
    static boolean futureVerb(String f) {
        if (f.length() < 4 || f.charAt(0) != 'س' || "يتن".indexOf(f.charAt(1)) < 0) return false;
        if (NOT_VERBS.matcher(f).matches()) return false;
        String stem = f.replaceAll("(ون|ان|وا|ين)$", "");
        // سـ takes the indicative (سيذهبون), never the -وا of the subjunctive, which marks a foreign name (سينالوا).
        // A final و is a defective verb (سيدعو، سيبدو) when short; longer or after ي it is a name (سيرجيو، ستيفانو).
        boolean nameLikeO = f.endsWith("و") && (f.length() > 5 || f.endsWith("يو"));
        // An indicative never ends in a bare ا (ى folds to ي), so سيلفا، سيدنا-like words are names or nouns.
        if (stem.length() > 8 || nameLikeO || f.endsWith("ا") || f.endsWith("يس")) return false;
        return !f.endsWith("يه") && !f.endsWith("يين") && !f.endsWith("ات");
    }

    private static boolean imperfect(String f) {
        return f.length() >= 3 && "يتن".indexOf(f.charAt(0)) >= 0;
    }

    /**
     * Who is to act: for a verb cue the subject after it (VSO), for «على أن يفعل X» the X; for a noun cue
     * (عزمها، المقبل، من المقرر) the subject after the sentence's opening verb.
     */
    @Override public String actor(String text, List<Token> ts, int cue) {
        // «سأرمي العقاقير»، «سنغلق المعبر»: a first person acts; with no subject word the one speaking is meant
        if (firstPerson(ts, cue) && (cue == 0 || !FIRST_PERSON_WORDS.contains(WordKey.fold(ts.get(cue - 1).text())))) return "نحن";
        String actor = actorPhrase(text, ts, cue);
        // «وسيتم الإعلان من قبل الجهات المختصة»: a passive names its agent after من قبل
        String agent = agentAfterMinQibal(text, ts, cue);
        if (!agent.isEmpty()) return agent;
        // a verbal noun (الإعلان، الافتتاح) is the act itself, not who acts
        List<Token> words = WordKey.tokens(actor);
        return !words.isEmpty() && ArabicRules.isVerbalNoun(WordKey.fold(words.get(0).text())) && WordKey.fold(words.get(0).text()).startsWith("ال")
                ? "" : actor;
    }

    private static String agentAfterMinQibal(String text, List<Token> ts, int cue) {
        for (int k = cue + 1; k + 2 < ts.size() && k - cue <= 10; k++) {
            if (WordKey.fold(ts.get(k).text()).equals("من") && WordKey.fold(ts.get(k + 1).text()).equals("قبل")) {
                int end = k + 2;
                while (end < ts.size() && end - (k + 2) < 4 && !NameFinder.gap(text, ts.get(end - 1), ts.get(end))
                        && (end == k + 2 || WordKey.fold(ts.get(end).text()).startsWith("ال") || WordKey.fold(ts.get(end).text()).startsWith("لل"))) end++;
                return text.substring(ts.get(k + 2).start(), ts.get(end - 1).end());
            }
        }
        return "";
    }

    private String actorPhrase(String text, List<Token> ts, int cue) {
        String f = ArabicRules.bare(WordKey.fold(ts.get(cue).text()));
        boolean fv = futureVerbToken(ts.get(cue).text());
        boolean verb = fv || f.equals("وجه") || WORDS.contains(f) && !f.startsWith("ال") && !f.startsWith("مقبل");
        // «أمل قررت الإقدام على …»: after قرر a verbal noun is what was decided; the one deciding stands before
        boolean decidedNoun = f.startsWith("قرر") && cue + 1 < ts.size() && WordKey.fold(ts.get(cue + 1).text()).startsWith("ال");
        String before = fv || decidedNoun ? subjectBefore(text, ts, cue) : "";
        if (!before.isEmpty()) return before;
        boolean scheduled = f.equals("من") || f.equals("ومن");  // «ومن المقرر أن تصل الاحتجاجات»: the subject after the verb
        // «ومن المقرر انطلاق مظاهرة …»، «أنه من المتوقع إعلان …»: with no أن, a verbal noun names the event and nobody
        // is named to act (the أنه before it is impersonal, not "he")
        if (scheduled && (cue + 2 >= ts.size() || !WordKey.fold(ts.get(cue + 2).text()).equals("ان"))) return "";
        boolean pronounSubject = cue > 0 && PRONOUN_THAT.contains(WordKey.fold(ts.get(cue - 1).text()));
        if (pronounSubject) return nounPhrase(text, ts, 1);  // «أعلنت الحكومة أنها ستبدأ»: the one who announced
        int k = f.equals("علي") ? cue + 3 : scheduled ? cue + 4 : verb ? cue + 1 : 1;
        return nounPhrase(text, ts, k);
    }

    /** «أن المملكة ستواصل»: a subject placed before the verb, back to a complementizer or punctuation. */
    private String subjectBefore(String text, List<Token> ts, int cue) {
        int start = cue;
        // «أن القاهرة "ستسعى …"»: a quotation may open on the verb, after its subject
        boolean quoteOpens = cue > 0 && text.substring(ts.get(cue - 1).end(), ts.get(cue).start()).matches("\\s*[\"«“]");
        while (start > 0 && cue - start < 4 && (start == cue && quoteOpens || !NameFinder.gap(text, ts.get(start - 1), ts.get(start)))) {
            String w = WordKey.fold(ts.get(start - 1).text());
            if (rules.isComplementizer(w) || rules.isSpeechVerb(w) || PHRASE_STOPS.contains(w) || CLAUSE_OPENERS.contains(w)) break;
            if (!w.startsWith("ال") && rules.isNotName(w)) return "";
            start--;
        }
        boolean opened = start == 0 || start < cue && rules.isComplementizer(ts.get(start - 1).text())
                || CLAUSE_OPENERS.contains(WordKey.fold(ts.get(start - 1).text()))  // «لكن الحكومة قررت»
                || NameFinder.gap(text, ts.get(start - 1), ts.get(start));
        return start < cue && opened ? text.substring(ts.get(start).start(), ts.get(cue - 1).end()) : "";
    }

    /** Whether a word belongs to one of the article's person names. */
    private boolean inName(String word) {
        List<String> key = PersonRegistry.key(word);
        return !key.isEmpty() && nameWords.contains(key.get(0));
    }

    private String nounPhrase(String text, List<Token> ts, int k) {
        // «يبدأ السبت وزير الخارجية جولة»: a day or time word between verb and subject is not the actor
        while (k < ts.size() - 1 && (DateResolver.weekday(ts.get(k).text()) != null || TIME_WORDS.contains(WordKey.fold(ts.get(k).text())))) k++;
        int end = k;
        while (end < ts.size() && end - k < 5) {
            if (end > k && NameFinder.gap(text, ts.get(end - 1), ts.get(end))) break;
            String w = WordKey.fold(ts.get(end).text());
            boolean nameish = !rules.isNotName(w) || rules.isOrganisationNoun(w) || rules.isRoleNoun(w);
            boolean prevDefinite = end > k && WordKey.fold(ts.get(end - 1).text()).startsWith("ال");
            boolean given = rules.isGivenName(w);  // «وزير الخارجية سامر الأحمد»: the name after the role belongs to it
            if (end == k && !(w.startsWith("ال") || nameish) || end > k && !(w.startsWith("ال") || nameish && !prevDefinite || given)) break;
            if (PHRASE_STOPS.contains(w) || ArabicFuture.futureVerb(w)) break;
            // «ترامب الغولف»، «ترامب اسكتلندا الأحد»، «ترامب بإرسال»: after a person's name the object or a time begins
            if (end > k && inName(ts.get(end - 1).text()) && !inName(ts.get(end).text())) break;
            if (end > k && (DateResolver.weekday(ts.get(end).text()) != null
                    || w.length() > 3 && w.charAt(0) == 'ب' && ArabicRules.isVerbalNoun(w.substring(1)))) break;
            end++;
        }
        return end == k ? "" : text.substring(ts.get(k).start(), ts.get(end - 1).end());
    }

    /** Events that are scheduled (الاجتماع سيعقد): a verbal noun of this kind before the verb is planned, not forecast. */
    private static final Set<String> EVENTS = WordKey.set("اجتماع", "الاجتماع", "اجتماعات", "الاجتماعات", "مؤتمر", "الموتمر",
            "قمه", "القمه", "زياره", "الزياره", "انتخابات", "الانتخابات", "محادثات", "المحادثات", "مفاوضات", "المفاوضات",
            "جلسه", "الجلسه", "افتتاح", "الافتتاح", "مناورات", "المناورات", "اجتماعها", "اجتماعه", "الاستفتاء", "استفتاء");

    /**
     * «التوصل إلى مثل هذا الاتفاق سيشكل …»، «الانسحاب سيمنح إيران …»: an act named by a verbal noun as the subject
     * before the verb, with no date, forecasts what it will bring; a scheduled event (الاجتماع سيعقد) is kept.
     */
    private boolean eventSubjectForecast(List<Token> ts, int cue) {
        if (cue == 0) return false;
        for (Token t : ts) if (DateResolver.weekday(t.text()) != null || ArabicDates.monthNumber(t.text()) > 0) return false;
        // the head of the subject: back over its complement to the word after a complementizer or the clause start
        int head = -1;
        for (int k = cue - 1; k >= 0 && cue - k <= 6; k--) {
            String w = WordKey.fold(ts.get(k).text());
            if (rules().isComplementizer(ts.get(k).text()) || rules().isSpeechVerb(w)) break;
            head = k;
        }
        if (head < 0) return false;
        String w = ArabicRules.bare(WordKey.fold(ts.get(head).text()));
        return w.startsWith("ال") && ArabicRules.isVerbalNoun(w) && !EVENTS.contains(w);
    }

    /** «هدد ترامب بالانسحاب»: the act threatened, in بـ, within a few words (the subject may come between). */
    private static boolean threatensAct(List<Token> ts, int i) {
        for (int k = i + 1; k < ts.size() && k - i <= 4; k++) {
            String w = WordKey.fold(ts.get(k).text());
            if (w.startsWith("ب") && w.length() > 3 && !NOT_ORDERED.contains(w) && !w.equals("بين") && !w.startsWith("بعد")) return true;
        }
        return false;
    }

}
