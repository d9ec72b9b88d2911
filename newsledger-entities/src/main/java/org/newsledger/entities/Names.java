package org.newsledger.entities;

import java.util.List;
import java.util.Locale;

/** Turns mention texts into names: without a leading article . */
final class Names {

  private static final List<String> ARTICLES = List.of("the ", "a ", "an ");

  private Names() {}

  /** The text without a leading "the", "a" or "an". */
  static String withoutDeterminer(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String article : ARTICLES) {
      if (lower.startsWith(article) && text.length() > article.length()) {
        return text.substring(article.length()).strip();
      }
    }
    return text;
  }

  /** Number of words in a name. */
  static int wordCount(String name) {
    return name.isBlank() ? 0 : name.strip().split("\\s+").length;
  }

  /** The last word of a name, lower case. */
  static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return Lexicon.key(words[words.length - 1]);
  }
}
