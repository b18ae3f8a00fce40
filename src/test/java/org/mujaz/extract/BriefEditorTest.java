package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.build.SiteData;
import org.mujaz.diag.Diagnostic;
import org.mujaz.load.ArticleLoader;
import org.mujaz.load.LoadedArticle;
import org.mujaz.model.Brief;
import org.mujaz.model.BriefEdits;
import org.mujaz.model.BriefEdits.Line;
import org.mujaz.model.BriefEdits.StepFix;
import org.mujaz.model.DatePrecision;
import org.mujaz.model.NextStep;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;

/** Editors' corrections, applied to the seed's real brief: they take, and stale ones are reported at their line. */
class BriefEditorTest {

    @TempDir
    Path tmp;

    private Brief extractWith(String edits, List<Diagnostic> warnings) throws IOException {
        Files.copy(Path.of("seeds/000_ee866bc3eb3562dc.txt"), tmp.resolve("seed.txt"));
        Files.copy(Path.of("seeds/000_ee866bc3eb3562dc.yaml"), tmp.resolve("seed.yaml"));
        Files.writeString(tmp.resolve("seed.brief.yaml"), edits);
        LoadedArticle loaded = ArticleLoader.loadWithEdits(tmp.resolve("seed.txt"), warnings::add);
        SiteData data = SiteData.load(Path.of("."));
        Brief extracted = new BriefExtractor(data.taxonomy(), data.gazetteer()).extract(loaded.article());
        return BriefEditor.apply(extracted, loaded.edits(), warnings::add);
    }

    @Test
    void fixesDropsAndAddsSurviveExtraction() throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        Brief b = extractWith("""
                summary:
                  - "وجه مصطفى الكاظمي رئيس الوزراء العراقي، القائد العام للقوات المسلحة، بتشكيل لجنة فنية لتنفيذ مخرجات الحوار الاستراتيجي."
                statements:
                  fix:
                    - {match: "ليس هناك تحديد دقيق حتى الآن", role: "المتحدث باسم البنتاغون", kind: indirect}
                  drop: ["تنظيم داعش الإرهابي لا يزال يشكل تهديدا"]
                  add:
                    - {speaker: "الحكومة العراقية", kind: indirect, text: "التزامها بحماية أفراد وقوافل التحالف الدولي"}
                nextSteps:
                  add: [{text: "مواصلة المحادثات عبر لجنة عسكرية مشتركة", actor: "البلدان", when: 2021-05-01}]
                persons:
                  add: [{name: "رئيس أركان الجيش العراقي"}]
                """, warnings);
        assertThat(warnings).isEmpty();
        assertThat(b.summary()).hasSize(1);
        Statement fixed = b.statements().stream().filter(s -> s.text().contains("ليس هناك تحديد دقيق")).findFirst().orElseThrow();
        assertThat(fixed.role()).isEqualTo("المتحدث باسم البنتاغون");
        assertThat(fixed.kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(fixed.speaker()).isNotBlank();
        assertThat(b.statements()).noneMatch(s -> s.text().contains("لا يزال يشكل تهديدًا"));
        assertThat(b.statements()).anySatisfy(s -> {
            assertThat(s.speaker()).isEqualTo("الحكومة العراقية");
            assertThat(s.paragraph()).isEqualTo(17);
        });
        assertThat(b.nextSteps()).anySatisfy(s -> {
            assertThat(s.actor()).isEqualTo("البلدان");
            assertThat(s.when()).isEqualTo(LocalDate.of(2021, 5, 1));
        });
        assertThat(b.persons()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("رئيس أركان الجيش العراقي");
            assertThat(p.nameEnAutomatic()).isTrue();
            assertThat(p.nameEn()).isNotBlank();
        });
    }

    @Test
    void aCorrectionThatNoLongerMatchesIsAWarningAtItsLine() throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        Brief b = extractWith("""
                statements:
                  drop:
                    - "a sentence that was edited out of the article"
                  add:
                    - {speaker: "X", text: "words that are not in the article at all"}
                """, warnings);
        assertThat(warnings).extracting(Diagnostic::toString).containsExactly(
                tmp.resolve("seed.brief.yaml") + ":3: warning: no statement matches 'a sentence that was edited out of the article' any more",
                tmp.resolve("seed.brief.yaml") + ":5: warning: added statement is not in the article any more; skipped");
        assertThat(b.statements()).noneMatch(s -> s.speaker().equals("X"));
    }

    @Test
    void aFixOfTheActorKeepsTheStepsMonthAndAFixOfTheDateGivesADay() {
        Brief brief = Articles.EXTRACTOR.extract(Articles.of(org.mujaz.model.Lang.EN, LocalDate.of(2021, 4, 8),
                "The ministers will meet again in Geneva in March to sign the deal.",
                "The company will open a plant in Ohio next month, a spokesman said."));
        assertThat(brief.nextSteps()).extracting(NextStep::precision).containsExactly(DatePrecision.MONTH, DatePrecision.MONTH);
        BriefEdits edits = new BriefEdits(tmp.resolve("x.brief.yaml"), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Line<>(new StepFix("meet again in Geneva", "The ministers of both countries", null), 3),
                        new Line<>(new StepFix("open a plant in Ohio", null, LocalDate.of(2021, 5, 12)), 4)),
                List.of(), List.of(), List.of());
        List<Diagnostic> warnings = new ArrayList<>();
        Brief fixed = BriefEditor.apply(brief, edits, warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(fixed.nextSteps().get(0)).satisfies(s -> {
            assertThat(s.actor()).isEqualTo("The ministers of both countries");
            assertThat(s.when()).isEqualTo(LocalDate.of(2022, 3, 1));
            assertThat(s.precision()).isEqualTo(DatePrecision.MONTH);
        });
        assertThat(fixed.nextSteps().get(1)).satisfies(s -> {
            assertThat(s.actor()).isEqualTo(brief.nextSteps().get(1).actor());
            assertThat(s.when()).isEqualTo(LocalDate.of(2021, 5, 12));
            assertThat(s.precision()).isEqualTo(DatePrecision.DAY);
        });
    }
}
