package org.newsledger.time;

import static org.newsledger.time.Fragments.END;
import static org.newsledger.time.Fragments.group;
import static org.newsledger.time.Fragments.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import org.newsledger.time.Rule.Resolved;

/** Rules for calendar dates written out: full dates, months, years, decades and centuries. */
final class DateRules {

  private static final String START = "(?<![\\w'’$€£])";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>(?:1[6-9]|20)\\d\\d)";

  private DateRules() {}

  /** The rules, most specific first. */
  static List<Rule> rules(Fragments f) {
    String month = group("month", f.month);
    String fuzzy = "(?:" + f.fuzzy + ")?";
    return List.of(
        Rule.of(
            "time:iso-date",
            START,
            "(?<year>\\d{4})-(?<mm>\\d\\d)-(?<day>\\d\\d)",
            END,
            DateRules::fullDate),
        Rule.of(
            "time:day-month-year",
            START,
            DAY + "\\s+" + month + ",?\\s+" + YEAR,
            END,
            DateRules::fullDate),
        Rule.of(
            "time:month-day-year",
            START,
            month + "\\s+" + DAY + ",?\\s+" + YEAR,
            END,
            DateRules::fullDate),
        Rule.of(
            "time:month-day",
            START,
            month + "\\s+" + DAY,
            "(?![\\w,]\\d|\\d)",
            DateRules::dayWithoutYear),
        Rule.of(
            "time:day-month",
            START,
            DAY + "\\s+(?:of\\s+)?" + month,
            END,
            DateRules::dayWithoutYear),
        Rule.of(
            "time:month-year",
            START,
            fuzzy + month + ",?\\s+(?:of\\s+)?" + YEAR,
            END,
            DateRules::monthOfYear),
        Rule.of("time:fuzzy-month", START, f.fuzzy + month, END, DateRules::bareMonth),
        Rule.of("time:bare-month", f.monthTrigger, month, END, DateRules::bareMonth),
        Rule.of(
            "time:decade",
            START,
            "(?:the\\s+)?(?:(?<decade>(?:1[6-9]|20)\\d)0|'(?<short>\\d)0)s",
            END,
            DateRules::decade),
        Rule.of(
            "time:century",
            START,
            "(?<century>\\d{1,2})(?:st|nd|rd|th)\\s+[Cc]entury",
            END,
            (m, c) ->
                Resolved.date(
                    Calendars.year(100 * (Integer.parseInt(m.group("century")) - 1))
                        .substring(0, 2))),
        Rule.of(
            "time:season-year",
            START,
            "(?:the\\s+)?" + group("season", f.season) + "\\s+(?:of\\s+)?" + YEAR,
            END,
            DateRules::seasonOfYear),
        Rule.of(
            "time:quarter",
            START,
            "(?:the\\s+)?"
                + group("ordinal", f.ordinal)
                + "(?:\\s+fiscal)?\\s+quarter(?:\\s+of\\s+"
                + YEAR
                + ")?",
            END,
            DateRules::quarter),
        Rule.of(
            "time:year",
            START + "(?<![\\d.,:])",
            fuzzy + YEAR,
            "(?![\\w]|[.,:]\\d|\\s*%)",
            (m, c) -> Resolved.date(m.group("year"))));
  }

  private static Resolved fullDate(Matcher m, Context c) {
    int month = monthOf(m, c);
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month, dayOf(m));
      return Resolved.date(date.toString());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Resolved dayWithoutYear(Matcher m, Context c) {
    int month = monthOf(m, c);
    int day = dayOf(m);
    if (day < 1 || day > YearMonth.of(2024, month).lengthOfMonth()) {
      return null;
    }
    if (!c.anchored()) {
      return Resolved.date(null);
    }
    Tense tense = c.tenseAt(m.start("x"));
    try {
      return Resolved.date(Calendars.dayOfMonth(c.reference(), month, day, tense).toString());
    } catch (DateTimeException e) {
      return Resolved.date(null);
    }
  }

  private static Resolved monthOfYear(Matcher m, Context c) {
    return Resolved.date(YearMonth.of(Integer.parseInt(m.group("year")), monthOf(m, c)).toString());
  }

  private static Resolved bareMonth(Matcher m, Context c) {
    if (!c.anchored()) {
      return Resolved.date(null);
    }
    Tense tense = c.tenseAt(m.start("x"));
    return Resolved.date(Calendars.month(c.reference(), monthOf(m, c), tense).toString());
  }

  private static Resolved decade(Matcher m, Context c) {
    String decade = m.group("decade");
    return Resolved.date(decade != null ? decade : "19" + m.group("short"));
  }

  private static Resolved seasonOfYear(Matcher m, Context c) {
    String code = TimeLexicon.lookup(c.lexicon().seasons, m.group("season"));
    return Resolved.date(m.group("year") + "-" + code);
  }

  private static Resolved quarter(Matcher m, Context c) {
    int quarter = TimeLexicon.lookup(c.lexicon().ordinals, m.group("ordinal"));
    String year = text(m, "year");
    if (year == null && !c.anchored()) {
      return Resolved.date(null);
    }
    return Resolved.date(
        (year != null ? year : Calendars.year(c.reference().getYear())) + "-Q" + quarter);
  }

  private static int monthOf(Matcher m, Context c) {
    String numeric = text(m, "mm");
    return numeric != null ? Integer.parseInt(numeric) : c.lexicon().months.get(m.group("month"));
  }

  private static int dayOf(Matcher m) {
    return Integer.parseInt(m.group("day"));
  }
}
