package org.newsledger.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark table: one row per figure, one column per system and, with two systems, the ratio
 * first ÷ second.
 */
public final class SideBySide {

  private record Row(String label, String format, ToDoubleFunction<BenchFigures> value) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("articles measured", "%.0f", BenchFigures::articles),
          new Row("model load (s)", "%.1f", BenchFigures::loadSeconds),
          new Row("model heap (MB)", "%.0f", BenchFigures::modelHeapMegabytes),
          new Row("articles/s", "%.2f", BenchFigures::articlesPerSecond),
          new Row("tokens/s", "%.0f", BenchFigures::tokensPerSecond),
          new Row("CPU s/article", "%.3f", BenchFigures::cpuSecondsPerArticle),
          new Row("latency p50 (ms)", "%.1f", BenchFigures::p50Millis),
          new Row("latency p99 (ms)", "%.1f", BenchFigures::p99Millis),
          new Row("peak heap (MB)", "%.0f", BenchFigures::peakHeapMegabytes),
          new Row("peak RSS (MB)", "%.0f", BenchFigures::peakRssMegabytes));

  private SideBySide() {}

  /** First ÷ second; NaN when the second is not positive or either is unknown (negative). */
  public static double ratio(double first, double second) {
    return second <= 0 || first < 0 ? Double.NaN : first / second;
  }

  /** The table as aligned lines, one or two systems. */
  public static List<String> render(List<BenchFigures> systems) {
    if (systems.isEmpty() || systems.size() > 2) {
      throw new IllegalArgumentException("one or two systems expected, got " + systems.size());
    }
    List<List<String>> cells = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("figure"));
    systems.forEach(system -> header.add(system.name()));
    if (systems.size() == 2) {
      header.add("ratio");
    }
    cells.add(header);
    for (Row row : ROWS) {
      cells.add(cells(row, systems));
    }
    return align(cells);
  }

  private static List<String> cells(Row row, List<BenchFigures> systems) {
    List<String> line = new ArrayList<>(List.of(row.label()));
    for (BenchFigures system : systems) {
      double value = row.value().applyAsDouble(system);
      line.add(value < 0 ? "n/a" : String.format(Locale.ROOT, row.format(), value));
    }
    if (systems.size() == 2) {
      double ratio =
          ratio(
              row.value().applyAsDouble(systems.get(0)), row.value().applyAsDouble(systems.get(1)));
      line.add(Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2fx", ratio));
    }
    return line;
  }

  private static List<String> align(List<List<String>> cells) {
    int[] widths = new int[cells.get(0).size()];
    for (List<String> line : cells) {
      for (int c = 0; c < line.size(); c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> line : cells) {
      StringBuilder text = new StringBuilder(pad(line.get(0), widths[0], false));
      for (int c = 1; c < line.size(); c++) {
        text.append("  ").append(pad(line.get(c), widths[c], true));
      }
      lines.add(text.toString());
    }
    return lines;
  }

  private static String pad(String cell, int width, boolean right) {
    String space = " ".repeat(width - cell.length());
    return right ? space + cell : cell + space;
  }
}
