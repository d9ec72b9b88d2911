package org.newsledger.eval.plover;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One PLOVER gold-standard record.
 *
 * @param id record id ("PLOVER-GSR01-AGREE-0001")
 * @param date the date the text is set on, or null
 * @param text the sentence coded
 * @param type the gold event type, in PLOVER 2021 names
 * @param sources gold actors, each as written and its code
 * @param targets gold recipients, each as written and its code
 */
public record PloverRecord(
    String id, String date, String text, String type, List<Actor> sources, List<Actor> targets) {

  /** A gold actor: its words in the text and its code ("USA", "IGO"). */
  public record Actor(String text, String code) {}

  /** Validates and copies the fields. */
  public PloverRecord {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
