package org.mujaz.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StagedPublisherTest {

    @TempDir
    Path tmp;

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    Path previousSite() throws IOException {
        Path out = tmp.resolve("public");
        Files.createDirectories(out.resolve("briefs/old"));
        Files.writeString(out.resolve("index.html"), "old home");
        Files.writeString(out.resolve("briefs/old/index.html"), "old brief");
        return out;
    }

    List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "/etc/passwd", "a/../../b.html", "..", ".", "", "a//b", "a/./b", "a\\..\\b",
            "C:/x", "briefs/../../../x"})
    void escapeAttemptsAreRejectedNamingThePath(String path) throws IOException {
        try (StagedPublisher p = StagedPublisher.open(tmp.resolve("public"))) {
            assertThatThrownBy(() -> p.write(path, bytes("x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(path);
        }
        assertThat(siblings()).isEmpty();
    }

    @Test
    void stagingIsAHiddenSiblingOfTheOutput() throws IOException {
        try (StagedPublisher p = StagedPublisher.open(tmp.resolve("public"))) {
            assertThat(p.stagingDir().getParent()).isEqualTo(tmp.toAbsolutePath().normalize());
            assertThat(p.stagingDir().getFileName().toString()).startsWith(".public");
        }
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path out = previousSite();
        try (StagedPublisher p = StagedPublisher.open(out)) {
            p.write("index.html", bytes("new home"));
            p.write("briefs/new/index.html", bytes("new brief"));
            // no commit: the build failed
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old home");
        assertThat(out.resolve("briefs/new")).doesNotExist();
        assertThat(siblings()).containsExactly("public");
    }

    @Test
    void commitReplacesTheWholeSite() throws IOException {
        Path out = previousSite();
        try (StagedPublisher p = StagedPublisher.open(out)) {
            p.write("index.html", bytes("new home"));
            p.write("en/briefs/new/index.html", bytes("new brief"));
            p.commit();
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new home");
        assertThat(Files.readString(out.resolve("en/briefs/new/index.html"))).isEqualTo("new brief");
        assertThat(out.resolve("briefs/old")).doesNotExist();
        assertThat(siblings()).containsExactly("public");
    }

    @Test
    void firstBuildCreatesTheOutput() throws IOException {
        Path out = tmp.resolve("site/public");
        try (StagedPublisher p = StagedPublisher.open(out)) {
            p.write("index.html", bytes("home"));
            p.commit();
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("home");
    }

    @Test
    void writesAfterCommitAreRefused() throws IOException {
        try (StagedPublisher p = StagedPublisher.open(tmp.resolve("public"))) {
            p.commit();
            assertThatThrownBy(() -> p.write("x.html", bytes("x"))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void twoPublishersGetSeparateStagingFolders() throws IOException {
        try (StagedPublisher a = StagedPublisher.open(tmp.resolve("public"));
             StagedPublisher b = StagedPublisher.open(tmp.resolve("public"))) {
            assertThat(a.stagingDir()).isNotEqualTo(b.stagingDir());
        }
    }
}
