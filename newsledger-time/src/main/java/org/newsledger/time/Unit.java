package org.newsledger.time;

/** A calendar unit counted by durations and shifted by relative expressions. */
enum Unit {
  SECOND("S", 1, true),
  MINUTE("M", 1, true),
  HOUR("H", 1, true),
  DAY("D", 1, false),
  WEEK("W", 1, false),
  FORTNIGHT("W", 2, false),
  MONTH("M", 1, false),
  YEAR("Y", 1, false),
  DECADE("Y", 10, false),
  CENTURY("Y", 100, false);

  private final String designator;
  private final int multiplier;
  private final boolean clock;

  Unit(String designator, int multiplier, boolean clock) {
    this.designator = designator;
    this.multiplier = multiplier;
    this.clock = clock;
  }

  /** ISO 8601 duration of {@code count} units; a null count is TimeML's unspecified "X". */
  String duration(Integer count) {
    String amount = count == null ? "X" : Integer.toString(count * multiplier);
    return "P" + (clock ? "T" : "") + amount + designator;
  }
}
