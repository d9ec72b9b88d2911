package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newsledger.Newsledger;
import org.newsledger.core.Document;

/**
 * Analyzes a partition of read articles as a stream through this JVM's one engine ({@link
 * Engines}), each into its table rows, and writes them into the {@link TableFiles} as it goes; a
 * read error or an analysis that throws becomes one diagnostics row, never a failed task. Gives one
 * element: the numbers of articles and of failures.
 */
final class AnalyzeArticles implements FlatMapFunction<Iterator<ReadArticle>, long[]> {

  private static final long serialVersionUID = 1L;

  /** The diagnostics code of an input or article that could not be read. */
  static final String READ_FAILED = "read_failed";

  /** The diagnostics code of an article whose analysis threw. */
  static final String ANALYSIS_FAILED = "analysis_failed";

  private final EngineSettings settings;
  private final TableFiles files;

  AnalyzeArticles(EngineSettings settings, TableFiles files) {
    this.settings = requireNonNull(settings, "settings is null");
    this.files = requireNonNull(files, "files is null");
  }

  @Override
  public Iterator<long[]> call(Iterator<ReadArticle> articles) {
    Newsledger engine = Engines.get(settings);
    long[] counts = new long[2];
    try (TableFiles.Writers writers = files.open()) {
      while (articles.hasNext()) {
        for (TableRow row : rows(engine, articles.next())) {
          writers.write(row);
          if (row.table().equals("articles")) {
            counts[0]++;
          } else if (AnalyzeJob.isFailure(row)) {
            counts[1]++;
          }
        }
      }
    }
    return List.<long[]>of(counts).iterator();
  }

  /** The rows of one article analyzed by {@code engine}. */
  static List<TableRow> rows(Newsledger engine, ReadArticle article) {
    if (!article.isOk()) {
      return List.of(DocumentRows.failure(article.label(), READ_FAILED, article.error(), "read"));
    }
    Document analyzed;
    try {
      analyzed = engine.analyze(article.document()).document();
    } catch (RuntimeException e) {
      String detail =
          e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      String message =
          article.label() + ": analysis failed: " + e.getClass().getSimpleName() + detail;
      return List.of(DocumentRows.failure(article.label(), ANALYSIS_FAILED, message, "analyze"));
    }
    return DocumentRows.of(analyzed, article);
  }
}
