package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Interface phrases ("Advertisement", "Share this article") that are never article text. */
final class UiPhrases {

  private static final Set<String> PHRASES = load("ui-phrases.txt");
  private static final int LONGEST = 8;
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:©|\\(c\\)|copyright\\b|image copyright|photo:|credit:)", Pattern.CASE_INSENSITIVE);

  private UiPhrases() {}

  /** Whether the block's words, lower-cased, are one of the phrases. */
  static boolean isUiPhrase(String block) {
    String words = words(block);
    if (CREDIT.matcher(block).lookingAt() && words.split(" ").length <= LONGEST) {
      return true;
    }
    return words.split(" ").length <= LONGEST && PHRASES.contains(words);
  }

  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static Set<String> load(String name) {
    Set<String> phrases = new HashSet<>();
    try (InputStream in = UiPhrases.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          phrases.add(words(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(phrases);
  }
}
