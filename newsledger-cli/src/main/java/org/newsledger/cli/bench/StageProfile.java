package org.newsledger.cli.bench;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.Document;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;

/** Where the time of a pipeline goes: each stage timed on its own, one thread, per article. */
public final class StageProfile {

  /**
   * One stage's share.
   *
   * @param stage the stage name
   * @param millisPerArticle mean wall-clock time per article, ms
   */
  public record StageTime(String stage, double millisPerArticle) {

    /** Validates the fields. */
    public StageTime {
      requireNonNull(stage, "stage is null");
    }
  }

  private StageProfile() {}

  /** Runs the pipeline stage by stage over the articles {@code rounds} times; mean ms/article. */
  public static List<StageTime> measure(Pipeline pipeline, List<Document> articles, int rounds) {
    List<Stage> stages = pipeline.stages();
    long[] nanos = new long[stages.size()];
    for (int round = 0; round < rounds; round++) {
      for (Document article : articles) {
        Document current = article;
        for (int s = 0; s < stages.size(); s++) {
          long start = System.nanoTime();
          current = stages.get(s).apply(current);
          nanos[s] += System.nanoTime() - start;
        }
      }
    }
    List<StageTime> times = new ArrayList<>();
    double count = Math.max(1, (double) rounds * articles.size());
    for (int s = 0; s < stages.size(); s++) {
      times.add(new StageTime(stages.get(s).name(), nanos[s] / 1e6 / count));
    }
    return times;
  }

  /** The profile as lines: stage, ms/article, share of the total. */
  public static List<String> render(List<StageTime> times) {
    double total = times.stream().mapToDouble(StageTime::millisPerArticle).sum();
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-16s %10s %7s", "stage", "ms/article", "share"));
    for (StageTime time : times) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%-16s %10.2f %6.1f%%",
              time.stage(),
              time.millisPerArticle(),
              total == 0 ? 0 : 100 * time.millisPerArticle() / total));
    }
    lines.add(String.format(Locale.ROOT, "%-16s %10.2f %6.1f%%", "total", total, 100.0));
    return lines;
  }
}
