package org.newsledger.eval.factuality;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.text.Token;
import org.newsledger.events.Factuality;

/**
 * Scores newsledger's factuality judgments against the unified factuality corpus (MEANTIME and UW
 * splits): each sentence is rebuilt from its tokens and analyzed on its own, and each gold event
 * token is mapped by character offsets to a token of ours, whose {@link Factuality} judgment gives
 * the value.
 *
 * <p>Values: a modality sets a ceiling (ASSERTED +3; REPORTED, ANNOUNCED and FUTURE +2.5; PLANNED
 * +2; DEMANDED +1.5; HYPOTHETICAL +1); a hedged predicate stands at most at +2; a negated one flips
 * the sign (a plain negated assertion is -3). Reporting ("X said that ...") leaves the value as it
 * is: both corpora rate events from the author's view and keep reported events high. A token we
 * cannot place (no token of ours overlaps it) counts as a plain assertion, +3. Claim statuses are
 * not used: a claim's status concerns its whole proposition, and on the train parts capping every
 * token of a claim by it lowered the scores.
 */
public final class FactualityEval {

  /** The corpus folder inside ../shared. */
  public static final String SHARED_PATH = "datasets/factuality-unified";

  /** The splits scored, in order. */
  public static final List<String> SPLITS = List.of("meantime", "uw");

  private FactualityEval() {}

  /** Scores {@code part} ("test", "dev") of every split under {@code root}, printing to out. */
  public static FactualityFigures run(
      Path root, String part, UnaryOperator<Document> pipeline, PrintStream out) {
    requireNonNull(pipeline, "pipeline is null");
    Factuality factuality = Factuality.load();
    List<SplitScores> scores = new ArrayList<>();
    for (String split : SPLITS) {
      Path file = root.resolve(split).resolve(part + ".conll");
      List<GoldSentence> sentences = GoldSentence.read(file);
      SplitScores score = score(split, sentences, pipeline, factuality);
      out.println("factuality " + part + " " + score.line());
      scores.add(score);
    }
    return new FactualityFigures(part, scores);
  }

  private static SplitScores score(
      String split,
      List<GoldSentence> sentences,
      UnaryOperator<Document> pipeline,
      Factuality factuality) {
    Tally tally = new Tally();
    int index = 0;
    for (GoldSentence sentence : sentences) {
      if (sentence.values().stream().allMatch(v -> v == null)) {
        continue;
      }
      Document doc =
          pipeline.apply(Document.of(ArticleMeta.of(split + "-" + index++), sentence.text()));
      for (int k = 0; k < sentence.tokens().size(); k++) {
        Double gold = sentence.values().get(k);
        if (gold != null) {
          tally.add(gold, predict(doc, sentence.tokens().get(k), factuality, tally));
        }
      }
    }
    return tally.scores(split);
  }

  /** newsledger's value for the gold token at {@code gold}. */
  static double predict(Document doc, CharSpan gold, Factuality factuality, Tally tally) {
    tally.coveredByEvent(
        doc.getOrEmpty(Layers.EVENTS).stream().anyMatch(e -> e.trigger().span().overlaps(gold)));
    tally.coveredByClaim(
        doc.getOrEmpty(Layers.CLAIMS).stream().anyMatch(c -> c.span().contains(gold)));
    Token token = predicate(doc, gold);
    return token == null
        ? FactualityScale.DEFAULT
        : FactualityScale.of(factuality.assess(doc, token));
  }

  /** Our token for a gold token: the first overlapping verb, noun or adjective, else the first. */
  private static Token predicate(Document doc, CharSpan gold) {
    List<Token> overlapping =
        doc.get(Layers.TOKENS).stream().filter(t -> t.span().overlaps(gold)).toList();
    return overlapping.stream()
        .filter(t -> t.isPos("VB") || t.isPos("NN") || t.isPos("JJ"))
        .findFirst()
        .orElse(overlapping.isEmpty() ? null : overlapping.get(0));
  }
}
