package org.newsledger.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.TokenRange;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.pipeline.Deadline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Codes events clause by clause: a trigger from the editable lexicon, its actor, target and
 * location from the mentions around it, its time, negation and modality.
 */
public final class EventStage implements Stage {

  private final EventLexicon lexicon;
  private final Factuality factuality;
  private final ActorCountries countries;
  private final StrikeSenses strikeSenses;
  private final ActorRoles roles;
  private final IntentTypes intentTypes;
  private final ActorKinds kinds;
  private final Participants participants;
  private final NonEvents nonEvents;
  private final GenericSentences genericSentences;

  /** Loads the word lists once; the stage is then stateless and thread-safe. */
  public EventStage() {
    this.lexicon = EventLexicon.load();
    this.factuality = Factuality.load();
    this.countries = ActorCountries.load();
    this.strikeSenses = StrikeSenses.load();
    this.roles = ActorRoles.load();
    this.intentTypes = IntentTypes.load();
    this.kinds = new ActorKinds(roles, FactualityCues.load());
    ThingTargets things = ThingTargets.load();
    this.participants =
        new Participants(countries, ImplicitActors.load(), kinds, ActAuthors.load(lexicon), things);
    this.nonEvents = new NonEvents(lexicon, roles, ThingSubjects.load());
    this.genericSentences = GenericSentences.load();
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(
        Layers.PARAGRAPHS,
        Layers.TOKENS,
        Layers.SENTENCES,
        Layers.MENTIONS,
        Layers.ENTITIES,
        Layers.TIMES);
  }

  /** Attributions and epistemic acts, when present: they shape an event's factuality. */
  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.ATTRIBUTIONS, Layers.EPISTEMIC);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public Document apply(Document doc) {
    Map<String, Entity> entities =
        doc.get(Layers.ENTITIES).stream()
            .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    List<Event> events = new ArrayList<>();
    List<Nominals.Coded> nominals = new ArrayList<>();
    List<Paragraph> paragraphs = doc.get(Layers.PARAGRAPHS);
    Indexed indexed = Indexed.of(doc);
    EventArgument previousGroup = null;
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      Deadline.check();
      if (paragraphs.get(sentence.paragraphIndex()).zone().isText()) {
        // a dateline states when and where the article was filed, not what happened
        previousGroup =
            codeSentence(doc, sentence, entities, events, nominals, indexed, previousGroup);
      }
    }
    return doc.with(Layers.EVENTS, events);
  }

  /**
   * Adds the events of one sentence, skipping thin nouns and nouns that refer back; returns the
   * group the sentence's subject names, for "they" in the next one (or null).
   */
  private EventArgument codeSentence(
      Document doc,
      Sentence sentence,
      Map<String, Entity> entities,
      List<Event> events,
      List<Nominals.Coded> nominals,
      Indexed indexed,
      EventArgument previousGroup) {
    List<Mention> mentions = indexed.mentions().get(sentence.index());
    List<TimeExpression> times = indexed.times().get(sentence.index());
    SentenceContext context =
        new SentenceContext(
            doc.text(),
            doc.tokens(sentence),
            mentions,
            entities,
            countries,
            roles,
            times.stream().map(TimeExpression::span).toList());
    if (genericSentences.isGeneric(context.tokens(), !times.isEmpty())) {
      return GroupPronouns.subjectGroup(context);
    }
    List<TriggerMatch> triggers = triggers(context.tokens());
    List<CharSpan> clauses = triggers.stream().map(t -> clause(context, t).span()).toList();
    for (int k = 0; k < triggers.size(); k++) {
      List<CharSpan> others = new ArrayList<>(clauses);
      others.remove(k);
      TriggerMatch trigger = triggers.get(k);
      Event event =
          event(
              "v" + (events.size() + 1),
              context,
              trigger,
              new Surroundings(
                  doc, entities, times, others, indexed.attributions(), events, previousGroup));
      if (nonEvents.keeps(doc, context.tokens(), trigger, event, nominals)) {
        events.add(event);
        if (Nominals.isNominal(context.tokens(), trigger)) {
          nominals.add(new Nominals.Coded(Nominals.noun(context.tokens(), trigger), event));
        }
      }
    }
    return GroupPronouns.subjectGroup(context);
  }

  /** One document's facts grouped for the sentence-by-sentence walk. */
  private record Indexed(
      List<List<Mention>> mentions,
      List<List<TimeExpression>> times,
      AttributionIndex attributions) {

    static Indexed of(Document doc) {
      List<Sentence> sentences = doc.get(Layers.SENTENCES);
      return new Indexed(
          BySentence.group(doc.get(Layers.MENTIONS), Mention::span, sentences),
          BySentence.group(doc.get(Layers.TIMES), TimeExpression::span, sentences),
          new AttributionIndex(doc.getOrEmpty(Layers.ATTRIBUTIONS)));
    }
  }

  private static Excerpt clause(SentenceContext s, TriggerMatch trigger) {
    int start = Clauses.start(s.tokens(), trigger.head());
    int end = Math.max(Clauses.end(s.tokens(), trigger.head()), trigger.last() + 1);
    return s.excerpt(start, end);
  }

  /** Lexicon matches left to right; a word takes part in one match at most. */
  private List<TriggerMatch> triggers(List<Token> tokens) {
    List<TriggerMatch> found = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      TriggerMatch match = lexicon.matchAt(tokens, i);
      if (match != null && match.tokens().stream().noneMatch(used::contains)) {
        used.addAll(match.tokens());
        if (!match.pattern().type().equals("-")) {
          found.add(strikeSenses.resolve(match, tokens));
        }
      }
    }
    return found;
  }

  private Event event(String id, SentenceContext s, TriggerMatch trigger, Surroundings facts) {
    List<Token> tokens = s.tokens();
    int clauseStart = Clauses.start(tokens, trigger.head());
    int clauseEnd = Math.max(Clauses.end(tokens, trigger.head()), trigger.last() + 1);
    Roles roles = Arguments.find(s, trigger, clauseStart, clauseEnd);
    Excerpt triggerText = s.excerpt(trigger.head(), trigger.last() + 1);
    String attributionId = facts.attributions().innermostHolding(triggerText.span());
    Participants.Found found =
        participants.find(
            new Participants.Site(s, trigger, clauseStart, clauseEnd, roles, attributionId), facts);
    Factuality.Judgment judgment = factuality.judge(tokens, trigger.head());
    CharSpan clause = s.excerpt(clauseStart, clauseEnd).span();
    TimeExpression time =
        Times.closest(facts.times(), clause, triggerText.span(), facts.otherClauses());
    TokenRange told = EventSpans.of(tokens, trigger.head(), trigger.last());
    CharSpan span = s.excerpt(told.first(), told.end()).span();
    EventPattern p = trigger.pattern();
    IntentTypes.Coding intent = intentTypes.of(p.type(), judgment.modality(), judgment.negated());
    Event event =
        new Event(
            id,
            triggerText,
            span,
            intent == null ? p.type() : intent.type(),
            intent == null ? p.mode() : null,
            intent == null ? p.cameo() : intent.cameo(),
            kinds.withRole(found.actor(), s),
            kinds.withRole(found.target(), s),
            ActorKinds.argument(s, roles.location()),
            time == null ? null : time.id(),
            time == null ? null : time.value(),
            judgment.negated(),
            judgment.modality(),
            null,
            "pattern '"
                + p.text()
                + "', "
                + found.rule()
                + ", "
                + judgment.rule()
                + (intent == null ? "" : ", intent-" + p.type().toLowerCase(Locale.ROOT)));
    return event.withAttribution(attributionId);
  }
}
