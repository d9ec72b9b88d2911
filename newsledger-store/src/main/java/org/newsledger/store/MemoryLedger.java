package org.newsledger.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.store.resolve.EntityResolver;
import org.newsledger.store.resolve.EntityResolver.ArticleEntity;
import org.newsledger.store.resolve.EntityResolver.Candidate;
import org.newsledger.store.resolve.EntityResolver.Resolution;
import org.newsledger.store.resolve.LedgerEntity;
import org.newsledger.store.resolve.PersonNames;
import org.newsledger.store.stories.ArticleVectors;
import org.newsledger.store.stories.Story;
import org.newsledger.store.stories.StoryFeatures;
import org.newsledger.store.stories.StoryParameters;
import org.newsledger.store.stories.StorySplit;

/**
 * The cross-article ledger the store builds — ledger entities, stories, ledger events and ledger
 * claims with their status over time — built in memory, without a database, from analyzed articles
 * given in ingest order. It applies the store's rules in the store's order ({@link
 * LedgerEntityRows}, {@link StoryRows}, {@link StoryMembers}, {@link EventRows}, {@link ClaimRows}
 * with {@link EntityResolver}, {@link ArticleVectors}, {@link StorySplit}, {@link Propositions}),
 * so the same articles in the same order give the same ledger with the same ids. Spark's ledger job
 * folds the analysis tables through it. Not thread-safe.
 *
 * <p>The caller gives each article once: exact duplicates (same {@link ContentHash}) and articles
 * without text are left out beforehand, as ingest leaves them out. Near-duplicate links are not
 * part of this ledger.
 */
public final class MemoryLedger {

  private final StoryParameters parameters;

  private final List<ArticleState> articles = new ArrayList<>();

  private final List<EntityState> entities = new ArrayList<>();
  private final Map<String, TreeSet<Long>> entitiesByName = new HashMap<>();
  private final Map<String, TreeSet<Long>> personsBySurname = new HashMap<>();
  private final List<EntityLink> entityLinks = new ArrayList<>();

  private final Map<String, Integer> featureCounts = new HashMap<>();
  private final List<StoryState> stories = new ArrayList<>();
  private final Map<String, TreeSet<Long>> storiesByFeature = new HashMap<>();

  private final List<EventState> events = new ArrayList<>();
  private final Map<EventKey, List<Long>> eventsByKey = new HashMap<>();
  private final List<EventLink> eventLinks = new ArrayList<>();

  private final List<ClaimState> claims = new ArrayList<>();
  private final Map<String, TreeSet<Long>> claimsByKey = new HashMap<>();
  private final Map<Long, Map<String, Set<Long>>> storyClaimWords = new HashMap<>();
  private final Map<Long, Long> firstClaimByEvent = new HashMap<>();
  private final List<ClaimLink> claimLinks = new ArrayList<>();

  /** An empty ledger clustering stories with the parameters. */
  public MemoryLedger(StoryParameters parameters) {
    this.parameters = requireNonNull(parameters, "parameters is null");
  }

  /**
   * An empty ledger with the default story parameters, as {@link
   * LedgerStore#open(java.nio.file.Path)}.
   */
  public static MemoryLedger withDefaults() {
    return new MemoryLedger(StoryParameters.defaults());
  }

  /**
   * Adds an analyzed article read from {@code sourceLabel} and returns its id (1 for the first, as
   * the store numbers stored articles).
   */
  public long add(Document doc, String sourceLabel) {
    return add(doc, sourceLabel, StoryFeatures.of(doc));
  }

  /**
   * Adds an analyzed article whose {@link StoryFeatures} were counted already (so the caller can
   * count them in parallel) and returns its id.
   *
   * @throws IllegalArgumentException for a publication date that is no calendar date
   *     ("2019-02-30"), before the ledger changes
   */
  public long add(Document doc, String sourceLabel, Map<String, Integer> storyFeatures) {
    requireNonNull(doc, "doc is null");
    requireNonNull(sourceLabel, "sourceLabel is null");
    requireNonNull(storyFeatures, "storyFeatures is null");
    String day = StoryCandidates.date(doc.meta().published());
    if (day != null) {
      try {
        LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        // The store fails such an article as soon as a story is compared with it; refuse it
        // before anything changes, so the ledger stays whole.
        throw new IllegalArgumentException(
            doc.meta().id() + ": not a calendar date: " + doc.meta().published(), e);
      }
    }
    long id = articles.size() + 1L;
    ArticleState article =
        new ArticleState(
            id,
            doc.meta().id(),
            sourceLabel,
            doc.meta().url(),
            doc.meta().published(),
            StoryRows.title(doc.meta().title(), doc.text()));
    articles.add(article);
    resolveEntities(article, doc);
    assignStory(article, storyFeatures);
    linkEvents(article, doc);
    linkClaims(article, doc);
    return id;
  }

  // ---- entities (LedgerEntityRows) ----

  private void resolveEntities(ArticleState article, Document doc) {
    List<Entity> all = doc.getOrEmpty(Layers.ENTITIES);
    for (Entity entity : all) {
      ArticleEntity articleEntity =
          LedgerEntityRows.articleEntity(entity, all, doc.meta().published());
      Resolution resolution = EntityResolver.resolve(articleEntity, candidates(articleEntity));
      long ledgerId =
          resolution.ledgerEntityId() == null
              ? createEntity(articleEntity)
              : resolution.ledgerEntityId();
      enrich(entityState(ledgerId), articleEntity);
      article.entityLinks.put(entity.id(), ledgerId);
      entityLinks.add(new EntityLink(article.id, entity.id(), ledgerId, resolution.rule()));
      EntityState ledger = entityState(ledgerId);
      for (Entity other : all) {
        if (!other.id().equals(entity.id())
            && ledger.context.size() < LedgerEntityRows.MAX_CONTEXT) {
          ledger.context.add(EntityResolver.key(other.name()));
        }
      }
    }
  }

  private List<Candidate> candidates(ArticleEntity entity) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String key : entity.keys()) {
      ids.addAll(entitiesByName.getOrDefault(key, new TreeSet<>()));
    }
    if (entity.type() == EntityType.PERSON) {
      ids.addAll(
          personsBySurname.getOrDefault(PersonNames.surname(entity.name()), new TreeSet<>()));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (long id : ids) {
      EntityState state = entityState(id);
      candidates.add(new Candidate(state.toLedgerEntity(), state.context));
    }
    return candidates;
  }

  private long createEntity(ArticleEntity entity) {
    long id = entities.size() + 1L;
    EntityState state = new EntityState(id, entity.name(), entity.type());
    entities.add(state);
    state.setSurnameKey(LedgerEntityRows.surnameKey(entity.name(), entity.type()));
    return id;
  }

  private void enrich(EntityState ledger, ArticleEntity entity) {
    ledger.name = LedgerEntityRows.canonicalName(ledger.name, entity.name());
    ledger.setSurnameKey(LedgerEntityRows.surnameKey(ledger.name, ledger.type));
    ledger.roles = LedgerEntityRows.roles(LedgerEntityRows.roleList(ledger.roles), entity.roles());
    ledger.articles++;
    String published = StoryCandidates.date(entity.published());
    ledger.firstSeen = earlier(ledger.firstSeen, published);
    ledger.lastSeen = later(ledger.lastSeen, published);
    for (String key : entity.keys()) {
      if (ledger.nameKeys.add(key)) {
        entitiesByName.computeIfAbsent(key, k -> new TreeSet<>()).add(ledger.id);
      }
    }
  }

  private EntityState entityState(long id) {
    return entities.get((int) id - 1);
  }

  // ---- stories (StoryRows, StoryCandidates, StoryMembers) ----

  private void assignStory(ArticleState article, Map<String, Integer> counts) {
    for (String feature : counts.keySet()) {
      featureCounts.merge(feature, 1, Integer::sum);
    }
    Map<String, Double> vector =
        ArticleVectors.of(
            counts, feature -> featureCounts.getOrDefault(feature, 1), article.id, parameters);
    String published = StoryCandidates.date(article.published);
    Optional<StoryCandidates.Match> best = bestStory(vector, published);
    boolean joins = best.isPresent() && best.get().similarity() >= parameters.threshold();
    StoryState story = joins ? storyState(best.get().storyId()) : newStory(article.title);
    story.setCentroid(
        ArticleVectors.add(story.centroid, vector, parameters.centroidFeatures()), this);
    story.size++;
    story.first = earlier(story.first, published);
    story.last = later(story.last, published);
    article.storyId = story.id;
    article.similarity = joins ? best.get().similarity() : 1.0;
    article.storyRule = joins ? "centroid-cosine" : "new-story";
    article.vector = ArticleVectors.heaviest(vector, Integer.MAX_VALUE);
    story.members.add(article.id);
    if (joins) {
      splitIfApart(story);
    }
  }

  private Optional<StoryCandidates.Match> bestStory(Map<String, Double> vector, String published) {
    Map<Long, double[]> partials = new HashMap<>();
    for (Map.Entry<String, Double> entry :
        ArticleVectors.heaviest(vector, StoryCandidates.PROBE_FEATURES).entrySet()) {
      for (long storyId : storiesByFeature.getOrDefault(entry.getKey(), new TreeSet<>())) {
        StoryState story = storyState(storyId);
        partials.computeIfAbsent(storyId, id -> new double[1])[0] +=
            story.centroid.get(entry.getKey()) * entry.getValue();
      }
    }
    StoryCandidates.Match best = null;
    List<Long> ranked =
        partials.keySet().stream()
            .filter(
                id ->
                    StoryCandidates.inWindow(
                        published,
                        storyState(id).first,
                        storyState(id).last,
                        parameters.windowDays()))
            .sorted(
                Comparator.comparingDouble((Long id) -> -partials.get(id)[0] / probeNorm(id))
                    .thenComparingLong(id -> id))
            .limit(StoryCandidates.MAX_CANDIDATES)
            .toList();
    for (long storyId : ranked) {
      double dot = 0;
      for (Map.Entry<String, Double> feature : storyState(storyId).centroid.entrySet()) {
        dot += vector.getOrDefault(feature.getKey(), 0.0) * feature.getValue();
      }
      double similarity = dot / probeNorm(storyId);
      if (best == null || similarity > best.similarity()) {
        best = new StoryCandidates.Match(storyId, similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  private double probeNorm(long storyId) {
    double norm = storyState(storyId).norm;
    return norm > 0 ? norm : 1;
  }

  private StoryState newStory(String title) {
    StoryState story = new StoryState(stories.size() + 1L, title);
    stories.add(story);
    return story;
  }

  private void splitIfApart(StoryState story) {
    if (story.size < 2L * parameters.splitMinArticles()
        || story.size > parameters.splitMaxArticles()) {
      return;
    }
    List<Long> ids = new ArrayList<>(new TreeSet<>(story.members));
    List<Map<String, Double>> vectors = ids.stream().map(id -> articleState(id).vector).toList();
    Optional<List<Integer>> leaving = StorySplit.of(vectors, parameters);
    if (leaving.isEmpty()) {
      return;
    }
    List<Long> moved = leaving.get().stream().map(ids::get).toList();
    StoryState split = newStory(articleState(moved.get(0)).title);
    Map<String, Double> newCentroid = centroid(moved);
    for (long articleId : moved) {
      ArticleState article = articleState(articleId);
      article.storyId = split.id;
      article.similarity = ArticleVectors.cosine(article.vector, newCentroid);
      article.storyRule = StoryMembers.SPLIT_RULE;
    }
    List<Long> kept = ids.stream().filter(id -> !moved.contains(id)).toList();
    story.members.clear();
    story.members.addAll(kept);
    split.members.addAll(moved);
    rewrite(story, centroid(kept));
    rewrite(split, newCentroid);
    reindexClaims(story);
    reindexClaims(split);
  }

  private Map<String, Double> centroid(List<Long> articleIds) {
    return ArticleVectors.heaviest(
        ArticleVectors.sum(articleIds.stream().map(id -> articleState(id).vector).toList()),
        parameters.centroidFeatures());
  }

  private void rewrite(StoryState story, Map<String, Double> centroid) {
    story.setCentroid(centroid, this);
    story.size = story.members.size();
    story.first = null;
    story.last = null;
    for (long articleId : story.members) {
      String day = StoryCandidates.date(articleState(articleId).published);
      if (day != null && (story.first == null || day.compareTo(story.first) < 0)) {
        story.first = day;
      }
      if (day != null && (story.last == null || day.compareTo(story.last) > 0)) {
        story.last = day;
      }
    }
  }

  private StoryState storyState(long id) {
    return stories.get((int) id - 1);
  }

  private ArticleState articleState(long id) {
    return articles.get((int) id - 1);
  }

  // ---- events (EventRows) ----

  private void linkEvents(ArticleState article, Document doc) {
    String published = EventTimes.day(article.published);
    for (Event event : doc.getOrEmpty(Layers.EVENTS)) {
      Long actor = ledgerEntityOf(article, event.actor());
      Long target = ledgerEntityOf(article, event.target());
      String day = EventTimes.day(event.time());
      String when = day != null ? day : published;
      EventKey key = new EventKey(event.type(), actor, target);
      Long linked = actor == null && target == null ? null : matchEvent(key, when);
      EventState ledger;
      if (linked != null) {
        ledger = events.get((int) (long) linked - 1);
      } else {
        ledger = new EventState(events.size() + 1L, key, day);
        events.add(ledger);
        eventsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(ledger.id);
      }
      article.eventLinks.put(event.id(), ledger.id);
      eventLinks.add(
          new EventLink(
              article.id,
              event.id(),
              ledger.id,
              linked != null ? "same-type-arguments-time" : "new"));
      ledger.day = ledger.day != null ? ledger.day : day;
      ledger.first = earlier(ledger.first, published);
      ledger.last = later(ledger.last, published);
      ledger.articles.add(article.id);
    }
  }

  private static Long ledgerEntityOf(ArticleState article, EventArgument argument) {
    return argument == null || argument.entityId() == null
        ? null
        : article.entityLinks.get(argument.entityId());
  }

  private Long matchEvent(EventKey key, String when) {
    if (EventTimes.firstDay(when) == null) {
      return null;
    }
    List<Long> ids = eventsByKey.getOrDefault(key, List.of());
    for (int i = ids.size() - 1; i >= 0; i--) {
      EventState ledger = events.get((int) (long) ids.get(i) - 1);
      String dated = ledger.day != null ? ledger.day : ledger.first;
      if (EventTimes.within(when, dated, EventRows.WINDOW_DAYS)
          || EventTimes.within(when, ledger.last, EventRows.WINDOW_DAYS)) {
        return ledger.id;
      }
    }
    return null;
  }

  // ---- claims (ClaimRows) ----

  private void linkClaims(ArticleState article, Document doc) {
    Map<Long, Long> eventClaims = new HashMap<>();
    for (Claim claim : doc.getOrEmpty(Layers.CLAIMS)) {
      Long ledgerEvent = claim.eventId() == null ? null : article.eventLinks.get(claim.eventId());
      String rule = "same-event";
      Long linked = ledgerEvent == null ? null : firstClaimByEvent.get(ledgerEvent);
      if (linked == null) {
        rule = "near-identical-proposition";
        linked = nearIdentical(article, claim.proposition().text());
      }
      ClaimState ledger;
      if (linked != null) {
        ledger = claims.get((int) (long) linked - 1);
      } else {
        String text = claim.proposition().text();
        ledger = new ClaimState(claims.size() + 1L, text, claim.status());
        claims.add(ledger);
        claimsByKey.computeIfAbsent(Propositions.key(text), k -> new TreeSet<>()).add(ledger.id);
      }
      ledger.add(new Made(article, claim));
      article.ledgerClaims.add(ledger.id);
      claimLinks.add(
          new ClaimLink(article.id, claim.id(), ledger.id, linked != null ? rule : "new"));
      if (ledgerEvent != null) {
        eventClaims.merge(ledgerEvent, ledger.id, Math::min);
      }
    }
    // As the store's ClaimIndex: an article's claims are found by the claims of later articles
    // only.
    eventClaims.forEach((event, claim) -> firstClaimByEvent.merge(event, claim, Math::min));
    indexClaims(article.storyId, article.ledgerClaims);
  }

  /**
   * The lowest ledger claim whose proposition is near-identical, among those with the same words in
   * order and those of the article's story (other articles) sharing a prefix word, or null.
   */
  private Long nearIdentical(ArticleState article, String proposition) {
    TreeSet<Long> candidates =
        new TreeSet<>(claimsByKey.getOrDefault(Propositions.key(proposition), new TreeSet<>()));
    Map<String, Set<Long>> words = storyClaimWords.getOrDefault(article.storyId, Map.of());
    for (String word : Propositions.prefixWords(proposition)) {
      candidates.addAll(words.getOrDefault(word, Set.of()));
    }
    for (long id : candidates) {
      if (Propositions.similarity(proposition, claims.get((int) id - 1).proposition)
          >= Propositions.NEAR_IDENTICAL) {
        return id;
      }
    }
    return null;
  }

  /** Adds ledger claims to a story's prefix-word index (the store's story_claim_words). */
  private void indexClaims(long storyId, List<Long> ledgerClaims) {
    Map<String, Set<Long>> words = storyClaimWords.computeIfAbsent(storyId, id -> new HashMap<>());
    for (long id : ledgerClaims) {
      for (String word : Propositions.prefixWords(claims.get((int) id - 1).proposition)) {
        words.computeIfAbsent(word, w -> new HashSet<>()).add(id);
      }
    }
  }

  /** Rebuilds the prefix-word index of a story from its articles, after a split. */
  private void reindexClaims(StoryState story) {
    storyClaimWords.remove(story.id);
    for (long member : story.members) {
      indexClaims(story.id, articleState(member).ledgerClaims);
    }
  }

  // ---- the ledger built ----

  /** The articles in ingest order, each with its story. */
  public List<ArticleRow> articles() {
    return articles.stream()
        .map(
            a ->
                new ArticleRow(
                    a.id,
                    a.docId,
                    a.label,
                    a.url,
                    a.published,
                    a.storyId,
                    a.similarity,
                    a.storyRule))
        .toList();
  }

  /** Every ledger entity, by id. */
  public List<LedgerEntity> entities() {
    return entities.stream().map(EntityState::toLedgerEntity).toList();
  }

  /** The link of every article entity to its ledger entity, in ingest order. */
  public List<EntityLink> entityLinks() {
    return List.copyOf(entityLinks);
  }

  /** Every story, largest first, then by id (as {@link LedgerStore#stories()}). */
  public List<Story> stories() {
    return stories.stream()
        .filter(story -> story.size > 0)
        .sorted(Comparator.comparingInt((StoryState s) -> -s.size).thenComparingLong(s -> s.id))
        .map(
            s ->
                new Story(
                    s.id,
                    s.title,
                    s.size,
                    s.first,
                    s.last,
                    topFeatures(s, true),
                    topFeatures(s, false)))
        .toList();
  }

  private static List<String> topFeatures(StoryState story, boolean entities) {
    return story.centroid.entrySet().stream()
        .filter(e -> StoryFeatures.isEntity(e.getKey()) == entities)
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(StoryQueries.TOP)
        .map(
            e -> entities ? e.getKey().substring(StoryFeatures.ENTITY_PREFIX.length()) : e.getKey())
        .toList();
  }

  /** Every ledger event, by id. */
  public List<LedgerEvent> events() {
    return events.stream()
        .map(
            e ->
                new LedgerEvent(
                    e.id,
                    e.key.type(),
                    e.key.actor(),
                    e.key.target(),
                    e.day,
                    e.first,
                    e.last,
                    e.articles.size()))
        .toList();
  }

  /** The link of every article event to its ledger event, in ingest order. */
  public List<EventLink> eventLinks() {
    return List.copyOf(eventLinks);
  }

  /**
   * Every ledger claim, by id, with its sources and status changes across articles, oldest article
   * first (as {@link LedgerStore#storyClaims} gives them).
   */
  public List<LedgerClaim> claims() {
    return claims.stream().map(ClaimState::toLedgerClaim).toList();
  }

  /** The link of every article claim to its ledger claim, in ingest order. */
  public List<ClaimLink> claimLinks() {
    return List.copyOf(claimLinks);
  }

  private static String earlier(String current, String candidate) {
    return current == null || candidate != null && candidate.compareTo(current) < 0
        ? candidate
        : current;
  }

  private static String later(String current, String candidate) {
    return current == null || candidate != null && candidate.compareTo(current) > 0
        ? candidate
        : current;
  }

  /**
   * An article of the ledger.
   *
   * @param id its id, in ingest order from 1
   * @param docId the article's own id
   * @param label the input it was read from
   * @param url its address, or null
   * @param published its publication time as given, or null
   * @param storyId the story it belongs to
   * @param similarity its cosine similarity to the story when it joined it (1 when it opened it)
   * @param rule how it came into the story: new-story, centroid-cosine or story-split
   */
  public record ArticleRow(
      long id,
      String docId,
      String label,
      String url,
      String published,
      long storyId,
      double similarity,
      String rule) {}

  /** An article entity linked to a ledger entity by a resolution rule. */
  public record EntityLink(long articleId, String entityId, long ledgerEntityId, String rule) {}

  /**
   * A happening across articles: events of one type between the same ledger entities within days.
   *
   * @param id its id
   * @param type PLOVER type
   * @param actor ledger entity of the actor, or null
   * @param target ledger entity of the target, or null
   * @param day the first event day an article gave it, or null
   * @param firstPublished earliest publication day of its articles, or null
   * @param lastPublished latest publication day of its articles, or null
   * @param articles number of articles reporting it
   */
  public record LedgerEvent(
      long id,
      String type,
      Long actor,
      Long target,
      String day,
      String firstPublished,
      String lastPublished,
      int articles) {}

  /** An article event linked to a ledger event. */
  public record EventLink(long articleId, String eventId, long ledgerEventId, String rule) {}

  /** An article claim linked to a ledger claim. */
  public record ClaimLink(long articleId, String claimId, long ledgerClaimId, String rule) {}

  private record EventKey(String type, Long actor, Long target) {}

  /** A claim made in one article. */
  private record Made(ArticleState article, Claim claim) {}

  /** A source or status change of a claim made in an article, at its position in the claim. */
  private record Positioned<T>(ArticleState article, int position, T item) {}

  private static final class ArticleState {
    final long id;
    final String docId;
    final String label;
    final String url;
    final String published;
    final String title;
    final Map<String, Long> entityLinks = new HashMap<>();
    final Map<String, Long> eventLinks = new HashMap<>();
    final List<Long> ledgerClaims = new ArrayList<>();
    long storyId;
    double similarity;
    String storyRule;
    Map<String, Double> vector;

    ArticleState(long id, String docId, String label, String url, String published, String title) {
      this.id = id;
      this.docId = docId;
      this.label = label;
      this.url = url;
      this.published = published;
      this.title = title;
    }

    String outlet() {
      return LedgerQueries.outlet(url, label);
    }
  }

  private final class EntityState {
    final long id;
    final EntityType type;
    final Set<String> nameKeys = new TreeSet<>();
    final Set<String> context = new LinkedHashSet<>();
    String name;
    String surnameKey;
    String roles = "";
    int articles;
    String firstSeen;
    String lastSeen;

    EntityState(long id, String name, EntityType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }

    void setSurnameKey(String key) {
      if (type == EntityType.PERSON && surnameKey != null) {
        personsBySurname.get(surnameKey).remove(id);
      }
      surnameKey = key;
      if (type == EntityType.PERSON) {
        personsBySurname.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
      }
    }

    LedgerEntity toLedgerEntity() {
      List<String> names = new ArrayList<>();
      names.add(EntityResolver.key(name));
      for (String key : nameKeys) {
        if (!names.contains(key)) {
          names.add(key);
        }
      }
      return new LedgerEntity(
          id, name, type, names, LedgerEntityRows.roleList(roles), articles, firstSeen, lastSeen);
    }
  }

  private static final class StoryState {
    final long id;
    final String title;
    final List<Long> members = new ArrayList<>();
    Map<String, Double> centroid = new LinkedHashMap<>();
    double norm;
    int size;
    String first;
    String last;

    StoryState(long id, String title) {
      this.id = id;
      this.title = title;
    }

    void setCentroid(Map<String, Double> newCentroid, MemoryLedger ledger) {
      for (String feature : centroid.keySet()) {
        ledger.storiesByFeature.get(feature).remove(id);
      }
      centroid = newCentroid;
      for (String feature : centroid.keySet()) {
        ledger.storiesByFeature.computeIfAbsent(feature, f -> new TreeSet<>()).add(id);
      }
      norm = ArticleVectors.norm(centroid);
    }
  }

  private static final class EventState {
    final long id;
    final EventKey key;
    final Set<Long> articles = new LinkedHashSet<>();
    String day;
    String first;
    String last;

    EventState(long id, EventKey key, String day) {
      this.id = id;
      this.key = key;
      this.day = day;
    }
  }

  private static final class ClaimState {
    final long id;
    final String proposition;
    final List<Made> made = new ArrayList<>();
    final SourceStatuses statuses = new SourceStatuses();
    ClaimStatus status;
    String first;
    String last;

    ClaimState(long id, String proposition, ClaimStatus status) {
      this.id = id;
      this.proposition = proposition;
      this.status = status;
    }

    /**
     * Every item {@code items} gives for the claims made, ordered as the store's queries order
     * them: by publication time (null first), article, then position in its claim (stable).
     */
    <T> List<Positioned<T>> inOrder(Function<Claim, List<T>> items) {
      List<Positioned<T>> all = new ArrayList<>();
      for (Made m : made) {
        List<T> own = items.apply(m.claim());
        for (int i = 0; i < own.size(); i++) {
          all.add(new Positioned<>(m.article(), i, own.get(i)));
        }
      }
      all.sort(
          Comparator.comparing(
                  (Positioned<T> p) -> p.article().published,
                  Comparator.nullsFirst(Comparator.naturalOrder()))
              .thenComparingLong(p -> p.article().id)
              .thenComparingInt(Positioned::position));
      return all;
    }

    /** Adds a claim made in an article and brings the status and dates up to date. */
    void add(Made m) {
      made.add(m);
      ArticleState article = m.article();
      List<StatusChange> history = m.claim().history();
      for (int i = 0; i < history.size(); i++) {
        StatusChange change = history.get(i);
        statuses.record(change.by(), article.published, article.id, i, change.status());
      }
      ClaimStatus combined = statuses.status();
      status = combined == null ? status : combined;
      first = earlier(first, article.published);
      last = later(last, article.published);
    }

    LedgerClaim toLedgerClaim() {
      List<LedgerClaim.Source> sources = new ArrayList<>();
      List<LedgerClaim.Change> history = new ArrayList<>();
      for (Positioned<ClaimSource> source : inOrder(Claim::sources)) {
        ArticleState article = source.article();
        sources.add(
            new LedgerClaim.Source(
                source.item().name(),
                source.item().type().name().toLowerCase(Locale.ROOT),
                article.id,
                article.published,
                article.outlet()));
      }
      for (Positioned<StatusChange> positioned : inOrder(Claim::history)) {
        ArticleState article = positioned.article();
        StatusChange change = positioned.item();
        CharSpan span = change.evidence().span();
        history.add(
            new LedgerClaim.Change(
                change.status(),
                change.by(),
                change.evidence().text(),
                CharSpan.of(span.begin(), span.end()),
                article.id,
                article.published,
                article.outlet(),
                change.rule()));
      }
      return new LedgerClaim(id, proposition, status, first, last, sources, history);
    }
  }
}
