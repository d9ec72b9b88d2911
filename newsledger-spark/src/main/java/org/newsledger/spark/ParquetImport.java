package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsledger.core.Document;
import org.newsledger.core.NewsledgerException;
import org.newsledger.store.ContentHash;
import org.newsledger.store.IngestListener;
import org.newsledger.store.IngestResult;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.LedgerStore;

/**
 * Loads a folder of analysis output into the embedded store without analyzing again: each article
 * is rebuilt from its rows and stored as `ingest` stores an analyzed article, in input order.
 */
public final class ParquetImport {

  private static final int BATCH_SIZE = 64;

  private ParquetImport() {}

  /** Stores every article of {@code folder} (any Hadoop path) and returns the counts. */
  public static IngestSummary ingest(
      SparkSession spark, LedgerStore store, String folder, IngestListener listener) {
    requireNonNull(store, "store is null");
    requireNonNull(listener, "listener is null");
    Counts counts = new Counts();
    Iterator<Row> articles = OutputFolder.articlesWithFacts(spark, folder).toLocalIterator();
    try {
      while (articles.hasNext()) {
        if (counts.read % BATCH_SIZE == 0) {
          store.commitBatch();
          store.beginBatch();
        }
        Row article = articles.next();
        String label = article.getAs("label");
        counts.read++;
        put(store, article, label, counts);
        listener.articleDone(label, counts.summary());
      }
    } finally {
      store.commitBatch();
    }
    return counts.summary();
  }

  private static void put(LedgerStore store, Row article, String label, Counts counts) {
    try {
      Document doc = TableDocuments.of(article);
      if (doc.text().isBlank()) {
        fail(store, counts, label, label + ": no text");
        return;
      }
      Optional<Long> stored = store.find(ContentHash.of(doc.text()));
      if (stored.isPresent()) {
        counts.duplicates++;
        return;
      }
      IngestResult result = store.put(doc, label);
      switch (result.status()) {
        case NEW -> counts.added++;
        case DUPLICATE -> counts.duplicates++;
        case NEAR_DUPLICATE -> counts.nearDuplicates++;
      }
    } catch (NewsledgerException e) {
      fail(store, counts, label, e.getMessage());
    } catch (RuntimeException e) {
      fail(store, counts, label, label + ": cannot import: " + e);
    }
  }

  /** Counts and logs a failure as ingest does (a blank article is one, as it is for ingest). */
  private static void fail(LedgerStore store, Counts counts, String label, String reason) {
    counts.failures.add(new IngestSummary.Failure(label, reason));
    try {
      store.recordFailure(label, reason);
    } catch (NewsledgerException e) {
      // Still in the summary; a store that cannot log it fails the next put too.
    }
  }

  /** Running counts of one import. */
  private static final class Counts {
    int read;
    int added;
    int duplicates;
    int nearDuplicates;
    final List<IngestSummary.Failure> failures = new ArrayList<>();

    IngestSummary summary() {
      return new IngestSummary(read, added, duplicates, nearDuplicates, failures);
    }
  }
}
