package org.newsledger.eval.plover;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsledger.eval.Prf;

/**
 * Figures of a PLOVER evaluation.
 *
 * @param records number of gold records scored
 * @param coded records for which the stage found at least one event
 * @param typeAccuracy share of records whose top event has the gold type
 * @param macroF1 F1 averaged over the gold types
 * @param sourceMatch share of records with a gold source whose top event's actor matches it
 * @param targetMatch share of records with a gold target whose top event's target matches it
 * @param f1ByType F1 per gold type
 */
public record PloverScores(
    int records,
    int coded,
    double typeAccuracy,
    double macroF1,
    double sourceMatch,
    double targetMatch,
    Map<String, Double> f1ByType) {

  /** One record's result: the predicted type (null when no event) and argument matches. */
  record Outcome(PloverRecord record, String predicted, boolean sourceMatch, boolean targetMatch) {}

  /** Copies the map. */
  public PloverScores {
    f1ByType = Map.copyOf(f1ByType);
  }

  /** The figures of a list of outcomes. */
  static PloverScores of(List<Outcome> outcomes) {
    int n = outcomes.size();
    long correct = outcomes.stream().filter(o -> o.record().type().equals(o.predicted())).count();
    long coded = outcomes.stream().filter(o -> o.predicted() != null).count();
    Map<String, Double> f1 = new TreeMap<>();
    for (String type : new TreeSet<>(outcomes.stream().map(o -> o.record().type()).toList())) {
      f1.put(type, f1(outcomes, type));
    }
    double macro = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    List<Outcome> withSource =
        outcomes.stream().filter(o -> !o.record().sources().isEmpty()).toList();
    List<Outcome> withTarget =
        outcomes.stream().filter(o -> !o.record().targets().isEmpty()).toList();
    return new PloverScores(
        n,
        (int) coded,
        ratio(correct, n),
        macro,
        ratio(withSource.stream().filter(Outcome::sourceMatch).count(), withSource.size()),
        ratio(withTarget.stream().filter(Outcome::targetMatch).count(), withTarget.size()),
        f1);
  }

  private static double f1(List<Outcome> outcomes, String type) {
    long truePositives =
        outcomes.stream()
            .filter(o -> type.equals(o.predicted()) && type.equals(o.record().type()))
            .count();
    long predicted = outcomes.stream().filter(o -> type.equals(o.predicted())).count();
    long gold = outcomes.stream().filter(o -> type.equals(o.record().type())).count();
    double precision = ratio(truePositives, predicted);
    double recall = ratio(truePositives, gold);
    return Prf.of(precision, recall).f1();
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Prints the figures, one a line, then F1 per type. */
  void print(PrintStream out) {
    out.printf(Locale.ROOT, "PLOVER gold records: %d (an event found for %d)%n", records, coded);
    out.printf(Locale.ROOT, "event type accuracy: %.3f%n", typeAccuracy);
    out.printf(Locale.ROOT, "macro-F1 over types: %.3f%n", macroF1);
    out.printf(Locale.ROOT, "source match: %.3f  target match: %.3f%n", sourceMatch, targetMatch);
    new TreeMap<>(f1ByType)
        .forEach(
            (type, value) ->
                out.printf(Locale.ROOT, "  %-11s F1 %.3f%n", Objects.toString(type), value));
  }
}
