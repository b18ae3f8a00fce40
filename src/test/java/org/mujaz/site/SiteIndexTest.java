package org.mujaz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Lang;
import org.mujaz.model.DatePrecision;
import org.mujaz.model.NextStep;
import org.mujaz.model.Person;
import org.mujaz.model.Statement;
import org.mujaz.model.StatementKind;
import org.mujaz.model.Topic;

class SiteIndexTest {

    static final Topic AID = new Topic("aid", "المساعدات", "Aid", List.of(), List.of());
    static final Topic TALKS = new Topic("talks", "المحادثات", "Talks", List.of(), List.of());
    static final KnownPerson KIRBY = new KnownPerson("جون كيربي", "John Kirby", List.of("كيربي"), "متحدث", "spokesman");

    static Brief brief(String id, Lang lang, String title, LocalDate date, String slug, String key, List<Person> persons,
                       List<Statement> statements, List<NextStep> steps, List<Topic> topics) {
        Article a = new Article(Path.of(id + ".md"), id, lang, title, date, "", "", List.of(), List.of(), slug, key, false,
                List.of(), List.of());
        return new Brief(a, List.of("s."), statements, steps, persons, List.of(), topics, List.of());
    }

    static Statement said(String speaker, String text) {
        return new Statement(speaker, "", text, StatementKind.DIRECT, 1);
    }

    static List<Brief> briefs() {
        Person kirbyHamza = new Person("جون كيربي", "Jwn Kyrby", true, "");
        Person kirbyEn = new Person("John Kirby", "John Kirby", false, "spokesman");
        Person ali = new Person("علي أحمد", "Ali Ahmad", true, "");
        Person aliNoHamza = new Person("علي احمد", "Ali Ahmad", true, "");
        return List.of(
                brief("b1", Lang.AR, "أ", LocalDate.of(2025, 1, 2), null, "k1", List.of(kirbyHamza, ali),
                        List.of(said("جون كيربي", "١"), said("كيربي", "٢"), said("علي", "٣"), said("مجهول", "٤")),
                        List.of(new NextStep("x", "", LocalDate.of(2025, 2, 1), "", 1), new NextStep("y", "", null, "", 2)),
                        List.of(AID)),
                brief("b2", Lang.EN, "Same title", LocalDate.of(2025, 1, 3), "same", "k1", List.of(kirbyEn),
                        List.of(said("John Kirby", "one")), List.of(new NextStep("z", "", LocalDate.of(2025, 1, 20), "", 1)),
                        List.of(AID, TALKS)),
                brief("b3", Lang.AR, "Same title", null, "same", "", List.of(aliNoHamza), List.of(), List.of(), List.of()),
                brief("b0", Lang.AR, "../../etc", LocalDate.of(2025, 1, 2), "../../etc", "", List.of(), List.of(), List.of(),
                        List.of(new Topic("extra", "إضافي", "Extra", List.of(), List.of()))));
    }

    static SiteIndex index() { return SiteIndex.of(briefs(), List.of(TALKS, AID), List.of(KIRBY)); }

    @Test
    void briefsNewestFirstUndatedLastTiesBySlug() {
        assertThat(index().briefs().stream().map(b -> b.article().id())).containsExactly("b2", "b1", "b0", "b3");
    }

    @Test
    void slugsAreSafeUniqueAndIndependentOfInputOrder() {
        SiteIndex i = index();
        List<String> slugs = i.briefs().stream().map(i::slug).toList();
        assertThat(slugs).doesNotHaveDuplicates().allMatch(Slugs::isValid);
        assertThat(i.slug(i.brief("same").orElseThrow())).isEqualTo("same");
        assertThat(i.brief("same").orElseThrow().article().id()).isEqualTo("b2");
        assertThat(i.brief("same-2").orElseThrow().article().id()).isEqualTo("b3");
        assertThat(i.brief("etc").orElseThrow().article().id()).isEqualTo("b0");
        List<Brief> shuffled = new ArrayList<>(briefs());
        Collections.reverse(shuffled);
        SiteIndex j = SiteIndex.of(shuffled, List.of(TALKS, AID), List.of(KIRBY));
        assertThat(j.briefs().stream().map(j::slug).toList()).isEqualTo(slugs);
        assertThat(j.dependencies()).isEqualTo(i.dependencies());
    }

    @Test
    void peopleAreMergedAcrossBriefsAndSpellings() {
        SiteIndex i = index();
        assertThat(i.people().stream().map(PersonEntry::slug)).containsExactly("ali-ahmad", "john-kirby");
        PersonEntry kirby = i.person("john-kirby").orElseThrow();
        assertThat(kirby.nameAr()).isEqualTo("جون كيربي");
        assertThat(kirby.nameEn()).isEqualTo("John Kirby");
        assertThat(kirby.nameEnAutomatic()).isFalse();
        assertThat(kirby.roleEn()).isEqualTo("spokesman");
        assertThat(kirby.quotes().stream().map(q -> q.statement().text())).containsExactly("one", "١", "٢");
        assertThat(kirby.briefs().stream().map(b -> b.article().id())).containsExactly("b2", "b1");
        PersonEntry ali = i.person("ali-ahmad").orElseThrow();
        assertThat(ali.nameEnAutomatic()).isTrue();
        assertThat(ali.quotes().stream().map(q -> q.statement().text())).containsExactly("٣");
        assertThat(ali.briefs().stream().map(b -> b.article().id())).containsExactly("b1", "b3");
        Brief b1 = i.brief("a").orElse(i.briefs().get(1));
        assertThat(i.speakerOf(b1, 3)).isEmpty();
        assertThat(i.speakerOf(b1, 1).map(PersonEntry::slug)).contains("john-kirby");
        assertThat(i.personOf(b1, 0).map(PersonEntry::slug)).contains("john-kirby");
    }

    @Test
    void theSameInstanceTwiceIsIndexedOnce() {
        Brief b = briefs().get(0);
        SiteIndex i = SiteIndex.of(List.of(b, b), List.of(), List.of());
        assertThat(i.briefs()).hasSize(1);
        assertThat(i.pages().stream().filter(p -> p.kind() == PageKind.BRIEF)).hasSize(1);
    }

    @Test
    void personsWithoutAnyNameAreSkipped() {
        Brief b = brief("n", Lang.AR, "t", null, null, "", List.of(new Person("", "", false, "")),
                List.of(said("", "x")), List.of(), List.of());
        SiteIndex i = SiteIndex.of(List.of(b), List.of(), List.of());
        assertThat(i.people()).isEmpty();
        assertThat(i.personOf(b, 0)).isEmpty();
        assertThat(i.speakerOf(b, 0)).isEmpty();
    }

    @Test
    void topicsFollowTaxonomyOrderThenUnknownTopics() {
        SiteIndex i = index();
        assertThat(i.topics().stream().map(t -> t.topic().id())).containsExactly("talks", "aid", "extra");
        assertThat(i.topic("aid").orElseThrow().briefs().stream().map(b -> b.article().id())).containsExactly("b2", "b1");
        assertThat(i.topicBySlug("extra")).isPresent();
    }

    @Test
    void timelineDatedByDateThenUndated() {
        assertThat(index().timeline().stream().map(p -> p.step().text())).containsExactly("z", "x", "y");
    }

    @Test
    void aStepKnownOnlyToItsMonthOrYearGoesAfterTheDaysWithinIt() {
        List<NextStep> steps = List.of(
                new NextStep("in 2025", "", LocalDate.of(2025, 1, 1), DatePrecision.YEAR, "this year", 1),
                new NextStep("in March", "", LocalDate.of(2025, 3, 1), DatePrecision.MONTH, "in March", 1),
                new NextStep("31 March", "", LocalDate.of(2025, 3, 31), "", 1),
                new NextStep("1 March", "", LocalDate.of(2025, 3, 1), "", 1),
                new NextStep("1 April", "", LocalDate.of(2025, 4, 1), "", 1),
                new NextStep("31 December", "", LocalDate.of(2025, 12, 31), "", 1),
                new NextStep("January 2026", "", LocalDate.of(2026, 1, 1), DatePrecision.MONTH, "next month", 1));
        Brief b = brief("b", Lang.EN, "t", LocalDate.of(2025, 1, 1), null, "", List.of(), List.of(), steps, List.of());
        assertThat(SiteIndex.of(List.of(b), List.of(), List.of()).timeline().stream().map(p -> p.step().text()))
                .containsExactly("1 March", "31 March", "in March", "1 April", "31 December", "in 2025", "January 2026");
    }

    @Test
    void translationsByKey() {
        SiteIndex i = index();
        Brief b1 = i.briefs().get(1);
        assertThat(i.translation(b1, Lang.EN).map(b -> b.article().id())).contains("b2");
        assertThat(i.translation(i.briefs().get(3), Lang.EN)).isEmpty();
    }

    @Test
    void pagesAndTheirDependencies() {
        SiteIndex i = index();
        assertThat(i.pages()).contains(PageKey.of(PageKind.HOME), new PageKey(PageKind.BRIEF, "same"),
                new PageKey(PageKind.PERSON, "john-kirby"), new PageKey(PageKind.TOPIC, "aid"), PageKey.of(PageKind.TIMELINE));
        assertThat(i.dependencies().get(PageKey.of(PageKind.HOME))).containsExactly("b0", "b1", "b2", "b3");
        assertThat(i.dependencies().get(new PageKey(PageKind.PERSON, "john-kirby"))).containsExactly("b1", "b2");
        assertThat(i.dependencies().get(new PageKey(PageKind.TOPIC, "talks"))).containsExactly("b2");
        assertThat(i.dependencies().get(new PageKey(PageKind.BRIEF, "same"))).containsExactly("b1", "b2");
        // b3 shows Ali, who is also in b1 (which supplies nothing newer, but could).
        assertThat(i.dependencies().get(new PageKey(PageKind.BRIEF, "same-2"))).containsExactly("b1", "b3");
        assertThat(i.dependencies().get(new PageKey(PageKind.BRIEF, "etc"))).containsExactly("b0");
        assertThat(i.dependencies().get(PageKey.of(PageKind.TIMELINE))).containsExactly("b1", "b2");
    }
}
