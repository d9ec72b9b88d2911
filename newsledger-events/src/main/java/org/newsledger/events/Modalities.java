package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * Negation and modality of a trigger from the words before it, with cue words from
 * modality-cues.tsv.
 */
final class Modalities {

  /** A modality and the name of the cue rule that decided it. */
  record Decision(EventModality modality, String rule) {}

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "without");
  private static final int AUX_WINDOW = 4;
  private static final int REPORT_WINDOW = 12;

  private final Set<String> demandVerbs;
  private final Set<String> planVerbs;
  private final Set<String> planModifiers;
  private final Set<String> announceVerbs;
  private final Set<String> reportNouns;
  private final Set<String> hedges;

  private Modalities(WordList cues) {
    demandVerbs = column(cues, "DEMAND");
    planVerbs = column(cues, "PLAN");
    planModifiers = column(cues, "PLANNED");
    announceVerbs = column(cues, "ANNOUNCE");
    reportNouns = column(cues, "REPORT");
    hedges = column(cues, "HEDGE");
  }

  /** Loads modality-cues.tsv. */
  static Modalities load() {
    return new Modalities(WordList.load(Modalities.class, "modality-cues.tsv"));
  }

  private static Set<String> column(WordList cues, String kind) {
    return Set.copyOf(
        cues.rows().stream()
            .filter(row -> row.size() > 1 && row.get(1).equals(kind))
            .map(row -> row.get(0).toLowerCase(Locale.ROOT))
            .toList());
  }

  /** True when a negator stands among the auxiliaries before the trigger ("did not agree"). */
  static boolean isNegated(List<Token> tokens, int head) {
    for (int at = head - 1; at >= Math.max(0, head - AUX_WINDOW); at--) {
      Token token = tokens.get(at);
      if (NEGATORS.contains(token.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!isAuxiliaryOrAdverb(token) && !token.isPos("DT") && !token.isPos("JJ")) {
        return false;
      }
    }
    return false;
  }

  /** How the text presents the event at {@code head}, whose clause starts at clauseStart. */
  Decision decide(List<Token> tokens, int head, int clauseStart) {
    int before = skipAuxiliaries(tokens, head);
    Token governor = before >= 1 && isTo(tokens.get(before)) ? verbBefore(tokens, before) : null;
    if (governor != null && demandVerbs.contains(lemma(governor))) {
      return new Decision(EventModality.DEMANDED, "demand-verb");
    }
    if (isReported(tokens, head, clauseStart)) {
      return new Decision(EventModality.REPORTED, "report-cue");
    }
    if (governor != null && planVerbs.contains(lemma(governor))
        || tokens.get(head).isPos("NN") && modifiedBy(tokens, head, planModifiers)) {
      return new Decision(EventModality.PLANNED, "plan-cue");
    }
    String modal = String.valueOf(modalBefore(tokens, head));
    boolean future =
        Set.of("will", "shall", "'ll", "wo").contains(modal) || goingTo(tokens, before);
    if ((future || "would".equals(modal)) && announced(tokens, clauseStart)) {
      return new Decision(EventModality.ANNOUNCED, "announce-cue");
    }
    if (future) {
      return new Decision(EventModality.FUTURE, "future-auxiliary");
    }
    if (Set.of("would", "could", "might", "may").contains(modal)
        || clauseStart > 0 && Set.of("if", "unless").contains(lemma(tokens.get(clauseStart - 1)))) {
      return new Decision(EventModality.HYPOTHETICAL, "conditional");
    }
    return new Decision(EventModality.ASSERTED, "default");
  }

  private boolean isReported(List<Token> tokens, int head, int clauseStart) {
    for (int at = head - 1; at >= Math.max(0, head - REPORT_WINDOW); at--) {
      String word = lemma(tokens.get(at));
      if (hedges.contains(word) && at >= clauseStart
          || reportNouns.contains(word)
              && tokens.get(at).isPos("NN")
              && prepositionLeadsTo(tokens, at, head)) {
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
    return before > noun && Set.of("about", "of", "on").contains(lemma(tokens.get(before)));
  }

  private boolean announced(List<Token> tokens, int clauseStart) {
    for (int at = clauseStart - 1; at >= 0 && at >= clauseStart - 6; at--) {
      if (announceVerbs.contains(lemma(tokens.get(at))) && tokens.get(at).isPos("VB")) {
        return true;
      }
    }
    return false;
  }

  private static boolean modifiedBy(List<Token> tokens, int head, Set<String> words) {
    for (int at = head - 1; at >= Math.max(0, head - 3); at--) {
      String text = tokens.get(at).text().toLowerCase(Locale.ROOT);
      if (words.contains(lemma(tokens.get(at)))
          || words.contains(text)
          || words.stream().anyMatch(w -> text.endsWith("-" + w))) {
        return true;
      }
    }
    return false;
  }

  private static String modalBefore(List<Token> tokens, int head) {
    for (int at = head - 1; at >= Math.max(0, head - AUX_WINDOW); at--) {
      Token token = tokens.get(at);
      if (token.isPos("MD")) {
        return token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      }
      if (!isAuxiliaryOrAdverb(token)) {
        return null;
      }
    }
    return null;
  }

  private static boolean goingTo(List<Token> tokens, int to) {
    return to >= 1 && isTo(tokens.get(to)) && tokens.get(to - 1).text().equalsIgnoreCase("going");
  }

  /** Index of the first word before the trigger that is no auxiliary, adverb or negator. */
  private static int skipAuxiliaries(List<Token> tokens, int head) {
    int at = head - 1;
    while (at >= 0
        && (tokens.get(at).isPos("RB")
            || tokens.get(at).isPos("MD")
            || Set.of("be", "have").contains(lemma(tokens.get(at))))) {
      at--;
    }
    return at;
  }

  private static Token verbBefore(List<Token> tokens, int to) {
    for (int at = to - 1; at >= Math.max(0, to - 6); at--) {
      if (tokens.get(at).isPos("VB")) {
        return tokens.get(at);
      }
    }
    return null;
  }

  private static boolean isAuxiliaryOrAdverb(Token token) {
    return token.isPos("MD")
        || token.isPos("RB")
        || token.isPos("VB") && Set.of("be", "have", "do").contains(lemma(token));
  }

  private static boolean isTo(Token token) {
    return token.isPos("TO") || token.text().equalsIgnoreCase("to");
  }

  private static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
