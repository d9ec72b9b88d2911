package org.newsledger.eval.plover;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Event;

/**
 * How many coded events name who acted and on whom, over analyzed articles: the share with an
 * actor, with a target and with both.
 *
 * @param articles number of articles
 * @param events number of events
 * @param withActor events with an actor
 * @param withTarget events with a target
 * @param withBoth events with both
 */
public record EventCoverage(int articles, int events, int withActor, int withTarget, int withBoth) {

  /** Counts the events of analyzed documents. */
  public static EventCoverage of(List<Document> docs) {
    requireNonNull(docs, "docs is null");
    int events = 0;
    int actor = 0;
    int target = 0;
    int both = 0;
    for (Document doc : docs) {
      for (Event event : doc.getOrEmpty(Layers.EVENTS)) {
        events++;
        actor += event.actor() != null ? 1 : 0;
        target += event.target() != null ? 1 : 0;
        both += event.actor() != null && event.target() != null ? 1 : 0;
      }
    }
    return new EventCoverage(docs.size(), events, actor, target, both);
  }

  /** Prints the counts and shares on one line each. */
  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "articles: %d  events: %d%n", articles, events);
    out.printf(
        Locale.ROOT,
        "with actor: %.3f  with target: %.3f  with both: %.3f%n",
        share(withActor),
        share(withTarget),
        share(withBoth));
  }

  private double share(int count) {
    return events == 0 ? 0 : (double) count / events;
  }
}
