package org.newsledger.store.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Surname and first name of a person's name, and whether two first names can be one person. */
public final class PersonNames {

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private PersonNames() {}

  /** The name's words, lower-cased, without punctuation or generational suffixes. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      String bare = word.replaceAll("[^\\p{L}\\p{N}'’-]", "").replaceAll("['’]s$", "");
      if (!bare.isEmpty()) {
        words.add(bare);
      }
    }
    while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  /** The last word, lower-cased ("kirby" for "John Kirby", "kirby" for "Kirby"). */
  public static String surname(String name) {
    List<String> words = words(name);
    return words.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : words.get(words.size() - 1);
  }

  /** The first word when the name has more than one, lower-cased; else null. */
  public static String firstName(String name) {
    List<String> words = words(name);
    return words.size() > 1 ? words.get(0) : null;
  }

  /**
   * True when the first names can belong to one person: either is missing, they are equal, or one
   * is the other's initial ("J" and "John").
   */
  public static boolean compatible(String firstName, String otherFirstName) {
    if (firstName == null || otherFirstName == null || firstName.equals(otherFirstName)) {
      return true;
    }
    return isInitialOf(firstName, otherFirstName) || isInitialOf(otherFirstName, firstName);
  }

  private static boolean isInitialOf(String initial, String name) {
    return initial.length() == 1 && name.startsWith(initial);
  }
}
