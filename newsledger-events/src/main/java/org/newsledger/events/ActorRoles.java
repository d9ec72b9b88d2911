package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.lexicon.WordList;

/**
 * The role of an event actor (government, military, rebels, civilians, media, ...) from the words
 * naming it, its entity's name and titles (actor-roles.tsv), else from the entity's subtype: a
 * country, or a capital standing for it, acts through its government.
 */
final class ActorRoles {

  private static final int LONGEST_PHRASE = 4;

  private final Map<String, String> byPhrase;

  private ActorRoles(Map<String, String> byPhrase) {
    this.byPhrase = Map.copyOf(requireNonNull(byPhrase, "byPhrase is null"));
  }

  /** Loads actor-roles.tsv. */
  static ActorRoles load() {
    Map<String, String> byPhrase = new HashMap<>();
    for (List<String> row : WordList.load(ActorRoles.class, "actor-roles.tsv").rows()) {
      byPhrase.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
    }
    return new ActorRoles(byPhrase);
  }

  /**
   * The role of an actor named by {@code words} in the text, resolved to {@code entity} (or null);
   * null when nothing tells it.
   */
  String of(String words, Entity entity) {
    List<String> texts = new ArrayList<>();
    texts.add(words);
    if (entity != null) {
      texts.addAll(entity.roles());
      texts.add(entity.name());
    }
    for (String text : texts) {
      String role = inWords(text);
      if (role != null) {
        return role;
      }
    }
    return entity == null ? null : bySubtype(entity);
  }

  private static String bySubtype(Entity entity) {
    return switch (entity.subtype()) {
      case "COUNTRY", "GOVERNMENT" -> "government";
      case "MILITARY" -> "military";
      case "MEDIA" -> "media";
      default -> null;
    };
  }

  /** The role of the longest listed phrase in {@code text}; the first one wins a tie. */
  String inWords(String text) {
    String[] words =
        text.toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replaceAll("'s\\b", "")
            .split("[^\\p{L}.\\-]+");
    String best = null;
    int bestLength = 0;
    for (int i = 0; i < words.length; i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 1; n <= LONGEST_PHRASE && i + n <= words.length; n++) {
        phrase.append(n > 1 ? " " : "").append(stripDot(words[i + n - 1]));
        String role = byPhrase.get(phrase.toString());
        if (role != null && n > bestLength) {
          best = role;
          bestLength = n;
        }
      }
    }
    return best;
  }

  /** Drops a sentence-final dot; "u.n." keeps its dots. */
  private static String stripDot(String word) {
    return word.endsWith(".") && word.indexOf('.') == word.length() - 1
        ? word.substring(0, word.length() - 1)
        : word;
  }
}
