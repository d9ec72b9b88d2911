package org.newsledger.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * Tells a labour strike ("dockworkers extend their strike", "a two-week strike") from a military
 * one ("a missile strike on the compound") by the words of the sentence, from an editable list.
 */
final class StrikeSenses {

  private static final String STRIKE = "strike";

  private final Set<String> labour = new HashSet<>();
  private final Set<String> military = new HashSet<>();
  private final Set<String> durations = new HashSet<>();

  private StrikeSenses(WordList list) {
    for (List<String> row : list.rows()) {
      if (row.size() < 2) {
        throw new IllegalArgumentException("strike sense row needs 2 columns: " + row);
      }
      String word = row.get(0).toLowerCase(Locale.ROOT);
      switch (row.get(1)) {
        case "labour" -> labour.add(word);
        case "military" -> military.add(word);
        case "duration" -> durations.add(word);
        default -> throw new IllegalArgumentException("unknown strike sense: " + row);
      }
    }
  }

  /** Loads strike-senses.tsv. */
  static StrikeSenses load() {
    return of(WordList.load(StrikeSenses.class, "strike-senses.tsv"));
  }

  /** The senses of the rows of {@code list}. */
  static StrikeSenses of(WordList list) {
    return new StrikeSenses(list);
  }

  /** The match recoded as a labour protest when its sentence speaks of work, else unchanged. */
  TriggerMatch resolve(TriggerMatch match, List<Token> tokens) {
    EventPattern p = match.pattern();
    if (!p.text().equals(STRIKE) || !p.type().equals("ASSAULT") || !isLabour(tokens)) {
      return match;
    }
    EventPattern labourStrike =
        new EventPattern("strike (labour sense)", p.segments(), p.pos(), "PROTEST", STRIKE, "14");
    return new TriggerMatch(labourStrike, match.tokens());
  }

  private boolean isLabour(List<Token> tokens) {
    boolean labourCue = false;
    for (Token token : tokens) {
      String lemma = token.lemma().toLowerCase(Locale.ROOT);
      String text = token.text().toLowerCase(Locale.ROOT);
      List<String> parts = text.contains("-") ? List.of(text.split("-")) : List.of();
      if (military.contains(lemma)
          || military.contains(text)
          || parts.stream().anyMatch(military::contains)) {
        return false;
      }
      labourCue |=
          labour.contains(lemma)
              || labour.contains(text)
              || parts.stream().anyMatch(w -> labour.contains(w) || durations.contains(w));
    }
    return labourCue;
  }
}
