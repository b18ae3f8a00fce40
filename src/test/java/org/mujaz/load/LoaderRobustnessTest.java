package org.mujaz.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.model.Article;

/**
 * Seeded random damage to real articles: whatever the bytes, loading gives an article or a diagnostic that names
 * the file, never another exception. Seeds are fixed so that a failure reproduces.
 */
class LoaderRobustnessTest {

    private static final String[] PIECES = {"---\n", "\n", ":", " ", "\"", "'", "«", "»", "[", "]", "{", "}", "- ", "#", "&",
        "*", "!", "|", ">", "\t", "date: ", "title: ", "slug: ../", "lang: ", "draft: ", "brief:\n  statements:\n    fix: ", "\u0000",
        "\uFEFF", "\u202E", "ـــ", "<script>alert(1)</script>", "2021-02-30", "؟", "\r\n", "%", "@", "`"};

    @TempDir
    Path tmp;

    @Test
    void damagedArticlesGiveAnArticleOrADiagnosticNamingTheFile() throws IOException {
        byte[] original = Files.readAllBytes(Path.of("content/ar/BB-internationalNews-710-20180628.md"));
        String text = new String(original, StandardCharsets.UTF_8);
        int loaded = 0;
        int refused = 0;
        for (int seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            Path f = tmp.resolve("a" + seed + (r.nextBoolean() ? ".md" : ".txt"));
            if (r.nextInt(5) == 0) Files.write(f, damageBytes(original, r));
            else Files.writeString(f, damageText(text, r));
            try {
                Article a = ArticleLoader.load(f, d -> assertThat(d.position().file()).isNotNull());
                assertThat(a.paragraphs()).isNotEmpty().allMatch(p -> !p.isBlank());
                assertThat(a.title()).isNotBlank();
                loaded++;
            } catch (DiagnosticException e) {
                assertThat(e.getMessage()).as("seed %d", seed).contains(f.getFileName().toString().replace(".txt", ""));
                refused++;
            }
        }
        assertThat(loaded).as("most damage leaves a readable article").isGreaterThan(50);
        assertThat(refused).as("some damage is refused").isGreaterThan(10);
    }

    private static String damageText(String text, Random r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(12);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(Math.min(sb.length(), r.nextBoolean() ? 400 : sb.length()) + 1);
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, PIECES[r.nextInt(PIECES.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + r.nextInt(40)));
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + r.nextInt(200))));
            }
        }
        return sb.toString();
    }

    private static byte[] damageBytes(byte[] original, Random r) {
        byte[] b = original.clone();
        for (int i = 0; i < 1 + r.nextInt(8); i++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        return b;
    }
}
