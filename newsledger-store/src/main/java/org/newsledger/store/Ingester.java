package org.newsledger.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * Reads sources, runs each new article through the analyzer and stores it. Analyzed articles are
 * committed in small batches, each article under its own savepoint, so a failure loses only that
 * article, and a rerun after an interruption skips what is stored (before analyzing it) and stores
 * the rest once. No transaction is open while an article is analyzed: a batch takes the store's
 * write lock when it is written and releases it when committed, so several ingests can share a
 * store (each waits for the other's short writes).
 */
public final class Ingester {

  /** Articles committed together unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 64;

  private static final long MAX_BATCH_NANOS = 1_000_000_000L;

  private final LedgerStore store;
  private final UnaryOperator<Document> analyzer;
  private final ReadOptions options;
  private final IngestListener listener;
  private final int batchSize;

  private Ingester(
      LedgerStore store,
      UnaryOperator<Document> analyzer,
      ReadOptions options,
      IngestListener listener,
      int batchSize) {
    this.store = requireNonNull(store, "store is null");
    this.analyzer = requireNonNull(analyzer, "analyzer is null");
    this.options = requireNonNull(options, "options is null");
    this.listener = requireNonNull(listener, "listener is null");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /** An ingester into {@code store}: default read options, no listener, batches of 64. */
  public static Ingester of(LedgerStore store, UnaryOperator<Document> analyzer) {
    return new Ingester(
        store, analyzer, ReadOptions.defaults(), IngestListener.none(), DEFAULT_BATCH_SIZE);
  }

  /** A copy reading with other options (publication date override, size limit). */
  public Ingester withOptions(ReadOptions newOptions) {
    return new Ingester(store, analyzer, newOptions, listener, batchSize);
  }

  /** A copy telling {@code newListener} after each article. */
  public Ingester withListener(IngestListener newListener) {
    return new Ingester(store, analyzer, options, newListener, batchSize);
  }

  /**
   * A copy committing every {@code articles} articles (1: each in its own transaction) and at least
   * once a second; an interruption loses at most the open batch, which a rerun stores.
   */
  public Ingester withBatchSize(int articles) {
    return new Ingester(store, analyzer, options, listener, articles);
  }

  /** Ingests the sources in order and returns the final counts; never throws for bad input. */
  public IngestSummary ingest(List<String> sources) {
    Tally tally = new Tally();
    Pending pending = new Pending(tally);
    try {
      for (String source : List.copyOf(sources)) {
        try (ArticleSource articles = ArticleSource.open(source, options)) {
          while (articles.hasNext()) {
            ReadResult result = articles.next();
            Document analyzed = prepare(result, tally);
            if (analyzed != null) {
              pending.add(result.label(), analyzed);
            }
            pending.writeIfDue();
            listener.articleDone(result.label(), tally.summary());
          }
        }
      }
    } finally {
      pending.write();
    }
    return tally.summary();
  }

  /** The analyzed article to store, or null when it failed or is stored already. */
  private Document prepare(ReadResult result, Tally tally) {
    tally.read++;
    if (!result.isOk()) {
      fail(tally, result.label(), result.error());
      return null;
    }
    Document doc = result.document();
    if (doc.text().isBlank()) {
      fail(tally, result.label(), result.label() + ": no text");
      return null;
    }
    try {
      if (store.find(ContentHash.of(doc.text())).isPresent()) {
        tally.duplicates++;
        return null;
      }
      return analyze(doc, result.label());
    } catch (NewsledgerException e) {
      fail(tally, result.label(), e.getMessage());
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      fail(tally, result.label(), result.label() + ": cannot analyze: " + e);
    }
    return null;
  }

  private Document analyze(Document doc, String label) {
    Document analyzed;
    try {
      analyzed = analyzer.apply(doc);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      String detail =
          e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      throw new NewsledgerException(
          ErrorCode.BAD_PIPELINE,
          label + ": analysis failed: " + e.getClass().getSimpleName() + detail,
          e);
    }
    boolean truncated =
        analyzed != null
            && analyzed.diagnostics().stream().anyMatch(d -> d.code().equals("truncated"));
    if (analyzed == null
        || !(analyzed.text().equals(doc.text())
            || truncated && doc.text().startsWith(analyzed.text()))) {
      throw new NewsledgerException(
          ErrorCode.BAD_PIPELINE,
          label + ": the analyzer returned no document or changed the text");
    }
    return analyzed;
  }

  private static void count(Tally tally, IngestResult stored) {
    switch (stored.status()) {
      case NEW -> tally.added++;
      case DUPLICATE -> tally.duplicates++;
      case NEAR_DUPLICATE -> tally.nearDuplicates++;
    }
  }

  private void fail(Tally tally, String label, String reason) {
    tally.failures.add(new IngestSummary.Failure(label, reason));
    try {
      store.recordFailure(label, reason);
    } catch (NewsledgerException e) {
      // The failure is still in the summary; a store that cannot log it fails the next put too.
    }
  }

  /** Analyzed articles waiting to be written, written together by count and by age. */
  private final class Pending {
    private final Tally tally;
    private final List<String> labels = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private long firstNanos;

    Pending(Tally tally) {
      this.tally = tally;
    }

    void add(String label, Document analyzed) {
      if (documents.isEmpty()) {
        firstNanos = System.nanoTime();
      }
      labels.add(label);
      documents.add(analyzed);
    }

    void writeIfDue() {
      if (documents.size() >= batchSize
          || !documents.isEmpty() && System.nanoTime() - firstNanos > MAX_BATCH_NANOS) {
        write();
      }
    }

    /** Writes the waiting articles in one transaction; a failed commit fails each of them. */
    void write() {
      if (documents.isEmpty()) {
        return;
      }
      List<String> written = new ArrayList<>();
      List<IngestResult> results = new ArrayList<>();
      try {
        if (batchSize > 1) {
          store.beginBatch();
        }
        for (int i = 0; i < documents.size(); i++) {
          store(labels.get(i), documents.get(i), written, results);
        }
        store.commitBatch();
        results.forEach(result -> count(tally, result));
      } catch (NewsledgerException e) {
        store.rollbackBatch();
        written.forEach(label -> fail(tally, label, label + ": not stored: " + e.getMessage()));
      } finally {
        labels.clear();
        documents.clear();
      }
    }

    private void store(
        String label, Document analyzed, List<String> written, List<IngestResult> results) {
      try {
        results.add(store.put(analyzed, label));
        written.add(label);
      } catch (NewsledgerException e) {
        fail(tally, label, e.getMessage());
      } catch (RuntimeException e) {
        fail(tally, label, label + ": cannot store: " + e);
      }
    }
  }

  /** Running counts of one ingest. */
  private static final class Tally {
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
