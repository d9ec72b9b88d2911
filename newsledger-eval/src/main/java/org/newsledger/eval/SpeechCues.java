package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.lexicon.WordList;

/**
 * Tells speech cues ("said", "told reporters", "has announced") from other attribution cues
 * ("fears", "thinks", "according to"), from the editable list {@code speech-verbs.txt}: a lemma per
 * line, then its irregular forms; regular forms (-s, -es, -ed, -d, -ing, y to -ies/-ied) are
 * derived.
 */
public final class SpeechCues {

  private final Set<String> forms;

  private SpeechCues(Set<String> forms) {
    this.forms = Set.copyOf(forms);
  }

  /** The list shipped with newsledger. */
  public static SpeechCues load() {
    return of(WordList.load(SpeechCues.class, "speech-verbs.txt"));
  }

  /** Speech cues from a word list: lemma, then irregular forms, tab-separated. */
  public static SpeechCues of(WordList list) {
    Set<String> forms = new HashSet<>();
    for (List<String> row : list.rows()) {
      String lemma = row.get(0).toLowerCase(Locale.ROOT);
      forms.addAll(regularForms(lemma));
      row.subList(1, row.size()).forEach(form -> forms.add(form.toLowerCase(Locale.ROOT)));
    }
    return new SpeechCues(forms);
  }

  /** True when one word of the cue is a form of a speech verb. */
  public boolean isSpeech(String cue) {
    requireNonNull(cue, "cue is null");
    for (String word : cue.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (forms.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> regularForms(String lemma) {
    Set<String> forms =
        new HashSet<>(
            List.of(lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"));
    if (lemma.endsWith("e")) {
      forms.add(lemma.substring(0, lemma.length() - 1) + "ing");
    }
    if (lemma.endsWith("y") && lemma.length() > 2) {
      String stem = lemma.substring(0, lemma.length() - 1);
      forms.add(stem + "ies");
      forms.add(stem + "ied");
    }
    return forms;
  }
}
