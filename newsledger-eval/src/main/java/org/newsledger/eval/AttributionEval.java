package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.newsledger.core.Document;
import org.newsledger.core.text.PlainText;

/**
 * Runs an analyzer over the articles of seed-gold files and prints what score_attributions.py
 * prints: one line per article with its misses, then "attribution F1 x.xxx (P x.xxx R x.xxx; tp T
 * fp F fn N) over K articles".
 */
public final class AttributionEval {

  private final Function<Path, Document> reader;
  private final UnaryOperator<Document> analyzer;
  private final AttributionGoldScorer scorer = new AttributionGoldScorer();

  /**
   * An evaluation reading each article with {@code reader} (the gold's "published" date then
   * replaces the document's) and analyzing it with {@code analyzer}.
   */
  public AttributionEval(Function<Path, Document> reader, UnaryOperator<Document> analyzer) {
    this.reader = requireNonNull(reader, "reader is null");
    this.analyzer = requireNonNull(analyzer, "analyzer is null");
  }

  /** An evaluation reading articles as plain UTF-8 text with {@link PlainText#read}. */
  public static AttributionEval plainText(UnaryOperator<Document> analyzer) {
    return new AttributionEval(PlainText::read, analyzer);
  }

  /** Scores every gold file in order, prints the report and returns the overall counts. */
  public static Counts run(List<Path> golds, UnaryOperator<Document> analyzer, PrintStream out) {
    return plainText(analyzer).run(golds, out);
  }

  /** Scores every gold file in order, prints the report and returns the overall counts. */
  public Counts run(List<Path> golds, PrintStream out) {
    Counts total = Counts.zero();
    for (Path goldPath : golds) {
      AttributionGold gold = AttributionGold.read(goldPath);
      Document doc = analyzer.apply(read(gold));
      ArticleScore score = scorer.score(gold, doc);
      total = total.plus(score.counts());
      out.println(articleLine(goldPath, score.counts()));
      score.misses().forEach(miss -> out.println("    " + miss));
    }
    out.println(totalLine(total, golds.size()));
    return total;
  }

  private Document read(AttributionGold gold) {
    Document doc = reader.apply(gold.articlePath());
    return gold.published() == null
        ? doc
        : doc.withMeta(doc.meta().withPublished(gold.published()));
  }

  /** "name.gold.json: P 0.50 R 0.25 F1 0.33". */
  static String articleLine(Path goldPath, Counts counts) {
    return goldPath.getFileName()
        + ": P "
        + PythonTexts.fixed(counts.precision(), 2)
        + " R "
        + PythonTexts.fixed(counts.recall(), 2)
        + " F1 "
        + PythonTexts.fixed(counts.f1(), 2);
  }

  /** The final line, the one tools parse. */
  static String totalLine(Counts total, int articles) {
    return "attribution F1 "
        + PythonTexts.fixed(total.f1(), 3)
        + " (P "
        + PythonTexts.fixed(total.precision(), 3)
        + " R "
        + PythonTexts.fixed(total.recall(), 3)
        + "; tp "
        + total.tp()
        + " fp "
        + total.fp()
        + " fn "
        + total.fn()
        + ") over "
        + articles
        + " articles";
  }
}
