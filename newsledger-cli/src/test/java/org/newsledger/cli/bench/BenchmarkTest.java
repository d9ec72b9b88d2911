package org.newsledger.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;

class BenchmarkTest {

  /** Counts calls and returns one token per character. */
  private static final class CountingAnalyzer implements Analyzer {
    private final String name;
    final AtomicInteger calls = new AtomicInteger();

    CountingAnalyzer(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int analyze(Document article) {
      calls.incrementAndGet();
      return article.text().length();
    }
  }

  @Test
  void alternatesSystemsOnTheSameChunkAfterWarmUp() {
    List<Document> corpus = List.of(article("abc"), article("de"), article("f"));
    CountingAnalyzer first = new CountingAnalyzer("first");
    CountingAnalyzer second = new CountingAnalyzer("second");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<BenchFigures> figures;
    // zero seconds: one chunk of 8 articles per thread, cycling through the 3 articles
    try (Benchmark benchmark =
        new Benchmark(
            corpus,
            new Benchmark.Settings(2, 0, 2),
            new PrintStream(log, true, StandardCharsets.UTF_8))) {
      figures = benchmark.run(List.of(() -> first, () -> second));
    }

    assertThat(figures).extracting(BenchFigures::name).containsExactly("first", "second");
    assertThat(figures)
        .allSatisfy(
            f -> {
              assertThat(f.articles()).isEqualTo(16);
              // 16 articles cycling abc, de, f: 5 full cycles (30 chars) plus "abc"
              assertThat(f.tokens()).isEqualTo(33);
            });
    assertThat(first.calls).hasValue(2 + 16);
    assertThat(second.calls).hasValue(2 + 16);
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("loaded first", "warmed up second");
  }

  private static Document article(String text) {
    return Document.of(ArticleMeta.of("id-" + text), text);
  }
}
