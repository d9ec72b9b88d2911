package org.newsledger.eval.quantities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.facts.Quantity;
import org.newsledger.eval.quantities.QuantityGold.Expected;

/**
 * Matches predicted quantities to gold ones: equal value and the prediction overlapping an
 * occurrence of the gold text; each prediction matches at most one gold quantity.
 */
final class QuantityMatching {

  private static final double RELATIVE_TOLERANCE = 1e-9;

  /** The scores of one article and one line per miss, wrong qualifier and extra. */
  record Result(QuantityScores scores, List<String> notes) {}

  private QuantityMatching() {}

  /** Scores {@code predicted} against {@code expected} in {@code text}. */
  static Result score(String text, List<Expected> expected, List<Quantity> predicted) {
    Set<Quantity> used = new HashSet<>();
    List<String> notes = new ArrayList<>();
    int tp = 0;
    int qualifierCorrect = 0;
    for (Expected gold : expected) {
      Quantity match = find(text, gold, predicted, used);
      if (match == null) {
        notes.add("missed: '" + gold.text() + "' = " + number(gold.value()));
        continue;
      }
      used.add(match);
      tp++;
      if (match.qualifier() == gold.qualifier()) {
        qualifierCorrect++;
      } else {
        notes.add(
            "qualifier of '"
                + gold.text()
                + "': "
                + match.qualifier()
                + ", gold "
                + gold.qualifier());
      }
    }
    predicted.stream()
        .filter(q -> !used.contains(q))
        .forEach(q -> notes.add("extra: '" + q.text() + "' = " + number(q.value())));
    int fp = predicted.size() - used.size();
    return new Result(new QuantityScores(tp, fp, expected.size() - tp, qualifierCorrect), notes);
  }

  private static Quantity find(
      String text, Expected gold, List<Quantity> predicted, Set<Quantity> used) {
    List<CharSpan> occurrences = occurrences(text, gold.text());
    for (Quantity q : predicted) {
      if (!used.contains(q)
          && sameValue(q.value(), gold.value())
          && occurrences.stream().anyMatch(span -> span.overlaps(q.span()))) {
        return q;
      }
    }
    return null;
  }

  /** Every place {@code needle} occurs, ignoring case when it does not occur as written. */
  static List<CharSpan> occurrences(String text, String needle) {
    List<CharSpan> found = find(text, needle);
    return found.isEmpty()
        ? find(text.toLowerCase(Locale.ROOT), needle.toLowerCase(Locale.ROOT))
        : found;
  }

  private static List<CharSpan> find(String text, String needle) {
    List<CharSpan> found = new ArrayList<>();
    if (needle.isEmpty()) {
      return found;
    }
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      found.add(CharSpan.of(at, at + needle.length()));
    }
    return found;
  }

  static boolean sameValue(double a, double b) {
    return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(b));
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
