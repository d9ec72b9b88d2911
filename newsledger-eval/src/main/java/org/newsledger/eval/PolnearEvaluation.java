package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;

/**
 * Runs one or more analyzers over the same PolNeAR articles and prints their figures side by side,
 * one row per system (how contents are matched: {@link PolnearScorer}).
 */
public final class PolnearEvaluation {

  private static final String ROW = "%-30s %6s %6s %6s %9s %10s %8s %12s %8s %9s%n";

  private final PolnearCorpus corpus;
  private final PolnearScorer scorer;

  /** An evaluation over {@code corpus}. */
  public PolnearEvaluation(PolnearCorpus corpus, PolnearScorer scorer) {
    this.corpus = requireNonNull(corpus, "corpus is null");
    this.scorer = requireNonNull(scorer, "scorer is null");
  }

  /** Evaluates one analyzer on a split of the corpus in ../shared; prints and returns its row. */
  public static PolnearFigures run(
      String split, UnaryOperator<Document> analyzer, PrintStream out, int limit) {
    return run(split, Map.of("newsledger", analyzer), out, limit).get(0);
  }

  /** Evaluates named analyzers (in map order) on a split of the corpus in ../shared. */
  public static List<PolnearFigures> run(
      String split, Map<String, UnaryOperator<Document>> systems, PrintStream out, int limit) {
    return run(split, systems, out, limit, null);
  }

  /** As {@link #run(String, Map, PrintStream, int)}, writing errors when {@code errors} is set. */
  public static List<PolnearFigures> run(
      String split,
      Map<String, UnaryOperator<Document>> systems,
      PrintStream out,
      int limit,
      PrintStream errors) {
    return new PolnearEvaluation(PolnearCorpus.inShared(), new PolnearScorer(SpeechCues.load()))
        .evaluate(split, systems, out, limit, errors);
  }

  /** Runs every system over the first {@code limit} articles of the split and prints a table. */
  public List<PolnearFigures> evaluate(
      String split, Map<String, UnaryOperator<Document>> systems, PrintStream out, int limit) {
    return evaluate(split, systems, out, limit, null);
  }

  /**
   * As {@link #evaluate(String, Map, PrintStream, int)}, also writing every error of every system
   * to {@code errors} (when not null) as tab-separated rows led by the system name.
   */
  public List<PolnearFigures> evaluate(
      String split,
      Map<String, UnaryOperator<Document>> systems,
      PrintStream out,
      int limit,
      PrintStream errors) {
    List<PolnearArticle> articles = corpus.articles(split, limit);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    systems.keySet().forEach(name -> tallies.put(name, new Tally()));
    if (errors != null) {
      errors.println("system\t" + PolnearError.tsvHeader());
    }
    for (PolnearArticle article : articles) {
      Document doc = article.document();
      List<PolnearAttribution> gold = article.gold(doc.text());
      systems.forEach(
          (name, analyzer) -> {
            Outcome outcome = analyze(analyzer, doc);
            tallies.get(name).add(outcome, gold);
            if (errors != null) {
              scorer
                  .errors(outcome.doc(), gold)
                  .forEach(e -> errors.println(name + "\t" + e.tsv()));
            }
          });
    }
    List<PolnearFigures> figures = new ArrayList<>();
    tallies.forEach((name, tally) -> figures.add(tally.figures(name, articles.size())));
    print(split, articles.size(), figures, out);
    return List.copyOf(figures);
  }

  private record Outcome(Document doc, boolean failed, long nanos) {}

  private static Outcome analyze(UnaryOperator<Document> analyzer, Document doc) {
    long start = System.nanoTime();
    try {
      Document analyzed = analyzer.apply(doc);
      return new Outcome(analyzed, false, System.nanoTime() - start);
    } catch (RuntimeException e) {
      return new Outcome(doc.with(Layers.ATTRIBUTIONS, List.of()), true, System.nanoTime() - start);
    }
  }

  /** Running totals of one system. */
  private final class Tally {
    private PolnearCounts counts = PolnearCounts.zero();
    private int failures;
    private long nanos;

    void add(Outcome outcome, List<PolnearAttribution> gold) {
      counts = counts.plus(scorer.score(outcome.doc(), gold));
      failures += outcome.failed() ? 1 : 0;
      nanos += outcome.nanos();
    }

    PolnearFigures figures(String name, int articles) {
      return new PolnearFigures(name, articles, failures, nanos / 1e9, counts);
    }
  }

  /** Prints the table: one row per system. */
  static void print(String split, int articles, List<PolnearFigures> figures, PrintStream out) {
    String title = String.format(Locale.ROOT, "PolNeAR %s (%d articles)", split, articles);
    out.printf(
        Locale.ROOT,
        ROW,
        title,
        "P",
        "R",
        "F1",
        "exact F1",
        "source acc",
        "cue acc",
        "speech-cue R",
        "art/s",
        "failures");
    for (PolnearFigures f : figures) {
      Counts content = f.content();
      out.printf(
          Locale.ROOT,
          ROW,
          f.system(),
          pct(content.precision()),
          pct(content.recall()),
          pct(content.f1()),
          pct(f.exact().f1()),
          pct(f.sourceAccuracy()),
          pct(f.cueAccuracy()),
          pct(f.speechCueRecall()),
          String.format(Locale.ROOT, "%.2f", f.articlesPerSecond()),
          Integer.toString(f.failures()));
    }
    if (!figures.isEmpty()) {
      PolnearCounts c = figures.get(0).counts();
      out.printf(
          Locale.ROOT,
          "gold attributions %d (speech cue %d); content P/R/F1 with word "
              + "overlap >= 50%% of the larger span%n",
          c.gold(),
          c.speechGold());
    }
  }

  private static String pct(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
