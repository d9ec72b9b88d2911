package org.newsledger.eval.ledger;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One ECB+ document: its text rebuilt from the tokens (one space between tokens, one line per
 * sentence) and its gold event mentions.
 *
 * @param name file name ("36_1ecbplus.xml")
 * @param topic the topic number (1..45)
 * @param plus true for the ECB+ half of the topic ({@code ecbplus}), false for the ECB half
 * @param text the document text
 * @param events gold event mentions (ACTION_* and NEG_* markables) in text order
 */
public record EcbDocument(
    String name, int topic, boolean plus, String text, List<EcbMention> events) {

  /** Validates and copies the fields. */
  public EcbDocument {
    requireNonNull(name, "name is null");
    requireNonNull(text, "text is null");
    events = List.copyOf(events);
  }

  /** The gold sub-topic: topic number and half ("36ecbplus"). */
  public String subTopic() {
    return topic + (plus ? "ecbplus" : "ecb");
  }
}
