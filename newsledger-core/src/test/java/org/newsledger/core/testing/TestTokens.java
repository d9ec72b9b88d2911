package org.newsledger.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.text.Token;

/** Hand-made tokens for tests of word-list matching: words separated by one space. */
public final class TestTokens {

  private TestTokens() {}

  /** Tokens for the words, all with part-of-speech {@code pos}, in one sentence. */
  public static List<Token> of(String pos, String... words) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : words) {
      CharSpan span = new CharSpan(offset, offset + word.length());
      tokens.add(new Token(tokens.size(), span, word, pos, word, "O", 0, "test"));
      offset += word.length() + 1;
    }
    return tokens;
  }
}
