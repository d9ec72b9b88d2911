package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.Source;
import org.newsledger.core.text.Token;

/** The speaker of an attribution as an event actor: "X" in "X said Y must withdraw". */
final class Speakers {

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> THIRD_PERSON = Set.of("it", "they", "he", "she");

  private Speakers() {}

  /**
   * The source of attribution {@code attributionId} as an argument, through the last mention inside
   * the source's words (its head: "Jack Straw" in "Foreign Secretary Jack Straw"), or null.
   */
  static EventArgument of(Document doc, String attributionId, SentenceContext s) {
    if (attributionId == null) {
      return null;
    }
    Source source =
        doc.getOrEmpty(Layers.ATTRIBUTIONS).stream()
            .filter(a -> a.id().equals(attributionId))
            .map(Attribution::source)
            .findFirst()
            .orElse(null);
    if (source == null || source.mention() == null) {
      return null;
    }
    CharSpan words = source.mention().span();
    Mention head = null;
    for (Mention m : doc.get(Layers.MENTIONS)) {
      if (words.contains(m.span()) && (head == null || m.span().begin() >= head.span().end())) {
        head = m;
      }
    }
    return head == null ? null : s.argument(head);
  }

  /** The words that name the source of attribution {@code attributionId}, or null. */
  static String sourceWords(Document doc, String attributionId) {
    return doc.getOrEmpty(Layers.ATTRIBUTIONS).stream()
        .filter(a -> a.id().equals(attributionId) && a.source().mention() != null)
        .map(a -> a.source().mention().text())
        .findFirst()
        .orElse(null);
  }

  /**
   * The subject of the reporting verb of attribution {@code attributionId} when that verb lies in
   * the sentence ("The port authority" in "The port authority said it had offered"), or null.
   */
  static PlacedMention subjectOfCue(Document doc, String attributionId, SentenceContext s) {
    CharSpan cue =
        doc.getOrEmpty(Layers.ATTRIBUTIONS).stream()
            .filter(a -> a.id().equals(attributionId))
            .map(a -> a.cue().span())
            .findFirst()
            .orElse(null);
    List<Token> tokens = s.tokens();
    for (int at = 0; cue != null && at < tokens.size(); at++) {
      if (tokens.get(at).isPos("VB") && cue.overlaps(tokens.get(at).span())) {
        return Subjects.find(s, at, Clauses.start(tokens, at));
      }
    }
    return null;
  }

  /**
   * The subject of the verb whose complement clause starts at {@code clauseStart} ("declared" in
   * "The administration declared that China must ..."), or null.
   */
  static PlacedMention subjectOfGoverningVerb(SentenceContext s, int clauseStart) {
    int verb = Governors.ofThatClause(s.tokens(), clauseStart);
    if (verb < 0) {
      verb = Governors.verbBefore(s.tokens(), clauseStart);
    }
    return verb < 0 ? null : Subjects.find(s, verb, Clauses.start(s.tokens(), verb));
  }

  /**
   * The subject pronoun "it", "they", "he" or "she" right before the verb at head (auxiliaries and
   * adverbs between allowed), lower case, or null.
   */
  static String pronounSubject(List<Token> tokens, int clauseStart, int head) {
    if (!tokens.get(head).isPos("VB")) {
      return null;
    }
    int at = head - 1;
    while (at >= clauseStart && isAuxiliary(tokens.get(at))) {
      at--;
    }
    if (at < clauseStart || !tokens.get(at).isPos("PRP")) {
      return null;
    }
    String word = tokens.get(at).text().toLowerCase(Locale.ROOT);
    return THIRD_PERSON.contains(word) ? word : null;
  }

  private static boolean isAuxiliary(Token token) {
    return token.isPos("MD")
        || token.isPos("RB")
        || token.isPos("VB") && Set.of("be", "have", "do").contains(token.lemma());
  }

  /** True when "I" or "we" is the last pronoun before the verb in its clause. */
  static boolean firstPersonSubject(List<Token> tokens, int clauseStart, int head) {
    for (int at = head - 1; at >= clauseStart; at--) {
      if (tokens.get(at).isPos("PRP")) {
        return FIRST_PERSON.contains(tokens.get(at).text().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }
}
