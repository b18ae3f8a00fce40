package org.mujaz.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what scraping leaves around an article: separator lines, calls to action (newsletter, app, follow,
 * share, "related news") and the trail of short navigation headings after the last sentence. The rules are about
 * the shape and the purpose of a line, not one site's wording.
 */
public final class BoilerplateStripper {

    private static final Pattern SEPARATOR = Pattern.compile("[\\p{Punct}\\p{So}\\s•·–—ـ]{3,}");

    /** Calls to action and navigation, in both languages; matched only on short lines. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?iu)\\b(subscribe|newsletter|sign up|download (the|our) app|follow us|share (this|on)|related (news|stories|articles|topics)"
                    + "|read more|more on this|most read|all rights reserved|click here)\\b"
                    + "|(^|\\s)(اشترك|نشرتنا|النشرة الإخبارية|النشرة البريدية|حمل التطبيق|حمّل التطبيق|تطبيق .{0,20}(مجانا|الآن)"
                    + "|تابعونا|تابعنا على|شارك(وا)? (هذا|الخبر|المقال)|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|ذات صلة|أخبار من القسم"
                    + "|الأكثر قراءة|الأكثر مشاهدة|جميع الحقوق محفوظة)");

    /** Labels that are boilerplate only when they are the whole line ("Advertisement", «إعلان»). */
    private static final Pattern LABEL_LINE = Pattern.compile("(?iu)(advertisement|sponsored|إعلان|محتوى مدفوع)[:：]?");

    /**
     * The outlet's opinion disclaimer («والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا تعكس بالضرورة وجهة نظر الشبكة»,
     * "The views expressed are solely those of the author"): it speaks for nobody in the article.
     */
    private static final Pattern DISCLAIMER_VIEWS = Pattern.compile("(?iu)(رأي (ال)?كاتب|آراء (ال)?كاتب|الآراء الواردة|views expressed|opinions expressed)");
    private static final Pattern DISCLAIMER_NOT = Pattern.compile("(?iu)(بالضرورة|لا (تعكس|يعكس|تمثل|يمثل)|solely|not necessarily|do not reflect)");
    private static final int DISCLAIMER_WORDS = 40;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟…\"»”)]\\s*$");

    private static final int SHORT_LINE_WORDS = 8;
    private static final int NAV_HEADING_WORDS = 5;

    private BoilerplateStripper() {
    }

    public static List<BodyParagraph> strip(List<BodyParagraph> paragraphs) {
        List<BodyParagraph> kept = new ArrayList<>();
        for (BodyParagraph p : paragraphs) {
            if (isSeparator(p.text()) || isCallToAction(p.text()) || LABEL_LINE.matcher(p.text()).matches() || isDisclaimer(p.text())) continue;
            kept.add(p);
        }
        // A run of short unpunctuated lines after the last sentence is navigation ("Latest", section names).
        int end = kept.size();
        while (end > 1 && isNavigationHeading(kept.get(end - 1).text())) end--;
        return List.copyOf(kept.subList(0, end));
    }

    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    static boolean isCallToAction(String line) {
        return words(line) <= SHORT_LINE_WORDS && CALL_TO_ACTION.matcher(line).find();
    }

    static boolean isDisclaimer(String line) {
        return words(line) <= DISCLAIMER_WORDS && DISCLAIMER_VIEWS.matcher(line).find() && DISCLAIMER_NOT.matcher(line).find();
    }

    static boolean isNavigationHeading(String line) {
        return words(line) <= NAV_HEADING_WORDS && !SENTENCE_END.matcher(line).find();
    }

    private static int words(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }
}
