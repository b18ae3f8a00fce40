package org.mujaz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pipeline's shape, enforced: each package imports only the stages before it (see STYLE: load → … → publish). */
class PackageLayeringTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "diag", Set.of(),
            "config", Set.of("model", "diag"),
            "load", Set.of("model", "diag", "config"),
            "extract", Set.of("model", "diag", "config"),
            "site", Set.of("model"),
            "render", Set.of("model", "site", "config", "diag"),
            "publish", Set.of("model", "diag"),
            "build", Set.of("model", "diag", "config", "load", "extract", "site", "render", "publish"),
            "cli", Set.of("model", "diag", "config", "load", "extract", "site", "render", "publish", "build"));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.mujaz\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void noPackageReachesBackUpThePipeline() throws IOException {
        Path root = Path.of("src/main/java/org/mujaz");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                assertThat(ALLOWED).as("package %s is not in the layering table", pkg).containsKey(pkg);
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) violations.add(root.relativize(f) + " imports " + used);
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
