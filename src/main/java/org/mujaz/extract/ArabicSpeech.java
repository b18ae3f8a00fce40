package org.mujaz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic speech is mostly verb first: «وقال [المصدر]، في بيان، إن …», «وأضاف أن …» (no subject: the same
 * source continues), participles «مؤكدا أن …», and relays «بحسب ما أعلن …», «نقلت وكالة … عن …».
 */
final class ArabicSpeech implements SpeechPatterns {

    private static final Set<String> CLAUSE_WORDS = WordKey.set("لكن", "ولكن", "بينما", "فيما", "كما", "ثم", "كان",
            "وكان", "كانت", "وكانت", "قد", "وقد");
    private static final Set<String> CORE_SAY = WordKey.set("قال", "قالت", "صرح", "صرحت", "اكد", "اكدت", "اعلن", "اعلنت",
            "اوضح", "اوضحت", "ذكر", "ذكرت", "قالوا", "قالا", "قالتا", "اكدوا", "اعلنوا", "ذكروا");
    private static final Set<String> OBJECT_TAKING = WordKey.set("اتهم", "وصف", "حث", "حذر", "نصح", "دعو", "طالب", "هدد",
            "توعد", "امر");
    private static final Set<String> PRONOUNS = WordKey.set("هو", "هي", "هم", "هما", "وهو", "وهي");
    /** Words in بـ that are not the preposition a verb governs (باسم in «المتحدث باسم الوزارة», بسبب، بشأن). */
    private static final Set<String> MEDIA = WordKey.set("بيان", "تصريح", "تصريحات", "مؤتمر", "تغريده", "رساله", "مقابله", "كلمه");
    // not رفض: «رفضت إيران تقديم أي التزامات» refuses an act, it reports nothing
    private static final Set<String> NP_COMPLEMENT = WordKey.set("اعلن", "اعلنت", "نفي", "نفت", "اكد", "اكدت", "ينفي", "تنفي");
    private static final Set<String> COUNTRIES = WordKey.set("مصر", "سوريا", "العراق", "ايران", "تركيا", "روسيا", "فرنسا",
            "الصين", "اليابان", "اسراييل", "لبنان", "الاردن", "السعوديه", "قطر", "الكويت", "اليمن", "ليبيا", "تونس", "الجزاير",
            "المغرب", "السودان", "امريكا", "اميركا", "بريطانيا", "المانيا", "ايطاليا", "اسبانيا", "الهند", "باكستان", "افغانستان",
            "واشنطن", "موسكو", "بكين", "طهران", "دمشق", "بغداد", "القاهره", "الرياض", "لندن", "باريس", "انقره", "الامارات",
            "البحرين", "كندا", "استراليا", "البرازيل", "الاكوادور", "كوبا", "فنزويلا", "اوكرانيا", "بيروت", "عمان", "ابوظبي");
    private static final Set<String> CRITICISE = WordKey.set("انتقد", "انتقدت", "ندد", "نددت", "هاجم", "هاجمت", "استنكر",
            "استنكرت", "رحب", "رحبت", "اشاد", "اشادت");
    private static final Set<String> B_IDIOMS = WordKey.set("باسم", "بسبب", "بشان", "بحسب", "بالنسبه", "بدوره", "بدورها", "بعض");
    private static final Set<String> SAYING_NOUNS = WordKey.set("قوله", "قولها", "قولهم", "قولهما");
    private static final Set<String> REFLEXIVE = WordKey.set("لنفسه", "لنفسها", "لنفسهم", "لنفسي", "لانفسهم");
    private static final Set<String> CIRCUMSTANTIAL = WordKey.set("هي", "هو", "هم", "عليها", "عليه", "عليهم", "فيها", "فيه",
            "بيدها", "بيده", "امامها", "امامه", "معها", "معه");
    private static final Set<String> FROM_HIM = WordKey.set("عنه", "عنها", "عنهم", "عنهما");
    private static final Set<String> IMPERSONAL = WordKey.set("يتوقع", "يعتقد", "يرجح", "يقال", "يذكر", "يفترض", "يشار", "يلاحظ");
    private static final Set<String> NEGATIONS = WordKey.set("لن", "لا", "لم", "ما", "قد", "سوف", "ولن", "ولا", "ولم", "وقد");
    private static final Set<String> WITHOUT = WordKey.set("دون", "بدون", "ودون");
    private static final Set<String> APPEARED = WordKey.set("جاء", "ورد", "وردت", "جاءت");
    private static final Set<String> RELATIVE_PRONOUNS = WordKey.set("التي", "الذي", "الذين", "اللذين", "اللتين", "والتي", "والذي");
    private static final Set<String> KANA = WordKey.set("كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا");
    private static final Set<String> QAD = WordKey.set("قد", "وقد", "لقد");
    private static final Set<String> BUT = WordKey.set("الا", "غير");
    /** Things given or directed, never the source after a verb (وجهت أصابع الاتهام إلى …، وجه انتقادات لاذعة). */
    private static final Set<String> DIRECTED = WordKey.set("اصابع", "انتقادات", "اتهامات", "رساله", "تحذيرا", "تحذيرات",
            "دعوه", "نداء", "انتقادا", "اللوم", "الاتهام");
    private static final Set<String> HOWEVER = WordKey.set("غير", "الا", "بيد", "رغم", "برغم");
    private static final Set<String> SENTENCE_ADVERBS = WordKey.set("مجددا", "ايضا", "كذلك", "ثانيه", "مجدداً", "ايضاً", "بدوره",
            "بدورها", "بدورهم", "مرارا", "صراحه", "مره");
    /** «المذكرة التي أشارت إلى أن "…"»، «الذين طالبوا بـ"…"»: a relative verb whose content follows its preposition. */
    private static final Set<String> CONTENT_PREPOSITIONS = WordKey.set("ب", "بـ", "ل", "الي", "علي", "عن", "من");
    private static final java.util.regex.Pattern DESCRIBED_IT = java.util.regex.Pattern.compile("(وصف|اعتبر|سما|اسما)(ه|ها|هم|ته)");
    private static final Set<String> NOT_DONE = WordKey.set("عدم", "بعدم", "لعدم", "دون", "بدون");
    /** Definite nouns that, after a complete subject, are the verb's object (أدان المتحدث … البيان الصادر). */
    private static final Set<String> DEFINITE_OBJECTS = WordKey.set("البيان", "التصريحات", "الاتهامات", "الهجوم", "القرار",
            "الحادث", "الخطوه", "الاتفاق", "الهجمات", "التقرير", "الاعتداء", "العمليه", "المقترح", "الخطه");
    private static final Set<String> DEMONSTRATIVES = WordKey.set("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هولاء", "اولييك");
    private static final Set<String> TEMPORAL_AN = WordKey.set("بعد", "قبل", "منذ", "دون", "ريثما", "لحين", "حتي", "وبعد", "وقبل");
    private static final Set<String> REQUESTS = WordKey.set("طلب", "طلبت", "طلبوا", "طلبا");
    private static final Set<String> SUBORDINATORS = WordKey.set("عندما", "وعندما", "حين", "وحين", "حينما", "بعدما", "لما",
            "ولما", "اذا", "واذا", "كلما", "بينما", "وبينما");
    /** Circumstantial participles of manner after a verb of saying: how or to whom it was said, not who said it. */
    private static final Set<String> MANNER = WordKey.set("متحدثا", "متحدثه", "متحدثين", "مازحا", "مازحه", "مازحين", "ضاحكا",
            "مبتسما", "مبتسمه", "غاضبا", "ساخرا", "ساخره", "متهكما", "مستنكرا", "مستنكره", "منفعلا", "مخاطبا", "مخاطبه",
            "متوجها", "متوجهه", "قايلين", "مضيفين", "مشيرين", "موضحين", "موكدين", "معتبرين", "مطالبين", "محذرين");
    /** Whom words are said to (صرح لمجلة …، قال للصحفيين): media and audiences, never the source. */
    private static final Set<String> ADDRESSEES = WordKey.set("مجله", "صحيفه", "جريده", "وكاله", "قناه", "موقع", "اذاعه",
            "تلفزيون", "شبكه", "برنامج", "صحفيين", "صحافيين", "صحافه", "صحفي", "مراسل", "مراسلي", "وسايل", "محطه", "اعلام",
            "نشره", "مجلس",
            // outlets addressed by name: «لبي بي سي»، «لسي إن إن»، «لرويترز»، «لفرانس برس»، «لسكاي نيوز»
            "بي", "سي", "رويترز", "فرانس", "سكاي", "اسوشيتد", "الجزيره", "العربيه", "الحره", "نيويورك", "واشنطن");
    private static final Set<String> RELATIVE_MA = WordKey.set("ما", "فيما", "بما", "مما");
    private static final Set<String> FRONT_STOPS = WordKey.set("كان", "وكان", "لكن", "ولكن", "ان", "انه", "قد", "وقد",
            "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم", "انها", "انهم", "بينما", "فقد", "لقد", "ولقد",
            "مضي", "ومضي", "مضت", "ومضت", "عاد", "وعاد", "عادت", "وعادت",
            "ثم", "التي", "الذي", "والتي", "والذي", "الذين", "اذ", "حيث", "عندما", "بينما", "فيما");
    private static final Set<String> RELAY_LINKS = WordKey.set("ما", "عن", "لما", "ل");
    private static final Set<String> GOVERN_AN = WordKey.set("اعرب", "عبر", "اعلن", "كشف", "دافع", "تحدث");
    private static final Set<String> GOVERN_ILA = WordKey.set("دعا", "دع", "اشار", "لفت", "نبه", "نوه");
    private static final Set<String> GOVERN_ALA = WordKey.set("حث", "شدد", "اكد", "ركز", "اصر", "نص");
    private static final Set<String> GOVERN_MIN = WordKey.set("حذر", "نبه", "اشتكي", "اشتك", "سخر", "تخوف");
    private static final Set<String> GOVERN_BI = WordKey.set("اشاد", "طالب", "اتهم", "ندد", "رحب", "نصح", "اوصي", "اوص", "هدد",
            "امر", "تعهد", "وعد", "اقر", "اعترف", "وصف", "بشر", "توعد", "اتهمت");

    private static final Set<String> UNNAMED = WordKey.set("مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "قايد", "دبلوماسي",
            "دبلوماسيون", "خبير", "خبراء", "شاهد", "شهود", "ضابط", "عضو", "اعضاء", "متحدث", "متحدثه", "ناطق", "موظف", "مستشار");
    private static final Set<String> CUTS = WordKey.set("في", "خلال", "عبر", "امام", "عقب", "اثناء", "الذي", "التي", "صدر",
            "صدرت", "يوم", "امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
            "مساء", "صباح", "علي", "بعد", "قبل", "حول", "بشان", "ردا", "بدوره", "بدورها", "كذلك", "ايضا", "من", "عن",
            "بشكل", "بصوره", "بوصفه", "بوصفها", "بصفته", "بصفتها", "لبي", "لسي", "لرويترز", "لفرانس", "لسكاي", "للجزيره",
            "مع", "الي", "حين", "وذلك", "الثلاثاء", "لدي", "قبيل", "منذ", "مؤخرا", "موخرا", "لاحقا", "سابقا", "حينها", "انذاك",
            "بدوره", "كما", "خلاله", "خلالها", "فيه", "حيث");
    private static final Set<String> RELAYS = WordKey.set("بحسب", "حسب", "حسبما", "وفق", "وفقا", "نقلا", "طبقا");
    private static final Set<String> RELAY_VERBS = WordKey.set("نقلت", "نقل", "نقلا", "نقلته", "نقله");
    private static final Set<String> PRONOUN_OBJECTS = Set.of("فيها", "فيه", "له", "لها", "عنه", "عنها", "منه", "منها",
            "به", "بها", "لهم", "لنا", "قوله", "قولها", "قولهم", "بالقول", "القول");
    private final ArabicRules rules = ArabicRules.INSTANCE;

    /**
     * The last verb of saying with a subject after it wins; a subjectless one (وأضاف، مضيفا) defers to an
     * earlier one. A subject before the verb (SVO) is used only when no earlier verb names a source, since
     * inside a reported clause it is usually not the one speaking («ويقول X إن كوريا ترى أن "…"»).
     */
    @Override public String before(String narration, String original) {
        List<Token> ts = WordKey.tokens(narration);
        String carry = null;
        String fronted = null;
        String besideParticiple = null;
        for (int v = ts.size() - 1; v >= 0; v--) {
            String t = ts.get(v).text();
            String subject = null;
            // «إحدى السيدات التي اتهمت لوسون …»: a verb inside a relative clause, with its own object, introduces no quote;
            // «طالبا عدم كشف هويته»: after عدم/دون the word is a verbal noun
            // («الذي اعتبر ترودو "غير صادق"»: with the quote right after its object, the relative verb does introduce it)
            if (v > 0 && (RELATIVE_PRONOUNS.contains(WordKey.fold(ts.get(v - 1).text())) && v + 1 < ts.size() && ts.size() - v > 3
                    && !rules.isComplementizer(ts.get(v + 1).text()) && !CONTENT_PREPOSITIONS.contains(WordKey.fold(ts.get(v + 1).text()))
                    || NOT_DONE.contains(WordKey.fold(ts.get(v - 1).text())))) continue;
            // «وهنأ نتنياهو الموساد على ما وصفه بـ"…"»: what the sentence's subject described it as
            if (v > 0 && RELATIVE_MA.contains(WordKey.fold(ts.get(v - 1).text())) && DESCRIBED_IT.matcher(WordKey.fold(t)).matches()) {
                String main = mainClauseSubject(narration, ts, v);
                if (main.isEmpty() && v > 2) main = cut(narration, ts, 1, Math.min(v - 1, 9));  // «وهنأ» folds to the word «هنا»
                if (!main.isEmpty()) return main;
            }
            boolean participle = rules.isSpeechParticiple(t);
            String appeared = appearedIn(narration, ts, v, true);
            if (appeared != null) return appeared;  // «أصدرت الوزارة بيانا جاء فيه أن "…"»، «وجاء في البيان "…"»
            if (isVerbOfSaying(ts, v)) {
                String topic = ammaTopic(narration, ts, v);
                if (!topic.isEmpty()) return topic;
            }
            // «ترامب الذي اعتبر ترودو "غير صادق"»: a relative verb's subject is its antecedent; the word after it is its object
            if (!participle && v > 0 && RELATIVE_PRONOUNS.contains(WordKey.fold(ts.get(v - 1).text())) && isVerbOfSaying(ts, v)) {
                String antecedent = whoSaid(narration, ts, v);
                if (!antecedent.isEmpty()) return antecedent;
            }
            if (participle) subject = "";
            else if (isVerbOfSaying(ts, v) && !nominal(ts, v)) subject = quotedSource(narration, original, ts, v);
            else if (RELAYS.contains(ArabicRules.bare(WordKey.fold(t)))) subject = relayed(narration, ts, v);
            if (subject == null) continue;
            if (participle) {
                String tongue = onTheTongueOf(narration, ts, v);  // «نشرت صحيفة تصريحات على لسان النائب X، قائلا إن "…"»
                if (!tongue.isEmpty()) return tongue;
            }
            if (participle && !sayingBefore(ts, v)) {
                String main = mainClauseSubject(narration, ts, v);  // «هدد ترامب بالانسحاب …، مطالبا حلفاءه "…"»
                if (!main.isEmpty()) return main;
            }
            if (subject.isEmpty() && !participle) subject = kanaSubject(narration, ts, v);
            if (subject.isEmpty() && !participle) subject = butPronounSubject(narration, ts, v);
            // a participle's own subject is the sentence's; the noun after it (مطالبا حلفاءه) is whom it addresses
            if (subject.isEmpty() && !participle) subject = subject(narration, ts, v, ts.size());
            if (!subject.isEmpty()) return subject;
            String coordinated = joined(t) ? coordinatedSubject(narration, ts, v) : "";
            if (!coordinated.isEmpty()) return coordinated;
            String nested = participle ? "" : nestedSource(narration, ts, v);
            if (!nested.isEmpty()) return nested;
            if (fronted == null && !joined(t)) {
                Fronted fr = subjectBefore(narration, ts, v);
                if (!fr.independent().isEmpty()) return fr.phrase();
                String f = fr.phrase();
                // «صرحت لمجلة … قائلة»: words before a participle may be the verb's complement; the verb decides.
                if (participle) besideParticiple = besideParticiple == null ? f : besideParticiple;
                else fronted = f;
            } else if (fronted != null && joined(t)) {
                fronted = "";  // «وأكدت أن المفوضية … تظهر أن "…"»: the outer speaker goes on
            }
            carry = "";
        }
        if (fronted != null && !fronted.isEmpty()) return fronted;
        return besideParticiple != null && !besideParticiple.isEmpty() ? besideParticiple : carry;
    }

    @Override public String after(String narration, String original) {
        return after(narration);
    }

    /** A verb of saying, or «عبّر … عن» (expressed), which is only speech when عن follows. */
    private boolean isVerbOfSaying(List<Token> ts, int v) {
        if (rules.isSpeechVerb(ts.get(v).text())) return true;
        // «طلبت وزارة الخارجية من المحكمة فتح "تحقيق فوري"»: a request made to someone (من) reports what was asked
        if (REQUESTS.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text())))) {
            for (int k = v + 1; k < ts.size() && k - v <= 6; k++) if (WordKey.fold(ts.get(k).text()).equals("من")) return true;
            return false;
        }
        // «انتقد البيت الأبيض …، محذرا من أن»، «وندد X بـ"…"»: verbs of stance name a source too
        if (CRITICISE.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text())))) return true;
        String f = ArabicRules.bare(WordKey.fold(ts.get(v).text()));
        if (!f.equals("عبر") && !f.equals("يعبر") && !f.equals("تعبر")) return false;
        // «نقلت الوكالة عبر تغريدة … عن مصدر»: the preposition "via" before an indefinite medium, not "expressed"
        String next = v + 1 < ts.size() ? WordKey.fold(ts.get(v + 1).text()) : "";
        if (f.equals("عبر") && !next.equals("عن") && !next.startsWith("ال") && !rules.isGivenName(next) && !rules.isRoleNoun(next)
                && !rules.isTitle(next)) return false;
        for (int k = v + 1; k < ts.size() && k - v <= 8; k++) if (WordKey.fold(ts.get(k).text()).equals("عن")) return true;
        return false;
    }

    /** «وقال "مكتب مفوض المعلومات"، …»: a short quoted name right after the verb is the source; "" if none. */
    private static String quotedSource(String masked, String original, List<Token> ts, int v) {
        int from = ts.get(v).end();
        int to = v + 1 < ts.size() ? ts.get(v + 1).start() : masked.length();
        String between = original.substring(from, Math.min(to, original.length())).strip();
        if (between.length() < 3 || "\"«“".indexOf(between.charAt(0)) < 0) return "";
        String inner = between.substring(1).replaceAll("[\"»”].*$", "").strip();
        int words = WordKey.tokens(inner).size();
        // a name is set off by punctuation or followed by what it said (إن …); «وتابع "نحن …" بما يشمل» quotes words
        String rest = original.substring(Math.min(from + original.substring(from).indexOf(inner) + inner.length() + 1, original.length())).strip();
        String next = WordKey.tokens(rest).isEmpty() ? "" : WordKey.fold(WordKey.tokens(rest).get(0).text());
        boolean setOff = rest.isEmpty() || "،,:.".indexOf(rest.charAt(0)) >= 0 || ArabicRules.INSTANCE.isComplementizer(next)
                || next.startsWith("ال");  // «"مكتب مفوض المعلومات" المكلف بحماية البيانات، …»: an attribute of the name
        return words >= 1 && words <= 5 && inner.length() < between.length() - 1 && setOff ? inner : "";
    }

    /**
     * A source placed before its verb, and whether it opens its own clause (after لكن، بينما, a comma, a relative
     * clause it heads) rather than sitting inside a reported clause, where it is usually not the one speaking.
     */
    private record Fronted(String phrase, boolean ownClause) {
        static final Fronted NONE = new Fronted("", false);

        String independent() { return ownClause ? phrase : ""; }
    }

    /** Whether the words from {@code start} open a clause: the sentence start, punctuation or a clause word before them. */
    private static boolean opensClause(String text, List<Token> ts, int start) {
        if (start <= 0) return true;
        // «غير أن يوليا … تقول إنها»، «إلا أن الوزير …»: "however" opens a clause with its own subject
        if (start >= 2 && WordKey.fold(ts.get(start - 1).text()).equals("ان")
                && HOWEVER.contains(WordKey.fold(ts.get(start - 2).text()))) return true;
        return NameFinder.gap(text, ts.get(start - 1), ts.get(start)) || CLAUSE_WORDS.contains(WordKey.fold(ts.get(start - 1).text()));
    }

    /** «فيما وصف بأنه», «بما قال»: the verb is inside a relative clause, nobody is being quoted. */
    private static boolean nominal(List<Token> ts, int v) {
        if (v == 0 || !RELATIVE_MA.contains(WordKey.fold(ts.get(v - 1).text()))) return false;
        // «فيما أعلن العبادي …»: "while X announced", with its subject after the verb, is speech
        if (WordKey.fold(ts.get(v - 1).text()).equals("فيما") && v + 1 < ts.size()) {
            String next = WordKey.fold(ts.get(v + 1).text());
            ArabicRules r = ArabicRules.INSTANCE;
            if (next.startsWith("ال") && !next.equals("الي") || r.isGivenName(next) || r.isTitle(next) || r.isRoleNoun(next)) return false;
        }
        // «فيما يقول الجيش إن …» (while X says): an imperfect after فيما with its own subject is speech
        String f = WordKey.fold(ts.get(v).text());
        boolean whileSays = WordKey.fold(ts.get(v - 1).text()).equals("فيما") && "يت".indexOf(f.charAt(0)) >= 0
                && v + 1 < ts.size() && !ArabicRules.INSTANCE.isComplementizer(ts.get(v + 1).text());
        return !whileSays;
    }

    /** A verb written joined to و/ف (وأضاف، فقال): a continuation that keeps the previous source. */
    private boolean joined(String verb) {
        String f = WordKey.fold(verb);
        return !f.isEmpty() && (f.charAt(0) == 'و' || f.charAt(0) == 'ف') && rules.isSpeechVerb(f.substring(1));
    }

    private String after(String narration) {
        List<Token> ts = WordKey.tokens(narration);
        for (int v = 0; v < Math.min(ts.size(), 3); v++) {
            String t = ts.get(v).text();
            if (rules.isSpeechVerb(t)) return subject(narration, ts, v, Math.min(ts.size(), v + 10));
            if (RELAYS.contains(ArabicRules.bare(WordKey.fold(t)))) return relayed(narration, ts, v);
        }
        return null;
    }

    /**
     * The subject after a verb: up to a complementizer or colon, then cut at prepositions and time words;
     * «نقلت وكالة … عن X» gives X. A verb without و/ف and no subject after it may have one before it
     * (وكان رئيس الوزراء … صرح).
     */
    private String subject(String text, List<Token> ts, int v, int limit) {
        int k = v + 1;
        while (k < limit && (PRONOUN_OBJECTS.contains(WordKey.fold(ts.get(k).text())) || rules.isSpeechParticiple(ts.get(k).text())
                || MANNER.contains(WordKey.fold(ts.get(k).text()))  // «وأضاف متحدثا لمجلة …»، «قالوا مازحين»: a حال, never the source
                || WordKey.fold(ts.get(k).text()).equals("ل")  // «قال لـ"سكاي نيوز" المحلل …»: the outlet is skipped
                || SENTENCE_ADVERBS.contains(WordKey.fold(ts.get(k).text())))) k++;  // «وأكد مجددا …»، «وقال أيضا …»
        // «وأكد مجددا تصريحات سابقة»، «ويؤكد رفضه»: the subject is dropped and the verb's object follows it; an adverb
        // comes after the subject (وأكد الوزير مجددا), so one right after the verb means there is none
        if (k < limit && droppedSubject(ts.get(k).text())) return "";
        if (k > v + 1 && SENTENCE_ADVERBS.contains(WordKey.fold(ts.get(v + 1).text()))) return "";
        // «وأضاف "…" بما يشمل "…"»: words after a quote that follows the verb are not its subject
        if (k < limit && text.substring(ts.get(v).end(), ts.get(k).start()).indexOf('\u2026') >= 0) return "";
        if (k < limit && WordKey.fold(ts.get(k).text()).equals("الي")) return "";
        if (k < limit && DIRECTED.contains(WordKey.fold(ts.get(k).text()))) return "";  // «ووجهت أصابع الاتهام إلى …»
        // «الذين طالبوا بـ"…"»: a lone preposition before a quote; «وأضاف وفقا لما نقلته الوكالة»: a relay, not the source
        if (k < limit && (WordKey.fold(ts.get(k).text()).matches("ب|ل|بـ") || RELAYS.contains(WordKey.fold(ts.get(k).text())))) return "";
        if (k < limit && addressee(ts.get(k).text())) return "";  // «صرحت لمجلة …»: no source after the verb
        if (k < limit && circumstantial(ts.get(k).text())) return "";  // «وتقول وعليها علامات الغضب …»: a حال clause
        int end = k;
        while (end < limit && !rules.isComplementizer(ts.get(end).text()) && end - k < 14) {
            if (end > k && text.substring(ts.get(end - 1).end(), ts.get(end).start()).contains(":")) break;
            end++;
        }
        boolean colonFirst = k < ts.size() && text.substring(ts.get(v).end(), ts.get(k).start()).contains(":");
        String after = end == k || colonFirst ? "" : cut(text, ts, k, end);
        if (!after.isEmpty() && end > k) after = withNamedApposition(text.substring(ts.get(k).start(), ts.get(end - 1).end()), after);
        if (RELAY_VERBS.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text())))) {
            for (int j = k; j < end; j++) {
                if (WordKey.fold(ts.get(j).text()).equals("عن") && j + 1 < end) return cut(text, ts, j + 1, end);
                // «نقلت الوكالة على لسان X قوله»: "in X's words", like عن
                if (WordKey.fold(ts.get(j).text()).equals("علي") && j + 2 < end && WordKey.fold(ts.get(j + 1).text()).equals("لسان")) {
                    return cut(text, ts, j + 2, end);
                }
            }
        }
        return after;
    }

    /**
     * A word that can only be the object of a verb of saying, never its subject: a statement noun (تصريحات، بيانا), a
     * verbal noun with a possessive (رفضه، تأكيدها) or an indefinite noun in the accusative (أمرا، موقفا).
     */
    private boolean droppedSubject(String token) {
        String f = WordKey.fold(token);
        if (f.endsWith("ا") && MEDIA.contains(f.substring(0, f.length() - 1))) return true;  // «أصدر بيانا» (but «قال بيان»)
        if (rules.isGivenName(f) || f.startsWith("ال")) return false;
        // possessive ه is written ه, a feminine ending ة: only the raw spelling tells رفضه from حمزة
        String stem = token.endsWith("ها") || token.endsWith("هم") ? f.substring(0, f.length() - 2) : token.endsWith("ه") ? f.substring(0, f.length() - 1) : "";
        if (stem.length() == 3 || stem.length() >= 4 && stem.length() <= 6 && ArabicRules.isVerbalNoun(stem)) return true;
        // tanween on an indefinite accusative (أمراً), or its bare alif after a noun pattern seen in statements
        return token.endsWith("اً") || token.endsWith("ًا");
    }

    /**
     * «ذكرت الوكالة أن وزير الدفاع، سيرغي شويغو، قال إن …»: a plain verb of saying inside a reported clause,
     * with its own source between أن and the verb, owns the words that follow it. Opinion verbs (يرى) do not.
     */
    private String nestedSource(String text, List<Token> ts, int v) {
        String bareVerb = ArabicRules.bare(WordKey.fold(ts.get(v).text()));
        // «ويذكر أن سامي القاسم، المتحدث باسم الرئاسة، انتقد …»: a verb of criticism names its source the same way
        if (joined(ts.get(v).text()) || !CORE_SAY.contains(bareVerb) && !CRITICISE.contains(bareVerb)) return "";
        int start = v;
        int commas = 0;
        while (start > 0 && v - start < 10) {
            String gapText = NameFinder.between(text, ts.get(start - 1), ts.get(start));
            if (!gapText.isEmpty() && !(gapText.matches("[،,]") && ++commas <= 2)) return "";
            if (rules.isComplementizer(ts.get(start - 1).text())) break;
            if (rules.isSpeechVerb(ts.get(start - 1).text())) return "";
            start--;
        }
        if (start == v || start == 0 || !rules.isComplementizer(ts.get(start - 1).text()) || v - start > 6) return "";
        String first = ts.get(start).text();
        if (NEGATIONS.contains(WordKey.fold(first)) || rules.isNotName(first) && !WordKey.fold(first).startsWith("ال")
                && !rules.isRoleNoun(first) && !rules.isOrganisationNoun(first)) return "";
        return text.substring(ts.get(start).start(), ts.get(v - 1).end());
    }

    /**
     * «والرياض التي تقود ائتلافا …، تتهم إيران»: a verb right after a comma that closes a relative clause has the
     * clause's antecedent as its subject. Returns "" when the words before the verb are not that shape.
     */
    private String relativeAntecedent(String text, List<Token> ts, int v) {
        if (v < 3 || !NameFinder.between(text, ts.get(v - 1), ts.get(v)).matches("[،,]")) return "";
        for (int k = v - 1; k > 0 && v - k <= 20; k--) {
            if (k < v - 1 && NameFinder.gap(text, ts.get(k), ts.get(k + 1))) return "";
            if (!RELATIVE_PRONOUNS.contains(WordKey.fold(ts.get(k).text()))) continue;
            String before = walkBack(text, ts, k);
            if (!WordKey.fold(before).replaceFirst("^و(?=ال)", "").startsWith("ال") || WordKey.tokens(before).size() > 4) return "";
            int start = k - WordKey.tokens(before).size();
            boolean opens = start <= 0 || NameFinder.gap(text, ts.get(start - 1), ts.get(start))
                    || CLAUSE_WORDS.contains(WordKey.fold(ts.get(start - 1).text()));
            return opens ? before : "";
        }
        return "";
    }

    /**
     * «ليزا موركوفيسكي، عضوة مجلس الشيوخ، التي قالت إن …»: a verb right after التي/الذي speaks for the noun the
     * pronoun refers to: the words before it, or before the role apposition that separates them.
     */
    private String whoSaid(String text, List<Token> ts, int v) {
        if (v < 2 || !RELATIVE_PRONOUNS.contains(WordKey.fold(ts.get(v - 1).text()))) return "";
        // the pronoun is the verb's subject only when they agree: «التي قالت», «الذي قال» (in «التي أوضح أنها» it is the object)
        String pronoun = WordKey.fold(ts.get(v - 1).text()).replaceFirst("^و", "");
        Gender verb = ArabicGender.ofLastVerb(ts.get(v).text());
        Gender expected = pronoun.equals("التي") ? Gender.FEMININE : pronoun.equals("الذي") ? Gender.MASCULINE : Gender.UNKNOWN;
        if (expected != Gender.UNKNOWN && verb != expected) return "";
        int end = v - 1;
        for (int segment = 0; segment < 2 && end > 0; segment++) {
            String gapText = NameFinder.between(text, ts.get(end - 1), ts.get(end));
            int start = end - 1;
            while (start > 0 && end - start < 6 && !NameFinder.gap(text, ts.get(start - 1), ts.get(start))
                    && !FRONT_STOPS.contains(WordKey.fold(ts.get(start - 1).text()))
                    && !PRONOUNS.contains(WordKey.fold(ts.get(start - 1).text()))) start--;
            String head = ArabicRules.bare(WordKey.fold(ts.get(start).text()));
            boolean role = rules.isRoleNoun(head) || head.endsWith("ه") && rules.isRoleNoun(head.substring(0, head.length() - 1));
            if (!role || start == 0) {
                String phrase = text.substring(ts.get(start).start(), ts.get(end - 1).end());
                // «وفقا للمذكرة التي أشارت إلى أن»: the relay word and its لـ are not part of the source
                phrase = phrase.replaceFirst("^و?(?:فقا|فقاً|بحسب|حسب)\\s+لل", "ال").replaceFirst("^و?(?:فقا|فقاً|بحسب|حسب)\\s+ل?", "");
                return segment == 0 && gapText.isEmpty() || !role ? phrase.replaceFirst("^و(?=\\S)", "") : "";
            }
            end = start;  // a role in apposition: the name is in the segment before it
        }
        return "";
    }

    /** «وبحماسة كبيرة تقول»: a phrase opened by بـ joined to a common noun is a manner adverbial, never the subject. */
    private boolean adverbial(String token) {
        String f = ArabicRules.bare(WordKey.fold(token));
        return f.length() > 4 && f.charAt(0) == 'ب' && !rules.isGivenName(f) && !rules.isGivenName(f.substring(1))
                && (f.startsWith("بال") || token.endsWith("ة") || rules.isNotName(f.substring(1)));
    }

    /**
     * «السفير السعودي في الولايات المتحدة، الأمير خالد بن سلمان، …»: a role cut short at its «في» is followed by the
     * name in apposition; the source is the role and that name, which the resolver splits at the comma.
     */
    /** «فاسيلي نيبنزيا»: two or three words, none a common word, a definite noun, a time or a verb, read as a name. */
    private boolean foreignName(List<Token> words) {
        if (words.size() > 3) return false;
        for (Token t : words) {
            String f = WordKey.fold(t.text());
            if (f.length() < 2 || f.startsWith("ال") || rules.isCommonWord(f) || DateResolver.weekday(t.text()) != null
                    || ArabicFuture.futureVerb(f) || f.length() >= 4 && "يت".indexOf(f.charAt(0)) >= 0 && f.length() <= 5) return false;
        }
        return true;
    }

    private String withNamedApposition(String span, String role) {
        if (!roleLike(WordKey.fold(WordKey.tokens(role).get(0).text()))) return role;
        String[] parts = span.split("\\s*[،,]\\s*");
        if (parts.length < 2 || WordKey.tokens(parts[0]).size() > 10) return role;
        List<Token> name = WordKey.tokens(parts[1]);
        int k = 0;
        while (k < name.size() - 1 && rules.isTitle(name.get(k).text())) k++;
        int words = name.size() - k;
        boolean named = words >= 2 && words <= 4 && (rules.isGivenName(name.get(k).text()) || k > 0 || foreignName(name.subList(k, name.size())));
        return named ? parts[0].strip() + "، " + parts[1].strip() : role;
    }

    /**
     * «أعلن العراق قصف "غرفة عمليات"…»، «ونفت السعودية التعرض له»: a verb of announcing or denying whose content is
     * a verbal noun right after its subject, with no أن. Only when the subject ends clearly and an indefinite noun follows.
     */
    private Reported nounComplement(Sentence s, List<Token> ts, int v) {
        if (!NP_COMPLEMENT.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text()))) || v + 2 >= ts.size()) return null;
        String m = s.masked();
        String subject = subject(m, ts, v, Math.min(ts.size(), v + 8));
        if (subject.isEmpty()) return null;
        int next = v + 1 + WordKey.tokens(subject).size();
        // «وأعلنت الشرطة في بيان اعتقال …»: the medium it was said in comes between
        if (next + 2 < ts.size() && WordKey.fold(ts.get(next).text()).equals("في") && MEDIA.contains(WordKey.fold(ts.get(next + 1).text()))) next += 2;
        if (next >= ts.size() || NameFinder.gap(m, ts.get(next - 1), ts.get(next))) return null;
        String f = WordKey.fold(ts.get(next).text());
        boolean act = ArabicRules.isVerbalNoun(f) || !f.startsWith("ال") && !rules.isNotName(f);
        if (!act || CUTS.contains(f) || rules.isComplementizer(f) || f.length() < 3) return null;
        String clause = clause(s, ts.get(next).start());
        return clause == null ? null : new Reported(subject, clause, ts.get(next).start());
    }

    /** «وعليها علامات الغضب»، «وهي تبكي»: و before a pronoun or a preposition with one opens a circumstantial clause. */
    private static boolean circumstantial(String token) {
        String f = WordKey.fold(token);
        return f.startsWith("و") && CIRCUMSTANTIAL.contains(f.substring(1));
    }

    /**
     * «ومنحت الإكوادور أسانغ اللجوء …، وقالت إنها …»: a verb of saying joined by و inside the sentence shares the
     * subject of the verb that opens it, when both verbs agree in gender; "" otherwise.
     */
    private String coordinatedSubject(String text, List<Token> ts, int v) {
        if (v < 3) return "";
        String opening = ArabicRules.bare(WordKey.fold(ts.get(0).text()));
        if (opening.startsWith("ال") || rules.isNotName(opening) && !rules.isSpeechVerb(opening) || opening.length() < 3) return "";
        // another clause between them (لكن X صرح …، وقال) has its own subject, which the verb continues instead; a
        // reported clause may come between when a comma closes it (ووصف ترمب الصين بأنها "خصم"، وهدد بفرض رسوم)
        boolean afterComma = NameFinder.between(text, ts.get(v - 1), ts.get(v)).matches("[،,]");
        for (int k = 1; k < v; k++) {
            String w = WordKey.fold(ts.get(k).text());
            boolean clause = rules.isComplementizer(w) && !afterComma;
            if (rules.isSpeechVerb(w) || CLAUSE_WORDS.contains(w) || clause || FRONT_STOPS.contains(w) && !rules.isComplementizer(w)) return "";
        }
        Gender first = perfectGender(opening);
        if (ArabicGender.ofLastVerb(ts.get(v).text()) != first) return "";
        String subject = subject(text, ts, 0, Math.min(v, 6));
        if (subject.isEmpty()) return "";
        String head = WordKey.fold(WordKey.tokens(subject).get(0).text());
        if (head.startsWith("ال") || COUNTRIES.contains(head)) return subject;
        // «وانفجر لوسون غاضبا … وقال إنه»: a bare name, without the accusative adjective that follows it
        // («ترامب يدافع عن … ويؤكد»: a sentence opening on a name, whose next word is its imperfect verb, is another shape)
        boolean imperfect = head.length() >= 4 && "يت".indexOf(head.charAt(0)) >= 0;
        if (imperfect || rules.isCommonWord(head) || ArabicRules.isVerbalNoun(head) || droppedSubject(WordKey.tokens(subject).get(0).text())) return "";
        List<Token> words = WordKey.tokens(subject);
        int n = 1;
        while (n < words.size() && n < 3 && !WordKey.fold(words.get(n).text()).endsWith("ا") && !rules.isCommonWord(words.get(n).text())) n++;
        return subject.substring(0, words.get(n - 1).end() - words.get(0).start() + 0).strip();
    }

    /**
     * «ورفضت باريس الخطوة، لكنها قالت إن …»: the pronoun on لكن before the verb is the subject of the verb that opens the
     * sentence, when their genders agree; "" otherwise.
     */
    private String butPronounSubject(String text, List<Token> ts, int v) {
        if (v < 3) return "";
        String but = WordKey.fold(ts.get(v - 1).text()).replaceFirst("^و", "");
        Gender pronoun = but.equals("لكنها") ? Gender.FEMININE : but.equals("لكنه") ? Gender.MASCULINE : Gender.UNKNOWN;
        String opening = ArabicRules.bare(WordKey.fold(ts.get(0).text()));
        if (pronoun == Gender.UNKNOWN || opening.startsWith("ال") || opening.length() < 3 || perfectGender(opening) != pronoun
                || rules.isNotName(opening) && !rules.isSpeechVerb(opening)) return "";
        for (int k = 1; k < v - 1; k++) if (rules.isSpeechVerb(ts.get(k).text()) || rules.isComplementizer(ts.get(k).text())) return "";
        String subject = subject(text, ts, 0, Math.min(v - 1, 6));
        if (subject.isEmpty()) return "";
        String head = WordKey.fold(WordKey.tokens(subject).get(0).text());
        return head.startsWith("ال") || COUNTRIES.contains(head) || rules.isGivenName(head)
                || !rules.isCommonWord(head) && !ArabicRules.isVerbalNoun(head) && !droppedSubject(WordKey.tokens(subject).get(0).text()) ? subject : "";
    }

    /** «لمجلة»، «للصحفيين»: to a medium or audience. */
    private static boolean addressee(String token) {
        String f = WordKey.fold(token);
        if (REFLEXIVE.contains(f)) return true;  // «قالت لنفسها»
        if (f.startsWith("لل") && f.length() > 4) return true;  // «قال للودريان»، «قال للصحفيين»: no name starts with لل
        if (!f.startsWith("ل") || f.length() < 3) return false;
        String base = f.startsWith("لل") ? f.substring(2) : f.substring(1);
        return ADDRESSEES.contains(base) || base.startsWith("ال") && ADDRESSEES.contains(base.substring(2));
    }

    /** «وكانت ناش قد صرحت»: the words between a form of كان and قد before the verb, or -1 when not that shape. */
    private static int kanaSubjectStart(List<Token> ts, int v) {
        if (v < 3 || !QAD.contains(WordKey.fold(ts.get(v - 1).text()))) return -1;
        for (int k = v - 3; k >= 0 && v - k <= 6; k--) {
            if (KANA.contains(WordKey.fold(ts.get(k).text()))) return k + 1;
        }
        return -1;
    }

    /**
     * «وكان مصدر قريب من المفاوضات، قال …»: a form of كان opening the clause, its noun, then a comma and the verb;
     * the start of that noun, or -1.
     */
    private static int kanaCommaSubjectStart(String text, List<Token> ts, int v) {
        if (v < 2 || !NameFinder.between(text, ts.get(v - 1), ts.get(v)).matches("[،,]")) return -1;
        for (int k = v - 2; k >= 0 && v - k <= 8; k--) {
            if (k + 1 < v && NameFinder.gap(text, ts.get(k), ts.get(k + 1))) return -1;
            if (KANA.contains(WordKey.fold(ts.get(k).text()))) return k == 0 || NameFinder.gap(text, ts.get(k - 1), ts.get(k)) ? k + 1 : -1;
        }
        return -1;
    }

    /** The subject a كان clause puts before the verb («كان الرئيس قد طالب الحكومة …»), or "". */
    private String kanaSubject(String text, List<Token> ts, int v) {
        // «وكانت الوكالة قد نقلت عن X قوله»: a relaying verb's source is the one after عن, found by subject()
        if (RELAY_VERBS.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text())))) return "";
        int kana = kanaSubjectStart(ts, v);
        if (kana > 0) return cut(text, ts, kana, v - 1);
        int comma = kanaCommaSubjectStart(text, ts, v);
        if (comma > 0) return cut(text, ts, comma, v);
        // «وكانت صحيفة "شوسون إيلبو" أوردت أن …»: كان opening the sentence, its noun, then the verb without قد
        if (v >= 2 && v <= 7 && KANA.contains(WordKey.fold(ts.get(0).text())) && !joined(ts.get(v).text())) {
            for (int k = 1; k < v; k++) if (rules.isSpeechVerb(ts.get(k).text()) || rules.isComplementizer(ts.get(k).text())) return "";
            return cut(text, ts, 1, v);
        }
        return "";
    }

    /** Subject-first order: the words before the verb back to punctuation or a clause word. */
    /** «أما الرئيس الإيراني فقال: …»: the topic after أما is the subject of the verb joined by ف; "" when not that shape. */
    private String ammaTopic(String text, List<Token> ts, int v) {
        if (!WordKey.fold(ts.get(v).text()).startsWith("ف")) return "";
        for (int k = v - 1; k >= 0 && v - k <= 14; k--) {  // «أما صديقها المتخصص في الجراحة باسل عمران (45 عاما) فاعتبر»
            String w = WordKey.fold(ts.get(k).text());
            if ((w.equals("اما") || w.equals("واما")) && k + 1 < v) {
                // «أما صديقها المتخصص في الجراحة باسل عمران (45 عاما) فاعتبر»: the whole topic, so that the name at its end
                // is found; a cut at the first preposition would keep only the description
                String topic = text.substring(ts.get(k + 1).start(), ts.get(v - 1).end()).replaceAll("\\([^)]*\\)", "").strip();
                String cut = cut(text, ts, k + 1, v);
                return WordKey.tokens(topic).size() <= 8 && !cut.isEmpty() ? topic.replaceFirst("^بالنسبة (?:ل|إلى |الى )", "") : cut;
            }
        }
        return "";
    }

    private Fronted subjectBefore(String text, List<Token> ts, int v) {
        String topic = ammaTopic(text, ts, v);
        if (!topic.isEmpty()) return new Fronted(topic, true);
        int kana = kanaSubjectStart(ts, v);
        if (kana > 0) return new Fronted(cut(text, ts, kana, v - 1), opensClause(text, ts, kana));
        String relativeSpeaker = whoSaid(text, ts, v);
        if (!relativeSpeaker.isEmpty()) return new Fronted(relativeSpeaker, true);
        String antecedent = relativeAntecedent(text, ts, v);
        if (!antecedent.isEmpty()) return new Fronted(antecedent, true);
        String phrase = walkBack(text, ts, v);
        if (phrase.isEmpty()) return appositionBefore(text, ts, v);
        String first = WordKey.tokens(phrase).get(0).text();
        // «وعندما طلبت رويترز منه التعليق … قال»: a clause of time before the verb is not its subject
        if (addressee(first) || adverbial(first) || SUBORDINATORS.contains(WordKey.fold(first))) return Fronted.NONE;
        return new Fronted(phrase, opensClause(text, ts, v - WordKey.tokens(phrase).size()));
    }

    /**
     * «ولكن وزيرة الصحة، سلمى الراشد، قالت …»: a role and a name set off by commas before the verb, opening their
     * clause, are its subject; {@link Fronted#NONE} when the words before the verb are not that shape.
     */
    private Fronted appositionBefore(String text, List<Token> ts, int v) {
        if (v < 3 || !NameFinder.between(text, ts.get(v - 1), ts.get(v)).matches("[،,]")) return Fronted.NONE;
        int nameStart = v - 1;
        while (nameStart > 0 && v - nameStart < 5 && !NameFinder.gap(text, ts.get(nameStart - 1), ts.get(nameStart))) nameStart--;
        if (nameStart == 0 || !NameFinder.between(text, ts.get(nameStart - 1), ts.get(nameStart)).matches("[،,]")) return Fronted.NONE;
        int roleStart = nameStart - 1;
        while (roleStart > 0 && nameStart - roleStart < 8 && !NameFinder.gap(text, ts.get(roleStart - 1), ts.get(roleStart))
                && !CLAUSE_WORDS.contains(WordKey.fold(ts.get(roleStart - 1).text())) && !FRONT_STOPS.contains(WordKey.fold(ts.get(roleStart - 1).text()))
                && !rules.isComplementizer(ts.get(roleStart - 1).text())) roleStart--;
        String role = text.substring(ts.get(roleStart).start(), ts.get(nameStart - 1).end());
        String first = WordKey.fold(ts.get(roleStart).text());
        if (!roleLike(first) && !roleLike(first.replaceFirst("^و(?=ال)", "")) || rules.isSpeechVerb(ts.get(roleStart).text())) return Fronted.NONE;
        String name = text.substring(ts.get(nameStart).start(), ts.get(v - 1).end());
        return new Fronted(role + "، " + name, opensClause(text, ts, roleStart));
    }

    /** The words before the verb back to punctuation, a clause word or another verb of saying. */
    private String walkBack(String text, List<Token> ts, int v) {
        int start = v;
        while (start > 0 && v - start < 8 && !NameFinder.gap(text, ts.get(start - 1), ts.get(start))) {
            String f = WordKey.fold(ts.get(start - 1).text());
            if (FRONT_STOPS.contains(f) || rules.isSpeechVerb(f) || rules.isComplementizer(f)) break;
            start--;
        }
        return start == v ? "" : cut(text, ts, start, v);
    }

    /** Keeps the naming words: stops at a preposition, time word or relative clause (not at the first word). */
    private String cut(String text, List<Token> ts, int from, int to) {
        if (from < to && CUTS.contains(WordKey.fold(ts.get(from).text()))) return "";
        boolean unnamed = UNNAMED.contains(ArabicRules.bare(WordKey.fold(ts.get(from).text())));
        int end = from;
        while (end < to) {
            String f = WordKey.fold(ts.get(end).text());
            // «مصدر في لجنة الانتخابات»: an unnamed source keeps the words that describe where it is.
            if (unnamed && f.equals("في") && end + 1 < to && end - from <= 3) {
                end += 2;
                continue;
            }
            // «المدير العام لشبكة الجزيرة»: after a role, لـ means "of"; after a name or verb it is whom words were said to
            boolean ofRole = end > from && (roleLike(WordKey.fold(ts.get(end - 1).text())) || WordKey.fold(ts.get(end - 1).text()).equals("العام"));
            // لل- after a name (ظريف للودريان) is whom it was said to; after a definite noun it is a genitive (الدولة للشؤون)
            boolean afterDefinite = end > from && WordKey.fold(ts.get(end - 1).text()).startsWith("ال");
            // («أفيغدور ليبرمان»: after a foreign given name a word in ل is the surname)
            boolean afterForeignGiven = end > from && GivenNames.ARABIC_FOREIGN.contains(WordKey.fold(ts.get(end - 1).text()));
            boolean toAddressee = end > from && f.startsWith("ل") && (!f.startsWith("لل") || f.endsWith("ين") || !afterDefinite)
                    && f.length() > 4 && !rules.isTitle(f) && !ofRole && !afterForeignGiven;
            boolean preposition = CUTS.contains(f) && !ts.get(end).text().equals("علي");  // علي with ya is the name Ali
            // «هدد ترامب بالانسحاب»: بـ joined to a definite noun opens the verb's complement
            // (after a definite word it is an attribute: «الخاص بالأزمة»، «المستشار بالديوان الملكي»)
            boolean withBi = f.startsWith("بال") && f.length() > 5 && end > from
                    && (!WordKey.fold(ts.get(end - 1).text()).startsWith("ال") || ArabicRules.isVerbalNoun(f.substring(1)));
            if (end > from && (preposition || toAddressee || withBi || PRONOUN_OBJECTS.contains(f) || f.equals("ل"))) break;
            if (end > from && objectAfterDefinite(ts, from, end)) break;
            if (end > from && DEMONSTRATIVES.contains(f)) break;  // «رفضت مدريد هذه الخطوة»: a demonstrative opens the object
            if (end > from + 1 && DEFINITE_OBJECTS.contains(f)) break;
            // «اتهمت إسرائيل قوات إيرانية», «أعلن العراق قصف»: a country's name is the whole subject
            if (end == from + 1 && COUNTRIES.contains(ArabicRules.bare(WordKey.fold(ts.get(from).text())))
                    && !WordKey.fold(ts.get(end).text()).startsWith("و")) break;
            end++;
        }
        if (end == from) return "";
        int stop = ts.get(end - 1).end();
        // «منظمة "هيومن رايتس ووتش"»، «صحيفة "شوسون إيلبو"»: the quoted name belongs to the organisation noun before it
        String last = WordKey.fold(ts.get(end - 1).text());
        if (rules.isOrganisationNoun(last) || rules.isNamingWord(last) || ORG_HEADS.contains(ArabicRules.bare(last))) {
            java.util.regex.Matcher q = QUOTED_NAME.matcher(text.substring(stop));
            if (q.lookingAt()) stop += q.end();
        }
        return text.substring(ts.get(from).start(), stop);
    }

    private static final Set<String> ORG_HEADS = WordKey.set("شركه", "صحيفه", "منظمه", "وكاله", "قناه", "موقع", "جمعيه",
            "حركه", "حزب", "مجموعه", "مجله", "اذاعه", "هييه", "مركز", "مويسسه");
    /** A short quoted name, masked (its inside blanked to …): «"…"» right after a space. */
    private static final java.util.regex.Pattern QUOTED_NAME = java.util.regex.Pattern.compile("\\s?[\"«“][\u2026\\s]{1,60}[\"»”]");

    /**
     * «وصفت الوكالة السعودية زيارة الكاردينال …»: after a definite subject (الوكالة السعودية), an indefinite common
     * noun (زيارة) opens the verb's object. Names, given names and Latin words do not count as such nouns.
     */
    private boolean objectAfterDefinite(List<Token> ts, int from, int at) {
        String first = ArabicRules.bare(WordKey.fold(ts.get(from).text()));
        String prev = WordKey.fold(ts.get(at - 1).text());
        String f = WordKey.fold(ts.get(at).text());
        if (!first.startsWith("ال") || !prev.startsWith("ال") || f.startsWith("ال") || f.length() < 3) return false;
        if (roleLike(prev) || roleLike(first)) return false;  // «المدربة هالة الشريف»: a name follows a role
        if (rules.isGivenName(f) || f.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)) return false;
        if (rules.isRoleNoun(f) || rules.isOrganisationNoun(f) || rules.isTitle(f) || f.equals("باسم")) return false;
        // a common noun in ة (زيارة) or a number; other words may be a name after a title (الرئيس ترامب)
        return ts.get(at).text().endsWith("ة") || Character.isDigit(f.charAt(0));
    }

    /** A role or title, in either gender (المدرب، المدربة، الوزيرة). */
    private boolean roleLike(String folded) {
        String w = folded.startsWith("ال") ? folded.substring(2) : folded;
        String masculine = w.endsWith("ه") ? w.substring(0, w.length() - 1) : w;
        return rules.isRoleNoun(folded) || rules.isTitle(folded) || rules.isRoleNoun(w) || rules.isRoleNoun(masculine)
                || rules.isRoleNoun("ال" + masculine) || rules.isTitle("ال" + masculine);
    }

    /** «بحسب ما أعلن المجلس», «وفقا لوزارة الصحة», «نقلا عن مصدر». */
    private String relayed(String text, List<Token> ts, int v) {
        int k = v + 1;
        while (k < ts.size() && RELAY_LINKS.contains(WordKey.fold(ts.get(k).text()))) k++;
        // «وفقاً لما ورد في "واس"»: the source is a quoted name (masked here, restored later from the original)
        if (k + 1 < ts.size() && APPEARED.contains(WordKey.fold(ts.get(k).text())) && WordKey.fold(ts.get(k + 1).text()).equals("في")) {
            java.util.regex.Matcher q = QUOTED_NAME.matcher(text.substring(ts.get(k + 1).end()));
            if (q.lookingAt()) return q.group().strip();
        }
        // «بحسب ما جاء في "خارطة الطريق"»، «وفق ما ورد في التقرير»: the source is the text it appeared in
        if (k + 2 < ts.size() && APPEARED.contains(WordKey.fold(ts.get(k).text())) && WordKey.fold(ts.get(k + 1).text()).equals("في")) {
            String where = text.substring(ts.get(k + 2).start(), ts.get(Math.min(ts.size(), k + 6) - 1).end());
            String doc = where.replaceAll("[،,.].*$", "").strip();
            doc = doc.replaceAll("[\"«»“”]", "").strip();
            return doc.isEmpty() ? null : doc;
        }
        // «وفق ما نقلته/أوردته الصحيفة»: the relaying verb is skipped; what follows names the channel
        boolean relayVerb = k < ts.size() && (WordKey.fold(ts.get(k).text()).startsWith("نقل") || WordKey.fold(ts.get(k).text()).startsWith("اورد"));
        // «وفقا لما قاله الإثنين»: the verb with its object pronoun, then only a time: the sentence's own source
        String said = k < ts.size() ? WordKey.fold(ts.get(k).text()).replaceFirst("(ه|ها|هم)$", "") : "";
        if (k < ts.size() && (rules.isSpeechVerb(ts.get(k).text()) || relayVerb || said.length() >= 3 && rules.isSpeechVerb(said))) k++;
        if (k >= ts.size() || DateResolver.weekday(ts.get(k).text()) != null) return null;
        // «وفق ما نقلته عنه وكالة …»: "from him" points back to the sentence's own source; the agency only relays it
        if (FROM_HIM.contains(WordKey.fold(ts.get(k).text()))) return null;
        for (int j = k; relayVerb && j + 1 < ts.size() && j - k < 8; j++) {
            // «بحسب ما نقلته الوكالة عن مصدر أمني»: the source is the one the agency quotes
            if (WordKey.fold(ts.get(j).text()).equals("عن")) return cut(text, ts, j + 1, Math.min(ts.size(), j + 10));
        }
        String first = ts.get(k).text();
        String phrase = cut(text, ts, k, Math.min(ts.size(), k + 10));
        if (first.startsWith("ل") && WordKey.fold(first).length() > 3 && phrase.startsWith("ل")) phrase = phrase.substring(1);
        return phrase.isEmpty() ? null : phrase;
    }

    /**
     * Reported clauses: a verb of saying and its source, then the clause after أن/إن, or the object its
     * verb governs: «أعرب عن …», «دعا إلى …», «طالب بـ…», «شدد على …».
     */
    @Override public List<Reported> reported(Sentence s) {
        List<Reported> out = new ArrayList<>();
        String m = s.masked();
        List<Token> ts = WordKey.tokens(m);
        for (int v = 0; v < ts.size(); v++) {
            String t = ts.get(v).text();
            String appearedIn = appearedIn(m, ts, v);
            if (appearedIn != null) {
                int c = introducer(m, ts, v);
                String clause = c < 0 || !rules.isComplementizer(ts.get(c).text()) ? null : clause(s, ts.get(c).end());
                if (clause != null) out.add(new Reported(appearedIn, clause, ts.get(c).end()));
                continue;
            }
            boolean via = ArabicRules.bare(WordKey.fold(t)).equals("عبر") && !isVerbOfSaying(ts, v);  // «عبر تغريدة»: "via"
            boolean verb = isVerbOfSaying(ts, v) || governed(t) != null && !via && !negatedOrModal(ts, v)
                    || NP_COMPLEMENT.contains(ArabicRules.bare(WordKey.fold(t)));
            if (!verb && !rules.isSpeechParticiple(t) || nominal(ts, v)) continue;
            // «دون أن يكشف عن هويته»: what someone did without saying is nothing said
            if (v >= 2 && WordKey.fold(ts.get(v - 1).text()).equals("ان") && WITHOUT.contains(WordKey.fold(ts.get(v - 2).text()))) continue;
            int c = introducer(m, ts, v);
            if (c < 0) {
                Reported np = nounComplement(s, ts, v);
                if (np != null) out.add(np);
                continue;
            }
            boolean complement = rules.isComplementizer(ts.get(c).text());
            int from = complement ? ts.get(c).end() : ts.get(c).start();
            String clause = clause(s, from);
            int clauseAt = from;
            if (clause == null && verb && complement) {
                // «ووصف الرئيس الهجوم بأنه "مروع للغاية"»: what was described and the quoted verdict say it together
                int objectAt = describedObject(m, ts, v, c);
                clause = objectAt < 0 ? null : describedWithQuote(s, ts.get(objectAt).start(), ts.get(c).end());
                clauseAt = objectAt < 0 ? from : ts.get(objectAt).start();
            }
            if (clause == null) continue;
            // «كان الرئيس قد طالب الحكومة بـ…»: the noun of كان is the source, the one after the verb its object
            String subject = verb ? kanaSubject(m, ts, v) : "";
            if (verb && subject.isEmpty()) subject = subject(m, ts, v, c);
            if (verb && subject.isEmpty()) subject = quotedSource(m, s.text(), ts, v);  // «وقالت "وفا" إن …»
            if (verb && subject.isEmpty() && impersonal(ts, v)) continue;  // «ويُتوقع أن …»: expected, said by nobody
            // «الولايات المتحدة تتهم إيران بـ…»: an imperfect verb of stance after its subject; what follows it is the object
            boolean imperfectStance = objectTaking(t) && "يت".indexOf(ArabicRules.bare(WordKey.fold(t)).charAt(0)) >= 0;
            if (imperfectStance && !joined(t)) {
                Fronted fronted = subjectBefore(m, ts, v);
                boolean definite = WordKey.fold(fronted.phrase()).replaceFirst("^و(?=ال)", "").startsWith("ال");
                // «ترامب يطالب تركيا بتقديم …»: a bare name opening the sentence is the subject too
                boolean named = !fronted.phrase().isEmpty() && foreignName(WordKey.tokens(fronted.phrase()))
                        || WordKey.tokens(fronted.phrase()).size() == 1 && !rules.isCommonWord(fronted.phrase()) && !fronted.phrase().isEmpty();
                if ((definite || named) && fronted.ownClause()) subject = fronted.phrase();
            }
            if (verb && subject.isEmpty()) subject = ammaTopic(m, ts, v);  // «أما وزير المالية، عمر زيدان، فقال إن …»
            if (verb && subject.isEmpty()) subject = butPronounSubject(m, ts, v);
            if (verb && clauseAt < from && !subject.isEmpty() && ts.get(v).end() < clauseAt) {
                subject = m.substring(ts.get(v).end(), clauseAt).strip();  // the described object is not part of the source
            }
            if (verb && subject.isEmpty() && !joined(t)) {
                subject = subjectBefore(m, ts, v).independent();  // inside a reported clause: the outer source
            }
            if (verb && subject.isEmpty() && joined(t)) subject = coordinatedSubject(m, ts, v);
            if (!verb) subject = onTheTongueOf(m, ts, v);
            if (!verb && subject.isEmpty() && !sayingBefore(ts, v)) subject = mainClauseSubject(m, ts, v);  // «وجّه X نداء …، لافتا إلى أن»
            // «ووصف X الحادث بأنه "مأساوي"، قائلا إن …»: the participle speaks for the source of the verb before it
            if (!verb && subject.isEmpty() && sayingBefore(ts, v)) subject = earlierSource(m, ts, v);
            out.add(new Reported(subject, clause, clauseAt));
        }
        relays(s, ts, out);
        relayedSaying(s, ts, out);
        return out;
    }

    /** «ونقلت الصحيفة عن دوغان أكين، رئيس تحرير الموقع، قوله إن …»: the one quoted, not the paper, is the source. */
    private void relayedSaying(Sentence s, List<Token> ts, List<Reported> out) {
        String m = s.masked();
        for (int v = 0; v < ts.size(); v++) {
            if (!RELAY_VERBS.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text())))) continue;
            int from = -1;
            for (int k = v + 1; k < ts.size() && k - v <= 6 && from < 0; k++) if (WordKey.fold(ts.get(k).text()).equals("عن")) from = k + 1;
            if (from < 0) continue;
            for (int k = from + 1; k + 1 < ts.size() && k - from <= 14; k++) {
                if (!SAYING_NOUNS.contains(WordKey.fold(ts.get(k).text()))) continue;
                if (!rules.isComplementizer(ts.get(k + 1).text())) break;
                String phrase = s.text().substring(ts.get(from).start(), ts.get(k - 1).end()).replaceAll("[،,\\s]+$", "");
                String clause = clause(s, ts.get(k + 1).end());
                if (clause != null) out.add(new Reported(phrase, clause, ts.get(k + 1).end()));
                return;
            }
        }
    }

    private static final Set<String> DESCRIBE = WordKey.set("وصف", "وصفت", "وصفوا", "يصف", "تصف", "اعتبر", "اعتبرت", "يعتبر", "تعتبر");

    /** Index of the object of a verb of describing (وصف X الحادث بأنه): the word after its subject, or -1. */
    private int describedObject(String m, List<Token> ts, int v, int c) {
        if (!DESCRIBE.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text())))) return -1;
        String subject = subject(m, ts, v, c);
        int at = v + 1 + WordKey.tokens(subject).size();
        // «وصف الرئيس إيفان كوستوف الهجوم بأنه»: the subject ran on into the definite object, which بأنه needs before it
        if (!subject.isEmpty() && at >= c && c - 1 > v + 1 && WordKey.fold(ts.get(c - 1).text()).startsWith("ال")
                && !roleLike(WordKey.fold(ts.get(c - 2).text()))) at = c - 1;
        return subject.isEmpty() || at >= c ? -1 : at;
    }

    /** The object, بأنه and the quoted verdict right after it («الحادث بأنه "مأساوي"»), or null without that quote. */
    private static String describedWithQuote(Sentence s, int objectStart, int complementEnd) {
        String text = s.text();
        int open = complementEnd;
        while (open < text.length() && Character.isWhitespace(text.charAt(open))) open++;
        if (open >= text.length() || "\"«“".indexOf(text.charAt(open)) < 0) return null;
        int close = -1;
        for (int k = open + 1; k < text.length() && close < 0; k++) if ("\"»”".indexOf(text.charAt(k)) >= 0) close = k;
        return close < 0 ? null : text.substring(objectStart, close + 1).strip();
    }

    /** The source of the last verb of saying before a participle in the same sentence, or "". */
    private String earlierSource(String m, List<Token> ts, int v) {
        for (int k = v - 1; k >= 0; k--) {
            if (!isVerbOfSaying(ts, k) || joined(ts.get(k).text()) && k > 0 || nominal(ts, k)) continue;
            String subject = kanaSubject(m, ts, k);
            if (subject.isEmpty()) subject = subject(m, ts, k, Math.min(v, k + 10));
            return subject;
        }
        return "";
    }

    /** «ويتوقع أن»، «يُعتقد أن»: an impersonal verb of expectation with its complementizer right after it. */
    private boolean impersonal(List<Token> ts, int v) {
        if (v > 0 && rules.isComplementizer(ts.get(v - 1).text())) return false;  // «إنه يعتقد أن»: he believes
        String f = ArabicRules.bare(WordKey.fold(ts.get(v).text()));
        int k = v + 1 < ts.size() && WordKey.fold(ts.get(v + 1).text()).equals("الي") ? v + 2 : v + 1;  // «يشار إلى أن»
        return IMPERSONAL.contains(f) && k < ts.size() && rules.isComplementizer(ts.get(k).text());
    }

    /** «لن تعترف بـ…»، «قد يطالب»: a negated, modal or future verb of stance states no position taken. */
    private static boolean negatedOrModal(List<Token> ts, int v) {
        for (int k = Math.max(0, v - 2); k < v; k++) if (NEGATIONS.contains(WordKey.fold(ts.get(k).text()))) return true;
        return ArabicFuture.futureVerb(ArabicRules.bare(WordKey.fold(ts.get(v).text())));
    }

    /** Verbs of stance that take a direct object before their preposition (اتهم X بـ، حث X على، وصف X بأنه). */
    private static boolean objectTaking(String token) {
        String f = ArabicRules.bare(WordKey.fold(token));
        if (f.length() < 4) return false;
        String rest = f.substring(1);
        return OBJECT_TAKING.contains(rest) || OBJECT_TAKING.contains("ا" + rest);
    }

    /** The preposition a verb of stance governs (عن، إلى، على، بـ), or null when it is not such a verb. */
    private static String governed(String token) {
        String f = ArabicRules.bare(WordKey.fold(token));
        String found = governedStem(f);
        // The imperfect: يتهم، تطالب، يشيد → اتهم، طالب، اشاد (the prefix replaces the stem's first alif, if any)
        if (found == null && f.length() > 3 && "يت".indexOf(f.charAt(0)) >= 0) {
            String rest = f.substring(1).replaceAll("ون$", "");
            found = governedStem(rest);
            if (found == null) found = governedStem("ا" + rest);
            if (found == null && rest.length() > 2 && rest.charAt(1) == 'ي') found = governedStem("ا" + rest.charAt(0) + "ا" + rest.substring(2));
        }
        return found;
    }

    private static String governedStem(String f) {
        for (String end : new String[] {"", "ت", "وا", "ا"}) {
            if (!f.endsWith(end) || f.length() - end.length() < 2) continue;
            String stem = f.substring(0, f.length() - end.length());
            if (GOVERN_AN.contains(stem)) return "عن";
            if (GOVERN_ILA.contains(stem)) return "الي";
            if (GOVERN_ALA.contains(stem)) return "علي";
            if (GOVERN_BI.contains(stem)) return "ب";
            if (GOVERN_MIN.contains(stem)) return "من";
        }
        return null;
    }

    /** The word that opens the reported part: a complementizer, or the preposition the verb governs. */
    private int introducer(String text, List<Token> ts, int v) {
        String prep = governed(ts.get(v).text());
        // a verb of saying may stand far from its إن when adverbials come between («وقال الرئيس، قبل انعقاد الجلسة
        // وقبيل اجتماعه مع …، على هامش …، إنه»); no other verb of saying may come between
        int reach = rules.isSpeechVerb(ts.get(v).text()) ? 32 : 14;
        for (int k = v + 1; k < ts.size() && k - v <= reach; k++) {
            String f = WordKey.fold(ts.get(k).text());
            // «بعد أن قاد»، «قبل أن»: أن after a preposition of time opens a clause of time, not what was said
            boolean temporal = TEMPORAL_AN.contains(WordKey.fold(ts.get(k - 1).text()))
                    || NameFinder.between(text, ts.get(k - 1), ts.get(k)).equals(".");  // «سي.إن.إن»: letters of an acronym
            if (rules.isComplementizer(ts.get(k).text()) && !temporal) return k;
            if (k > v + 1 && rules.isSpeechVerb(ts.get(k).text())) return -1;
            if (prep == null || k - v > 14) continue;
            boolean governs = prep.equals("ب") ? f.startsWith("ب") && f.length() > 3 && !f.equals("بين") && !f.equals("بعد") && !B_IDIOMS.contains(f)
                    && !genitiveOf(ts.get(k - 1).text()) && f.charAt(1) != 'ي'  // «بيريز»، «بيروت»: a name, not بـ + noun
                    : f.equals(prep) && !ts.get(k).text().equals("علي");
            if (!governs) continue;
            boolean thenThat = k + 1 < ts.size() && rules.isComplementizer(ts.get(k + 1).text());
            return thenThat ? k + 1 : k;
        }
        return -1;
    }

    /**
     * «رئيس نادي برشلونة»، «سفير بريطانيا»: an indefinite role or organisation noun is in construct with the word after it,
     * so a بـ there begins a name (برشلونة، بريطانيا), not the verb's complement.
     */
    private boolean genitiveOf(String previous) {
        String f = WordKey.fold(previous);
        return !f.startsWith("ال") && (rules.isRoleNoun(f) || rules.isOrganisationNoun(f)) && !rules.isTitle(f);
    }

    /** The reported clause from {@code from} to the sentence end, quotes inside it kept; null when it is a quote. */
    private static String clause(Sentence s, int from) {
        String rest = s.masked().substring(from);
        String lead = rest.stripLeading();
        if (lead.isEmpty() || "\"«“„'‘".indexOf(lead.charAt(0)) >= 0) return null;
        // «… معلقا على ذلك بأن …»، «… وقال "…"»، «… كما تطالب واشنطن بأن …»: another act of saying ends this one
        int end = nextSaying(rest);
        String text = s.text().substring(from, from + end).strip();
        // «…، وذلك خلال زيارته»، «…، مما أثار غضب»: the narrator's tail is not part of what was said
        java.util.regex.Matcher tail = NARRATOR_TAIL.matcher(text);
        if (tail.find() && WordKey.tokens(text.substring(0, tail.start())).size() >= 3) text = text.substring(0, tail.start());
        text = text.replaceAll("^[،,:\\s]+|[،,:.\\s]+$", "");
        return WordKey.tokens(text).size() >= 3 ? text : null;
    }

    /** Offset in {@code masked} where a new act of saying starts after at least three words, else its length. */
    private static int nextSaying(String masked) {
        List<Token> ts = WordKey.tokens(masked);
        ArabicRules rules = ArabicRules.INSTANCE;
        for (int k = 3; k < ts.size(); k++) {
            String t = ts.get(k).text();
            String f = WordKey.fold(t);
            boolean participle = rules.isSpeechParticiple(t);
            boolean joinedVerb = f.length() > 3 && (f.charAt(0) == 'و') && CORE_SAY.contains(f.substring(1));
            boolean asSaid = f.equals("كما") && k + 1 < ts.size() && rules.isSpeechVerb(ts.get(k + 1).text());
            // «…، وإنها تعتقد أن …»: a second reported clause, joined by و after a comma
            boolean secondClause = f.length() > 3 && f.charAt(0) == 'و' && rules.isComplementizer(f)
                    && masked.substring(ts.get(k - 1).end(), ts.get(k).start()).contains("،");
            // «…، إلا أنه أكد أن …»، «…، لكنه أوضح أنها …»: "but he said" opens another statement
            // («لكنها تؤكد …» right after a reported subject may still be that subject's words, so only «إلا أنه قال»)
            boolean butSaid = BUT.contains(f) && k + 2 < ts.size() && rules.isComplementizer(ts.get(k + 1).text())
                    && rules.isSpeechVerb(ts.get(k + 2).text());
            if (joinedVerb || asSaid || secondClause || butSaid) return ts.get(k).start();
        }
        return masked.length();
    }

    private static final java.util.regex.Pattern NARRATOR_TAIL = java.util.regex.Pattern.compile(
            "[،,]\\s*(?:وذلك|مما|الأمر الذي|الامر الذي|في إشارة|في اشارة|(?:من )?دون أن|في الوقت الذي|في حين|وسط)\\s");

    /**
     * «وبحسب التقرير، فإن الأسعار …», «ووفقا لمسؤولين، تراجعت …»: a relay that opens the sentence, then a comma
     * (and فإن), reports the rest of the sentence for its source.
     */
    private boolean openingRelay(Sentence s, List<Token> ts, List<Reported> out) {
        if (ts.size() < 5 || !RELAYS.contains(ArabicRules.bare(WordKey.fold(ts.get(0).text())))) return false;
        String m = s.masked();
        int comma = m.indexOf('،', ts.get(0).end());
        if (comma < 0) comma = m.indexOf(',', ts.get(0).end());
        if (comma < 0 || WordKey.tokens(m.substring(0, comma)).size() > 10) return false;
        String head = s.text().substring(0, comma);  // unmasked, so a quoted document name (ما جاء في "…") is readable
        String phrase = relayed(head, WordKey.tokens(head), 0);
        if (phrase == null || phrase.isEmpty()) return false;
        int from = comma + 1;
        List<Token> rest = WordKey.tokens(m.substring(from));
        if (!rest.isEmpty() && ArabicRules.bare(WordKey.fold(rest.get(0).text())).matches("[فو]?[اإ]ن(ه|ها|هم)?|فان")) {
            from += rest.get(0).end();
        }
        String clause = clause(s, from);
        if (clause == null) return false;
        out.add(new Reported(phrase, clause, from));
        return true;
    }

    /** Offset of the first quote of three or more words in masked text (its blanked inside is long), or -1. */
    static int firstLongQuote(String masked) {
        int run = 0;
        for (int i = 0; i < masked.length(); i++) {
            run = masked.charAt(i) == '\u2026' ? run + 1 : 0;
            if (run == 12) return Math.max(0, i - 12);
        }
        return -1;
    }

    /** «… بحسب ما أعلن المجلس الوطني»: the words before the relay are reported speech of its source. */
    private void relays(Sentence s, List<Token> ts, List<Reported> out) {
        if (openingRelay(s, ts, out)) return;
        if (trailingAs(s, ts, out)) return;
        for (int v = 3; v < ts.size(); v++) {
            String rw = WordKey.fold(ts.get(v).text());
            if (!RELAYS.contains(ArabicRules.bare(rw)) && !RELAYS.contains(rw)) continue;  // «وفقا» is not و + «فقا»
            String phrase = relayed(s.masked(), ts, v);
            String text = s.text().substring(0, ts.get(v).start()).replaceAll("[،,\\s]+$", "");
            if (phrase != null && WordKey.tokens(text).size() >= 4 && firstLongQuote(s.masked().substring(0, ts.get(v).start())) < 0) {
                out.add(new Reported(phrase, text, 0));
            }
            return;
        }
    }

    /**
     * «…، كما ذكرت مصادر لفرانس برس»: a closing "as X said" with no clause of its own makes X the source of
     * the words before it. Returns whether it found one.
     */
    private boolean trailingAs(Sentence s, List<Token> ts, List<Reported> out) {
        for (int v = 4; v + 2 < ts.size(); v++) {
            if (!WordKey.fold(ts.get(v).text()).equals("كما") || !rules.isSpeechVerb(ts.get(v + 1).text())) continue;
            if (!NameFinder.between(s.masked(), ts.get(v - 1), ts.get(v)).matches("[،,]")) continue;
            if (ts.size() - v > 10) return false;
            for (int k = v + 2; k < ts.size(); k++) if (rules.isComplementizer(ts.get(k).text())) return false;
            String source = subject(s.masked(), ts, v + 1, ts.size());
            String text = s.text().substring(0, ts.get(v).start()).replaceAll("[،,\\s]+$", "");
            if (source.isEmpty() || WordKey.tokens(text).size() < 4 || firstLongQuote(s.masked().substring(0, ts.get(v).start())) >= 0) return false;
            out.add(new Reported(source, text, 0));
            return true;
        }
        return false;
    }

    /**
     * «وجاء في بيان للأمم المتحدة أن …»: the document named after في is the source; «أصدرت الوزارة بيانا جاء فيه
     * أن …»: the one that issued it. Null when the word at {@code v} is not that frame.
     */
    private String appearedIn(String text, List<Token> ts, int v) {
        return appearedIn(text, ts, v, false);
    }

    /** @param toQuote whether the narration ends on a quotation («وجاء في البيان الختامي "…"»), which needs no أن */
    private String appearedIn(String text, List<Token> ts, int v, boolean toQuote) {
        String said = saidInIt(text, ts, v);
        if (said != null) return said;
        if (!APPEARED.contains(ArabicRules.bare(WordKey.fold(ts.get(v).text()))) || v + 1 >= ts.size()) return null;
        if (v > 0 && RELATIVE_MA.contains(WordKey.fold(ts.get(v - 1).text()))) return null;  // «بحسب ما جاء في»: a relay
        String next = WordKey.fold(ts.get(v + 1).text());
        if (next.equals("في") && v + 2 < ts.size()) {
            int end = v + 2;
            while (end < ts.size() && end - v < 10 && !rules.isComplementizer(ts.get(end).text())) end++;
            if (end >= ts.size() && !toQuote) return null;
            end = Math.min(end, ts.size());
            String doc = cut(text, ts, v + 2, end);
            String head = ArabicRules.bare(WordKey.fold(ts.get(v + 2).text())).replaceFirst("^ال(?=..)", "");
            return doc.isEmpty() || !MEDIA.contains(head) && !DOCUMENTS.contains(head) ? null : doc;
        }
        if (!next.equals("فيه") && !next.equals("فيها")) return null;
        for (int k = v - 1; k >= 0 && v - k <= 8; k--) {
            if (!WordKey.fold(ts.get(k).text()).matches("و?اصدر(ت|وا|ا)?")) continue;
            String issuer = cut(text, ts, k + 1, v - 1);
            if (!issuer.isEmpty() && v - 1 > k + 1) return issuer;
            String before = walkBack(text, ts, k);
            return before.isEmpty() ? null : before;
        }
        return null;
    }

    /** «… تصريحات على لسان النائب رامي الحداد، قائلا …»: the one whose words were carried, before the participle; "" if none. */
    private String onTheTongueOf(String text, List<Token> ts, int v) {
        for (int k = v - 1; k > 0 && v - k <= 10; k--) {
            if (!WordKey.fold(ts.get(k).text()).equals("لسان") || !WordKey.fold(ts.get(k - 1).text()).equals("علي")) continue;
            // words carried «تصريحات على لسان X»، «نقلت … على لسان X»; not «الاتهامات التي جاءت على لسان X» (X accused)
            String carrier = k > 1 ? WordKey.fold(ts.get(k - 2).text()) : "";
            boolean carried = MEDIA.contains(carrier) || MEDIA.contains(carrier.replaceFirst("ا$", ""))
                    || RELAY_VERBS.contains(ArabicRules.bare(carrier)) || carrier.startsWith("نشر") || carrier.startsWith("ونشر");
            return carried && k + 1 < v ? cut(text, ts, k + 1, v) : "";
        }
        return "";
    }

    /**
     * «وأصدر الحزب بيانا قال فيه إن …»، «نقل موقع عن القيادي ماهر السعدي تصريحات قال فيها إن …»، «نشرت صحيفة تصريحات على
     * لسان النائب X، قال فيها …»: a verb of saying "in it" speaks for whoever issued the text or is quoted in it; null otherwise.
     */
    private String saidInIt(String text, List<Token> ts, int v) {
        if (v + 1 >= ts.size() || !rules.isSpeechVerb(ts.get(v).text()) || !WordKey.fold(ts.get(v + 1).text()).matches("فيه|فيها")) return null;
        for (int k = v - 1; k >= 0 && v - k <= 14; k--) {
            String w = WordKey.fold(ts.get(k).text());
            if (w.equals("عن") || w.equals("لسان") && k > 0 && WordKey.fold(ts.get(k - 1).text()).equals("علي")) {
                int end = k + 1;
                while (end < v && !MEDIA.contains(WordKey.fold(ts.get(end).text())) && !MEDIA.contains(WordKey.fold(ts.get(end).text()).replaceFirst("ا$", ""))) end++;
                String source = cut(text, ts, k + 1, end);
                return source.isEmpty() ? null : text.substring(ts.get(k + 1).start(), ts.get(end - 1).end()).replaceAll("[،,\\s]+$", "");
            }
            if (w.matches("و?اصدر(ت|وا|ا)?")) {
                String issuer = cut(text, ts, k + 1, v - 1);
                return issuer.isEmpty() ? null : issuer;
            }
        }
        return null;
    }

    private static final Set<String> DOCUMENTS = WordKey.set("استطلاع", "تقرير", "التقرير", "دراسه", "الدراسه", "رساله", "بيان",
            "الرساله", "وثيقه", "الوثيقه", "مذكره", "المذكره", "قرار", "القرار", "نص", "النص", "مقال", "المقال", "افتتاحيه");

    /** Whether a verb of saying stands before {@code v} in the sentence. */
    private boolean sayingBefore(List<Token> ts, int v) {
        for (int k = 0; k < v; k++) if (isVerbOfSaying(ts, k)) return true;
        return false;
    }

    /**
     * «وجه الشيخ حمد بن جاسم، رئيس الوزراء السابق، نداء …»: the subject after a sentence-opening verb, up to the first
     * punctuation, for a participle of saying that the main verb does not introduce; "" when the sentence does not
     * open on a verb and a named or definite subject.
     */
    /** The gender a perfect verb shows: «أعادت» feminine, «أعاد» masculine. */
    private static Gender perfectGender(String bareVerb) {
        return bareVerb.endsWith("ت") ? Gender.FEMININE : Gender.MASCULINE;
    }

    private String mainClauseSubject(String text, List<Token> ts, int v) {
        if (v < 3) return "";
        String opening = ArabicRules.bare(WordKey.fold(ts.get(0).text()));
        if (opening.length() < 3 || opening.length() > 6 || opening.startsWith("ال") || rules.isNotName(opening)
                || rules.isGivenName(opening) || "يتن".indexOf(opening.charAt(0)) >= 0 && opening.length() > 4) return "";
        String second = WordKey.fold(ts.get(1).text());
        // «وأعادت واشنطن فرض عقوبات …، قائلة إن»: a bare name after the verb, when verb and participle agree
        boolean namedAgreeing = second.length() >= 3 && (COUNTRIES.contains(second) || !rules.isCommonWord(second) && !ArabicRules.isVerbalNoun(second))
                && !NameFinder.gap(text, ts.get(0), ts.get(1)) && perfectGender(opening) == ArabicGender.ofLastVerb(ts.get(v).text());
        if (!(second.startsWith("ال") || rules.isGivenName(second) || rules.isTitle(second) || rules.isRoleNoun(second) || namedAgreeing)) return "";
        if (namedAgreeing && !second.startsWith("ال") && !rules.isGivenName(second) && !rules.isTitle(second) && !rules.isRoleNoun(second)) {
            // a bare place or name is the whole subject, with the adjectives that complete it (كوريا الشمالية)
            int end = 2;
            while (end < v && WordKey.fold(ts.get(end).text()).matches("ال.+يه|المتحده") && !NameFinder.gap(text, ts.get(end - 1), ts.get(end))) end++;
            return text.substring(ts.get(1).start(), ts.get(end - 1).end());
        }
        int end = 1;
        while (end < v && end < 9 && (end == 1 || !NameFinder.gap(text, ts.get(end - 1), ts.get(end)))) {
            // «ووجه الرئيس الفرنسي رسالة»: an indefinite noun after a definite one that is no title is the object
            String prev = WordKey.fold(ts.get(end - 1).text());
            String w = WordKey.fold(ts.get(end).text());
            if (end > 1 && prev.startsWith("ال") && !roleLike(prev) && !rules.isTitle(prev) && !w.startsWith("ال") && !rules.isGivenName(w)) break;
            // «هدد ترامب بالانسحاب»: a joined preposition opens the complement
            if (end > 1 && (w.startsWith("بال") || w.startsWith("لل") || w.length() > 3 && w.charAt(0) == 'ب' && ArabicRules.isVerbalNoun(w.substring(1)))) break;
            end++;
        }
        return cut(text, ts, 1, end);
    }
}
