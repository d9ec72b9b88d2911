package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;

/**
 * Scores a document's attributions against PolNeAR gold relations, the same way for every system.
 *
 * <p>Words are maximal runs of letters and digits ({@link WordTokens}). A system content matches a
 * gold content when the words they share are at least half the words of the larger of the two
 * (overlap = shared / max(gold words, system words) &ge; 0.5); pairs are made one-to-one, greedily
 * from the highest overlap (ties: earlier gold, then earlier system). A content is exact when its
 * span equals the span covering the gold content once white space and punctuation are trimmed from
 * both ends of each. On matched pairs: the source is right when a system speaker (source name,
 * mention text, entity name) matches the gold source text as score_attributions.py matches names,
 * or the source mention or a mention of the source entity overlaps the gold source; the cue is
 * right when the spans overlap.
 */
public final class PolnearScorer {

  private static final double MIN_OVERLAP = 0.5;

  private final SpeechCues speechCues;

  /** A scorer telling speech cues with {@code speechCues}. */
  public PolnearScorer(SpeechCues speechCues) {
    this.speechCues = requireNonNull(speechCues, "speechCues is null");
  }

  /** Scores one analyzed document against the gold relations of the same text. */
  public PolnearCounts score(Document doc, List<PolnearAttribution> gold) {
    String text = doc.text();
    List<Attribution> system = doc.getOrEmpty(Layers.ATTRIBUTIONS);
    Map<Integer, Integer> pairs = match(WordTokens.of(text), gold, system);
    int[] judged = judgeSourcesAndCues(doc, gold, system, pairs);
    int speechGold = 0;
    int speechMatched = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (speechCues.isSpeech(PolnearAttribution.textOf(text, gold.get(i).cue()))) {
        speechGold++;
        speechMatched += pairs.containsKey(i) ? 1 : 0;
      }
    }
    return new PolnearCounts(
        gold.size(),
        system.size(),
        pairs.size(),
        exact(text, gold, system),
        judged[0],
        judged[1],
        judged[2],
        speechGold,
        speechMatched);
  }

  /** Sources judged, sources right and cues right over the matched pairs. */
  private static int[] judgeSourcesAndCues(
      Document doc,
      List<PolnearAttribution> gold,
      List<Attribution> system,
      Map<Integer, Integer> pairs) {
    SourceJudge judge = new SourceJudge(doc);
    int[] counts = new int[3];
    for (Map.Entry<Integer, Integer> pair : pairs.entrySet()) {
      PolnearAttribution g = gold.get(pair.getKey());
      Attribution s = system.get(pair.getValue());
      if (!g.source().isEmpty()) {
        counts[0]++;
        counts[1] += judge.isRight(s.source(), g.source()) ? 1 : 0;
      }
      counts[2] += g.cue().stream().anyMatch(s.cue().span()::overlaps) ? 1 : 0;
    }
    return counts;
  }

  private record Candidate(int gold, int system, double overlap) {}

  /**
   * The errors of one analyzed document: gold relations no system content matched, system
   * attributions no gold matched, and matched pairs whose source is wrong.
   */
  public List<PolnearError> errors(Document doc, List<PolnearAttribution> gold) {
    List<Attribution> system = doc.getOrEmpty(Layers.ATTRIBUTIONS);
    WordTokens words = WordTokens.of(doc.text());
    Map<Integer, Integer> pairs = match(words, gold, system);
    return new PolnearErrors(doc, words, new SourceJudge(doc)).of(gold, system, pairs);
  }

  /** Gold index to system index of the matched pairs. */
  static Map<Integer, Integer> match(
      WordTokens words, List<PolnearAttribution> gold, List<Attribution> system) {
    List<BitSet> systemWords = new ArrayList<>();
    system.forEach(s -> systemWords.add(words.inside(List.of(s.content().span()))));
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      BitSet goldWords = words.inside(gold.get(g).content());
      for (int s = 0; s < system.size(); s++) {
        double overlap = WordTokens.overlap(goldWords, systemWords.get(s));
        if (overlap >= MIN_OVERLAP) {
          candidates.add(new Candidate(g, s, overlap));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::overlap)
            .reversed()
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::system));
    Map<Integer, Integer> pairs = new HashMap<>();
    BitSet usedSystem = new BitSet();
    for (Candidate c : candidates) {
      if (!pairs.containsKey(c.gold()) && !usedSystem.get(c.system())) {
        pairs.put(c.gold(), c.system());
        usedSystem.set(c.system());
      }
    }
    return pairs;
  }

  private static int exact(String text, List<PolnearAttribution> gold, List<Attribution> system) {
    Map<CharSpan, Integer> goldSpans = new HashMap<>();
    gold.forEach(g -> goldSpans.merge(trim(text, g.contentCover()), 1, Integer::sum));
    int exact = 0;
    for (Attribution s : system) {
      CharSpan span = trim(text, s.content().span());
      Integer left = goldSpans.get(span);
      if (left != null && left > 0) {
        goldSpans.put(span, left - 1);
        exact++;
      }
    }
    return exact;
  }

  /** The span without white space and punctuation at either end. */
  static CharSpan trim(String text, CharSpan span) {
    int begin = span.begin();
    int end = span.end();
    while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return new CharSpan(begin, end);
  }
}
