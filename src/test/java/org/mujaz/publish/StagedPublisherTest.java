package org.mujaz.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
    void twoPublishersGetSeparateStagingFoldersAndNeitherTakesTheOtherForALeftover() throws IOException {
        try (StagedPublisher a = StagedPublisher.open(tmp.resolve("public"));
             StagedPublisher b = StagedPublisher.open(tmp.resolve("public"))) {
            assertThat(a.stagingDir()).isNotEqualTo(b.stagingDir());
            a.write("index.html", bytes("from a"));
            try (StagedPublisher c = StagedPublisher.open(tmp.resolve("public"))) {
                assertThat(a.stagingDir().resolve("index.html")).hasContent("from a");
                assertThat(b.stagingDir()).isDirectory();
            }
            a.commit();
        }
        assertThat(tmp.resolve("public/index.html")).hasContent("from a");
        assertThat(siblings()).containsExactly("public");
    }

    @Test
    void stagingCarriesTheMarkerFromTheStartAndTheOutputKeepsIt() throws IOException {
        Path out = tmp.resolve("public");
        try (StagedPublisher p = StagedPublisher.open(out)) {
            assertThat(p.stagingDir().resolve(StagedPublisher.MARKER)).isRegularFile();
            p.commit();
        }
        assertThat(out.resolve(StagedPublisher.MARKER)).hasContent("This folder is generated by Mujaz and replaced on every build.");
    }

    @Test
    void aBuildKilledMidWayLeavesStagingThatTheNextBuildRemoves() throws Exception {
        Path out = previousSite();
        Process crashed = InterruptedBuild.start(out, "halt");
        Path leftover = Path.of(new String(crashed.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        assertThat(crashed.waitFor()).isEqualTo(137);
        assertThat(leftover.resolve("briefs/half/index.html")).hasContent("half a site");

        try (StagedPublisher p = StagedPublisher.open(out)) {
            assertThat(leftover.resolve("briefs/half")).doesNotExist(); // the name may be reused by this build's staging
            p.write("index.html", bytes("new home"));
            p.commit();
        }
        assertThat(out.resolve("index.html")).hasContent("new home");
        assertThat(siblings()).containsExactly("public");
    }

    @Test
    void aRunningBuildInAnotherProcessKeepsItsStagingUntilItDies() throws Exception {
        Path out = previousSite();
        Process running = InterruptedBuild.start(out);
        try {
            Path staging = Path.of(new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8)).readLine());
            try (StagedPublisher p = StagedPublisher.open(out)) {
                assertThat(p.stagingDir()).isNotEqualTo(staging);
                assertThat(staging.resolve("briefs/half/index.html")).hasContent("half a site");
            }
            running.destroyForcibly();
            running.waitFor();
            try (StagedPublisher p = StagedPublisher.open(out)) {
                assertThat(staging.resolve("briefs/half")).doesNotExist();
            }
        } finally {
            running.destroyForcibly();
        }
        assertThat(siblings()).containsExactly("public");
    }

    @Test
    void aCommitKilledBetweenItsRenamesLeavesTheOldSiteThatTheNextBuildRemoves() throws IOException {
        Path out = tmp.resolve("public");
        Path old = tmp.resolve(".public.old-3");
        Files.createDirectories(old.resolve("briefs/old"));
        Files.writeString(old.resolve(StagedPublisher.MARKER), "marker");
        Files.writeString(old.resolve("briefs/old/index.html"), "old brief");
        try (StagedPublisher p = StagedPublisher.open(out)) {
            assertThat(old).doesNotExist();
            p.commit();
        }
        assertThat(siblings()).containsExactly("public");
    }

    @Test
    void onlyFoldersWithMujazsNameAndMarkerAreRemoved() throws IOException {
        Path out = previousSite();
        List<String> unrelated = List.of(".public.staging-1", ".public.staging-notes", ".other.staging-1", "public.staging-2",
                ".public.old-x", ".public.staging-01");
        for (String name : unrelated) {
            Files.createDirectories(tmp.resolve(name));
            Files.writeString(tmp.resolve(name).resolve("keep.txt"), "mine");
            if (!name.equals(".public.staging-1")) Files.writeString(tmp.resolve(name).resolve(StagedPublisher.MARKER), "marker");
        }
        Files.writeString(tmp.resolve(".public.staging-2"), "a file, not a folder");
        try (StagedPublisher p = StagedPublisher.open(out)) {
            p.commit();
        }
        for (String name : unrelated) assertThat(tmp.resolve(name).resolve("keep.txt")).as(name).hasContent("mine");
        assertThat(tmp.resolve(".public.staging-2")).hasContent("a file, not a folder");
    }
}
