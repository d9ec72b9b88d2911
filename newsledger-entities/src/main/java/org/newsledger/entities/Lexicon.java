package org.newsledger.entities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.WordList;

/** Every word list the entity stages read, loaded once and shared. Immutable after loading. */
final class Lexicon {

  /** A building or place standing for an institution ("the Kremlin"). */
  record Seat(String countryCode, String institution, String subtype) {}

  /** A noun after a demonym: an organization of its own, or the state itself. */
  record Institution(boolean isState, String subtype) {}

  /** A person from the gazetteer. */
  record Person(String name, String role, String gender) {}

  /** A pronoun's gender ("M", "F" or "-") and number ("S" or "P"). */
  record Pronoun(String gender, boolean plural) {}

  final Countries countries = Countries.load();
  final CasedIndex<Seat> seats = new CasedIndex<>();
  final PhraseIndex<Institution> institutions =
      PhraseIndex.of(
          load("institutions.tsv"),
          row ->
              new Institution(
                  row.get(1).equals("STATE"),
                  row.size() > 2 && !row.get(2).equals("-") ? row.get(2) : ""));
  final PhraseIndex<String> titles = PhraseIndex.of(load("titles.tsv"), row -> row.get(1));
  final CasedIndex<String> outlets = new CasedIndex<>();
  final PhraseIndex<String> outletHeads = PhraseIndex.of(load("outlet-heads.tsv"), row -> "");
  final PhraseIndex<String> facilityHeads = PhraseIndex.of(load("facility-heads.tsv"), row -> "");
  final PhraseIndex<String> officeNouns = PhraseIndex.of(load("office-nouns.tsv"), row -> "");
  final PhraseIndex<String> groupNouns = PhraseIndex.of(load("group-nouns.tsv"), row -> row.get(1));
  final Set<String> groupModifiers = load("group-modifiers.tsv").firstColumnLowerCase();
  final Set<String> clauseOpeners = load("clause-openers.tsv").firstColumnLowerCase();
  final Set<String> speechVerbs = load("speech-verbs.tsv").firstColumnLowerCase();
  final PhraseIndex<String> groupTrailers = PhraseIndex.of(load("group-trailers.tsv"), row -> "");
  final CasedIndex<Person> people = new CasedIndex<>();
  final Map<String, Person> peopleByForm = new HashMap<>();
  final Map<String, String> firstNames = new HashMap<>();

  /** Honorifics, lower-cased with their period ("mr."), and the gender they mark. */
  final Map<String, String> honorifics = new HashMap<>();

  /** Nouns for people that mark a gender in apposition ("Sevda Demir, fiancee of ..."). */
  final Map<String, String> genderedNouns = new HashMap<>();

  final Map<String, Pronoun> pronouns = new HashMap<>();
  final Set<String> titleWords = new HashSet<>();

  private Lexicon() {
    for (List<String> row : load("metonyms.tsv").rows()) {
      if (row.get(1).equals("INSTITUTION")) {
        seats.add(row.get(0), new Seat(row.get(2), row.get(3), row.get(4)));
      }
    }
    for (List<String> row : load("outlets.tsv").rows()) {
      outlets.add(row.get(0), row.get(0));
      forms(row, 1).forEach(alias -> outlets.add(alias, row.get(0)));
    }
    load("titles.tsv")
        .firstColumnLowerCase()
        .forEach(title -> titleWords.addAll(Arrays.asList(title.split("\\s+"))));
    load("people.tsv").rows().forEach(this::addPerson);
    load("first-names.tsv").rows().forEach(row -> firstNames.put(key(row.get(0)), row.get(1)));
    load("honorifics.tsv")
        .rows()
        .forEach(row -> honorifics.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1)));
    load("gendered-nouns.tsv")
        .rows()
        .forEach(row -> genderedNouns.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1)));
    load("pronouns.tsv")
        .rows()
        .forEach(
            row -> pronouns.put(key(row.get(0)), new Pronoun(row.get(1), row.get(2).equals("P"))));
  }

  private void addPerson(List<String> row) {
    Person person = new Person(row.get(0), row.get(2), row.get(3));
    people.add(person.name(), person);
    peopleByForm.put(key(person.name()), person);
    for (String form : forms(row, 1)) {
      people.add(form, person);
      peopleByForm.putIfAbsent(key(form), person);
    }
  }

  /** The shared instance. */
  static Lexicon shared() {
    return Holder.INSTANCE;
  }

  /** True for a word of some title ("prime", "minister", "spokesman"). */
  boolean isTitleWord(String lowerWord) {
    return titleWords.contains(lowerWord);
  }

  /** The gazetteer person with this full name or short form, or null. */
  Person person(String form) {
    return peopleByForm.get(key(form));
  }

  /** How names and phrases are compared: lower case, typographic apostrophes folded. */
  static String key(String text) {
    return PhraseIndex.normalize(text.strip().replaceAll("\\s+", " "));
  }

  private static List<String> forms(List<String> row, int column) {
    if (row.size() <= column || row.get(column).equals("-")) {
      return List.of();
    }
    return Arrays.stream(row.get(column).split(",")).map(String::strip).toList();
  }

  private static WordList load(String resource) {
    return WordList.load(Lexicon.class, resource);
  }

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }
}
