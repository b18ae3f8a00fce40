package org.mujaz.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A build process that is interrupted: it opens a publisher for the output folder in {@code args[0]}, writes a page,
 * prints its staging folder, then waits for a line on stdin (so a test can kill it) or, with {@code args[1] = "halt"},
 * dies at once without closing anything, as {@code kill -9} would leave it.
 */
public final class InterruptedBuild {

    public static void main(String[] args) throws IOException {
        StagedPublisher publisher = StagedPublisher.open(Path.of(args[0]));
        publisher.write("briefs/half/index.html", "half a site".getBytes(StandardCharsets.UTF_8));
        System.out.println(publisher.stagingDir());
        System.out.flush();
        if (args.length > 1 && args[1].equals("halt")) Runtime.getRuntime().halt(137);
        System.in.read();
        Runtime.getRuntime().halt(137);
    }

    /** Starts one in a new JVM on this test run's class path. */
    static Process start(Path output, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                InterruptedBuild.class.getName(), output.toString()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
