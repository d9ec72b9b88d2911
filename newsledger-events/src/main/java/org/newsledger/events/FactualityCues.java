package org.newsledger.events;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/** The editable cue words of factuality-cues.tsv, by kind. */
final class FactualityCues {

  /** The kinds of cue; see factuality-cues.tsv for what each does. */
  enum Kind {
    NEGATOR,
    LIMITER,
    ALTERNATIVE,
    NEGATIVE_SUBJECT,
    NEGATIVE,
    PREVENT,
    IMPLICATIVE,
    DEMAND,
    PLAN,
    PLANNED,
    ANNOUNCE,
    FUTURE,
    MODAL,
    CONDITIONAL,
    REPORT,
    HEDGE,
    UNCERTAIN,
    BELIEF,
    SAY,
    FACTIVE,
    DENY
  }

  private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);

  private FactualityCues(WordList list) {
    for (Kind kind : Kind.values()) {
      words.put(kind, new HashSet<>());
    }
    for (List<String> row : list.rows()) {
      if (row.size() < 2) {
        throw new IllegalArgumentException("factuality cue row needs 2 columns: " + row);
      }
      words.get(Kind.valueOf(row.get(1))).add(row.get(0).toLowerCase(Locale.ROOT));
    }
  }

  /** Loads factuality-cues.tsv. */
  static FactualityCues load() {
    return of(WordList.load(FactualityCues.class, "factuality-cues.tsv"));
  }

  /** The cues of the rows of {@code list}. */
  static FactualityCues of(WordList list) {
    return new FactualityCues(list);
  }

  /**
   * True when the token's lemma or its text (lower case, curly apostrophe made straight) is one.
   */
  boolean is(Kind kind, Token token) {
    Set<String> set = words.get(kind);
    return set.contains(lemma(token)) || set.contains(text(token));
  }

  /** True when {@code word} (lower case) is a cue of {@code kind}. */
  boolean isWord(Kind kind, String word) {
    return words.get(kind).contains(word);
  }

  /** The token's lemma, lower case. */
  static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }

  /** The token's text, lower case, with a straight apostrophe. */
  static String text(Token token) {
    return token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
