package org.newsledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newsledger.io.TerminalText;

/** Query results as rows, printed as an aligned table, CSV or JSON. */
final class Table {

  /** Output formats of query commands. */
  enum Format {
    table,
    csv,
    json
  }

  private static final int MAX_CELL = 80;

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  /** Adds a row; null cells print as empty. */
  Table add(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "" : String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  /** Prints in the given format. */
  void print(PrintStream out, Format format) {
    switch (format) {
      case table -> printTable(out);
      case csv -> printCsv(out);
      case json -> printJson(out);
    }
  }

  private void printTable(PrintStream out) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], clip(row.get(c)).length());
      }
    }
    out.println(line(headers, widths));
    rows.forEach(row -> out.println(line(row, widths)));
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = clip(cells.get(c));
      line.append(cell)
          .append(" ".repeat(widths[c] - cell.length()))
          .append(c + 1 < cells.size() ? "  " : "");
    }
    return line.toString().stripTrailing();
  }

  private static String clip(String cell) {
    String flat = TerminalText.escape(cell.replaceAll("\\s+", " "));
    return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
  }

  private void printCsv(PrintStream out) {
    out.println(headers.stream().map(Table::csvCell).collect(Collectors.joining(",")));
    rows.forEach(
        row -> out.println(row.stream().map(Table::csvCell).collect(Collectors.joining(","))));
  }

  private static String csvCell(String raw) {
    String cell = TerminalText.escape(raw);
    boolean quote =
        cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
    return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  private void printJson(PrintStream out) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode array = mapper.createArrayNode();
    for (List<String> row : rows) {
      ObjectNode object = array.addObject();
      for (int c = 0; c < headers.size(); c++) {
        object.put(headers.get(c), row.get(c));
      }
    }
    out.println(array.toPrettyString());
  }
}
