package org.newsledger.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Body extraction scored as score.py of the html-extraction set does: lower-cased word tokens (each
 * Han, Hiragana or Katakana character a token of its own), multisets of word 4-gram shingles,
 * precision and recall of their intersection, exact match of the token lists.
 */
public final class ShingleScores {

  private static final int N = 4;

  private ShingleScores() {}

  /**
   * One page's figures.
   *
   * @param precision share of predicted shingles in the gold, or null for an empty prediction
   * @param recall share of gold shingles predicted
   * @param f1 harmonic mean, 0 for an empty prediction
   * @param exact whether the token lists are equal
   */
  public record PageScore(Double precision, double recall, double f1, boolean exact) {

    /** Whether the prediction had no shingle. */
    public boolean empty() {
      return precision == null;
    }
  }

  /** Scores a predicted body against the gold body. */
  public static PageScore score(String predicted, String gold) {
    List<String> predictedTokens = tokens(predicted);
    List<String> goldTokens = tokens(gold);
    Map<List<String>, Integer> predictedShingles = shingles(predictedTokens);
    Map<List<String>, Integer> goldShingles = shingles(goldTokens);
    boolean exact = predictedTokens.equals(goldTokens);
    if (predictedShingles.isEmpty()) {
      return new PageScore(null, 0.0, 0.0, exact);
    }
    int common = 0;
    for (Map.Entry<List<String>, Integer> entry : predictedShingles.entrySet()) {
      common += Math.min(entry.getValue(), goldShingles.getOrDefault(entry.getKey(), 0));
    }
    double precision = (double) common / size(predictedShingles);
    int goldSize = size(goldShingles);
    double recall = goldSize == 0 ? 0.0 : (double) common / goldSize;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    return new PageScore(precision, recall, f1, exact);
  }

  /** Lower-cased word tokens: runs of letters, digits and "_", CJK characters one by one. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (isCjk(c)) {
        flush(word, tokens);
        tokens.add(new String(Character.toChars(c)));
      } else if (isWordChar(c)) {
        word.appendCodePoint(c);
      } else {
        flush(word, tokens);
      }
    }
    flush(word, tokens);
    return tokens;
  }

  /** Number of tokens of a text. */
  public static int wordCount(String text) {
    return tokens(text).size();
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isWordChar(int c) {
    if (Character.isLetterOrDigit(c) || c == '_') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static boolean isCjk(int c) {
    return (c >= 0x3040 && c <= 0x30ff)
        || (c >= 0x3400 && c <= 0x4dbf)
        || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0x20000 && c <= 0x2fa1f);
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> shingles = new HashMap<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    if (tokens.size() < N) {
      shingles.put(List.copyOf(tokens), 1);
      return shingles;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      shingles.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return shingles;
  }

  private static int size(Map<List<String>, Integer> shingles) {
    return shingles.values().stream().mapToInt(Integer::intValue).sum();
  }
}
