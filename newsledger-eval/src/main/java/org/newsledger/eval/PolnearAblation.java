package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.newsledger.attribution.AttributionStage;
import org.newsledger.core.Document;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;

/**
 * What each attribution rule contributes on PolNeAR: content F1 with every rule, then with each
 * rule switched off in turn. The stages before attribution run once per article and every variant
 * of the attribution stage (rules only) reads their result.
 */
public final class PolnearAblation {

  private static final String ALL = "all rules";

  private PolnearAblation() {}

  /**
   * Scores the first {@code limit} articles of {@code split}, reading every layer attribution needs
   * from the stages of {@code full} before its "attribution" stage; prints the side-by-side table,
   * then one row per rule: F1 without it and the change from all rules.
   */
  public static void run(String split, int limit, Pipeline full, PrintStream out) {
    UnaryOperator<Document> before = new LastArticle(beforeAttribution(full));
    Map<String, UnaryOperator<Document>> systems = new LinkedHashMap<>();
    AttributionStage all = new AttributionStage();
    systems.put(ALL, doc -> all.apply(before.apply(doc)));
    List<String> rules = AttributionStage.ruleNames();
    for (String rule : rules) {
      AttributionStage without = new AttributionStage(null, 0, Set.of(rule));
      systems.put(
          "- " + rule.substring(rule.indexOf(':') + 1), doc -> without.apply(before.apply(doc)));
    }
    List<PolnearFigures> figures = PolnearEvaluation.run(split, systems, out, limit);
    double base = figures.get(0).content().f1();
    out.println();
    out.printf(
        Locale.ROOT,
        "%-40s %12s %8s%n",
        "rule switched off (" + split + ")",
        "content F1",
        "delta");
    out.printf(Locale.ROOT, "%-40s %12.3f %8s%n", "(none)", base, "");
    for (PolnearFigures f : figures.subList(1, figures.size())) {
      double f1 = f.content().f1();
      out.printf(Locale.ROOT, "%-40s %12.3f %+8.3f%n", f.system().substring(2), f1, f1 - base);
    }
  }

  private static Pipeline beforeAttribution(Pipeline full) {
    List<Stage> stages = full.stages();
    int attribution = 0;
    while (attribution < stages.size() && !stages.get(attribution).name().equals("attribution")) {
      attribution++;
    }
    if (attribution == stages.size()) {
      throw new IllegalArgumentException("no attribution stage in " + full);
    }
    return Pipeline.of(stages.subList(0, attribution));
  }

  /**
   * The stages before attribution, run once for each article: the evaluation hands every system the
   * same document in turn, so the last result is kept. Not thread-safe; the evaluation is
   * sequential.
   */
  private static final class LastArticle implements UnaryOperator<Document> {
    private final Pipeline pipeline;
    private Document input;
    private Document output;

    LastArticle(Pipeline pipeline) {
      this.pipeline = requireNonNull(pipeline, "pipeline is null");
    }

    @Override
    public Document apply(Document doc) {
      if (doc != input) {
        output = pipeline.apply(doc);
        input = doc;
      }
      return output;
    }
  }
}
