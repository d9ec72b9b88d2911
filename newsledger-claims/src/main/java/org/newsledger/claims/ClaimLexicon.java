package org.newsledger.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.WordList;

/**
 * The editable word lists: hedge cues, dispute cues and the cue verbs that confirm or deny.
 *
 * @param hedges hedge phrases ("reportedly", "is said to")
 * @param disputes dispute phrases ("not the same", "untrue")
 * @param stanceCues cue-verb lemma to the status it gives ("deny" to DENIED)
 */
record ClaimLexicon(
    PhraseIndex<String> hedges, PhraseIndex<String> disputes, Map<String, ClaimStatus> stanceCues) {

  /** Loads the lists from this package's resources. */
  static ClaimLexicon load() {
    PhraseIndex<String> hedges =
        PhraseIndex.of(WordList.load(ClaimLexicon.class, "hedges.tsv"), row -> row.get(0));
    PhraseIndex<String> disputes =
        PhraseIndex.of(WordList.load(ClaimLexicon.class, "dispute-cues.tsv"), row -> row.get(0));
    Map<String, ClaimStatus> stances = new HashMap<>();
    WordList stanceList = WordList.load(ClaimLexicon.class, "stance-cues.tsv");
    for (var row : stanceList.rows()) {
      if (row.size() < 2) {
        throw new IllegalStateException(stanceList.name() + ": no status for " + row.get(0));
      }
      stances.put(row.get(0).toLowerCase(Locale.ROOT), ClaimStatus.valueOf(row.get(1)));
    }
    return new ClaimLexicon(hedges, disputes, Map.copyOf(stances));
  }
}
