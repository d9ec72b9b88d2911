package org.newsledger.attribution;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One entry of cue-verbs.tsv.
 *
 * @param cueClass speech, report, stance, or the mental states belief, intention and perception
 * @param complement what may follow the verb as content
 * @param addressee true when the verb names whom it addresses before its clause ("told reporters
 *     that ...", "asked voters to ..."), so "that" after a noun opens the content
 */
record CueVerb(String cueClass, Complement complement, boolean addressee) {

  /** What a cue verb accepts as its content. */
  enum Complement {
    /** A clause, "that", a colon or a quotation only. */
    CLAUSE,
    /** Also an infinitive: "plans to run". */
    INFINITIVE,
    /** Whatever follows the verb and its adjuncts: "says too much is made of it". */
    ANY
  }

  CueVerb {
    requireNonNull(cueClass, "cueClass is null");
    requireNonNull(complement, "complement is null");
  }

  /**
   * The entry of a word-list row: lemma, class, an optional complement column and an optional
   * "addressee" column.
   */
  static CueVerb of(java.util.List<String> row) {
    Complement complement =
        row.size() > 2
            ? Complement.valueOf(row.get(2).toUpperCase(Locale.ROOT))
            : Complement.CLAUSE;
    boolean addressee = row.size() > 3 && row.get(3).equals("addressee");
    if (row.size() > 3 && !addressee) {
      throw new IllegalArgumentException("unknown cue verb column: " + row);
    }
    return new CueVerb(row.get(1), complement, addressee);
  }

  /** True for a cue whose object is a judgment ("criticized X"), not kept inside other content. */
  boolean isJudgment() {
    return cueClass.equals("judgment");
  }

  /** True for a state of mind (belief, intention, perception) rather than an utterance. */
  boolean isMental() {
    return cueClass.equals("belief")
        || cueClass.equals("intention")
        || cueClass.equals("perception");
  }
}
