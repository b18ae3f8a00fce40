package org.mujaz.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mujaz.diag.DiagnosticException;

/** Every folder of {@code src/test/resources/invalid/} is one bad article and the diagnostic it must give. */
class InvalidInputTest {

    static Stream<Path> cases() throws IOException {
        return Files.list(Path.of("src/test/resources/invalid")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsFileAndLine(Path dir) throws IOException {
        Path article = Files.exists(dir.resolve("article.md")) ? dir.resolve("article.md") : dir.resolve("article.txt");
        String expected = Files.readString(dir.resolve("expected.txt")).strip();
        assertThatThrownBy(() -> ArticleLoader.load(article, d -> { }))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostic().toString())
                        .startsWith(dir.resolve(expected).toString().replace(dir + "/", dir + "/")));
    }

    @Test
    void badUtf8NamesTheLine(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bad.md");
        byte[] head = "---\ntitle: x\n---\n\nسطر أول\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, '\n'};
        Files.write(f, concat(head, bad));
        assertThatThrownBy(() -> ArticleLoader.load(f, d -> { }))
                .hasMessage(f + ":6: error: not valid UTF-8 (bad byte 0xC3) (hint: save the file as UTF-8)");
    }

    @Test
    void binaryFileIsRefused(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("image.md");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThatThrownBy(() -> ArticleLoader.load(f, d -> { })).hasMessageStartingWith(f + ":1: error: binary file");
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("dump.txt");
        Files.write(f, "كلمة ".repeat((int) (SourceText.MAX_BYTES / 5)).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ArticleLoader.load(f, d -> { })).hasMessageContaining("over the " + SourceText.MAX_BYTES + "-byte limit");
    }

    @Test
    void oneBadArticleDoesNotStopTheOthers(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.md"), "---\ntitle: A\ndate: 2021-04-08\n---\n\nقال المتحدث إن الاجتماع سيعقد غدا.\n");
        Files.writeString(tmp.resolve("b.md"), "---\ntitle: B\ndate: 2021-99-08\n---\n\nBody.\n");
        Files.writeString(tmp.resolve("c.md"), "---\ntitle: C\ndate: 2021-04-09\n---\n\nThe minister said talks would resume.\n");
        var diagnostics = new org.mujaz.diag.Diagnostics();
        var result = ContentLoader.load(List.of(tmp), diagnostics);
        assertThat(result.articles()).extracting(a -> a.title()).containsExactly("A", "C");
        assertThat(result.failed()).extracting(ContentLoader.Failure::article).containsExactly(tmp.resolve("b.md"));
        assertThat(diagnostics.all()).hasSize(1);
        assertThat(diagnostics.all().get(0).toString()).startsWith(tmp.resolve("b.md") + ":3: error: bad date");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        List<Byte> out = new ArrayList<>();
        for (byte x : a) out.add(x);
        for (byte x : b) out.add(x);
        byte[] r = new byte[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = out.get(i);
        return r;
    }
}
