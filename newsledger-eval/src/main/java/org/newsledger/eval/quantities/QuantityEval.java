package org.newsledger.eval.quantities;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.text.PlainText;

/**
 * Scores the quantities a pipeline finds against the "quantities" section of seed-gold files and
 * prints one line per article with its misses, then "quantities F1 x.xxx (P x.xxx R x.xxx; tp T fp
 * F fn N) qualifier accuracy a (c/T) over K articles".
 */
public final class QuantityEval {

  private final Function<Path, Document> reader;
  private final UnaryOperator<Document> pipeline;

  /**
   * An evaluation reading each article with {@code reader} and analyzing it with {@code pipeline}.
   */
  public QuantityEval(Function<Path, Document> reader, UnaryOperator<Document> pipeline) {
    this.reader = requireNonNull(reader, "reader is null");
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
  }

  /**
   * Scores every gold file, reading articles as plain UTF-8 text; prints and returns the totals.
   */
  public static QuantityScores run(
      List<Path> golds, UnaryOperator<Document> pipeline, PrintStream out) {
    return new QuantityEval(PlainText::read, pipeline).run(golds, out);
  }

  /** Scores every gold file in order, prints the report and returns the overall counts. */
  public QuantityScores run(List<Path> golds, PrintStream out) {
    requireNonNull(out, "out is null");
    QuantityScores total = QuantityScores.zero();
    for (Path goldPath : List.copyOf(golds)) {
      QuantityGold gold = QuantityGold.read(goldPath);
      Document doc = pipeline.apply(read(gold));
      QuantityMatching.Result result =
          QuantityMatching.score(doc.text(), gold.expected(), doc.getOrEmpty(Layers.QUANTITIES));
      total = total.plus(result.scores());
      out.println(goldPath.getFileName() + ": " + result.scores().summary());
      result.notes().forEach(note -> out.println("    " + note));
    }
    out.println("quantities " + total.summary() + " over " + golds.size() + " articles");
    return total;
  }

  private Document read(QuantityGold gold) {
    Document doc = reader.apply(gold.articlePath());
    return gold.published() == null
        ? doc
        : doc.withMeta(doc.meta().withPublished(gold.published()));
  }
}
