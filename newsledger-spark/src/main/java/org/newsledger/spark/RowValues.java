package org.newsledger.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;

/** Reads the nested values of table rows back into the document model (the inverse of Spans). */
final class RowValues {

  private RowValues() {}

  /** The string field {@code name}, or null. */
  static String string(Row row, String name) {
    return row.getAs(name);
  }

  /** The int field {@code name}; it must not be null. */
  static int integer(Row row, String name) {
    Integer value = row.getAs(name);
    return value;
  }

  /** A span struct, or null. */
  static CharSpan span(Row span) {
    return span == null ? null : CharSpan.of(integer(span, "begin"), integer(span, "end"));
  }

  /** The span of the row's own begin and end fields, or null when they are null. */
  static CharSpan ownSpan(Row row) {
    Integer begin = row.getAs("begin");
    Integer end = row.getAs("end");
    return begin == null || end == null ? null : CharSpan.of(begin, end);
  }

  /** An excerpt struct, or null. */
  static Excerpt excerpt(Row excerpt) {
    return excerpt == null ? null : new Excerpt(ownSpan(excerpt), string(excerpt, "text"));
  }

  /** A source struct. */
  static Source source(Row source) {
    CharSpan span = ownSpan(source);
    Excerpt mention = span == null ? null : new Excerpt(span, string(source, "text"));
    return new Source(
        string(source, "entity"),
        string(source, "name"),
        parse(SourceType.class, string(source, "type")),
        mention);
  }

  /** An event argument struct, or null. */
  static EventArgument argument(Row argument) {
    if (argument == null) {
      return null;
    }
    return new EventArgument(
        string(argument, "entity"),
        string(argument, "name"),
        string(argument, "country"),
        new Excerpt(ownSpan(argument), string(argument, "text")));
  }

  /** The constant written as {@code label} (its name in lower case), or null for null. */
  static <E extends Enum<E>> E parse(Class<E> type, String label) {
    return label == null ? null : Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
  }

  /** The rows of an array field, or an empty list for null. */
  static List<Row> rows(Row row, String name) {
    List<Row> values = row.getList(row.fieldIndex(name));
    return values == null ? List.of() : values;
  }

  /** The strings of an array field, or an empty list for null. */
  static List<String> strings(Row row, String name) {
    List<String> values = row.getList(row.fieldIndex(name));
    return values == null ? List.of() : values;
  }

  /** The fact rows of one article in their original order (by the ordinal column). */
  static List<Row> inOrder(Row article, String table) {
    List<Row> facts = new ArrayList<>(rows(article, table));
    facts.sort(Comparator.comparingInt(fact -> integer(fact, "ordinal")));
    return facts;
  }
}
