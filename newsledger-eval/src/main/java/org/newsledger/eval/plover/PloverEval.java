package org.newsledger.eval.plover;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Token;

/**
 * Scores event coding on the PLOVER gold-standard records: the top event found in each record's
 * text against the gold type, and its actor and target against the gold source and target.
 */
public final class PloverEval {

  private PloverEval() {}

  /** Runs {@code pipeline} over the records in {@code goldFile} and prints the figures to out. */
  public static PloverScores run(Path goldFile, UnaryOperator<Document> pipeline, PrintStream out) {
    requireNonNull(pipeline, "pipeline is null");
    requireNonNull(out, "out is null");
    List<PloverScores.Outcome> outcomes = new ArrayList<>();
    for (PloverRecord record : PloverRecords.read(goldFile)) {
      Document doc =
          pipeline.apply(
              Document.of(ArticleMeta.of(record.id()).withPublished(record.date()), record.text()));
      Event top = topEvent(doc);
      outcomes.add(
          new PloverScores.Outcome(
              record,
              top == null ? null : top.type(),
              matches(top == null ? null : top.actor(), record.sources()),
              matches(top == null ? null : top.target(), record.targets())));
    }
    PloverScores scores = PloverScores.of(outcomes);
    scores.print(out);
    return scores;
  }

  /**
   * The event a coder would pick: the first one a verb names, else the first one; events whose verb
   * is negated or merely reported come after the others.
   */
  static Event topEvent(Document doc) {
    List<Event> events = doc.getOrEmpty(Layers.EVENTS);
    return events.stream()
        .min(
            Comparator.comparingInt((Event e) -> rank(doc, e))
                .thenComparingInt(e -> e.trigger().span().begin()))
        .orElse(null);
  }

  private static int rank(Document doc, Event event) {
    Token head =
        doc.getOrEmpty(Layers.TOKENS).stream()
            .filter(t -> t.span().contains(event.trigger().span().begin()))
            .findFirst()
            .orElse(null);
    boolean verbal = head != null && Pos.isVerbOrModal(head);
    return (verbal ? 0 : 2) + (event.negated() ? 1 : 0);
  }

  /** True when the argument names one of the gold actors, by words or by country code. */
  static boolean matches(EventArgument argument, List<PloverRecord.Actor> gold) {
    if (argument == null || gold.isEmpty()) {
      return false;
    }
    String words = lower(argument.mention().text());
    String name = lower(argument.name());
    for (PloverRecord.Actor actor : gold) {
      String goldWords = lower(actor.text());
      boolean byWords =
          !goldWords.isEmpty()
              && (goldWords.contains(words)
                  || words.contains(goldWords)
                  || goldWords.contains(name)
                  || name.contains(goldWords));
      if (byWords || actor.code().equals(argument.countryCode())) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
