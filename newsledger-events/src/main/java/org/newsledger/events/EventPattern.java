package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One row of the event lexicon: a lemma pattern and the PLOVER coding it gives.
 *
 * @param text the pattern as written ("approve ... operation")
 * @param segments runs of words matched without a gap; a gap of a few words may stand between runs
 * @param pos which part of speech the head word must have: V, N, VN, M (modal) or * (any)
 * @param type PLOVER event type
 * @param mode PLOVER mode, or null
 * @param cameo CAMEO root code
 */
record EventPattern(
    String text, List<List<String>> segments, String pos, String type, String mode, String cameo) {

  private static final String GAP = "...";

  /** Validates and copies the fields. */
  EventPattern {
    requireNonNull(text, "text is null");
    segments = segments.stream().map(List::copyOf).toList();
    requireNonNull(pos, "pos is null");
    requireNonNull(type, "type is null");
    requireNonNull(cameo, "cameo is null");
    if (segments.isEmpty() || segments.get(0).isEmpty()) {
      throw new IllegalArgumentException("empty event pattern '" + text + "'");
    }
  }

  /** Parses a lexicon row: pattern, pos, type, mode ("-" for none), cameo. */
  static EventPattern parse(List<String> row) {
    if (row.size() < 5) {
      throw new IllegalArgumentException("event pattern row needs 5 columns: " + row);
    }
    List<List<String>> segments = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String word : row.get(0).toLowerCase(Locale.ROOT).split("\\s+")) {
      if (word.equals(GAP)) {
        segments.add(current);
        current = new ArrayList<>();
      } else {
        current.add(word);
      }
    }
    segments.add(current);
    String mode = row.get(3).equals("-") ? null : row.get(3);
    return new EventPattern(row.get(0), segments, row.get(1), row.get(2), mode, row.get(4));
  }

  /** The head word, which the lexicon indexes. */
  String head() {
    return segments.get(0).get(0);
  }

  /** Number of words, gaps excluded: longer patterns win. */
  int length() {
    return segments.stream().mapToInt(List::size).sum();
  }

  /** True when a token tagged {@code tag} may be the head; a proper noun ("March") never is. */
  boolean allowsHeadTag(String tag) {
    boolean commonNoun = tag.startsWith("NN") && !tag.startsWith("NNP");
    return switch (pos) {
      case "V" -> tag.startsWith("VB");
      case "N" -> commonNoun;
      case "VN" -> tag.startsWith("VB") || commonNoun;
      case "M" -> tag.equals("MD");
      default -> true;
    };
  }

  @Override
  public String toString() {
    return text + " " + Arrays.asList(pos, type, mode, cameo);
  }
}
