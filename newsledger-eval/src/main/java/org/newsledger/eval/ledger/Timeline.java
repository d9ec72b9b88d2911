package org.newsledger.eval.ledger;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An entity's timeline in the SemEval-2015 TimeLine format: the entity's name on the first line,
 * then one line per position: ordinal, anchor date ("2007-10-XX", "XXXX-XX-XX" when unknown) and
 * the event mentions ("1173-2-deal": document, sentence, word), tab-separated. Ordinal 0 holds
 * events that are not placed in time.
 *
 * @param entity the target entity's name
 * @param lines the positions in file order
 */
public record Timeline(String entity, List<Line> lines) {

  /** The anchor date of events without one. */
  public static final String UNKNOWN_DATE = "XXXX-XX-XX";

  /** Validates and copies the fields. */
  public Timeline {
    requireNonNull(entity, "entity is null");
    lines = List.copyOf(requireNonNull(lines, "lines is null"));
  }

  /** Reads a timeline file's text; blank lines are skipped. */
  public static Timeline parse(String text) {
    List<String> rows = text.lines().filter(line -> !line.isBlank()).toList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("an empty timeline file");
    }
    List<Line> lines = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.strip().split("\t");
      if (cells.length < 3) {
        throw new IllegalArgumentException("a timeline line needs ordinal, date, event: " + row);
      }
      lines.add(
          new Line(
              Integer.parseInt(cells[0].strip()),
              cells[1].strip(),
              Arrays.stream(cells, 2, cells.length).map(String::strip).toList()));
    }
    return new Timeline(rows.get(0).strip(), lines);
  }

  /** The timeline as file text, one line per position, ending with a newline. */
  public String format() {
    StringBuilder out = new StringBuilder(entity).append('\n');
    for (Line line : lines) {
      out.append(
          String.format(
                  Locale.ROOT,
                  "%d\t%s\t%s%n",
                  line.ordinal(),
                  line.date(),
                  String.join("\t", line.events()))
              .replace(System.lineSeparator(), "\n"));
    }
    return out.toString();
  }

  /**
   * One position of a timeline.
   *
   * @param ordinal position, from 1; 0 for events not placed
   * @param date anchor date, year-month-day with X for unknown digits
   * @param events mention ids of the events at this position, never empty
   */
  public record Line(int ordinal, String date, List<String> events) {

    /** Validates and copies the fields. */
    public Line {
      if (ordinal < 0) {
        throw new IllegalArgumentException("negative ordinal: " + ordinal);
      }
      requireNonNull(date, "date is null");
      events = List.copyOf(requireNonNull(events, "events is null"));
      if (events.isEmpty()) {
        throw new IllegalArgumentException("a timeline line without events");
      }
    }
  }
}
