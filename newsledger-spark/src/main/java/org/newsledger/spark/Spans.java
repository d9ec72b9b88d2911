package org.newsledger.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.Source;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** The nested structs of the tables (spans, excerpts, sources), as the JSON record writes them. */
final class Spans {

  private Spans() {}

  /** A span as struct(begin, end), or null. */
  static Row span(CharSpan span) {
    return span == null ? null : RowFactory.create(span.begin(), span.end());
  }

  /** An excerpt as struct(text, begin, end), or null. */
  static Row excerpt(Excerpt excerpt) {
    return excerpt == null
        ? null
        : RowFactory.create(excerpt.text(), excerpt.span().begin(), excerpt.span().end());
  }

  /** A source as struct(entity, name, type, text, begin, end); the mention fields may be null. */
  static Row source(Source source) {
    Excerpt mention = source.mention();
    return RowFactory.create(
        source.entityId(),
        source.name(),
        label(source.type()),
        mention == null ? null : mention.text(),
        mention == null ? null : mention.span().begin(),
        mention == null ? null : mention.span().end());
  }

  /** An event argument as struct(entity, name, country, text, begin, end), or null. */
  static Row argument(EventArgument argument) {
    if (argument == null) {
      return null;
    }
    Excerpt mention = argument.mention();
    return RowFactory.create(
        argument.entityId(),
        argument.name(),
        argument.countryCode(),
        mention.text(),
        mention.span().begin(),
        mention.span().end());
  }

  /** An enum constant as the JSON writes it: its name in lower case. */
  static String label(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  /** A list as the sequence Spark takes for an array column. */
  static Seq<Object> array(List<?> values) {
    return CollectionConverters.asScala(new ArrayList<Object>(values)).toList();
  }

  /** The begin offset of a nullable span. */
  static Integer begin(CharSpan span) {
    return span == null ? null : span.begin();
  }

  /** The end offset of a nullable span. */
  static Integer end(CharSpan span) {
    return span == null ? null : span.end();
  }
}
