package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * Generic or definitional sentences ("Officially, the monarch is allowed to prorogue Parliament"):
 * they state a rule or a habit, not something that happened, and a PLOVER coder codes no event.
 */
final class GenericSentences {

  private static final Set<String> DASHES = Set.of("—", "–", "--", "(", ")");

  private final List<List<String>> cues;

  private GenericSentences(List<List<String>> cues) {
    this.cues = List.copyOf(requireNonNull(cues, "cues is null"));
  }

  /** Loads generic-cues.tsv. */
  static GenericSentences load() {
    return new GenericSentences(
        WordList.load(GenericSentences.class, "generic-cues.tsv").firstColumnLowerCase().stream()
            .map(phrase -> List.of(phrase.split(" ")))
            .toList());
  }

  /**
   * True when the sentence holds a generic cue, no time expression ({@code dated} false) and,
   * outside dashes and brackets, no verb in the past tense and no "will" or "would".
   */
  boolean isGeneric(List<Token> tokens, boolean dated) {
    return !dated && hasCue(tokens) && !tellsWhen(tokens);
  }

  private boolean hasCue(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (List<String> cue : cues) {
        if (matchesAt(tokens, i, cue)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(List<Token> tokens, int at, List<String> cue) {
    if (at + cue.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < cue.size(); k++) {
      if (!tokens.get(at + k).text().toLowerCase(Locale.ROOT).equals(cue.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean tellsWhen(List<Token> tokens) {
    boolean aside = false;
    for (Token token : tokens) {
      String word = token.text().toLowerCase(Locale.ROOT);
      if (DASHES.contains(word)) {
        aside = !aside;
      } else if (!aside && (token.isPos("VBD") || word.equals("will") || word.equals("would"))) {
        return true;
      }
    }
    return false;
  }
}
