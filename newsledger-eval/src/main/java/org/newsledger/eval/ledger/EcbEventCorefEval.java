package org.newsledger.eval.ledger;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsledger.eval.Prf;

/**
 * Cross-document event coreference on the ECB+ test topics 36-45 with gold event mentions (the
 * ACTION and NEG markables of the sentences annotated for coreference), the "story + lemma"
 * baseline: the documents are clustered into stories by {@link EcbStoriesEval}, and within a story
 * the mentions whose head word has the same key (lemma or synonym group, from {@code
 * event-lemmas.txt}) form one chain. Arguments and times are not compared. Scored with MUC,
 * B-cubed, CEAF-e and their CoNLL mean, singletons included.
 */
public final class EcbEventCorefEval {

  /** The standard test topics. */
  public static final Set<Integer> TEST_TOPICS = Set.of(36, 37, 38, 39, 40, 41, 42, 43, 44, 45);

  private final Path corpus;
  private final EcbStoriesEval stories;
  private final Set<Integer> topics;

  private EcbEventCorefEval(Path corpus, EcbStoriesEval stories, Set<Integer> topics) {
    this.corpus = requireNonNull(corpus, "corpus is null");
    this.stories = requireNonNull(stories, "stories is null");
    this.topics = Set.copyOf(topics);
  }

  /** The evaluation on the test topics under the dataset root. */
  public static EcbEventCorefEval of(Path corpus) {
    return new EcbEventCorefEval(corpus, EcbStoriesEval.of(corpus), TEST_TOPICS);
  }

  /** A copy clustering documents with another story evaluation (analyzer, parameters, order). */
  public EcbEventCorefEval withStories(EcbStoriesEval newStories) {
    return new EcbEventCorefEval(corpus, newStories, topics);
  }

  /** A copy on other topics. */
  public EcbEventCorefEval withTopics(Set<Integer> newTopics) {
    return new EcbEventCorefEval(corpus, stories, newTopics);
  }

  /** Clusters, links, scores and prints the figures. */
  public EventCorefFigures run(PrintStream out) {
    requireNonNull(out, "out is null");
    List<EcbDocument> documents = EcbCorpus.read(corpus, topics);
    Map<String, String> storyOf = stories.withTopics(topics).stories(documents);
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> predicted = new LinkedHashMap<>();
    for (EcbDocument doc : documents) {
      for (EcbMention mention : doc.events()) {
        gold.put(mention.id(), mention.goldCluster());
        predicted.put(
            mention.id(), storyOf.get(doc.name()) + "/" + EventLemmas.key(mention.text()));
      }
    }
    Prf muc = ClusterScores.muc(gold, predicted);
    Prf bcubed = ClusterScores.bcubed(gold, predicted);
    Prf ceafE = ClusterScores.ceafE(gold, predicted);
    EventCorefFigures figures =
        new EventCorefFigures(
            documents.size(),
            gold.size(),
            ClusterScores.clusters(gold).size(),
            ClusterScores.clusters(predicted).size(),
            muc,
            bcubed,
            ceafE,
            ClusterScores.conll(muc, bcubed, ceafE));
    print(figures, out);
    return figures;
  }

  private static void print(EventCorefFigures figures, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "ECB+ event coreference (story + lemma baseline, gold mentions):"
            + " %d documents, %d mentions, %d gold chains, %d predicted chains%n",
        figures.documents(),
        figures.mentions(),
        figures.goldChains(),
        figures.predictedChains());
    out.println("MUC        " + figures.muc());
    out.println("B-cubed    " + figures.bcubed());
    out.println("CEAF-e     " + figures.ceafE());
    out.printf(Locale.ROOT, "CoNLL F1   %.3f%n", figures.conll());
  }
}
