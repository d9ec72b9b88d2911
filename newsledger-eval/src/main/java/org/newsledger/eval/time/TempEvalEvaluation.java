package org.newsledger.eval.time;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.TimeExpression;

/**
 * Scores TIMEX3 recognition and normalization on TempEval-3 TimeML files: strict and relaxed
 * precision, recall and F1, and value and type accuracy on the relaxed matches.
 */
public final class TempEvalEvaluation {

  private TempEvalEvaluation() {}

  /** Scores every {@code .tml} file under {@code folder}, printing per-file and total figures. */
  public static TempEvalScores evaluate(
      UnaryOperator<Document> pipeline, Path folder, PrintStream out) {
    return evaluate(pipeline, folder, out, Integer.MAX_VALUE);
  }

  /** Scores the first {@code maxFiles} {@code .tml} files (by name) under {@code folder}. */
  public static TempEvalScores evaluate(
      UnaryOperator<Document> pipeline, Path folder, PrintStream out, int maxFiles) {
    requireNonNull(pipeline, "pipeline is null");
    requireNonNull(out, "out is null");
    TempEvalScores total = TempEvalScores.empty();
    for (Path path : files(folder, maxFiles)) {
      TimeMlFile file = TimeMlFile.read(path);
      Document doc =
          Document.of(ArticleMeta.of(file.name()).withPublished(file.creationTime()), file.text());
      TempEvalScores scores = score(file, pipeline.apply(doc).get(Layers.TIMES));
      out.printf(
          "%s gold %d system %d strict %d relaxed %d value %d%n",
          file.name(),
          scores.gold(),
          scores.system(),
          scores.strict(),
          scores.relaxed(),
          scores.valueCorrect());
      total = total.plus(scores);
    }
    out.println(total.report());
    return total;
  }

  /** Scores one file's system expressions against its gold. */
  static TempEvalScores score(TimeMlFile file, List<TimeExpression> system) {
    List<TimeExpression> unmatched = new ArrayList<>(system);
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    for (TimeMlFile.Timex gold : file.timexes()) {
      TimeExpression match = bestMatch(gold, unmatched);
      if (match == null) {
        continue;
      }
      unmatched.remove(match);
      relaxed++;
      strict += match.span().equals(gold.span()) ? 1 : 0;
      value += gold.value().equals(match.value()) ? 1 : 0;
      type += gold.type().equals(match.type().name()) ? 1 : 0;
    }
    return new TempEvalScores(
        1, file.timexes().size(), system.size(), strict, relaxed, value, type);
  }

  /** The system expression with the exact span, else the first overlapping one, else null. */
  private static TimeExpression bestMatch(TimeMlFile.Timex gold, List<TimeExpression> system) {
    TimeExpression overlapping = null;
    for (TimeExpression candidate : system) {
      if (candidate.span().equals(gold.span())) {
        return candidate;
      }
      if (overlapping == null && candidate.span().overlaps(gold.span())) {
        overlapping = candidate;
      }
    }
    return overlapping;
  }

  private static List<Path> files(Path folder, int maxFiles) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".tml"))
          .sorted()
          .limit(maxFiles)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
