package org.newsledger.time;

import static org.newsledger.time.Fragments.END;
import static org.newsledger.time.Fragments.group;
import static org.newsledger.time.Fragments.text;
import static org.newsledger.time.TimeLexicon.alternation;
import static org.newsledger.time.TimeLexicon.lookup;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.newsledger.core.facts.TimeType;
import org.newsledger.time.Rule.Resolved;

/** Rules for expressions resolved against the reference date: weekdays, "last week", "ago". */
final class RelativeRules {

  private static final String START = "(?<![\\w'’])";

  private RelativeRules() {}

  /** The rules, most specific first. */
  static List<Rule> rules(TimeLexicon lexicon, Fragments f) {
    String pod = "(?:\\s+" + group("pod", f.partOfDay) + ")?";
    String fuzzy = "(?:" + f.fuzzy + ")?";
    String modifier = group("modifier", f.modifier);
    String calendarUnit =
        group("unit", "(?i:(?:fiscal\\s+)?year|week(?:end)?|month|decade|century)");
    return List.of(
        Rule.of(
            "time:modifier-weekday",
            START,
            fuzzy + modifier + "\\s+" + group("weekday", f.weekday) + pod,
            END,
            RelativeRules::modifiedWeekday),
        Rule.of(
            "time:weekday",
            START,
            group("weekday", f.weekday) + pod,
            END + "(?<possessive>['’]s)?",
            RelativeRules::weekday),
        Rule.of(
            "time:relative-day",
            START,
            group("word", alternation(lexicon.relativeDays.keySet(), true)) + pod,
            END,
            RelativeRules::relativeDay),
        Rule.of(
            "time:modifier-part-of-day",
            START,
            group("modifier", "(?i:this|last)") + "\\s+" + group("pod", f.partOfDay),
            END,
            RelativeRules::modifiedPartOfDay),
        Rule.of(
            "time:the-next-unit",
            START,
            "(?i:the)\\s+"
                + group("modifier", "(?i:next|coming|following)")
                + "\\s+"
                + calendarUnit,
            END,
            (m, c) -> new Resolved(TimeType.DURATION, unit(m, c).duration(1))),
        Rule.of(
            "time:modifier-unit",
            START,
            fuzzy + "(?:(?i:the)\\s+)?" + modifier + "\\s+" + calendarUnit,
            END,
            RelativeRules::modifiedUnit),
        Rule.of(
            "time:modifier-month",
            START,
            fuzzy + modifier + "\\s+" + group("month", f.month),
            END,
            RelativeRules::modifiedMonth),
        Rule.of(
            "time:modifier-season",
            START,
            fuzzy + modifier + "\\s+" + group("season", f.season),
            END,
            RelativeRules::modifiedSeason),
        Rule.of(
            "time:ago",
            START,
            group("count", f.number) + "\\s+" + group("unit", f.unit) + "\\s+(?i:ago)",
            END,
            RelativeRules::ago),
        Rule.of(
            "time:in-units",
            "(?<![\\w])(?i:in|within)\\s+",
            group("count", f.number) + "\\s+" + group("unit", f.unit),
            END,
            RelativeRules::inUnits),
        Rule.of(
            "time:vague",
            START,
            group("word", alternation(lexicon.vague.keySet(), true)),
            END,
            (m, c) -> Resolved.date(lookup(c.lexicon().vague, m.group("word")))));
  }

  private static Resolved weekday(Matcher m, Context c) {
    if (!c.anchored()) {
      return withPartOfDay(m, c, null);
    }
    int day = c.lexicon().weekdays.get(m.group("weekday"));
    Tense tense = c.tenses().at(m.start("x"), !possessive(m));
    return withPartOfDay(m, c, Calendars.weekday(c.reference(), day, tense));
  }

  /**
   * True for "Sunday's attack": a possessive weekday names an event, so a progressive verb ("are
   * assessing Sunday's attack") says nothing about when it happened.
   */
  private static boolean possessive(Matcher m) {
    return text(m, "possessive") != null;
  }

  private static Resolved modifiedWeekday(Matcher m, Context c) {
    if (!c.anchored()) {
      return withPartOfDay(m, c, null);
    }
    int day = c.lexicon().weekdays.get(m.group("weekday"));
    int direction = lookup(c.lexicon().modifiers, m.group("modifier"));
    if (direction == 0) {
      Tense tense = c.tenseAt(m.start("x"));
      return withPartOfDay(m, c, Calendars.weekday(c.reference(), day, tense));
    }
    return withPartOfDay(m, c, Calendars.weekdayStrict(c.reference(), day, direction));
  }

  private static Resolved relativeDay(Matcher m, Context c) {
    List<String> columns = lookup(c.lexicon().relativeDays, m.group("word"));
    LocalDate date = c.anchored() ? c.reference().plusDays(Integer.parseInt(columns.get(0))) : null;
    if (text(m, "pod") == null && columns.size() > 1) {
      return new Resolved(TimeType.TIME, date == null ? null : date + "T" + columns.get(1));
    }
    return withPartOfDay(m, c, date);
  }

  private static Resolved modifiedPartOfDay(Matcher m, Context c) {
    int offset = "last".equalsIgnoreCase(m.group("modifier")) ? -1 : 0;
    return withPartOfDay(m, c, c.anchored() ? c.reference().plusDays(offset) : null);
  }

  private static Resolved withPartOfDay(Matcher m, Context c, LocalDate date) {
    String pod = text(m, "pod");
    if (pod == null) {
      return Resolved.date(date == null ? null : date.toString());
    }
    String code = lookup(c.lexicon().partsOfDay, pod);
    return new Resolved(TimeType.TIME, date == null ? null : date + "T" + code);
  }

  private static Resolved modifiedUnit(Matcher m, Context c) {
    if (!c.anchored()) {
      return Resolved.date(null);
    }
    int direction = lookup(c.lexicon().modifiers, m.group("modifier"));
    String unitWord = TimeLexicon.fold(m.group("unit"));
    if (unitWord.equals("weekend")) {
      LocalDate date = c.reference().plusWeeks(direction);
      return Resolved.date(Calendars.week(date) + "-WE");
    }
    return Resolved.date(Calendars.shift(c.reference(), unit(m, c), direction));
  }

  private static Unit unit(Matcher m, Context c) {
    String word = TimeLexicon.fold(m.group("unit")).replace("fiscal ", "");
    word = word.replace("weekend", "week");
    return lookup(c.lexicon().units, word);
  }

  private static Resolved modifiedMonth(Matcher m, Context c) {
    if (!c.anchored()) {
      return Resolved.date(null);
    }
    int month = c.lexicon().months.get(m.group("month"));
    int direction = lookup(c.lexicon().modifiers, m.group("modifier"));
    return Resolved.date(Calendars.monthStrict(c.reference(), month, direction).toString());
  }

  private static Resolved modifiedSeason(Matcher m, Context c) {
    if (!c.anchored()) {
      return Resolved.date(null);
    }
    int direction = lookup(c.lexicon().modifiers, m.group("modifier"));
    String code = lookup(c.lexicon().seasons, m.group("season"));
    return Resolved.date(Calendars.year(c.reference().getYear() + direction) + "-" + code);
  }

  private static Resolved ago(Matcher m, Context c) {
    Integer count = Fragments.count(m.group("count"), c.lexicon());
    if (!c.anchored() || count == null) {
      return Resolved.date(c.anchored() ? "PAST_REF" : null);
    }
    Unit unit = lookup(c.lexicon().units, m.group("unit"));
    return Resolved.date(Calendars.shift(c.reference(), unit, -count));
  }

  private static Resolved inUnits(Matcher m, Context c) {
    Integer count = Fragments.count(m.group("count"), c.lexicon());
    Unit unit = lookup(c.lexicon().units, m.group("unit"));
    boolean future = c.tenseAt(m.start("x")) == Tense.FUTURE;
    if (!future || count == null) {
      return new Resolved(TimeType.DURATION, unit.duration(count));
    }
    return Resolved.date(c.anchored() ? Calendars.shift(c.reference(), unit, count) : null);
  }
}
