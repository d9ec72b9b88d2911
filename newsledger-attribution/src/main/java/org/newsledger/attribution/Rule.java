package org.newsledger.attribution;

import java.util.List;
import org.newsledger.core.text.Sentence;

/**
 * One sieve of the attribution cascade: finds attributions of one shape in a sentence. The {@link
 * Cascade} names each rule, stamps that name on what it finds and claims the cues; a rule only
 * finds.
 */
interface Rule {

  /**
   * The candidates of this rule's shape in the sentence. {@code claims} holds the cues earlier
   * rules took; a rule may read it to steer its search, and the cascade drops candidates whose cue
   * is taken.
   */
  List<Candidate> find(Article article, Sentence sentence, Claims claims);
}
