package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.newsledger.io.Article;
import org.newsledger.io.ReadResult;

/**
 * Reads Parquet rows (id, url, published, title, text, source) as an {@link Article}, which is how
 * the one reading path reads the same fields on a JSON Lines line: a Parquet input and a JSON Lines
 * input of the same articles are read alike (dates checked, blank text noted).
 */
final class ReadParquetRows implements FlatMapFunction<Iterator<Row>, ReadArticle> {

  private static final long serialVersionUID = 1L;

  private final ReadSettings settings;
  private final int input;

  /** Reads with {@code settings}; {@code input} orders Parquet articles after the files. */
  ReadParquetRows(ReadSettings settings, int input) {
    this.settings = requireNonNull(settings, "settings is null");
    this.input = input;
  }

  @Override
  public Iterator<ReadArticle> call(Iterator<Row> rows) {
    return new FlatIterator<>(rows, row -> List.of(read(row)));
  }

  private ReadArticle read(Row row) {
    String source = row.getAs("source");
    String id = row.getAs("id");
    String text = row.getAs("text");
    String label = source + "#" + id;
    if (id == null || id.isBlank() || text == null) {
      String error = label + ": a row without " + (text == null ? "text" : "id");
      return ReadArticle.of(input, source, 0, ReadResult.failed(label, error));
    }
    Article article =
        new Article(id, row.getAs("title"), row.getAs("published"), row.getAs("url"), text);
    return ReadArticle.of(
        input, source, 0, ReadResult.ok(label, article.toDocument(id, settings.options())));
  }
}
