package org.newsledger.cli.bench;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.Document;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * How analysis time and memory grow with the article: each shape of {@link ScalingCorpus} at each
 * size, one article at a time on one thread, the stages timed one by one.
 */
public final class ScalingBench {

  /**
   * One measured article.
   *
   * @param shape the article's shape
   * @param chars its length, characters
   * @param seconds wall-clock time of the full analysis, seconds
   * @param peakHeapMegabytes peak heap during the analysis, MB
   * @param slowestStage the stage that took longest, with its seconds
   * @param tokens tokens the analysis found
   */
  public record Row(
      ScalingCorpus.Shape shape,
      int chars,
      double seconds,
      long peakHeapMegabytes,
      String slowestStage,
      int tokens) {

    /** Validates the fields. */
    public Row {
      requireNonNull(shape, "shape is null");
      requireNonNull(slowestStage, "slowestStage is null");
    }
  }

  private final Pipeline pipeline;
  private final ScalingCorpus corpus = ScalingCorpus.load();

  /** A benchmark of the given pipeline. */
  public ScalingBench(Pipeline pipeline) {
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
  }

  /** Warms the pipeline up on a few small prose articles. */
  public void warmUp() {
    for (int i = 0; i < 3; i++) {
      run(read(corpus.article(ScalingCorpus.Shape.PROSE, 20_000)));
    }
  }

  /** Measures one shape at one size, printing the row to {@code log} as well. */
  public Row measure(ScalingCorpus.Shape shape, int chars, PrintStream log) {
    Document article = read(corpus.article(shape, chars));
    Memory.usedHeapAfterGc();
    Memory.resetPeaks();
    long start = System.nanoTime();
    StageRun result = run(article);
    double seconds = (System.nanoTime() - start) / 1e9;
    Row row =
        new Row(shape, chars, seconds, Memory.peakHeapMegabytes(), result.slowest, result.tokens);
    log.println(render(row));
    return row;
  }

  /** One row as text. */
  public static String render(Row row) {
    return String.format(
        Locale.ROOT,
        "%-20s %9d %9.2f %8d %8d  %s",
        row.shape().label(),
        row.chars(),
        row.seconds(),
        row.peakHeapMegabytes(),
        row.tokens(),
        row.slowestStage());
  }

  /** The header of {@link #render}'s rows. */
  public static String header() {
    return String.format(
        Locale.ROOT,
        "%-20s %9s %9s %8s %8s  %s",
        "shape",
        "chars",
        "seconds",
        "heap MB",
        "tokens",
        "slowest stage (s)");
  }

  /** For each shape, its time at the largest size over its time at the next-largest. */
  public static List<String> ratios(List<Row> rows) {
    List<String> lines = new ArrayList<>();
    for (ScalingCorpus.Shape shape : ScalingCorpus.Shape.values()) {
      List<Row> mine = rows.stream().filter(row -> row.shape() == shape).toList();
      if (mine.size() < 2) {
        continue;
      }
      Row large = mine.get(mine.size() - 1);
      Row smaller = mine.get(mine.size() - 2);
      lines.add(
          String.format(
              Locale.ROOT,
              "%-20s time %d/%d chars: %6.2f   heap: %6.2f",
              shape.label(),
              large.chars(),
              smaller.chars(),
              large.seconds() / Math.max(1e-3, smaller.seconds()),
              large.peakHeapMegabytes() / (double) Math.max(1, smaller.peakHeapMegabytes())));
    }
    return lines;
  }

  private record StageRun(String slowest, int tokens) {}

  private StageRun run(Document article) {
    Document current = article;
    String slowest = "";
    long slowestNanos = -1;
    for (Stage stage : pipeline.stages()) {
      long start = System.nanoTime();
      current = stage.apply(current);
      long nanos = System.nanoTime() - start;
      if (nanos > slowestNanos) {
        slowestNanos = nanos;
        slowest = String.format(Locale.ROOT, "%s %.2f", stage.name(), nanos / 1e9);
      }
    }
    int tokens = current.getOrEmpty(org.newsledger.core.Layers.TOKENS).size();
    return new StageRun(slowest, tokens);
  }

  private static Document read(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (ArticleSource source =
        ArticleSource.ofStream(
            new ByteArrayInputStream(bytes), "scaling", ReadOptions.defaults())) {
      ReadResult result = source.next();
      if (result.error() != null) {
        throw new IllegalStateException("generated article unreadable: " + result.error());
      }
      return result.document();
    }
  }
}
