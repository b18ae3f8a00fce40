package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Lang;
import org.mujaz.model.Topic;

/** Taxonomy topics on stemmed words, front-matter topics and persons merged in, organisations and the gazetteer. */
class TopicAndOrganisationTest {

    private static final List<Topic> TAXONOMY = List.of(
            new Topic("elections", "الانتخابات", "Elections", List.of("الانتخابات", "التصويت"), List.of("election", "vote")),
            new Topic("trade", "التجارة", "Trade", List.of("الرسوم الجمركية"), List.of("tariff", "trade war")),
            new Topic("energy", "الطاقة", "Energy", List.of("النفط"), List.of("oil")));
    private static final List<KnownPerson> GAZETTEER = List.of(
            new KnownPerson("جون كيربي", "John Kirby", List.of("كيربي"), "المتحدث باسم البنتاغون", "Pentagon press secretary"));
    private static final BriefExtractor EXTRACTOR = new BriefExtractor(TAXONOMY, GAZETTEER);

    private static Article article(Lang lang, List<String> topics, List<String> persons, String... paragraphs) {
        return new Article(Path.of("t.md"), "t", lang, "t", LocalDate.of(2021, 4, 8), "", "", topics, persons, "t", "t", false,
                List.of(paragraphs), List.of(1));
    }

    @Test
    void topicsMatchStemmedTermsInEitherFormAndFrontMatterIdsOrLabels() {
        Brief b = EXTRACTOR.extract(article(Lang.EN, List.of("الطاقة", "culture"), List.of(),
                "Voters went to the polls as the new tariffs on steel took effect."));
        assertThat(b.topics()).extracting(Topic::id).containsExactly("energy", "culture", "trade");
    }

    @Test
    void arabicTopicsMatchDespiteSpellingVariants() {
        Brief b = EXTRACTOR.extract(article(Lang.AR, List.of(), List.of(), "بدأت عملية التصويت في الانتخابات البرلمانية صباح اليوم."));
        assertThat(b.topics()).extracting(Topic::id).containsExactly("elections");
    }

    @Test
    void frontMatterPersonsAndGazetteerNamesAreMerged() {
        Brief b = EXTRACTOR.extract(article(Lang.AR, List.of(), List.of("سامي الحسن"),
                "وقال كيربي إن \"القوات ستبقى في مواقعها الحالية\".", "وأكد جون كيربي أن المهمة مستمرة."));
        assertThat(b.persons()).extracting(p -> p.name()).containsExactly("جون كيربي", "سامي الحسن");
        assertThat(b.persons().get(0).nameEn()).isEqualTo("John Kirby");
        assertThat(b.persons().get(0).nameEnAutomatic()).isFalse();
        assertThat(b.persons().get(1).nameEnAutomatic()).isTrue();
        assertThat(b.statements()).extracting(s -> s.speaker()).containsOnly("جون كيربي");
    }

    @Test
    void organisationsAreFoundInBothLanguages() {
        Brief ar = EXTRACTOR.extract(article(Lang.AR, List.of(), List.of(), "وأعلن صندوق النقد الدولي أن مجلس الأمن الدولي سيجتمع غدا."));
        assertThat(ar.organisations()).containsExactly("صندوق النقد الدولي", "مجلس الأمن الدولي");
        Brief en = EXTRACTOR.extract(article(Lang.EN, List.of(), List.of(),
                "The Securities and Exchange Commission (SEC) and the Liberal Democrats disagreed."));
        assertThat(en.organisations()).contains("Securities and Exchange Commission", "SEC", "Liberal Democrats");
    }
}
