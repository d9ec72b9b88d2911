package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * Verbs that name an act only when an actor does them ("allow", "support"): with a thing of the
 * list as subject ("the break will allow him to", "documents allowing him to marry", "evidence
 * supported the account") they tell what the thing makes possible or shows, and code no event.
 */
final class ThingSubjects {

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would");

  private final Set<String> verbs;
  private final Set<String> things;

  private ThingSubjects(Set<String> verbs, Set<String> things) {
    this.verbs = Set.copyOf(requireNonNull(verbs, "verbs is null"));
    this.things = Set.copyOf(requireNonNull(things, "things is null"));
  }

  /** Loads thing-subject-verbs.tsv. */
  static ThingSubjects load() {
    List<List<String>> rows = WordList.load(ThingSubjects.class, "thing-subject-verbs.tsv").rows();
    return new ThingSubjects(column(rows, "verb"), column(rows, "thing"));
  }

  private static Set<String> column(List<List<String>> rows, String kind) {
    return rows.stream()
        .filter(row -> row.size() > 1 && row.get(1).equals(kind))
        .map(row -> row.get(0).toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /** True when the active verb trigger is one of the list and its subject's head is a thing. */
  boolean hasThingSubject(List<Token> tokens, TriggerMatch trigger) {
    int head = trigger.head();
    Token verb = tokens.get(head);
    if (!verb.isPos("VB")
        || !verbs.contains(verb.lemma().toLowerCase(Locale.ROOT))
        || Arguments.isPassive(tokens, head)) {
      return false;
    }
    int subject = subjectNoun(tokens, head);
    return subject >= 0
        && !tokens.get(subject).isPos("NNP")
        && things.contains(tokens.get(subject).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The index of the noun just before the verb (auxiliaries, modals, adverbs and a relative pronoun
   * skipped: "the law that would allow"), or -1.
   */
  private static int subjectNoun(List<Token> tokens, int head) {
    int at = head - 1;
    while (at >= 0 && isAuxiliary(tokens.get(at))) {
      at--;
    }
    if (at >= 1
        && Set.of("that", "which").contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) {
      at--;
      if (at >= 1 && tokens.get(at).text().equals(",")) {
        at--;
      }
    }
    return at >= 0 && tokens.get(at).isPos("NN") ? at : -1;
  }

  private static boolean isAuxiliary(Token token) {
    return token.isPos("MD")
        || token.isPos("RB")
        || token.isPos("VB") && AUXILIARIES.contains(token.lemma().toLowerCase(Locale.ROOT));
  }
}
