package org.newsledger.attribution;

import java.util.Locale;

/**
 * The classes of closed-class words the rules ask about, as function-words.tsv names them (see the
 * file's header for what each holds). {@link Lexicon} checks the file against this list when it
 * loads, so a misspelt class fails at start-up instead of matching nothing.
 */
enum WordClass {
  ABSOLUTE,
  ADJUNCT_PREPOSITION,
  APPROXIMATOR,
  AS,
  COMPLEMENTIZER,
  CONCESSIVE,
  CONCESSIVE_PREPOSITION,
  CONTINUATION,
  COORDINATOR,
  EXEMPLIFIER,
  FIRST_PERSON,
  GROUP_PRONOUN,
  IMPERSONAL_PASSIVE,
  INCLUSIVE,
  MEDIUM,
  MEDIUM_PREPOSITION,
  NEGATION,
  NORM,
  OBJECT_ADJUNCT,
  PERSONAL_PRONOUN,
  PERSONAL_RELATIVE,
  PRIVATIVE,
  QUANTIFIER_PRONOUN,
  RAISING,
  REFERRING,
  SUBORDINATOR,
  TEMPORAL,
  TIME_PHRASE,
  TIME_UNIT,
  TOPIC,
  WH_COMPLEMENT;

  /** The class's name in function-words.tsv: lower case, words joined by '-'. */
  String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The class named {@code fileName} in the word list; throws for a name no class has. */
  static WordClass ofFileName(String fileName) {
    for (WordClass wordClass : values()) {
      if (wordClass.fileName().equals(fileName)) {
        return wordClass;
      }
    }
    throw new IllegalArgumentException("function-words.tsv: unknown word class '" + fileName + "'");
  }
}
