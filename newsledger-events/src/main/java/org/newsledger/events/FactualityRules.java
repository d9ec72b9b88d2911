package org.newsledger.events;

import static org.newsledger.events.FactualityCues.Kind.BELIEF;
import static org.newsledger.events.FactualityCues.Kind.DEMAND;
import static org.newsledger.events.FactualityCues.Kind.DENY;
import static org.newsledger.events.FactualityCues.Kind.IMPLICATIVE;
import static org.newsledger.events.FactualityCues.Kind.NEGATIVE;
import static org.newsledger.events.FactualityCues.Kind.PLAN;
import static org.newsledger.events.FactualityCues.Kind.PREVENT;
import static org.newsledger.events.FactualityCues.Kind.SAY;
import static org.newsledger.events.FactualityCues.Kind.UNCERTAIN;

import java.util.List;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.text.Token;

/**
 * The factuality rules over one sentence: what governs the predicate (a verb before its "to", its
 * object or its "that" clause), then the cues of its own clause ({@link ClauseCues}).
 */
final class FactualityRules {

  /** How many governors up a chain ("wants to try to reach") is followed. */
  private static final int MAX_DEPTH = 3;

  private final FactualityCues cues;
  private final ClauseCues clauseCues;

  FactualityRules(FactualityCues cues) {
    this.cues = cues;
    this.clauseCues = new ClauseCues(cues);
  }

  /** The reading of the predicate at sentence-relative {@code head}. */
  Reading read(List<Token> tokens, int head) {
    return read(tokens, head, 0);
  }

  private Reading read(List<Token> tokens, int head, int depth) {
    Reading reading = new Reading();
    int clauseStart = Clauses.start(tokens, head);
    if (clauseCues.isNegated(tokens, head)) {
      reading.negate("negator");
    }
    int to = Governors.infinitiveMarker(tokens, head);
    if (to >= 0) {
      infinitive(tokens, to, depth, reading);
    } else if (!tokens.get(head).isPos("VB") || tokens.get(head).isPos("VBG")) {
      object(tokens, head, depth, reading);
    }
    clauseCues.read(tokens, head, clauseStart, reading);
    thatClause(tokens, clauseStart, reading);
    return reading;
  }

  /** "wants to X", "failed to X", "called on them to X", "seems to X", "went there to X". */
  private void infinitive(List<Token> tokens, int to, int depth, Reading reading) {
    int governor = Governors.beforeInfinitive(tokens, to);
    if (governor >= 0 && !governsInfinitive(tokens.get(governor))) {
      governor = Governors.verbBefore(tokens, governor);
    }
    if (governor < 0) {
      reading.modality(EventModality.PLANNED, "to-infinitive");
      return;
    }
    Token g = tokens.get(governor);
    if (depth < MAX_DEPTH && g.isPos("VB")) {
      reading.inherit(read(tokens, governor, depth + 1).judgment(), "governor");
    }
    if (cues.is(DEMAND, g)) {
      reading.modality(EventModality.DEMANDED, "demand-verb");
    } else if (cues.is(NEGATIVE, g)) {
      reading.flip("negative-verb");
    } else if (cues.is(IMPLICATIVE, g)) {
      reading.modality(EventModality.ASSERTED, "implicative-verb");
    } else if (cues.is(BELIEF, g) || cues.is(UNCERTAIN, g) || cues.is(SAY, g)) {
      reading.hedge("belief-verb");
    } else if (cues.is(PLAN, g)) {
      reading.modality(EventModality.PLANNED, "plan-verb");
    } else {
      reading.modality(EventModality.PLANNED, "to-infinitive");
    }
  }

  private boolean governsInfinitive(Token token) {
    return token.isPos("VB")
        || token.isPos("JJ")
        || token.isPos("NN") && (cues.is(PLAN, token) || cues.is(DEMAND, token));
  }

  /** "prevented an attack", "plans an offensive", "called for a ceasefire", "fears of war". */
  private void object(List<Token> tokens, int head, int depth, Reading reading) {
    int governor = Governors.ofObject(tokens, head);
    if (governor < 0) {
      return;
    }
    Token g = tokens.get(governor);
    if (depth < MAX_DEPTH && g.isPos("VB") && !cues.is(SAY, g)) {
      reading.inherit(read(tokens, governor, depth + 1).judgment(), "governor");
    }
    boolean throughFor = tokens.get(governor + 1).text().equalsIgnoreCase("for");
    if (cues.is(DEMAND, g) && (throughFor || g.isPos("NN"))) {
      reading.modality(EventModality.DEMANDED, "demand-object");
    } else if (g.isPos("VB") && cues.is(PREVENT, g)) {
      reading.modality(EventModality.HYPOTHETICAL, "prevent-object");
    } else if (cues.is(PLAN, g)) {
      reading.modality(EventModality.PLANNED, "plan-object");
    }
  }

  /** "said that X", "believes that X", "denied that X"; a factive verb leaves X asserted. */
  private void thatClause(List<Token> tokens, int clauseStart, Reading reading) {
    int governor = Governors.ofThatClause(tokens, clauseStart);
    if (governor < 0) {
      return;
    }
    Token g = tokens.get(governor);
    if (cues.is(DENY, g)) {
      reading.report("deny-verb");
      reading.hedge("deny-verb");
    } else if (cues.is(BELIEF, g)) {
      reading.hedge("belief-verb");
    } else if (cues.is(SAY, g)) {
      reading.report("report-verb");
    }
  }
}
