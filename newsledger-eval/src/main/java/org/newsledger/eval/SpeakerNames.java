package org.newsledger.eval;

import java.util.List;

/**
 * Text folding and speaker matching exactly as score_attributions.py does them: {@code norm},
 * {@code norm_name} and {@code name_match} (whole-word containment either way, at least 4 chars).
 */
public final class SpeakerNames {

  private static final int MIN_CONTAINED_LENGTH = 4;

  private SpeakerNames() {}

  /** Lower-cased, curly quotes made straight, white space collapsed. */
  public static String norm(String s) {
    String lowered =
        PythonTexts.lower(s)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"');
    return PythonTexts.collapseSpace(lowered);
  }

  /** {@link #norm}, punctuation but {@code ' -} made spaces, a leading article cut. */
  public static String normName(String s) {
    StringBuilder kept = new StringBuilder();
    norm(s)
        .codePoints()
        .forEach(
            codePoint -> {
              boolean keep =
                  PythonTexts.isWord(codePoint)
                      || PythonTexts.isSpace(codePoint)
                      || codePoint == '\''
                      || codePoint == '-';
              kept.appendCodePoint(keep ? codePoint : ' ');
            });
    String collapsed = PythonTexts.collapseSpace(kept.toString());
    for (String article : List.of("the ", "a ", "an ")) {
      if (collapsed.startsWith(article)) {
        return collapsed.substring(article.length());
      }
    }
    return collapsed;
  }

  /** True when {@code system} names one of the {@code aliases} (null or blank never matches). */
  public static boolean matches(String system, List<String> aliases) {
    String systemName = normName(system == null ? "" : system);
    if (systemName.isEmpty()) {
      return false;
    }
    for (String alias : aliases) {
      String aliasName = normName(alias);
      if (aliasName.isEmpty()) {
        continue;
      }
      if (systemName.equals(aliasName)
          || containsWord(systemName, aliasName)
          || containsWord(aliasName, systemName)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code small} (4+ chars) occurs in {@code big} not inside a longer word. */
  static boolean containsWord(String big, String small) {
    if (PythonTexts.length(small) < MIN_CONTAINED_LENGTH) {
      return false;
    }
    for (int at = big.indexOf(small); at >= 0; at = big.indexOf(small, at + 1)) {
      int end = at + small.length();
      boolean freeBefore = at == 0 || !isWordBefore(big.codePointBefore(at));
      boolean freeAfter = end == big.length() || !isWordAfter(big.codePointAt(end));
      if (freeBefore && freeAfter) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordBefore(int codePoint) {
    return PythonTexts.isWord(codePoint) || codePoint == '\'' || codePoint == '-';
  }

  private static boolean isWordAfter(int codePoint) {
    return PythonTexts.isWord(codePoint) || codePoint == '-';
  }
}
