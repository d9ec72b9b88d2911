package org.newsledger.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.Source;

/**
 * Scores a document's attributions against a seed-gold file exactly as score_attributions.py does:
 * a gold attribution is found by the first unused system attribution whose folded content (600
 * chars at most) contains the folded anchor and whose speaker matches an alias; a found content
 * with a wrong speaker uses that system row and counts as a false negative and a false positive;
 * unused rows are false positives unless they hold an optional anchor.
 */
public final class AttributionGoldScorer {

  /** Longer system contents never match, as in the Python scorer. */
  public static final int MAX_CONTENT = 600;

  private record Row(String content, List<String> speakers) {}

  /** Scores one document against its gold. */
  public ArticleScore score(AttributionGold gold, Document doc) {
    List<Row> rows = rows(doc);
    Set<Integer> used = new HashSet<>();
    List<String> misses = new ArrayList<>();
    int tp = 0;
    int wrong = 0;
    for (AttributionGold.Expected expected : gold.attributions()) {
      String anchor = SpeakerNames.norm(expected.anchor());
      List<Integer> hits = hits(rows, used, anchor);
      Integer good =
          hits.stream()
              .filter(
                  i ->
                      rows.get(i).speakers().stream()
                          .anyMatch(s -> SpeakerNames.matches(s, expected.speakers())))
              .findFirst()
              .orElse(null);
      if (good != null) {
        used.add(good);
        tp++;
      } else if (!hits.isEmpty()) {
        used.add(hits.get(0));
        wrong++;
        misses.add(wrongSpeaker(rows.get(hits.get(0)), expected));
      } else {
        misses.add("missed '" + expected.anchor() + "' (" + expected.speakers().get(0) + ")");
      }
    }
    int spurious = spurious(rows, used, gold, misses);
    int fn = gold.attributions().size() - tp;
    return new ArticleScore(new Counts(tp, spurious + wrong, fn), misses);
  }

  private static List<Integer> hits(List<Row> rows, Set<Integer> used, String anchor) {
    List<Integer> hits = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String content = rows.get(i).content();
      if (!used.contains(i)
          && content.contains(anchor)
          && PythonTexts.length(content) <= MAX_CONTENT) {
        hits.add(i);
      }
    }
    return hits;
  }

  private static String wrongSpeaker(Row row, AttributionGold.Expected expected) {
    List<String> first = row.speakers().isEmpty() ? List.of() : row.speakers().subList(0, 1);
    return "wrong speaker "
        + PythonTexts.repr(first)
        + " for '"
        + expected.anchor()
        + "' (gold "
        + expected.speakers().get(0)
        + ")";
  }

  private static int spurious(
      List<Row> rows, Set<Integer> used, AttributionGold gold, List<String> misses) {
    List<String> optional = gold.optionalAnchors().stream().map(SpeakerNames::norm).toList();
    int spurious = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (used.contains(i) || optional.stream().anyMatch(row.content()::contains)) {
        continue;
      }
      spurious++;
      String speaker = row.speakers().isEmpty() ? "?" : row.speakers().get(0);
      misses.add("spurious: '" + PythonTexts.prefix(row.content(), 70) + "' (" + speaker + ")");
    }
    return spurious;
  }

  private static List<Row> rows(Document doc) {
    Map<String, String> entityNames = new HashMap<>();
    for (Entity entity : doc.getOrEmpty(Layers.ENTITIES)) {
      entityNames.put(entity.id(), entity.name());
    }
    List<Row> rows = new ArrayList<>();
    for (Attribution attribution : doc.getOrEmpty(Layers.ATTRIBUTIONS)) {
      rows.add(
          new Row(
              SpeakerNames.norm(attribution.content().text()),
              speakers(attribution.source(), entityNames)));
    }
    return rows;
  }

  private static List<String> speakers(Source source, Map<String, String> entityNames) {
    List<String> speakers = new ArrayList<>();
    speakers.add(source.name());
    speakers.add(source.mention() == null ? "" : source.mention().text());
    if (source.entityId() != null && entityNames.containsKey(source.entityId())) {
      speakers.add(entityNames.get(source.entityId()));
    }
    speakers.removeIf(String::isEmpty);
    return List.copyOf(speakers);
  }
}
