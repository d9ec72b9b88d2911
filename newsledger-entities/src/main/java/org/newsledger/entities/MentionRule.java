package org.newsledger.entities;

import java.util.List;
import org.newsledger.core.text.Token;

/** One named rule of the mention cascade: proposes mentions in one sentence. */
interface MentionRule {

  /** Proposed mentions in {@code tokens} (one sentence), in sentence-local token indexes. */
  List<Candidate> find(List<Token> tokens);
}
