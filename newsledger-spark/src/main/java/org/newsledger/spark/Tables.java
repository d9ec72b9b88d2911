package org.newsledger.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables of the analysis and their explicit schemas. Fact fields mirror the
 * "newsledger/1" JSON record (same names, nested objects as structs); every table starts with
 * {@code doc_key} (a hash of the article id and text, stable across runs), {@code article_id} and
 * {@code ordinal} (the fact's position in its article) and ends with {@code published_date}, the
 * partition column ("2024-05-07", or "unknown").
 */
public final class Tables {

  /** The partition column of every table. */
  public static final String PARTITION = "published_date";

  /** The value of {@link #PARTITION} for an article without a publication date. */
  public static final String UNKNOWN_DATE = "unknown";

  /** Columns that are not part of the JSON record. */
  public static final List<String> KEY_COLUMNS =
      List.of("doc_key", "article_id", "ordinal", PARTITION);

  static final StructType SPAN = struct(field("begin", IntegerType), field("end", IntegerType));
  static final StructType EXCERPT =
      struct(text(), field("begin", IntegerType), field("end", IntegerType));
  static final StructType SOURCE =
      struct(
          field("entity", StringType),
          field("name", StringType),
          field("type", StringType),
          text(),
          field("begin", IntegerType),
          field("end", IntegerType));
  static final StructType ARGUMENT =
      struct(
          field("entity", StringType),
          field("name", StringType),
          field("country", StringType),
          field("role", StringType),
          text(),
          field("begin", IntegerType),
          field("end", IntegerType));

  /**
   * One row per article read: the "article" object, the text, the input it came from ({@code
   * source}, a path; {@code input}, its position among the inputs in command-line order) and its
   * label there; {@code ordinal} is its position in that input.
   */
  public static final StructType ARTICLES =
      table(
          field("title", StringType),
          field("published", StringType),
          field("dateline", StringType),
          field("url", StringType),
          field("title_span", SPAN),
          field("dateline_spans", createArrayType(SPAN)),
          field("author", StringType),
          field("language", StringType),
          text(),
          field("input", IntegerType),
          field("source", StringType),
          field("label", StringType));

  /** The "entities" objects without their mentions, plus the entity's span. */
  public static final StructType ENTITIES =
      table(
          field("id", StringType),
          field("name", StringType),
          field("type", StringType),
          field("subtype", StringType),
          field("aliases", createArrayType(StringType)),
          field("roles", createArrayType(StringType)),
          field("rule", StringType),
          field("span", SPAN),
          field("mention_ids", createArrayType(StringType)));

  /** Every mention; those of an entity are the JSON's entity "mentions". */
  public static final StructType MENTIONS =
      table(
          field("id", StringType),
          field("begin", IntegerType),
          field("end", IntegerType),
          text(),
          field("kind", StringType),
          field("rule", StringType),
          field("entity", StringType),
          field("entity_type", StringType));

  /**
   * The "attributions" objects, plus the names of the sources they are reported through; {@code
   * content_parts} is null for a content of one part, as the JSON record leaves it out.
   */
  public static final StructType ATTRIBUTIONS =
      table(
          field("id", StringType),
          field("kind", StringType),
          field("cue", EXCERPT),
          field("content", EXCERPT),
          field("source", SOURCE),
          field("via", StringType),
          field("in_headline", BooleanType),
          field("rule", StringType),
          field("source_chain", createArrayType(StringType)),
          field("content_parts", createArrayType(EXCERPT)));

  /** The "epistemic" objects. */
  public static final StructType EPISTEMIC =
      table(
          field("id", StringType),
          field("act", StringType),
          field("actor", SOURCE),
          field("cue", EXCERPT),
          field("target", EXCERPT),
          field("begin", IntegerType),
          field("end", IntegerType),
          field("rule", StringType));

  /** The "times" objects. */
  public static final StructType TIMES =
      table(
          field("id", StringType),
          text(),
          field("begin", IntegerType),
          field("end", IntegerType),
          field("type", StringType),
          field("value", StringType),
          field("rule", StringType));

  /** The "quantities" objects. */
  public static final StructType QUANTITIES =
      table(
          field("id", StringType),
          text(),
          field("begin", IntegerType),
          field("end", IntegerType),
          field("number", StringType),
          field("value", DoubleType),
          field("upper", DoubleType),
          field("qualifier", StringType),
          field("unit", StringType),
          field("counted", EXCERPT),
          field("equivalent_of", StringType),
          field("rule", StringType));

  /** The "events" objects. */
  public static final StructType EVENTS =
      table(
          field("id", StringType),
          field("trigger", EXCERPT),
          field("begin", IntegerType),
          field("end", IntegerType),
          field("type", StringType),
          field("mode", StringType),
          field("cameo", StringType),
          field("actor", ARGUMENT),
          field("target", ARGUMENT),
          field("location", ARGUMENT),
          field("time", struct(field("id", StringType), field("value", StringType))),
          field("negated", BooleanType),
          field("modality", StringType),
          field("attribution", StringType),
          field("rule", StringType));

  static final StructType CLAIM_SOURCE =
      struct(
          field("entity", StringType),
          field("name", StringType),
          field("type", StringType),
          field("attribution", StringType));
  static final StructType STATUS_CHANGE =
      struct(
          field("status", StringType),
          field("by", StringType),
          field("entity", StringType),
          field("evidence", EXCERPT),
          field("rule", StringType));

  /** The "claims" objects with their sources and status history. */
  public static final StructType CLAIMS =
      table(
          field("id", StringType),
          field("proposition", EXCERPT),
          field("event", StringType),
          field("sources", createArrayType(CLAIM_SOURCE)),
          field("status", StringType),
          field("history", createArrayType(STATUS_CHANGE)),
          field("rule", StringType));

  /**
   * The "diagnostics" objects, plus one row per article that could not be read or analyzed (then
   * {@code doc_key} and {@code article_id} are null and {@code label} names the input).
   */
  public static final StructType DIAGNOSTICS =
      table(
          field("code", StringType),
          field("message", StringType),
          field("stage", StringType),
          field("begin", IntegerType),
          field("end", IntegerType),
          field("label", StringType));

  /** Every table by its folder name, in the order of the JSON record. */
  public static final Map<String, StructType> ALL =
      inOrder(
          Map.entry("articles", ARTICLES),
          Map.entry("entities", ENTITIES),
          Map.entry("mentions", MENTIONS),
          Map.entry("attributions", ATTRIBUTIONS),
          Map.entry("epistemic", EPISTEMIC),
          Map.entry("times", TIMES),
          Map.entry("quantities", QUANTITIES),
          Map.entry("events", EVENTS),
          Map.entry("claims", CLAIMS),
          Map.entry("diagnostics", DIAGNOSTICS));

  /** The table names in a fixed order. */
  public static final List<String> NAMES = List.copyOf(ALL.keySet());

  private Tables() {}

  /** The tables by name, iterated in the order given. */
  @SafeVarargs
  static Map<String, StructType> inOrder(Map.Entry<String, StructType>... tables) {
    Map<String, StructType> ordered = new LinkedHashMap<>();
    for (Map.Entry<String, StructType> table : tables) {
      ordered.put(table.getKey(), table.getValue());
    }
    return Collections.unmodifiableMap(ordered);
  }

  private static StructType table(StructField... fields) {
    List<StructField> all = new ArrayList<>();
    all.add(field("doc_key", StringType));
    all.add(field("article_id", StringType));
    all.add(field("ordinal", IntegerType));
    all.addAll(List.of(fields));
    all.add(field(PARTITION, StringType));
    return DataTypes.createStructType(all);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructField text() {
    return field("text", StringType);
  }
}
