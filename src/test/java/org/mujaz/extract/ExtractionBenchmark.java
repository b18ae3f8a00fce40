package org.mujaz.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction throughput over the whole dev corpus (both languages), one thread, so the score divided by
 * the article count is articles per second per core. Not part of the test suite; run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.mujaz.extract.ExtractionBenchmark [corpus-dir]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    private final BriefExtractor extractor = new BriefExtractor(List.of(), List.of());
    private List<Article> articles;

    @Setup
    public void load() throws IOException {
        Path corpus = Path.of(System.getProperty("mujaz.corpus", "../shared/corpus"));
        articles = new ArrayList<>();
        for (String lang : List.of("ar", "en")) {
            try (Stream<Path> files = Files.list(corpus.resolve(lang).resolve("articles"))) {
                for (Path p : files.sorted().toList()) articles.add(CorpusRunner.load(p));
            }
        }
        if (articles.isEmpty()) throw new IllegalStateException("no corpus articles under " + corpus.toAbsolutePath());
    }

    /** One operation = every corpus article extracted once. */
    @Benchmark
    public void extractCorpus(Blackhole sink) {
        for (Article a : articles) {
            Brief b = extractor.extract(a);
            sink.consume(b);
        }
    }

    public static void main(String[] args) throws RunnerException {
        String corpus = args.length > 0 ? args[0] : "../shared/corpus";
        new Runner(new OptionsBuilder().include(ExtractionBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dmujaz.corpus=" + corpus).build()).run();
    }
}
