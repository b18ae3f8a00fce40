package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.render.BriefJson;

/** One extractor shared by threads gives every thread the same brief as a single-threaded run. */
class ConcurrencyTest {

    @Test
    void sharedExtractorIsThreadSafe() throws Exception {
        Article seed = Articles.seed();
        Article english = Articles.english("Tony Blair said: \"We will act next week.\"", "\"It is right,\" he added.");
        String seedBrief = BriefJson.line(Articles.EXTRACTOR.extract(seed));
        String englishBrief = BriefJson.line(Articles.EXTRACTOR.extract(english));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean arabic = i % 2 == 0;
                runs.add(pool.submit(() -> arabic
                        ? BriefJson.line(Articles.EXTRACTOR.extract(seed)).equals(seedBrief)
                        : BriefJson.line(Articles.EXTRACTOR.extract(english)).equals(englishBrief)));
            }
            for (Future<Boolean> run : runs) assertThat(run.get()).isTrue();
        } finally {
            pool.shutdown();
        }
    }
}
