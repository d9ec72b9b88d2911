package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * An infinitive that completes a noun of capacity or entitlement ("the right to defend itself",
 * "the authority to arrest"): it names what someone may do, not an act, and codes no event.
 */
final class CapacityInfinitives {

  private static final Set<String> NOUNS =
      WordList.load(CapacityInfinitives.class, "capacity-nouns.tsv").firstColumnLowerCase();

  private CapacityInfinitives() {}

  /** True when the verb trigger is the infinitive of a noun from capacity-nouns.tsv. */
  static boolean completesCapacityNoun(List<Token> tokens, TriggerMatch trigger) {
    int to = Governors.infinitiveMarker(tokens, trigger.head());
    if (to < 1) {
      return false;
    }
    Token noun = tokens.get(to - 1);
    // singular only: "in defiance of the authorities to demand reforms" names people; after a
    // determiner the word is a noun whatever its tag ("the right to defend")
    Token before = to >= 2 ? tokens.get(to - 2) : null;
    boolean determined = before != null && (before.isPos("DT") || before.isPos("PRP$"));
    return NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))
        && (noun.pos().equals("NN") || determined && noun.isPos("JJ"));
  }
}
