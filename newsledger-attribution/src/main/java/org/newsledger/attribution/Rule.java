package org.newsledger.attribution;

import java.util.List;
import org.newsledger.core.text.Sentence;

/** One sieve of the attribution cascade: finds attributions of one shape in a sentence. */
interface Rule {

  /** The rule name written into the output ("attribution:according-to"). */
  String name();

  /** The attributions of this rule's shape in the sentence; cues already claimed are skipped. */
  List<Finding> find(Article article, Sentence sentence, Claims claims);
}
