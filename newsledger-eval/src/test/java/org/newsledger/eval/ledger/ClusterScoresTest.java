package org.newsledger.eval.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsledger.eval.Prf;

class ClusterScoresTest {

  /** Gold {a b c} {d e}; predicted {a b} {c d e}. */
  private static final Map<String, String> GOLD =
      Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

  private static final Map<String, String> PREDICTED =
      Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2");

  @Test
  void computesBcubedPerItem() {
    // precision (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15; recall (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15
    Prf bcubed = ClusterScores.bcubed(GOLD, PREDICTED);

    assertThat(bcubed.precision()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(bcubed.recall()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(bcubed.f1()).isCloseTo(11.0 / 15, within(1e-9));
  }

  @Test
  void computesMucFromLinks() {
    // recall: G1 splits in 2 parts (3 - 2 = 1 link of 2), G2 whole (1 of 1): 2/3; precision alike
    Prf muc = ClusterScores.muc(GOLD, PREDICTED);

    assertThat(muc.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(muc.precision()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void computesCeafEFromTheBestAlignment() {
    // phi4(G1, P1) = 2*2/5 = 0.8 and phi4(G2, P2) = 2*2/5 = 0.8 beat phi4(G1, P2) = 1/3
    Prf ceaf = ClusterScores.ceafE(GOLD, PREDICTED);

    assertThat(ceaf.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(ceaf.recall()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void computesVMeasureFromEntropies() {
    // H(C) = H(K) = -(3/5 ln 3/5 + 2/5 ln 2/5) = 0.67301;
    // H(C|K) = H(K|C) = -(1/5 ln 1/3 + 2/5 ln 2/3) = 0.38191; h = c = V = 1 - 0.38191/0.67301
    VMeasure v = ClusterScores.vMeasure(GOLD, PREDICTED);

    assertThat(v.homogeneity()).isCloseTo(0.43254, within(1e-4));
    assertThat(v.completeness()).isCloseTo(0.43254, within(1e-4));
    assertThat(v.v()).isCloseTo(0.43254, within(1e-4));
  }

  @Test
  void scoresAPerfectPredictionOne() {
    Map<String, String> renamed = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

    assertThat(ClusterScores.bcubed(GOLD, renamed).f1()).isEqualTo(1.0);
    assertThat(ClusterScores.muc(GOLD, renamed).f1()).isEqualTo(1.0);
    assertThat(ClusterScores.ceafE(GOLD, renamed).f1()).isCloseTo(1.0, within(1e-9));
    assertThat(ClusterScores.vMeasure(GOLD, renamed).v()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void countsItemsMissingFromThePredictionAsSingletons() {
    Prf bcubed = ClusterScores.bcubed(Map.of("a", "G", "b", "G"), Map.of("a", "P"));

    assertThat(bcubed.precision()).isEqualTo(1.0);
    assertThat(bcubed.recall()).isEqualTo(0.5);
  }

  @Test
  void findsTheOptimalAssignmentWhereGreedyFails() {
    // greedy takes 0.9 then 0.1 (1.0); the optimum is 0.8 + 0.8
    double best = Assignment.maximumWeight(new double[][] {{0.9, 0.8}, {0.8, 0.1}});

    assertThat(best).isCloseTo(1.6, within(1e-9));
  }
}
