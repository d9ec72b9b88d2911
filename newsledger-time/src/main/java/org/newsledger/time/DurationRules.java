package org.newsledger.time;

import static org.newsledger.time.Fragments.END;
import static org.newsledger.time.Fragments.group;
import static org.newsledger.time.Fragments.text;
import static org.newsledger.time.TimeLexicon.alternation;
import static org.newsledger.time.TimeLexicon.lookup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.newsledger.core.facts.TimeType;
import org.newsledger.time.Rule.Resolved;

/** Rules for durations, recurring times (SET) and clock times. */
final class DurationRules {

  private static final String START = "(?<![\\w'’])";
  private static final String UNSPECIFIED_DATE = "XXXX-XX-XX";

  private DurationRules() {}

  /** The rules, most specific first. */
  static List<Rule> rules(TimeLexicon lexicon, Fragments f) {
    String count = group("count", f.number);
    String unit = group("unit", f.unit);
    String span = "(?:(?i:the)\\s+(?:(?i:past|last|next|first|coming|following|previous)\\s+)?)?";
    return List.of(
        Rule.of(
            "time:duration",
            START,
            span + f.approximator + "?" + count + "(?:\\s+|-)" + unit,
            END,
            DurationRules::duration),
        Rule.of(
            "time:vague-duration",
            "(?<![\\w])(?i:for|over|within|in|after|during)\\s+",
            "(?:(?i:recent|the\\s+past|the\\s+last|the\\s+next)\\s+)?"
                + group("unit", "(?i:seconds|minutes|hours|days|weeks|months|years|decades)"),
            END,
            DurationRules::duration),
        Rule.of(
            "time:set-every",
            START,
            "(?i:every|each)\\s+(?:"
                + count
                + "\\s+)?(?:"
                + unit
                + "|"
                + group("weekday", f.weekday)
                + "|"
                + group("pod", f.partOfDay)
                + ")",
            END,
            DurationRules::every),
        Rule.of(
            "time:set-weekdays",
            "(?<![\\w])(?i:on)\\s+",
            group("weekday", f.weekday) + "s",
            END,
            (m, c) -> weekdaySet(m, c)),
        Rule.of(
            "time:set-adverb",
            START,
            group("word", alternation(lexicon.sets.keySet(), true)),
            END,
            (m, c) -> new Resolved(TimeType.SET, lookup(c.lexicon().sets, m.group("word")))),
        Rule.of(
            "time:clock-am-pm",
            START,
            "(?<hour>[01]?\\d)(?:[:.](?<minute>[0-5]\\d))?\\s*"
                + "(?<ampm>[AaPp]\\.?[Mm]\\b\\.?)"
                + f.zone,
            "",
            DurationRules::clock),
        Rule.of(
            "time:clock-24h",
            START + "(?<![\\d:.,])",
            "(?<hour>[0-2]?\\d):(?<minute>[0-5]\\d)" + f.zone,
            "(?![\\w:]|[.,]\\d)",
            DurationRules::clock),
        Rule.of(
            "time:clock-word",
            START,
            group("word", alternation(lexicon.clockWords.keySet(), true)),
            END,
            DurationRules::clockWord));
  }

  private static Resolved duration(Matcher m, Context c) {
    Unit unit = lookup(c.lexicon().units, m.group("unit"));
    String countText = text(m, "count");
    Integer count = countText == null ? null : Fragments.count(countText, c.lexicon());
    return new Resolved(TimeType.DURATION, unit.duration(count));
  }

  private static Resolved every(Matcher m, Context c) {
    if (text(m, "weekday") != null) {
      return weekdaySet(m, c);
    }
    if (text(m, "pod") != null) {
      String code = lookup(c.lexicon().partsOfDay, m.group("pod"));
      return new Resolved(TimeType.SET, UNSPECIFIED_DATE + "T" + code);
    }
    String countText = text(m, "count");
    Integer count =
        countText == null ? Integer.valueOf(1) : Fragments.count(countText, c.lexicon());
    Unit unit = lookup(c.lexicon().units, m.group("unit"));
    return new Resolved(TimeType.SET, unit.duration(count));
  }

  private static Resolved weekdaySet(Matcher m, Context c) {
    int day = c.lexicon().weekdays.get(m.group("weekday"));
    return new Resolved(TimeType.SET, "XXXX-WXX-" + day);
  }

  private static Resolved clock(Matcher m, Context c) {
    int hour = Integer.parseInt(m.group("hour"));
    String minute = text(m, "minute");
    String ampm = text(m, "ampm");
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    } else if (hour > 23) {
      return null;
    }
    String clock = String.format(Locale.ROOT, "%02d:%s", hour, minute == null ? "00" : minute);
    return new Resolved(TimeType.TIME, onReferenceDay(c) + "T" + clock);
  }

  private static Resolved clockWord(Matcher m, Context c) {
    String clock = lookup(c.lexicon().clockWords, m.group("word"));
    return new Resolved(TimeType.TIME, onReferenceDay(c) + "T" + clock);
  }

  /** The reference day, or TimeML's unknown date; the stage drops values left unknown. */
  private static String onReferenceDay(Context c) {
    return c.anchored() ? c.reference().toString() : UNSPECIFIED_DATE;
  }

  /** True when {@code value} is a clock time on an unknown day. */
  static boolean unanchoredClock(String value) {
    return value != null && value.startsWith(UNSPECIFIED_DATE + "T");
  }
}
