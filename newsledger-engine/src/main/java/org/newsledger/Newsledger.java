package org.newsledger;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.newsledger.core.Document;
import org.newsledger.core.pipeline.Budget;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.io.Article;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * The whole newsledger engine in one object: {@code Newsledger.load().analyze(text).toJson()}.
 * Models and word lists load once, when it is built; it is thread-safe, so one instance serves a
 * whole program. The command line, the store's ingest, the server and Spark all analyze through it.
 */
public final class Newsledger implements UnaryOperator<Document> {

  /** The id given to a text analyzed without one. */
  public static final String TEXT_ID = "text";

  private final Pipeline pipeline;
  private final int threads;

  private Newsledger(Pipeline pipeline, int threads) {
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
    this.threads = threads;
  }

  /** The engine with its default settings: the attribution rules, all cores for batches. */
  public static Newsledger load() {
    return builder().build();
  }

  /** A builder for other settings: learned attribution models, threads. */
  public static Builder builder() {
    return new Builder();
  }

  /** An engine over a pipeline of one's own (tests, evaluations of single stages). */
  public static Newsledger over(Pipeline pipeline, int threads) {
    return new Newsledger(pipeline, Math.max(1, threads));
  }

  /**
   * Analyzes a plain text read as a text file is: its first line the headline unless it is a date
   * line, a dateline ("7 May 2024 09:04", "BRUSSELS (Reuters) -") read as metadata.
   */
  public Analysis analyze(String text) {
    return analyze(Article.fromPlainText(TEXT_ID, text, ReadOptions.defaults()));
  }

  /** Analyzes an article given with its metadata (read as a JSON Lines line is). */
  public Analysis analyze(Article article) {
    return analyze(article.toDocument(TEXT_ID, ReadOptions.defaults()));
  }

  /** Analyzes a document read by newsledger-io (an {@code ArticleSource} result). */
  public Analysis analyze(Document document) {
    return new Analysis(apply(document));
  }

  /**
   * Runs the pipeline on a read document and returns the analyzed one; a stage that fails on it
   * leaves a {@code stage_failed} diagnostic instead of throwing.
   */
  @Override
  public Document apply(Document document) {
    return pipeline.apply(requireNonNull(document, "document is null"));
  }

  /**
   * Analyzes every article read, on {@link #threads()} threads, handing each outcome to {@code
   * sink} in input order; memory stays flat however many articles come. A read error is an outcome
   * with its one-line error; nothing stops the batch.
   */
  public BatchSummary analyzeAll(Iterator<ReadResult> reads, Consumer<Outcome> sink) {
    requireNonNull(reads, "reads is null");
    requireNonNull(sink, "sink is null");
    return new BatchAnalyzer(this, threads).run(reads, sink);
  }

  /**
   * Reads the inputs (files, folders, URLs, "-"; every format newsledger-io reads) in order and
   * analyzes their articles as {@link #analyzeAll(Iterator, Consumer)} does.
   */
  public BatchSummary analyzeAll(List<String> inputs, ReadOptions options, Consumer<Outcome> sink) {
    try (ArticleSource articles = ArticleSource.openAll(inputs, options)) {
      return analyzeAll(articles, sink);
    }
  }

  /** The stages this engine runs, in order. */
  public Pipeline pipeline() {
    return pipeline;
  }

  /** Threads used by {@link #analyzeAll}. */
  public int threads() {
    return threads;
  }

  /** The one-line message of a failure, as batches and callers report it. */
  public static String oneLine(Throwable e) {
    return BatchAnalyzer.oneLine(e);
  }

  /** Settings for {@link Newsledger}; every setting is optional. */
  public static final class Builder {
    private List<Path> attributionModels = List.of();
    private Double modelConfidence;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Budget budget = Budget.defaults();

    private Builder() {}

    /**
     * What one article may cost (default {@link Budget#defaults()}: its first 1,000,000 characters,
     * 5 minutes); beyond it the record says {@code truncated} or {@code timed_out}.
     */
    public Builder budget(Budget newBudget) {
      this.budget = requireNonNull(newBudget, "newBudget is null");
      return this;
    }

    /**
     * Learned attribution models (written by {@code newsledger train attribution}) that add the
     * contents the rules miss; several are read as one ensemble. Default: none, rules only.
     */
    public Builder attributionModels(List<Path> models) {
      this.attributionModels = models == null ? List.of() : List.copyOf(models);
      return this;
    }

    /**
     * Keep a learned content only where the models' mean content probability is at least {@code
     * confidence}, in [0, 1]; null for the models' own default.
     */
    public Builder modelConfidence(Double confidence) {
      this.modelConfidence = confidence;
      return this;
    }

    /** Threads for batches (at least one; default: all cores). */
    public Builder threads(int count) {
      this.threads = Math.max(1, count);
      return this;
    }

    /** Loads the models (seconds; CoreNLP's are shared by every engine of the JVM). */
    public Newsledger build() {
      return new Newsledger(
          DefaultPipeline.load(attributionModels, modelConfidence).withBudget(budget), threads);
    }
  }
}
