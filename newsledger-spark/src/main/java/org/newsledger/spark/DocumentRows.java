package org.newsledger.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.Mention;

/**
 * An analyzed document as rows of the {@link Tables}: the article, its facts and diagnostics. Pure
 * and deterministic, so a retried task emits the same rows.
 */
public final class DocumentRows {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private DocumentRows() {}

  /** Every row of {@code doc}, the analysis of the article {@code read}. */
  public static List<TableRow> of(Document doc, ReadArticle read) {
    requireNonNull(doc, "doc is null");
    Keys keys = new Keys(docKey(doc), doc.meta().id(), partition(doc.meta().published()));
    List<TableRow> rows = new ArrayList<>();
    rows.add(new TableRow("articles", article(keys, doc, read)));
    List<Entity> entities = doc.getOrEmpty(Layers.ENTITIES);
    for (int i = 0; i < entities.size(); i++) {
      rows.add(new TableRow("entities", entity(keys, i, entities.get(i))));
    }
    List<Mention> mentions = doc.getOrEmpty(Layers.MENTIONS);
    for (int i = 0; i < mentions.size(); i++) {
      rows.add(new TableRow("mentions", mention(keys, i, mentions.get(i))));
    }
    FactRows.addTo(rows, keys, doc);
    List<Diagnostic> diagnostics = doc.diagnostics();
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      rows.add(
          new TableRow(
              "diagnostics",
              keys.row(
                  i,
                  d.code(),
                  d.message(),
                  d.stage(),
                  Spans.begin(d.span()),
                  Spans.end(d.span()),
                  read.label())));
    }
    return rows;
  }

  /** The diagnostics row of an input that could not be read or analyzed. */
  public static TableRow failure(String label, String code, String message, String stage) {
    Keys keys = new Keys(null, null, Tables.UNKNOWN_DATE);
    return new TableRow("diagnostics", keys.row(0, code, message, stage, null, null, label));
  }

  /** The partition value of a publication date: its day, or {@link Tables#UNKNOWN_DATE}. */
  public static String partition(String published) {
    return published != null && DATE.matcher(published).matches()
        ? published.substring(0, 10)
        : Tables.UNKNOWN_DATE;
  }

  /** A stable key of the article: a hash of its id and text. */
  public static String docKey(Document doc) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(doc.meta().id().getBytes(UTF_8));
      sha.update((byte) 0);
      sha.update(doc.text().getBytes(UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static Row article(Keys keys, Document doc, ReadArticle read) {
    ArticleMeta meta = doc.meta();
    List<Row> datelineSpans = new ArrayList<>();
    for (CharSpan span : meta.datelineSpans()) {
      datelineSpans.add(Spans.span(span));
    }
    return keys.row(
        read.position(),
        meta.title(),
        meta.published(),
        meta.dateline(),
        meta.url(),
        Spans.span(meta.titleSpan()),
        Spans.array(datelineSpans),
        doc.text(),
        read.input(),
        read.source(),
        read.label());
  }

  private static Row entity(Keys keys, int ordinal, Entity e) {
    return keys.row(
        ordinal,
        e.id(),
        e.name(),
        Spans.label(e.type()),
        e.subtype(),
        Spans.array(e.aliases()),
        Spans.array(e.roles()),
        e.rule(),
        Spans.span(e.span()),
        Spans.array(e.mentionIds()));
  }

  private static Row mention(Keys keys, int ordinal, Mention m) {
    return keys.row(
        ordinal,
        m.id(),
        m.span().begin(),
        m.span().end(),
        m.text(),
        Spans.label(m.kind()),
        m.rule(),
        m.entityId(),
        Spans.label(m.type()));
  }

  /** The key columns every row of one article starts and ends with. */
  record Keys(String docKey, String articleId, String partition) {

    /** A row: the keys, the ordinal, the given fields, the partition. */
    Row row(int ordinal, Object... fields) {
      Object[] values = new Object[fields.length + 4];
      values[0] = docKey;
      values[1] = articleId;
      values[2] = ordinal;
      System.arraycopy(fields, 0, values, 3, fields.length);
      values[values.length - 1] = partition;
      return RowFactory.create(values);
    }
  }
}
