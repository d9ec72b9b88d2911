package org.newsledger.events;

import static org.newsledger.events.FactualityCues.Kind.ALTERNATIVE;
import static org.newsledger.events.FactualityCues.Kind.ANNOUNCE;
import static org.newsledger.events.FactualityCues.Kind.CONDITIONAL;
import static org.newsledger.events.FactualityCues.Kind.FUTURE;
import static org.newsledger.events.FactualityCues.Kind.HEDGE;
import static org.newsledger.events.FactualityCues.Kind.LIMITER;
import static org.newsledger.events.FactualityCues.Kind.MODAL;
import static org.newsledger.events.FactualityCues.Kind.NEGATIVE_SUBJECT;
import static org.newsledger.events.FactualityCues.Kind.NEGATOR;
import static org.newsledger.events.FactualityCues.Kind.PLANNED;
import static org.newsledger.events.FactualityCues.Kind.REPORT;
import static org.newsledger.events.FactualityCues.Kind.SAY;
import static org.newsledger.events.FactualityCues.Kind.UNCERTAIN;

import java.util.List;
import java.util.Set;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.text.Quotes;
import org.newsledger.core.text.Token;

/**
 * The factuality cues inside a predicate's own clause: negators and auxiliaries before it,
 * conditionals, questions, report words, hedges and plan modifiers.
 */
final class ClauseCues {

  private static final int AUX_WINDOW = 4;
  private static final int REPORT_WINDOW = 12;

  private final FactualityCues cues;

  ClauseCues(FactualityCues cues) {
    this.cues = cues;
  }

  /** True when a negator stands among the auxiliaries before the predicate ("did not agree"). */
  boolean isNegated(List<Token> tokens, int head) {
    for (int at = head - 1; at >= Math.max(0, head - AUX_WINDOW); at--) {
      Token token = tokens.get(at);
      if (cues.is(NEGATOR, token)) {
        return !cues.is(LIMITER, tokens.get(at + 1));
      }
      if (!isAuxiliaryOrAdverb(token)
          && !token.isPos("DT")
          && !token.isPos("JJ")
          && !Governors.isTo(token)) {
        return false;
      }
    }
    return false;
  }

  /** Records the cues of the clause starting at {@code clauseStart} on {@code reading}. */
  void read(List<Token> tokens, int head, int clauseStart, Reading reading) {
    if (tokens.get(tokens.size() - 1).text().equals("?")) {
      reading.modality(EventModality.HYPOTHETICAL, "question");
    }
    if (isReported(tokens, head, clauseStart)) {
      reading.modality(EventModality.REPORTED, "report-cue");
    }
    if (isConditional(tokens, head, clauseStart)) {
      reading.modality(EventModality.HYPOTHETICAL, "conditional");
    }
    if (tokens.get(head).isPos("NN") && modifiedBy(tokens, head)) {
      reading.modality(EventModality.PLANNED, "plan-cue");
    }
    auxiliaries(tokens, head, clauseStart, reading);
    negationsAndHedges(tokens, head, clauseStart, reading);
    if (saidEarlierInClause(tokens, head, clauseStart)) {
      reading.report("report-verb");
    }
  }

  /** "possibly sent", "rather than send", "No one was hurt". */
  private void negationsAndHedges(List<Token> tokens, int head, int clauseStart, Reading reading) {
    for (int at = clauseStart; at < head; at++) {
      if (cues.is(UNCERTAIN, tokens.get(at))) {
        reading.hedge("uncertain-cue");
      }
    }
    if (head >= 2
        && cues.is(ALTERNATIVE, tokens.get(head - 2))
        && FactualityCues.text(tokens.get(head - 1)).matches("than|of")) {
      reading.negate("rather-than");
    }
    if (hasNegativeSubject(tokens, head, clauseStart)) {
      reading.negate("negative-subject");
    }
  }

  /** "if they refused", "whether he crossed": a conditional word before it, no comma between. */
  private boolean isConditional(List<Token> tokens, int head, int clauseStart) {
    for (int at = head - 1; at >= Math.max(0, clauseStart - 1); at--) {
      Token token = tokens.get(at);
      if (token.text().equals(",") || Quotes.isMark(token.text())) {
        return false;
      }
      if (cues.is(CONDITIONAL, token) && !token.isPos("VB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A negative quantifier heading the subject, only nouns and auxiliaries between it and the verb:
   * "No one was hurt", "None of the doctors were killed".
   */
  private boolean hasNegativeSubject(List<Token> tokens, int head, int clauseStart) {
    if (!tokens.get(head).isPos("VB")) {
      return false;
    }
    for (int at = head - 1; at >= clauseStart; at--) {
      Token token = tokens.get(at);
      if (cues.is(NEGATIVE_SUBJECT, token)) {
        boolean opensSubject = at == clauseStart || !isAuxiliaryOrAdverb(tokens.get(at - 1));
        return opensSubject && !tokens.get(at + 1).isPos("RB");
      }
      if (token.isPos("VB") && !isAuxiliaryOrAdverb(token) || token.text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** "will send", "would send" after "announced", "could send", "is going to send". */
  private void auxiliaries(List<Token> tokens, int head, int clauseStart, Reading reading) {
    Token modal = modalBefore(tokens, head);
    boolean future = modal != null && cues.is(FUTURE, modal) || goingTo(tokens, head);
    boolean would = modal != null && FactualityCues.text(modal).matches("would|'d");
    if ((future || would) && announced(tokens, clauseStart)) {
      reading.modality(EventModality.ANNOUNCED, "announce-cue");
    } else if (future) {
      reading.modality(EventModality.FUTURE, "future-auxiliary");

    } else if (modal != null && cues.is(MODAL, modal)) {
      reading.modality(EventModality.HYPOTHETICAL, "modal-auxiliary");
    }
  }

  /** "reportedly attacked", "reports about the suspension of ...". */
  private boolean isReported(List<Token> tokens, int head, int clauseStart) {
    for (int at = head - 1; at >= Math.max(0, head - REPORT_WINDOW); at--) {
      Token token = tokens.get(at);
      if (cues.is(HEDGE, token) && at >= clauseStart
          || cues.is(REPORT, token) && token.isPos("NN") && prepositionLeadsTo(tokens, at, head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb of saying earlier in the clause with a subject between it and the predicate: "Castro
   * said his government told ...".
   */
  private boolean saidEarlierInClause(List<Token> tokens, int head, int clauseStart) {
    for (int at = clauseStart; at < head - 1; at++) {
      Token token = tokens.get(at);
      if (token.isPos("VB")
          && !token.isPos("VBN")
          && cues.is(SAY, token)
          && !Governors.isTo(tokens.get(at + 1))
          && tokens.get(head).isPos("VB")
          && !tokens.get(head).isPos("VBG")) {
        return true;
      }
    }
    return false;
  }

  private static boolean prepositionLeadsTo(List<Token> tokens, int noun, int head) {
    int before = head - 1;
    while (before > noun && (tokens.get(before).isPos("DT") || tokens.get(before).isPos("JJ"))) {
      before--;
    }
    return before > noun
        && Set.of("about", "of", "on").contains(FactualityCues.lemma(tokens.get(before)));
  }

  private boolean announced(List<Token> tokens, int clauseStart) {
    for (int at = clauseStart - 1; at >= 0 && at >= clauseStart - 6; at--) {
      if (cues.is(ANNOUNCE, tokens.get(at)) && tokens.get(at).isPos("VB")) {
        return true;
      }
    }
    return false;
  }

  private boolean modifiedBy(List<Token> tokens, int head) {
    for (int at = head - 1; at >= Math.max(0, head - 3); at--) {
      Token token = tokens.get(at);
      String text = FactualityCues.text(token);
      int hyphen = text.lastIndexOf('-');
      if (cues.is(PLANNED, token)
          || hyphen > 0 && cues.isWord(PLANNED, text.substring(hyphen + 1))) {
        return true;
      }
    }
    return false;
  }

  private static Token modalBefore(List<Token> tokens, int head) {
    for (int at = head - 1; at >= Math.max(0, head - AUX_WINDOW); at--) {
      Token token = tokens.get(at);
      if (token.isPos("MD")) {
        return token;
      }
      if (!isAuxiliaryOrAdverb(token)) {
        return null;
      }
    }
    return null;
  }

  private static boolean goingTo(List<Token> tokens, int head) {
    int to = Governors.infinitiveMarker(tokens, head);
    return to >= 1 && tokens.get(to - 1).text().equalsIgnoreCase("going");
  }

  private static boolean isAuxiliaryOrAdverb(Token token) {
    return token.isPos("MD")
        || token.isPos("RB")
        || token.isPos("VB") && Set.of("be", "have", "do").contains(FactualityCues.lemma(token));
  }
}
