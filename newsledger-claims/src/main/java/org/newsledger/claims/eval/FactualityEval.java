package org.newsledger.claims.eval;

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
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.Event;

/**
 * Scores claim status against the unified factuality corpus (MEANTIME and UW splits): each sentence
 * is rebuilt from its tokens and analyzed on its own, and each gold event token gets the value of
 * newsledger's reading of it.
 *
 * <p>A token an event trigger covers takes the status of the claim about that event (the claim
 * whose event it is, else the innermost claim holding the trigger), capped by the event's modality
 * and negated when the event is; a token only a claim covers takes that claim's status; any other
 * token is a plain assertion, +3. Statuses: ASSERTED +3, CONFIRMED +3, REPORTED +2, HEDGED +1,
 * NOT_CONFIRMED 0, NOT_DENIED 0, DECLINED_TO_COMMENT 0, DISPUTED 0, DENIED -3. Modality caps:
 * ASSERTED and REPORTED 3, ANNOUNCED 2, PLANNED and FUTURE 1, HYPOTHETICAL and DEMANDED 0. A
 * negated event flips the sign (a plain negated assertion is -3).
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
    List<SplitScores> scores = new ArrayList<>();
    for (String split : SPLITS) {
      Path file = root.resolve(split).resolve(part + ".conll");
      List<GoldSentence> sentences = GoldSentence.read(file);
      SplitScores score = score(split, sentences, pipeline);
      out.println("factuality " + part + " " + score.line());
      scores.add(score);
    }
    return new FactualityFigures(part, scores);
  }

  private static SplitScores score(
      String split, List<GoldSentence> sentences, UnaryOperator<Document> pipeline) {
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
          tally.add(gold, predict(doc, sentence.tokens().get(k), tally));
        }
      }
    }
    return tally.scores(split);
  }

  /** newsledger's value for the gold token at {@code token}. */
  static double predict(Document doc, CharSpan token, Tally tally) {
    List<Claim> claims = doc.getOrEmpty(Layers.CLAIMS);
    Event event =
        doc.getOrEmpty(Layers.EVENTS).stream()
            .filter(e -> e.trigger().span().overlaps(token))
            .findFirst()
            .orElse(null);
    if (event != null) {
      Claim claim =
          claims.stream()
              .filter(c -> event.id().equals(c.eventId()))
              .findFirst()
              .orElse(innermost(claims, event.trigger().span()));
      tally.coveredByEvent(claim != null);
      return FactualityScale.of(event, claim == null ? null : claim.status());
    }
    Claim claim = innermost(claims, token);
    tally.coveredByClaim(claim != null);
    return claim == null ? FactualityScale.DEFAULT : FactualityScale.of(claim.status());
  }

  private static Claim innermost(List<Claim> claims, CharSpan span) {
    Claim best = null;
    for (Claim c : claims) {
      if (c.span().contains(span) && (best == null || c.span().length() < best.span().length())) {
        best = c;
      }
    }
    return best;
  }
}
