package org.newsledger.store.resolve;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.facts.EntityType;

/**
 * Decides which ledger entity an article's entity is, by an ordered list of named rules; the first
 * that fires wins and its name is kept with the link.
 *
 * <ol>
 *   <li>{@code same-full-name}: a person whose full name (two words or more) is a name of the
 *       ledger entity, with a compatible first name;
 *   <li>{@code same-name}: an organisation, place or other entity sharing a name or alias;
 *   <li>{@code surname-in-context}: a person with the same surname and compatible first names
 *       ("Kirby", "J. Kirby", "John Kirby") when the context agrees: a shared role word, a shared
 *       co-occurring entity, or articles within {@link #WINDOW_DAYS} days; the best-supported
 *       candidate wins;
 *   <li>{@code new}: otherwise a new ledger entity.
 * </ol>
 *
 * Two persons whose first names differ ("Jake Sullivan", "Dan Sullivan") never merge.
 */
public final class EntityResolver {

  /** Days between articles within which a shared surname counts as context. */
  public static final int WINDOW_DAYS = 30;

  private static final Set<String> ROLE_STOP_WORDS =
      Set.of("the", "of", "for", "and", "a", "an", "to", "in", "on", "at", "former", "new");

  private EntityResolver() {}

  /** The ledger entity the article entity is, with the deciding rule; empty means a new one. */
  public static Resolution resolve(ArticleEntity entity, List<Candidate> candidates) {
    requireNonNull(entity, "entity is null");
    List<Candidate> sameType =
        candidates.stream().filter(c -> c.entity().type() == entity.type()).toList();
    if (entity.type() == EntityType.PERSON) {
      Optional<Candidate> full =
          sameType.stream()
              .filter(c -> PersonNames.words(entity.name()).size() > 1)
              .filter(c -> c.entity().names().contains(key(entity.name())))
              .filter(c -> firstNamesAgree(entity, c))
              .max(Comparator.comparingInt(c -> c.entity().articles()));
      if (full.isPresent()) {
        return new Resolution(full.get().entity().id(), "same-full-name");
      }
      return bySurname(entity, sameType);
    }
    return sameType.stream()
        .filter(c -> entity.keys().stream().anyMatch(c.entity().names()::contains))
        .max(Comparator.comparingInt(c -> c.entity().articles()))
        .map(c -> new Resolution(c.entity().id(), "same-name"))
        .orElse(Resolution.NEW);
  }

  private static Resolution bySurname(ArticleEntity entity, List<Candidate> candidates) {
    String surname = PersonNames.surname(entity.name());
    Candidate best = null;
    int bestScore = 0;
    for (Candidate candidate : candidates) {
      if (!PersonNames.surname(candidate.entity().name()).equals(surname)
          || !firstNamesAgree(entity, candidate)) {
        continue;
      }
      int score = contextScore(entity, candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best == null ? Resolution.NEW : new Resolution(best.entity().id(), "surname-in-context");
  }

  /** First names agree with the ledger entity's canonical name and every full name it has. */
  private static boolean firstNamesAgree(ArticleEntity entity, Candidate candidate) {
    String first = PersonNames.firstName(entity.name());
    String surname = PersonNames.surname(entity.name());
    for (String name : candidate.entity().names()) {
      if (PersonNames.surname(name).equals(surname)
          && !PersonNames.compatible(first, PersonNames.firstName(name))) {
        return false;
      }
    }
    return true;
  }

  /** Evidence that the two are one: shared role words count 2, co-occurring entities and date 1. */
  static int contextScore(ArticleEntity entity, Candidate candidate) {
    Set<String> roleWords = roleWords(entity.roles());
    roleWords.retainAll(roleWords(candidate.entity().roles()));
    Set<String> shared = new HashSet<>(entity.context());
    shared.retainAll(candidate.context());
    int score = 2 * Math.min(roleWords.size(), 1) + Math.min(shared.size(), 3);
    return score + (withinWindow(entity.published(), candidate.entity()) ? 1 : 0);
  }

  private static Set<String> roleWords(List<String> roles) {
    Set<String> words = new HashSet<>();
    for (String role : roles) {
      for (String word : role.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() > 1 && !ROLE_STOP_WORDS.contains(word)) {
          words.add(word);
        }
      }
    }
    return words;
  }

  private static boolean withinWindow(String published, LedgerEntity entity) {
    LocalDate day = ArticleMeta.dayOf(published);
    LocalDate first = ArticleMeta.dayOf(entity.firstSeen());
    LocalDate last = ArticleMeta.dayOf(entity.lastSeen());
    if (day == null || first == null || last == null) {
      return false;
    }
    return ChronoUnit.DAYS.between(first, day) >= -WINDOW_DAYS
        && ChronoUnit.DAYS.between(last, day) <= WINDOW_DAYS;
  }

  /** The key names are compared by: lower case, white space collapsed. */
  public static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * An entity of one article, as resolution sees it.
   *
   * @param name canonical name in the article
   * @param type coarse type
   * @param keys name keys: canonical name and aliases
   * @param roles roles the article gives it
   * @param published publication date of the article, or null
   * @param context name keys of the other entities of the article
   */
  public record ArticleEntity(
      String name,
      EntityType type,
      Set<String> keys,
      List<String> roles,
      String published,
      Set<String> context) {

    /** Validates and copies the fields; published may be null. */
    public ArticleEntity {
      requireNonNull(name, "name is null");
      requireNonNull(type, "type is null");
      keys = Set.copyOf(keys);
      roles = List.copyOf(roles);
      context = Set.copyOf(context);
    }
  }

  /**
   * A ledger entity that might be the article's entity, with the names it co-occurs with.
   *
   * @param entity the ledger entity
   * @param context name keys of entities in the articles it appears in
   */
  public record Candidate(LedgerEntity entity, Set<String> context) {

    /** Validates and copies the fields. */
    public Candidate {
      requireNonNull(entity, "entity is null");
      context = Set.copyOf(context);
    }
  }

  /**
   * What resolution decided.
   *
   * @param ledgerEntityId the ledger entity it is, or null for a new one
   * @param rule the rule that decided
   */
  public record Resolution(Long ledgerEntityId, String rule) {

    /** A new ledger entity. */
    public static final Resolution NEW = new Resolution(null, "new");

    /** Validates the fields; ledgerEntityId may be null. */
    public Resolution {
      requireNonNull(rule, "rule is null");
    }
  }
}
