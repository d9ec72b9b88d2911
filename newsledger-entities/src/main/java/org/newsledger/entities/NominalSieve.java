package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.lexicon.PhraseIndex.Match;
import org.newsledger.core.text.Token;
import org.newsledger.entities.Resolution.Item;

/**
 * Resolves role nominals: by apposition ("the US's chief negotiator, CIA Director Bill Burns"),
 * else to the person holding that title in the text ("The President" after "President Biden"). Also
 * keys offices by their holder, so "the office of X" and "X's office" are one entity.
 */
final class NominalSieve {

  static final String APPOSITION = "coref:apposition";
  static final String ROLE_HOLDER = "coref:role-holder";
  static final String OFFICE_HOLDER = "coref:office-holder";

  private static final int MAX_APPOSITION_GAP = 5;

  private final Lexicon lexicon;

  NominalSieve(Lexicon lexicon) {
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
  }

  /** Resolves role nominals and offices. */
  void apply(Resolution resolution) {
    for (Item item : resolution.items) {
      if (item.foundBy(NounPhraseRules.TITLE_ROLE)) {
        Item person = apposed(resolution, item);
        if (person != null) {
          resolution.assign(item, resolution.clusterOf(person), APPOSITION);
          resolution.clusterOf(person).roles.add(title(resolution, item));
        }
      }
    }
    for (Item item : resolution.items) {
      if (item.foundBy(NounPhraseRules.TITLE_ROLE) && resolution.clusterOf(item) == null) {
        Cluster holder = holder(resolution, item, Lexicon.key(title(resolution, item)));
        if (holder != null) {
          resolution.assign(item, holder, ROLE_HOLDER);
        }
      } else if (item.foundBy(InstitutionRules.OFFICE)) {
        office(resolution, item);
      }
    }
  }

  private Item apposed(Resolution resolution, Item nominal) {
    Token comma =
        resolution.tokens.size() > nominal.end() ? resolution.tokens.get(nominal.end()) : null;
    if (comma == null || !comma.isPos(",")) {
      return null;
    }
    for (Item other : resolution.items) {
      int gap = other.first() - nominal.end();
      boolean named =
          other.mention().kind() == MentionKind.NAME && other.mention().type() == EntityType.PERSON;
      if (named
          && gap > 0
          && gap <= MAX_APPOSITION_GAP
          && other.sentence() == nominal.sentence()
          && resolution.clusterOf(other) != null
          && onlyRoleWordsBetween(resolution, nominal.end() + 1, other.first())) {
        return other;
      }
    }
    return null;
  }

  private boolean onlyRoleWordsBetween(Resolution resolution, int first, int end) {
    for (int i = first; i < end; i++) {
      Token token = resolution.tokens.get(i);
      if (!(Tokens.isProperWord(token)
          || token.ner().equals("TITLE")
          || lexicon.isTitleWord(Tokens.lower(token)))) {
        return false;
      }
    }
    return true;
  }

  private String title(Resolution resolution, Item nominal) {
    List<Token> words = resolution.tokensOf(nominal);
    for (int i = 0; i < words.size(); i++) {
      Match<String> match = lexicon.titles.matchAt(words, i);
      if (match != null && match.end() == words.size()) {
        return words
            .get(i)
            .span()
            .union(words.get(match.end() - 1).span())
            .textOf(resolution.doc.text());
      }
    }
    return Names.withoutDeterminer(nominal.mention().text());
  }

  private Cluster holder(Resolution resolution, Item nominal, String title) {
    Cluster best = null;
    for (Item other : resolution.items) {
      Cluster cluster = resolution.clusterOf(other);
      boolean holds =
          cluster != null && cluster.type == EntityType.PERSON && holdsTitle(cluster, title);
      if (holds && (best == null || other.index() < nominal.index())) {
        best = cluster;
      }
    }
    return best;
  }

  private static boolean holdsTitle(Cluster cluster, String title) {
    String padded = " " + title + " ";
    return cluster.roles.stream()
        .anyMatch(role -> (" " + Lexicon.key(role) + " ").contains(padded));
  }

  private void office(Resolution resolution, Item office) {
    Cluster holder = null;
    for (Item other : resolution.items) {
      boolean inside =
          other.first() >= office.first() && other.end() <= office.end() && other != office;
      Cluster cluster = resolution.clusterOf(other);
      if (inside && cluster != null && cluster.type == EntityType.PERSON) {
        holder = cluster;
      }
    }
    String key =
        holder != null ? "office:" + holder.key : "office:" + Lexicon.key(office.mention().text());
    Cluster cluster =
        resolution.cluster(key, EntityType.ORGANIZATION, "GOVERNMENT", null, OFFICE_HOLDER);
    resolution.assign(office, cluster, OFFICE_HOLDER);
  }
}
