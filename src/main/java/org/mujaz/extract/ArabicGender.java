package org.mujaz.extract;

import java.util.List;

/**
 * Arabic gender agreement between a subjectless verb of saying and the source it continues: «وأضافت» (she/it-fem
 * added) and «مضيفة» go on from a woman or a feminine noun (الوزارة، وكالة), «وأضاف» from a man or a masculine one
 * (البيان، المجلس). Only clear cases are decided; the rest is UNKNOWN and agrees with anything.
 */
final class ArabicGender {

    private static final ArabicRules RULES = ArabicRules.INSTANCE;

    private ArabicGender() {
    }

    /** The gender of the last verb of saying or speech participle in {@code narration}. */
    static Gender ofLastVerb(String narration) {
        List<Token> ts = WordKey.tokens(narration);
        for (int i = ts.size() - 1; i >= 0; i--) {
            String raw = ts.get(i).text();
            String f = ArabicRules.bare(WordKey.fold(raw));
            if (RULES.isSpeechParticiple(raw)) return f.endsWith("ه") ? Gender.FEMININE : Gender.MASCULINE;
            if (f.endsWith("ين") && RULES.isSpeechParticiple(f.substring(0, f.length() - 2) + "ا")) return Gender.PLURAL;  // مؤكدين
            if (!RULES.isSpeechVerb(raw)) continue;
            if (f.endsWith("وا") || f.endsWith("ون")) return Gender.PLURAL;  // «وأشاروا»، «ويقولون»
            if (f.endsWith("ان")) return Gender.UNKNOWN;  // dual
            if (f.length() > 3 && f.endsWith("ت") && RULES.isSpeechVerb(f.substring(0, f.length() - 1))) return Gender.FEMININE;
            if (f.startsWith("ت") && RULES.isSpeechVerb("ي" + f.substring(1))) return Gender.FEMININE;
            return Gender.MASCULINE;
        }
        return Gender.UNKNOWN;
    }

    /** The gender of a source: a known given name or a feminine role for a person, the head noun's ending otherwise. */
    static Gender of(Speaker s) {
        List<String> words = WordKey.foldedWords(s.name());
        if (words.isEmpty()) return Gender.UNKNOWN;
        if (s.person()) {
            String first = words.get(0);
            if (GivenNames.ARABIC_WOMEN.contains(first)) return Gender.FEMININE;
            if (GivenNames.ARABIC_MEN.contains(first)) return Gender.MASCULINE;
            List<String> role = WordKey.foldedWords(s.role());
            if (!role.isEmpty() && RULES.isRoleNoun(role.get(0))) return role.get(0).endsWith("ه") ? Gender.FEMININE : Gender.MASCULINE;
            return Gender.UNKNOWN;
        }
        String head = words.get(0);
        // human plurals take plural verbs (وقال المسؤولون … وأضافوا); plurals of things (المصادر، السلطات) feminine ones
        if (head.endsWith("ون") || head.endsWith("ين") && !head.endsWith("يين") || HUMAN_PLURALS.contains(ArabicRules.bare(head))) return Gender.PLURAL;
        if (head.endsWith("ات")) return Gender.UNKNOWN;
        if (head.endsWith("ه") && head.length() > 3) return Gender.FEMININE;
        return MASCULINE_HEADS.contains(ArabicRules.bare(head)) ? Gender.MASCULINE : Gender.UNKNOWN;
    }

    private static final java.util.Set<String> HUMAN_PLURALS = WordKey.set("خبراء", "الخبراء", "شهود", "الشهود", "سكان", "السكان",
            "نشطاء", "النشطاء", "علماء", "العلماء", "زعماء", "الزعماء", "وزراء", "الوزراء", "اعضاء", "الاعضاء", "قاده", "القاده",
            "مسوولو", "ممثلو", "الاطباء", "اطباء");

    /** Masculine singular heads of sources; broken plurals (المصادر) take feminine verbs, so they stay unknown. */
    private static final java.util.Set<String> MASCULINE_HEADS = WordKey.set("البيان", "بيان", "المجلس", "مجلس", "الجيش", "جيش",
            "البنك", "بنك", "المكتب", "مكتب", "الحزب", "حزب", "المصدر", "مصدر", "المسوول", "مسوول", "المتحدث", "متحدث", "الناطق",
            "ناطق", "التقرير", "تقرير", "الصندوق", "صندوق", "الاتحاد", "اتحاد", "البرلمان", "الكرملين", "البيت", "المرصد", "مرصد",
            "الموقع", "موقع", "التلفزيون", "تلفزيون", "المركز", "مركز", "الائتلاف", "التحالف", "تحالف", "الفريق", "الوفد", "وفد");
}
