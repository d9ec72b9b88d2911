package org.newsledger.eval.ledger;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.store.IngestResult;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.stories.StoryParameters;

/**
 * Clusters the ECB+ documents into stories with the store's incremental clusterer, in a seeded
 * random arrival order, and scores the stories against the gold sub-topics (topic and ECB/ECB+
 * half) with B-cubed and V-measure. Without an analyzer, entities are approximated by runs of
 * capitalised words.
 */
public final class EcbStoriesEval {

  /** Arrival order seed used unless told otherwise. */
  public static final long DEFAULT_SEED = 2014L;

  private final Path corpus;
  private final UnaryOperator<Document> analyzer;
  private final StoryParameters parameters;
  private final Set<Integer> topics;
  private final long seed;

  private EcbStoriesEval(
      Path corpus,
      UnaryOperator<Document> analyzer,
      StoryParameters parameters,
      Set<Integer> topics,
      long seed) {
    this.corpus = requireNonNull(corpus, "corpus is null");
    this.analyzer = requireNonNull(analyzer, "analyzer is null");
    this.parameters = requireNonNull(parameters, "parameters is null");
    this.topics = Set.copyOf(topics);
    this.seed = seed;
  }

  /** An evaluation of all topics under the dataset root, no analyzer, default parameters. */
  public static EcbStoriesEval of(Path corpus) {
    return new EcbStoriesEval(
        corpus, UnaryOperator.identity(), StoryParameters.defaults(), Set.of(), DEFAULT_SEED);
  }

  /** A copy analyzing each document first (the full pipeline, for real entities). */
  public EcbStoriesEval withAnalyzer(UnaryOperator<Document> newAnalyzer) {
    return new EcbStoriesEval(corpus, newAnalyzer, parameters, topics, seed);
  }

  /** A copy clustering with other parameters. */
  public EcbStoriesEval withParameters(StoryParameters newParameters) {
    return new EcbStoriesEval(corpus, analyzer, newParameters, topics, seed);
  }

  /** A copy restricted to the topics (all when empty). */
  public EcbStoriesEval withTopics(Set<Integer> newTopics) {
    return new EcbStoriesEval(corpus, analyzer, parameters, newTopics, seed);
  }

  /** A copy with another arrival order; a negative seed keeps the corpus order. */
  public EcbStoriesEval withSeed(long newSeed) {
    return new EcbStoriesEval(corpus, analyzer, parameters, topics, newSeed);
  }

  /** Clusters, scores and prints the figures. */
  public StoriesFigures run(PrintStream out) {
    requireNonNull(out, "out is null");
    long started = System.nanoTime();
    List<EcbDocument> documents = EcbCorpus.read(corpus, topics);
    Map<String, String> predicted = stories(documents);
    Map<String, String> gold = new LinkedHashMap<>();
    documents.forEach(doc -> gold.put(doc.name(), doc.subTopic()));
    StoriesFigures figures =
        new StoriesFigures(
            documents.size(),
            ClusterScores.clusters(gold).size(),
            ClusterScores.clusters(predicted).size(),
            ClusterScores.bcubed(gold, predicted),
            ClusterScores.vMeasure(gold, predicted),
            (System.nanoTime() - started) / 1e9);
    print(figures, out);
    return figures;
  }

  /** The story of each document (name to story id), clustered in the arrival order. */
  Map<String, String> stories(List<EcbDocument> documents) {
    List<EcbDocument> order = new ArrayList<>(documents);
    if (seed >= 0) {
      Collections.shuffle(order, new Random(seed));
    }
    Path folder = temporaryFolder();
    try (LedgerStore store = LedgerStore.open(folder.resolve("stories.db"), parameters)) {
      store.beginBatch();
      Map<String, Long> articleIds = new LinkedHashMap<>();
      for (EcbDocument doc : order) {
        Document analyzed = analyzer.apply(Document.of(ArticleMeta.of(doc.name()), doc.text()));
        IngestResult stored = store.put(analyzed, doc.name());
        articleIds.put(doc.name(), stored.articleId());
      }
      store.commitBatch();
      // Read the stories at the end: a later split may have moved an article.
      Map<String, String> stories = new LinkedHashMap<>();
      articleIds.forEach(
          (name, id) -> stories.put(name, Long.toString(store.storyOf(id).orElseThrow().id())));
      return stories;
    } finally {
      delete(folder);
    }
  }

  private void print(StoriesFigures figures, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "ECB+ stories: %d documents, %d gold sub-topics, %d stories"
            + " (threshold %.2f, entity weight %.1f, split ratio %.2f, order %s)%n",
        figures.documents(),
        figures.goldSubTopics(),
        figures.stories(),
        parameters.threshold(),
        parameters.entityWeight(),
        parameters.splitRatio(),
        seed < 0 ? "corpus" : "seed " + seed);
    out.println("B-cubed    " + figures.bcubed());
    out.println("V-measure  " + figures.vMeasure());
    out.printf(Locale.ROOT, "time       %.1f s%n", figures.seconds());
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("newsledger-ecb-stories");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A leftover temporary file does not change the figures.
    }
  }
}
