package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Event;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Token;

/**
 * Tells a warning that threatens from one that forecasts. "Police warned that they would disperse
 * the march" threatens (PLOVER THREATEN); "the harbour master warned that fuel could run short"
 * names a danger nobody promises to bring about: no event, only the reported claim it holds.
 */
final class Warnings {

  /** Verbs of warning: the only THREATEN triggers that also report a forecast. */
  private static final Set<String> VERBS = Set.of("warn", "caution");

  /** Roles that can carry out a threat when they are the subject of the warned clause. */
  private static final Set<String> ACTING_ROLES =
      Set.of("government", "military", "police", "rebels", "legislature", "judiciary");

  private Warnings() {}

  /**
   * True when {@code event} is a warning with no one warned that reports a clause ("warned that
   * CLAUSE") whose subject is neither a pronoun (who may be the speaker: "we will", "they would")
   * nor the speaker nor a government, army, police or armed group ("warned that police will no
   * longer tolerate rallies" stays a threat).
   */
  static boolean isForecast(
      Document doc, List<Token> tokens, TriggerMatch trigger, Event event, ActorRoles roles) {
    Token verb = tokens.get(trigger.head());
    if (!event.type().equals("THREATEN")
        || event.target() != null
        || !VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Attribution warning =
        doc.getOrEmpty(Layers.ATTRIBUTIONS).stream()
            .filter(a -> a.cue().span().contains(verb.span()))
            .findFirst()
            .orElse(null);
    if (warning == null) {
      return false;
    }
    List<Token> subject = subject(tokens, warning.content().span());
    if (subject.isEmpty()) {
      return false;
    }
    String words =
        doc.text().substring(subject.get(0).begin(), subject.get(subject.size() - 1).end());
    boolean pronoun = subject.stream().anyMatch(t -> t.isPos("PRP"));
    boolean speaker =
        warning.source().name() != null
            && words
                .toLowerCase(Locale.ROOT)
                .contains(warning.source().name().toLowerCase(Locale.ROOT));
    String role = roles.inWords(words);
    return !pronoun && !speaker && (role == null || !ACTING_ROLES.contains(role));
  }

  /**
   * The content's words in this sentence before its first verb or modal: the warned clause's
   * subject.
   */
  private static List<Token> subject(List<Token> tokens, CharSpan content) {
    List<Token> inside = tokens.stream().filter(t -> content.contains(t.span())).toList();
    for (int i = 0; i < inside.size(); i++) {
      if (Pos.isVerbOrModal(inside.get(i))) {
        return inside.subList(0, i);
      }
    }
    return List.of();
  }
}
