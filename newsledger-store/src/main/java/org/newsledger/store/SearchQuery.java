package org.newsledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * The search syntax a user types, turned into an SQLite FTS5 query: words (all required), {@code
 * "an exact phrase"}, {@code prefix*} and {@code OR} between two terms. Nothing else is an
 * operator: each word is quoted, so FTS5 syntax in the text ({@code NEAR}, {@code :}, {@code ^},
 * parentheses) is searched as plain words or dropped. Only the first {@link #MAX_TERMS} terms are
 * searched, so a huge query costs no more than a long one.
 */
final class SearchQuery {

  /** Terms searched at most; later ones are ignored. */
  static final int MAX_TERMS = 64;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String OR = "OR";

  private SearchQuery() {}

  /** The FTS5 query for {@code text}; empty when it holds no word; throws for a malformed one. */
  static String toFts(String text) {
    List<String> parts = new ArrayList<>();
    int terms = 0;
    int i = 0;
    while (i < text.length() && terms < MAX_TERMS) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          throw malformed("a quotation mark opens a phrase that is never closed");
        }
        List<String> words = words(text.substring(i + 1, close));
        if (!words.isEmpty()) {
          parts.add('"' + String.join(" ", words) + '"');
          terms++;
        }
        i = close + 1;
      } else {
        int end = i;
        while (end < text.length()
            && !Character.isWhitespace(text.charAt(end))
            && text.charAt(end) != '"') {
          end++;
        }
        String run = text.substring(i, end);
        if (run.equals(OR)) {
          parts.add(OR);
        } else {
          List<String> words = words(run);
          for (int w = 0; w < words.size() && terms < MAX_TERMS; w++, terms++) {
            boolean prefix = w == words.size() - 1 && run.endsWith("*");
            parts.add('"' + words.get(w) + '"' + (prefix ? "*" : ""));
          }
        }
        i = end;
      }
    }
    return joined(parts, terms >= MAX_TERMS);
  }

  private static String joined(List<String> parts, boolean capped) {
    if (capped && !parts.isEmpty() && parts.get(parts.size() - 1).equals(OR)) {
      parts.remove(parts.size() - 1);
    }
    for (int k = 0; k < parts.size(); k++) {
      boolean operator = parts.get(k).equals(OR);
      if (operator && (k == 0 || k == parts.size() - 1 || parts.get(k + 1).equals(OR))) {
        throw malformed("OR needs a term on each side");
      }
    }
    return String.join(" ", parts);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static NewsledgerException malformed(String reason) {
    return new NewsledgerException(
        ErrorCode.INPUT_MALFORMED,
        "bad search query: "
            + reason
            + " (supported: words, \"a phrase\", prefix*, and OR between two terms)");
  }
}
