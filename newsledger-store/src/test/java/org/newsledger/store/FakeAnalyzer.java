package org.newsledger.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.facts.TimeType;

/**
 * A hand-written stand-in for the pipeline: two capitalized words are a person, {@code "...," said
 * First Last} a direct quote, a weekday a date (the last such day on or before the publication
 * date, when there is one). A word of {@link #EVENT_TYPES} is an event (at most {@link
 * #MAX_EVENTS}, one per word) of the first person on the second, dated by the first weekday; each
 * event is a claim the article asserts ("reportedly" in its clause hedges it; {@code First Last
 * denied} disputes the first), and each quote a claim reported by its speaker. Optionally sleeps,
 * and throws on a poison word.
 */
final class FakeAnalyzer implements UnaryOperator<Document> {

  static final String POISON = "POISONPILL";

  private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");
  private static final Pattern QUOTE =
      Pattern.compile("\"([^\"]+?),\" (said) ([A-Z][a-z]+ [A-Z][a-z]+)");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** Event trigger words with their PLOVER type and CAMEO root code. */
  static final Map<String, String[]> EVENT_TYPES =
      Map.of(
          "talks", new String[] {"CONSULT", "04"},
          "summit", new String[] {"CONSULT", "04"},
          "treaty", new String[] {"AGREE", "03"},
          "ceasefire", new String[] {"AGREE", "03"},
          "aid", new String[] {"AID", "07"},
          "relief", new String[] {"AID", "07"},
          "inquiry", new String[] {"INVESTIGATE", "09"},
          "audit", new String[] {"INVESTIGATE", "09"},
          "protest", new String[] {"PROTEST", "14"},
          "strike", new String[] {"PROTEST", "14"});

  /** Most events found in one article. */
  static final int MAX_EVENTS = 3;

  private static final Pattern TRIGGER =
      Pattern.compile("\\b(?:" + String.join("|", new TreeSet<>(EVENT_TYPES.keySet())) + ")\\b");
  private static final Pattern DENIAL = Pattern.compile("\\b([A-Z][a-z]+ [A-Z][a-z]+) (denied)\\b");
  private static final Pattern HEDGE = Pattern.compile("\\breportedly\\b");

  private final long sleepMillis;

  FakeAnalyzer(long sleepMillis) {
    this.sleepMillis = sleepMillis;
  }

  FakeAnalyzer() {
    this(0);
  }

  @Override
  public Document apply(Document doc) {
    pause();
    String text = doc.text();
    if (text.contains(POISON)) {
      throw new IllegalStateException("the fake analyzer chokes on " + POISON);
    }
    Map<String, List<Mention>> byName = mentionsByName(text);
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    Map<String, String> entityIds = new LinkedHashMap<>();
    for (Map.Entry<String, List<Mention>> named : byName.entrySet()) {
      String entityId = "e" + (entities.size() + 1);
      entityIds.put(named.getKey(), entityId);
      List<String> mentionIds = new ArrayList<>();
      for (Mention m : named.getValue()) {
        mentions.add(m.resolvedTo(entityId, "fake-same-name"));
        mentionIds.add(m.id());
      }
      entities.add(
          new Entity(
              entityId,
              named.getKey(),
              EntityType.PERSON,
              "",
              List.of(lastName(named.getKey())),
              List.of(),
              mentionIds,
              named.getValue().get(0).span(),
              "fake-entity"));
    }
    List<TimeExpression> times = times(text, doc.meta().published());
    List<Attribution> attributions = attributions(text, entityIds);
    List<Event> events = events(text, entities, times, attributions);
    return doc.with(Layers.TIMES, times)
        .with(Layers.MENTIONS, mentions)
        .with(Layers.ENTITIES, entities)
        .with(Layers.ATTRIBUTIONS, attributions)
        .with(Layers.EVENTS, events)
        .with(Layers.CLAIMS, claims(text, entityIds, attributions, events));
  }

  private static List<Event> events(
      String text,
      List<Entity> entities,
      List<TimeExpression> times,
      List<Attribution> attributions) {
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    EventArgument actor = entities.isEmpty() ? null : argument(text, entities.get(0));
    EventArgument target = entities.size() < 2 ? null : argument(text, entities.get(1));
    TimeExpression time = times.isEmpty() ? null : times.get(0);
    Matcher m = TRIGGER.matcher(text);
    while (m.find() && events.size() < MAX_EVENTS) {
      if (!seen.add(m.group())) {
        continue;
      }
      String[] type = EVENT_TYPES.get(m.group());
      String reportedIn = attributionAt(attributions, m.start());
      events.add(
          new Event(
              "v" + (events.size() + 1),
              Excerpt.of(text, m.start(), m.end()),
              clause(text, m.start(), m.end()),
              type[0],
              null,
              type[1],
              actor,
              target,
              null,
              time == null ? null : time.id(),
              time == null ? null : time.value(),
              false,
              reportedIn == null ? EventModality.ASSERTED : EventModality.REPORTED,
              reportedIn,
              "fake-trigger-" + m.group()));
    }
    return events;
  }

  private static EventArgument argument(String text, Entity entity) {
    return new EventArgument(entity.id(), entity.name(), null, Excerpt.of(text, entity.span()));
  }

  /** The id of the attribution whose content holds the offset, or null. */
  private static String attributionAt(List<Attribution> attributions, int offset) {
    for (Attribution a : attributions) {
      if (a.content().span().begin() <= offset && offset < a.content().span().end()) {
        return a.id();
      }
    }
    return null;
  }

  /** The clause around a span: up to a full stop, a line break, a quote mark or a comma. */
  private static CharSpan clause(String text, int begin, int end) {
    int b = begin;
    while (b > 0 && ".\n\"".indexOf(text.charAt(b - 1)) < 0) {
      b--;
    }
    int e = end;
    while (e < text.length() && ".\n\",".indexOf(text.charAt(e)) < 0) {
      e++;
    }
    while (b < begin && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    return CharSpan.of(b, e);
  }

  private static List<Claim> claims(
      String text,
      Map<String, String> entityIds,
      List<Attribution> attributions,
      List<Event> events) {
    List<Claim> claims = new ArrayList<>();
    for (Attribution a : attributions) {
      Source s = a.source();
      claims.add(
          new Claim(
              "c" + (claims.size() + 1),
              a.content(),
              null,
              List.of(new ClaimSource(s.entityId(), s.name(), s.type(), a.id())),
              ClaimStatus.REPORTED,
              List.of(
                  new StatusChange(
                      ClaimStatus.REPORTED, s.name(), s.entityId(), a.cue(), "fake-quote-claim")),
              "fake-quote-claim"));
    }
    Matcher denial = DENIAL.matcher(text);
    boolean denied = denial.find();
    for (Event v : events) {
      Excerpt proposition = Excerpt.of(text, v.span());
      Matcher hedge = HEDGE.matcher(proposition.text());
      List<StatusChange> history = new ArrayList<>();
      ClaimStatus status;
      if (hedge.find()) {
        status = ClaimStatus.HEDGED;
        int at = v.span().begin() + hedge.start();
        history.add(
            new StatusChange(
                status,
                "the article",
                null,
                Excerpt.of(text, at, at + hedge.group().length()),
                "fake-hedge"));
      } else {
        status = ClaimStatus.ASSERTED;
        history.add(new StatusChange(status, "the article", null, v.trigger(), "fake-assert"));
      }
      if (denied && claims.size() == attributions.size()) {
        status = ClaimStatus.DISPUTED;
        history.add(
            new StatusChange(
                ClaimStatus.DENIED,
                denial.group(1),
                entityIds.get(denial.group(1)),
                Excerpt.of(text, denial.start(2), denial.end(2)),
                "fake-denied"));
      }
      claims.add(
          new Claim(
              "c" + (claims.size() + 1),
              proposition,
              v.id(),
              List.of(),
              status,
              history,
              "fake-event-claim"));
    }
    return claims;
  }

  private static Map<String, List<Mention>> mentionsByName(String text) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Matcher m = NAME.matcher(text);
    int count = 0;
    while (m.find()) {
      Mention mention =
          new Mention(
              "m" + (++count),
              CharSpan.of(m.start(), m.end()),
              m.group(),
              EntityType.PERSON,
              MentionKind.NAME,
              null,
              "fake-name");
      byName.computeIfAbsent(m.group(), name -> new ArrayList<>()).add(mention);
    }
    return byName;
  }

  private static List<Attribution> attributions(String text, Map<String, String> entityIds) {
    List<Attribution> attributions = new ArrayList<>();
    Matcher m = QUOTE.matcher(text);
    while (m.find()) {
      Excerpt named = Excerpt.of(text, m.start(3), m.end(3));
      Source source = new Source(entityIds.get(m.group(3)), m.group(3), SourceType.PERSON, named);
      attributions.add(
          new Attribution(
              "a" + (attributions.size() + 1),
              AttributionKind.DIRECT,
              Excerpt.of(text, m.start(2), m.end(2)),
              Excerpt.of(text, m.start(1), m.end(1)),
              source,
              null,
              false,
              "fake-quote-said-name"));
    }
    return attributions;
  }

  private static List<TimeExpression> times(String text, String published) {
    List<TimeExpression> times = new ArrayList<>();
    LocalDate day = ArticleMeta.dayOf(published);
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      String value =
          day == null
              ? null
              : day.with(
                      TemporalAdjusters.previousOrSame(
                          DayOfWeek.valueOf(m.group().toUpperCase(Locale.ROOT))))
                  .toString();
      times.add(
          new TimeExpression(
              "t" + (times.size() + 1),
              CharSpan.of(m.start(), m.end()),
              m.group(),
              TimeType.DATE,
              value,
              "fake-weekday"));
    }
    return times;
  }

  private static String lastName(String name) {
    return name.substring(name.indexOf(' ') + 1);
  }

  private void pause() {
    if (sleepMillis <= 0) {
      return;
    }
    try {
      Thread.sleep(sleepMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
