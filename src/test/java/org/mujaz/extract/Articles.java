package org.mujaz.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mujaz.model.Article;
import org.mujaz.model.Lang;

/** Small articles built in tests, and the extractor every test shares (it is thread-safe). */
final class Articles {

    static final BriefExtractor EXTRACTOR = new BriefExtractor(List.of(), List.of());
    static final Path FIXTURES = Path.of("src/test/resources/extract/articles");

    private Articles() {
    }

    static Article of(Lang lang, LocalDate date, String... paragraphs) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) lines.add(i + 1);
        return new Article(Path.of("test." + lang.code() + ".md"), "test", lang, "test", date, "", "", List.of(), List.of(),
                "test", "test", false, List.of(paragraphs), lines);
    }

    static Article arabic(String... paragraphs) { return of(Lang.AR, LocalDate.of(2021, 4, 8), paragraphs); }

    static Article english(String... paragraphs) { return of(Lang.EN, LocalDate.of(2005, 2, 1), paragraphs); }

    static Article seed() {
        try {
            return CorpusRunner.load(FIXTURES.resolve(CorpusRunner.SEED + ".txt"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
