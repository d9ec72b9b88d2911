package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.entities.Resolution.Item;

/**
 * Clusters person names: full names first (gazetteer name when listed), then single words by
 * subsumption under a full name ending in that word, preferring the closest earlier one. Two full
 * names sharing a surname but not a first name stay two people.
 */
final class PersonSieve {

  static final String GAZETTEER = "coref:gazetteer";
  static final String SUBSUMPTION = "coref:name-subsumption";
  static final String FULL_NAME = "coref:full-name";

  private final Lexicon lexicon;

  PersonSieve(Lexicon lexicon) {
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
  }

  /** Clusters every person name mention and records the titles written before it. */
  void apply(Resolution resolution, Clauses clauses) {
    List<Item> names =
        resolution.items.stream()
            .filter(item -> item.mention().kind() == MentionKind.NAME)
            .filter(item -> item.mention().type() == EntityType.PERSON)
            .filter(item -> resolution.clusterOf(item) == null)
            .toList();
    List<Item> fullNames = new ArrayList<>();
    for (Item item : names) {
      if (Names.wordCount(item.mention().text()) > 1) {
        fullName(resolution, item);
        fullNames.add(item);
      }
    }
    Map<String, List<Item>> bySurname = new HashMap<>();
    for (Item full : fullNames) {
      bySurname
          .computeIfAbsent(Names.lastWord(full.mention().text()), w -> new ArrayList<>())
          .add(full);
    }
    for (Item item : names) {
      if (resolution.clusterOf(item) == null) {
        shortName(resolution, item, bySurname);
      }
    }
    for (Item item : names) {
      String role = clauses.roleBefore(item.first());
      if (!role.isEmpty()) {
        resolution.clusterOf(item).roles.add(role);
      }
    }
  }

  private void fullName(Resolution resolution, Item item) {
    String text = item.mention().text();
    Lexicon.Person person = lexicon.person(text);
    if (person != null) {
      resolution.assign(item, listed(resolution, person), GAZETTEER);
      return;
    }
    Cluster cluster =
        resolution.cluster("person:" + Lexicon.key(text), EntityType.PERSON, "", null, FULL_NAME);
    String firstWord = Lexicon.key(text.split("\\s+")[0]);
    cluster.gender = lexicon.firstNames.getOrDefault(firstWord, "-");
    resolution.assign(item, cluster, FULL_NAME);
  }

  private Cluster listed(Resolution resolution, Lexicon.Person person) {
    Cluster cluster =
        resolution.cluster(
            "person:" + Lexicon.key(person.name()),
            EntityType.PERSON,
            "",
            person.name(),
            GAZETTEER);
    cluster.gender = person.gender();
    cluster.roles.add(person.role());
    return cluster;
  }

  /**
   * Clusters a one-word name with the last full name of that surname before it (the first after it
   * when none comes before); {@code bySurname} lists full names by surname in mention order.
   */
  private void shortName(Resolution resolution, Item item, Map<String, List<Item>> bySurname) {
    List<Item> sameSurname =
        bySurname.getOrDefault(Names.lastWord(item.mention().text()), List.of());
    int low = 0;
    int high = sameSurname.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sameSurname.get(mid).index() < item.index()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    Item best =
        low > 0 ? sameSurname.get(low - 1) : sameSurname.isEmpty() ? null : sameSurname.get(0);
    if (best != null) {
      resolution.assign(item, resolution.clusterOf(best), SUBSUMPTION);
      return;
    }
    Lexicon.Person person = lexicon.person(item.mention().text());
    if (person != null) {
      resolution.assign(item, listed(resolution, person), GAZETTEER);
    } else {
      resolution.assign(
          item,
          resolution.cluster(
              "person:" + Lexicon.key(item.mention().text()),
              EntityType.PERSON,
              "",
              null,
              FULL_NAME),
          FULL_NAME);
    }
  }
}
