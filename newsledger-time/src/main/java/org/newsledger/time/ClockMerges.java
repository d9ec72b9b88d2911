package org.newsledger.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsledger.core.facts.TimeType;

/** Merges a clock time with an adjacent day ("Monday at 9 a.m.", "09:04, 7 May") into one TIME. */
final class ClockMerges {

  private static final String RULE = "time:merge-day-clock";
  private static final Pattern GAP =
      Pattern.compile("\\s*(?:,|(?i:at|on))?\\s*(?:(?i:at|on)\\s+)?");
  private static final Pattern DAY = Pattern.compile("(?:\\d{4}|XXXX)-\\d\\d-\\d\\d");

  private ClockMerges() {}

  /** The candidates (sorted, non-overlapping) with adjacent day and clock pairs merged. */
  static List<Candidate> merge(String text, List<Candidate> sorted) {
    List<Candidate> merged = new ArrayList<>();
    for (Candidate next : sorted) {
      Candidate previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      Candidate joined = previous == null ? null : join(text, previous, next);
      if (joined != null) {
        merged.set(merged.size() - 1, joined);
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  private static Candidate join(String text, Candidate first, Candidate second) {
    String gap = text.substring(first.span().end(), second.span().begin());
    if (!GAP.matcher(gap).matches() || gap.length() > 5) {
      return null;
    }
    Candidate day = isDay(first) ? first : isDay(second) ? second : null;
    Candidate clock = isClock(first) ? first : isClock(second) ? second : null;
    if (day == null || clock == null || day == clock) {
      return null;
    }
    String value = null;
    if (day.value() != null && clock.value() != null) {
      value = day.value().substring(0, 10) + clock.value().substring(clock.value().indexOf('T'));
    }
    return new Candidate(
        first.span().union(second.span()),
        TimeType.TIME,
        value,
        RULE,
        Math.min(first.ruleOrder(), second.ruleOrder()));
  }

  private static boolean isDay(Candidate candidate) {
    return candidate.type() == TimeType.DATE
        && (candidate.value() == null || DAY.matcher(candidate.value()).matches());
  }

  private static boolean isClock(Candidate candidate) {
    return candidate.type() == TimeType.TIME && candidate.rule().startsWith("time:clock");
  }
}
