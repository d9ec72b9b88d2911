package org.newsledger.events;

import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.facts.TimeType;

/** Picks the time expression that dates an event. */
final class Times {

  private Times() {}

  /**
   * The dated time expression inside the clause closest to the trigger, else the closest in the
   * sentence outside the clauses of other events, or null; durations, sets and unnormalized or
   * vague values ("PAST_REF") are skipped.
   */
  static TimeExpression closest(
      List<TimeExpression> sentenceTimes,
      CharSpan clause,
      CharSpan trigger,
      List<CharSpan> otherClauses) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression time : sentenceTimes) {
      boolean elsewhere =
          !clause.contains(time.span())
              && otherClauses.stream().anyMatch(other -> other.contains(time.span()));
      if (!isDate(time) || elsewhere) {
        continue;
      }
      int distance = distance(time.span(), trigger) + (clause.contains(time.span()) ? 0 : 100_000);
      if (distance < bestDistance) {
        best = time;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean isDate(TimeExpression time) {
    return (time.type() == TimeType.DATE || time.type() == TimeType.TIME)
        && time.value() != null
        && !time.value().endsWith("_REF")
        && !time.value().startsWith("P");
  }

  private static int distance(CharSpan a, CharSpan b) {
    return a.end() <= b.begin() ? b.begin() - a.end() : Math.max(0, a.begin() - b.end());
  }
}
