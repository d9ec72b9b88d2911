package org.newsledger.eval.factuality;

/** Running sums for MAE and Pearson r, and coverage counts. */
final class Tally {

  private int count;
  private int byEvent;
  private int byClaim;
  private double absoluteError;
  private double sumGold;
  private double sumPredicted;
  private double sumGoldSquared;
  private double sumPredictedSquared;
  private double sumProduct;

  void add(double gold, double predicted) {
    count++;
    absoluteError += Math.abs(gold - predicted);
    sumGold += gold;
    sumPredicted += predicted;
    sumGoldSquared += gold * gold;
    sumPredictedSquared += predicted * predicted;
    sumProduct += gold * predicted;
  }

  /** Counts a token when an event trigger of newsledger covers it. */
  void coveredByEvent(boolean covered) {
    if (covered) {
      byEvent++;
    }
  }

  /** Counts a token when a claim covers it. */
  void coveredByClaim(boolean covered) {
    if (covered) {
      byClaim++;
    }
  }

  SplitScores scores(String split) {
    double mae = count == 0 ? Double.NaN : absoluteError / count;
    double covariance = count * sumProduct - sumGold * sumPredicted;
    double spreadGold = count * sumGoldSquared - sumGold * sumGold;
    double spreadPredicted = count * sumPredictedSquared - sumPredicted * sumPredicted;
    double pearson =
        spreadGold <= 0 || spreadPredicted <= 0
            ? Double.NaN
            : covariance / Math.sqrt(spreadGold * spreadPredicted);
    return new SplitScores(split, count, byEvent, byClaim, mae, pearson);
  }
}
