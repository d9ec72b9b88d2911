package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.TokenRange;
import org.newsledger.core.text.Token;

/**
 * The clause an event is told in, with its subject: a main clause keeps the subject that a relative
 * clause interrupts ("Okafor, who chairs the council, thanked ..."), a subject relative ends at its
 * closing comma and starts at the noun it describes, and a subordinate clause with no subject of
 * its own ("injured after being attacked") is told with the clause it depends on.
 */
final class EventSpans {

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whom", "whose");

  private EventSpans() {}

  /** Sentence-relative token range of the clause of the trigger whose words are head..last. */
  static TokenRange of(List<Token> tokens, int head, int last) {
    int start = Clauses.start(tokens, head);
    int end = Math.max(Clauses.end(tokens, head), last + 1);
    int relative = relativeBefore(tokens, head);
    if (relative > 0) {
      // the trigger follows a relative clause: it is the verb of the noun the clause describes
      return new TokenRange(Clauses.start(tokens, Math.max(relative - 2, 0)), end);
    }
    if (isNonRestrictive(tokens, start)) {
      int close = closingComma(tokens, start, end);
      if (close >= 0 && close < head) {
        // the relative clause closed before the trigger: "Kosovo, which X does not recognize,
        // and the request of Y"
        int after = close + 1 < head && tokens.get(close + 1).isPos("CC") ? close + 2 : close + 1;
        return new TokenRange(after, end);
      }
      end = close > last ? close : end;
      start = startsWithVerb(tokens, start) ? Clauses.start(tokens, Math.max(start - 3, 0)) : start;
    } else if (isSubjectless(tokens, start)) {
      start = Clauses.start(tokens, start - 2);
    }
    return new TokenRange(start, end);
  }

  /**
   * Index of "who" or "which" in ", who chairs the council, thanked": the relative clause that
   * closes with the comma right before the verb at {@code head} (auxiliaries and adverbs between),
   * or -1.
   */
  private static int relativeBefore(List<Token> tokens, int head) {
    int comma = head - 1;
    while (comma >= 0 && isVerbGroupWord(tokens.get(comma))) {
      comma--;
    }
    if (comma < 0 || !tokens.get(comma).text().equals(",") || !tokens.get(head).isPos("VB")) {
      return -1;
    }
    for (int at = comma - 1; at >= 1 && !tokens.get(at).text().equals(","); at--) {
      if (isNonRestrictive(tokens, at + 1)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isVerbGroupWord(Token token) {
    return token.isPos("RB") || token.isPos("MD") || token.isPos("VB");
  }

  /** True when the clause opens after ", who" or ", which". */
  private static boolean isNonRestrictive(List<Token> tokens, int start) {
    return start >= 2
        && RELATIVE_PRONOUNS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))
        && tokens.get(start - 2).text().equals(",");
  }

  /** Index of the comma that closes a relative clause: the first one after its start, or -1. */
  private static int closingComma(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (tokens.get(i).text().equals(",")) {
        return i;
      }
    }
    return -1;
  }

  /** True when the clause has no subject: it opens on its verb ("who was arrested"). */
  private static boolean startsWithVerb(List<Token> tokens, int start) {
    int at = start;
    while (at < tokens.size() && tokens.get(at).isPos("RB")) {
      at++;
    }
    return at < tokens.size() && (tokens.get(at).isPos("VB") || tokens.get(at).isPos("MD"));
  }

  /**
   * True for a clause opened by a subordinator and a participle ("after being attacked", "before
   * leaving"): its subject is the subject of the clause it depends on.
   */
  private static boolean isSubjectless(List<Token> tokens, int start) {
    if (start < 2 || start >= tokens.size()) {
      return false;
    }
    Token opener = tokens.get(start - 1);
    Token first = tokens.get(start);
    boolean subordinator = opener.isPos("IN") && !opener.text().equalsIgnoreCase("that");
    return subordinator && (first.isPos("VBG") || first.isPos("VBN"));
  }
}
