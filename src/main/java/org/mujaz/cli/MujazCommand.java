package org.mujaz.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mujaz}: the top-level command; each subcommand is its own class. Exit codes: 0 ok, 1 errors, 2 usage. */
@Command(name = "mujaz", mixinStandardHelpOptions = true, versionProvider = MujazVersion.class,
        description = "Turns news articles into a bilingual right-to-left briefing site.",
        subcommands = {BuildCommand.class, ExtractCommand.class, CommandLine.HelpCommand.class})
public final class MujazCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: build or extract");
    }

    public static void main(String[] args) {
        System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs the command line with the given streams; returns the exit code (used by tests). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new MujazCommand());
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("mujaz: internal error: " + e);
            e.printStackTrace(line.getErr());
            return 1;
        });
        return cl.execute(args);
    }
}
