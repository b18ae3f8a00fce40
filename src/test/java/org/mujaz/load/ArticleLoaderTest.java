package org.mujaz.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.diag.Diagnostic;
import org.mujaz.model.Article;
import org.mujaz.model.Lang;

class ArticleLoaderTest {

    @Test
    void seedLosesItsBoilerplateAndTakesTheSidecar() {
        List<Diagnostic> warnings = new ArrayList<>();
        Article a = ArticleLoader.load(Path.of("seeds/000_ee866bc3eb3562dc.txt"), warnings::add);
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 4, 8));
        assertThat(a.lang()).isEqualTo(Lang.AR);
        assertThat(a.paragraphs()).hasSize(24);
        assertThat(a.paragraphs().get(a.paragraphs().size() - 1)).startsWith("وأضاف أن \"تشكيل اللجنة");
        assertThat(a.paragraphs()).noneMatch(p -> p.contains("اشترك") || p.equals("تطورات الساعة") || p.equals("أخبار من القسم"));
        assertThat(a.bodyLines().get(0)).isEqualTo(1);
        assertThat(a.bodyLines().get(1)).isEqualTo(3);
        assertThat(warnings).isEmpty();
    }

    @Test
    void markdownParagraphsKeepTheirLinesAndLoseMarkup(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("a.md");
        Files.writeString(f, "---\ntitle: T\ndate: 2021-04-08T14:20:54Z\ncategory: politics\n---\n\n## Heading\n\nThe **minister** said [talks](https://x.org) resume.\n\n<div onclick=\"x()\"><script>alert(1)</script>Raw <b>text</b> stays.</div>\n");
        List<Diagnostic> warnings = new ArrayList<>();
        Article a = ArticleLoader.load(f, warnings::add);
        assertThat(a.paragraphs()).containsExactly("Heading", "The minister said talks resume.", "Raw text stays.");
        assertThat(a.bodyLines()).containsExactly(7, 9, 11);
        assertThat(a.lang()).isEqualTo(Lang.EN);
        assertThat(warnings).extracting(Diagnostic::toString).containsExactly(f + ":4: warning: unknown front matter key 'category' ignored");
    }

    @Test
    void missingDateIsAWarningNotAnError(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("a.md");
        Files.writeString(f, "---\ntitle: T\n---\n\nقال الوزير إن المحادثات ستستأنف.\n");
        List<Diagnostic> warnings = new ArrayList<>();
        Article a = ArticleLoader.load(f, warnings::add);
        assertThat(a.date()).isNull();
        assertThat(a.lang()).isEqualTo(Lang.AR);
        assertThat(warnings).extracting(Diagnostic::toString).anyMatch(s -> s.contains("warning: no date"));
    }

    @Test
    void separatorsAndCallsToActionGoButShortSentencesStay() {
        List<BodyParagraph> in = List.of(
                new BodyParagraph("قال الوزير إن الاجتماع سيعقد الأحد.", 1),
                new BodyParagraph("-----------", 2),
                new BodyParagraph("Sign up for our newsletter", 3),
                new BodyParagraph("وشارك في الاجتماع وزراء الخارجية.", 4),
                new BodyParagraph("Advertisement", 5),
                new BodyParagraph("اقرأ أيضا", 6),
                new BodyParagraph("الأكثر قراءة", 7),
                new BodyParagraph("رياضة", 8));
        assertThat(BoilerplateStripper.strip(in)).extracting(BodyParagraph::text)
                .containsExactly("قال الوزير إن الاجتماع سيعقد الأحد.", "وشارك في الاجتماع وزراء الخارجية.");
    }
    @Test
    void anOpinionDisclaimerGoesButASentenceAboutWhatSomethingDoesNotReflectStays() {
        List<BodyParagraph> in = List.of(
                new BodyParagraph("هذا المقال بقلم سلمى فرح، والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا تعكس بالضرورة وجهة نظر الشبكة.", 1),
                new BodyParagraph("The views expressed in this commentary are solely those of the author.", 2),
                new BodyParagraph("وقال الخبير إن النقص الحاصل لا يعكس اهتمامات التلاميذ.", 3));
        assertThat(BoilerplateStripper.strip(in)).extracting(BodyParagraph::text)
                .containsExactly("وقال الخبير إن النقص الحاصل لا يعكس اهتمامات التلاميذ.");
    }
}
