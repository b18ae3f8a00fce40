package org.mujaz.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.DatePrecision;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Lang;
import org.mujaz.model.NextStep;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;
import org.mujaz.model.Topic;

/** A small hand-made site: three Arabic briefs (one hostile), one English translation. */
final class FixtureSite {

    static final Topic CEASEFIRE = new Topic("gaza-ceasefire", "وقف إطلاق النار في غزة", "Gaza ceasefire", List.of(), List.of());
    static final Topic US = new Topic("us-policy", "السياسة الأمريكية", "US policy", List.of(), List.of());
    static final Topic AID = new Topic("aid", "المساعدات", "", List.of(), List.of());

    static final KnownPerson KIRBY_KNOWN = new KnownPerson("جون كيربي", "John Kirby", List.of("كيربي", "Kirby"),
            "المتحدث باسم مجلس الأمن القومي", "National Security Council spokesman");

    static final Person KIRBY = new Person("جون كيربي", "John Kirby", false, "المتحدث باسم مجلس الأمن القومي");
    static final Person SHOUKRY = new Person("سامح شكري", "Samih Shukri", true, "وزير الخارجية المصري");
    static final Person BLINKEN = new Person("Antony Blinken", "Antony Blinken", false, "Secretary of State");
    static final Person KIRBY_EN = new Person("John Kirby", "John Kirby", false, "White House spokesman");

    private FixtureSite() {
    }

    static Article article(String id, Lang lang, String title, LocalDate date, String url, String slug, String key) {
        return new Article(Path.of("content/" + id + ".md"), id, lang, title, date, lang == Lang.AR ? "الشرق" : "The Wire",
                url, List.of(), List.of(), slug, key, false, List.of("p1"), List.of(1));
    }

    static List<Brief> briefs() {
        Brief talks = new Brief(
                article("ar-talks", Lang.AR, "كيربي: المحادثات مستمرة", LocalDate.of(2025, 3, 5),
                        "https://example.com/ar/talks", "ar-talks", "talks-2025-03"),
                List.of("قال البيت الأبيض إن المحادثات مستمرة. وأضاف أن التقدم بطيء."),
                List.of(new Statement("جون كيربي", "المتحدث باسم مجلس الأمن القومي", "المحادثات مستمرة ونحن متفائلون", StatementKind.DIRECT, 1),
                        new Statement("جون كيربي", "", "إن الولايات المتحدة تدعم الوساطة المصرية", StatementKind.INDIRECT, 2),
                        new Statement("سامح شكري", "وزير الخارجية", "مصر ستواصل جهودها", StatementKind.DIRECT, 3)),
                List.of(new NextStep("استئناف المحادثات في القاهرة", "الوفد الأمريكي", LocalDate.of(2025, 3, 10), "الاثنين المقبل", 4),
                        new NextStep("زيارة إقليمية لوزير الخارجية", "بلينكن", null, "قريبًا", 5)),
                List.of(KIRBY, SHOUKRY), List.of("البيت الأبيض"), List.of(CEASEFIRE, US), List.of());
        Brief aid = new Brief(
                article("ar-aid", Lang.AR, "المساعدات تدخل غزة", LocalDate.of(2025, 3, 7),
                        "https://example.com/ar/aid", "../../etc/passwd", ""),
                List.of("دخلت شاحنات المساعدات إلى غزة."),
                List.of(new Statement("كيربي", "", "نريد المزيد من الشاحنات", StatementKind.DIRECT, 1)),
                List.of(new NextStep("توسيع المعابر", "", LocalDate.of(2025, 3, 8), "", 2),
                        new NextStep("عقد مؤتمر المانحين", "", LocalDate.of(2025, 3, 1), DatePrecision.MONTH, "في مارس", 2)),
                List.of(KIRBY), List.of(), List.of(CEASEFIRE, AID),
                List.of(new org.mujaz.model.BriefWarning(2, "unresolved date")));
        Brief undated = new Brief(
                article("ar-undated", Lang.AR, "تقرير <script>alert(1)</script>", null, "javascript:alert(1)", "", ""),
                List.of("نص <b>غير</b> موثوق & خطير\u0001\uFFFE."),
                List.of(new Statement("مصدر مطلع", "", "لا تعليق", StatementKind.INDIRECT, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Brief english = new Brief(
                article("en-talks", Lang.EN, "Kirby says talks continue", LocalDate.of(2025, 3, 5),
                        "https://example.com/en/talks", "kirby-talks", "talks-2025-03"),
                List.of("The White House said talks continue. Progress is slow."),
                List.of(new Statement("Antony Blinken", "Secretary of State", "We are working around the clock", StatementKind.DIRECT, 2)),
                List.of(new NextStep("Blinken to visit Cairo", "Antony Blinken", LocalDate.of(2025, 3, 9), "on Sunday", 3),
                        new NextStep("Elections to be held", "", LocalDate.of(2026, 1, 1), DatePrecision.YEAR, "next year", 3)),
                List.of(BLINKEN, KIRBY_EN), List.of("White House"), List.of(US), List.of());
        return List.of(undated, english, aid, talks);
    }

    static List<Topic> taxonomy() { return List.of(US, CEASEFIRE); }

    static List<KnownPerson> gazetteer() { return List.of(KIRBY_KNOWN); }
}
