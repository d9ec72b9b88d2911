package org.newsledger.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

  // acts only a state does: arrests, detentions, bans, sanctions
  private static final Set<String> STATE_ACTION_TYPES = Set.of("COERCE", "SANCTION");

  // roles that make arrests and detentions: their spokespeople report their own acts
  private static final Set<String> FORCE_ROLES = Set.of("police", "military");

  private final EventLexicon lexicon;
  private final Factuality factuality;
  private final ActorCountries countries;
  private final ImplicitActors implicitActors;
  private final StrikeSenses strikeSenses;
  private final ActorRoles roles;
  private final IntentTypes intentTypes;
  private final ActAuthors actAuthors;
  private final FactualityCues cues;
  private final ThingTargets thingTargets;
  private final GenericSentences genericSentences;

  /** Loads the word lists once; the stage is then stateless and thread-safe. */
  public EventStage() {
    this.lexicon = EventLexicon.load();
    this.factuality = Factuality.load();
    this.countries = ActorCountries.load();
    this.implicitActors = ImplicitActors.load();
    this.strikeSenses = StrikeSenses.load();
    this.roles = ActorRoles.load();
    this.intentTypes = IntentTypes.load();
    this.actAuthors = ActAuthors.load(lexicon);
    this.cues = FactualityCues.load();
    this.thingTargets = ThingTargets.load();
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
              new Facts(
                  doc, entities, times, others, indexed.attributions(), events, previousGroup));
      if (!isEpistemicCue(doc, event.trigger().span())
          && !Participles.isAttributive(context.tokens(), trigger)
          && !Participles.objectNamesNoEvent(context.tokens(), trigger, lexicon)
          && !isSelfObligation(context.tokens(), trigger)
          && !Warnings.isForecast(doc, context.tokens(), trigger, event, roles)
          && !Nominals.isThin(context.tokens(), trigger, event)
          && !Nominals.refersBack(context.tokens(), trigger, event, nominals)) {
        events.add(event);
        if (Nominals.isNominal(context.tokens(), trigger)) {
          nominals.add(new Nominals.Coded(Nominals.noun(context.tokens(), trigger), event));
        }
      }
    }
    return GroupPronouns.subjectGroup(context);
  }

  /**
   * True when the trigger lies in the cue of an epistemic act ("declined to comment", "did not
   * confirm"): a stance on a claim, not an event.
   */
  private static boolean isEpistemicCue(Document doc, CharSpan trigger) {
    return doc.getOrEmpty(Layers.EPISTEMIC).stream()
        .anyMatch(act -> act.cue().span().overlaps(trigger));
  }

  /**
   * True for a modal of obligation whose subject is the speaker ("we must get this done"): it
   * states the speaker's resolve, not a demand made of anyone.
   */
  private static boolean isSelfObligation(List<Token> tokens, TriggerMatch trigger) {
    int clauseStart = Clauses.start(tokens, trigger.head());
    return trigger.pattern().pos().equals("M")
        && Speakers.firstPersonSubject(tokens, clauseStart, trigger.head());
  }

  private static boolean isPronounWord(String word) {
    return Set.of("he", "she", "it", "they", "we", "i", "you")
        .contains(word.toLowerCase(Locale.ROOT));
  }

  /** What an event draws on besides its sentence. */
  private record Facts(
      Document doc,
      Map<String, Entity> entities,
      List<TimeExpression> times,
      List<CharSpan> otherClauses,
      AttributionIndex attributions,
      List<Event> earlier,
      EventArgument previousGroup) {}

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

  private Event event(String id, SentenceContext s, TriggerMatch trigger, Facts facts) {
    List<Token> tokens = s.tokens();
    int clauseStart = Clauses.start(tokens, trigger.head());
    int clauseEnd = Math.max(Clauses.end(tokens, trigger.head()), trigger.last() + 1);
    Roles roles = Arguments.find(s, trigger, clauseStart, clauseEnd);
    Excerpt triggerText = s.excerpt(trigger.head(), trigger.last() + 1);
    EventArgument actor = argument(s, roles.actor());
    EventArgument target = argument(s, roles.target());
    if (target != null
        && target.countryCode() == null
        && thingTargets.isThing(tokens, roles.target())) {
      // "signed a government decree": no actor; "rejected a Senegalese peace plan" keeps Senegal
      target = null;
    }
    String argumentRule = roles.rule();
    String attributionId = facts.attributions().innermostHolding(triggerText.span());
    if (trigger.pattern().pos().equals("M")) {
      EventArgument speaker = Speakers.of(facts.doc(), attributionId, s);
      if (speaker == null) {
        speaker = argument(s, Speakers.subjectOfGoverningVerb(s, clauseStart));
      }
      if (speaker != null) {
        // "X said Y must go": X demands, Y is asked
        target = actor;
        actor = speaker;
        argumentRule = "modal-speaker";
      }
    }
    boolean agentlessStateAct =
        actor == null
            && target != null
            && isPersonOrGroup(target, s)
            && roles.rule().startsWith("passive")
            && STATE_ACTION_TYPES.contains(trigger.pattern().type());
    if (agentlessStateAct) {
      // "Police director X said 71 people were arrested": the security official who reports
      // the arrests speaks for the force that made them
      EventArgument speaker = forceSpeaker(facts.doc(), attributionId, s, roles.target());
      if (speaker != null) {
        actor = speaker;
        argumentRule = argumentRule + "+force-speaker";
      }
    }
    if (actor == null && agentlessStateAct) {
      // "Babaryka was arrested": the state the article last named arrested him
      EventArgument state =
          implicitActors.stateBefore(
              s,
              triggerText.span().begin(),
              facts.doc().get(Layers.MENTIONS),
              facts.entities(),
              countries);
      if (state != null
          && (target == null || !Objects.equals(state.entityId(), target.entityId()))) {
        actor = state;
        argumentRule = argumentRule + "+state-of-last-country";
      }
    }
    if (actor == null && target != null && roles.rule().startsWith("passive")) {
      // "al-Muhandis was also killed in the airstrike": the airstrike's actor, told before
      EventArgument author =
          EarlierEvents.actorOfActNamedAfter(
              tokens, trigger.last(), clauseEnd, target, facts.earlier());
      if (author != null) {
        actor = author;
        argumentRule = argumentRule + "+" + EarlierEvents.IN_ACT_RULE;
      }
    }
    boolean unplaced = actor == null || actor.entityId() == null && actor.countryCode() == null;
    if (unplaced && tokens.get(trigger.head()).isPos("VB")) {
      EventArgument implicit =
          implicitActors.find(
              s,
              clauseStart,
              trigger.head(),
              facts.doc().get(Layers.MENTIONS),
              facts.entities(),
              countries);
      if (implicit != null) {
        // "the government will send negotiators": the government of the country last named
        actor = implicit;
        argumentRule = "government-of-last-country";
      }
    }
    String pronoun = Speakers.pronounSubject(tokens, clauseStart, trigger.head());
    if (actor == null
        && attributionId != null
        && pronoun != null
        && !Arguments.isPassive(tokens, trigger.head())) {
      // the port authority said "it had offered a raise": a reported clause's unresolved pronoun
      // subject is, by default, its speaker, when they agree (he or she a person, it or they not)
      EventArgument speaker = Speakers.of(facts.doc(), attributionId, s);
      if (speaker == null) {
        speaker = argument(s, Speakers.subjectOfCue(facts.doc(), attributionId, s));
      }
      var entity = speaker == null ? null : s.entity(speaker.entityId());
      boolean person = entity != null && entity.type().name().equals("PERSON");
      boolean personal = pronoun.equals("he") || pronoun.equals("she");
      boolean named = speaker != null && !isPronounWord(speaker.name());
      if (speaker != null && named && person == personal) {
        actor = speaker;
        argumentRule = argumentRule + "+pronoun-speaker";
      }
    }
    EventArgument group = facts.previousGroup();
    if (actor == null
        && group != null
        && GroupPronouns.theyActs(tokens, clauseStart, trigger.head())) {
      // "The protesters clashed with the police. As they tried to storm parliament": the group
      actor = group;
      argumentRule = argumentRule + "+" + GroupPronouns.RULE;
    }
    if (target == null && group != null && GroupPronouns.themAfter(tokens, trigger.last())) {
      target = group;
      argumentRule = argumentRule + "+" + GroupPronouns.RULE;
    }
    if (actor == null && Speakers.firstPersonSubject(tokens, clauseStart, trigger.head())) {
      // "We will not accept this," the minister said: the speaker acts
      actor = Speakers.of(facts.doc(), attributionId, s);
      argumentRule = actor == null ? argumentRule : argumentRule + "+first-person-speaker";
    }
    if (target == null) {
      // "X opposed the withdrawal": the reaction is aimed at whoever withdrew
      EventArgument author =
          actAuthors.find(s, trigger, clauseStart, clauseEnd, actor, facts.earlier());
      if (author != null) {
        target = author;
        argumentRule = argumentRule + "+" + ActAuthors.RULE;
      }
    }
    if (Nominals.isNominal(tokens, trigger) && (actor == null) != (target == null)) {
      // "the ban on Mahan Air" after "Germany banned Mahan Air": the same act, told again
      String type = trigger.pattern().type();
      EventArgument found =
          actor == null
              ? EarlierEvents.actorFor(type, target, facts.earlier())
              : EarlierEvents.targetFor(type, actor, facts.earlier());
      if (found != null) {
        actor = actor == null ? found : actor;
        target = target == null ? found : target;
        argumentRule = argumentRule + "+" + EarlierEvents.RULE;
      }
    }
    if (actor != null
        && target != null
        && actor.entityId() != null
        && actor.entityId().equals(target.entityId())
        && isPersonOrGroup(actor, s)) {
      // "Navalny's associates alleged he ...", "he sought documents allowing him to": a person
      // acting on himself is a coreference slip (a state may act within itself: PLOVER codes that)
      target = null;
    }
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
            withRole(actor, s),
            withRole(target, s),
            argument(s, roles.location()),
            time == null ? null : time.id(),
            time == null ? null : time.value(),
            judgment.negated(),
            judgment.modality(),
            null,
            "pattern '"
                + p.text()
                + "', "
                + argumentRule
                + ", "
                + judgment.rule()
                + (intent == null ? "" : ", intent-" + p.type().toLowerCase(Locale.ROOT)));
    return event.withAttribution(attributionId);
  }

  /**
   * The police or military official who reports an act in the clause whose subject is {@code
   * subject}: the attribution's source, else the subject of a verb of saying right before it
   * ("Police director X said 71 people were arrested"); null when the speaker is no such official.
   */
  private EventArgument forceSpeaker(
      Document doc, String attributionId, SentenceContext s, PlacedMention subject) {
    EventArgument speaker = Speakers.of(doc, attributionId, s);
    String words = Speakers.sourceWords(doc, attributionId);
    int say = Governors.verbBefore(s.tokens(), subject.first());
    if (speaker == null && say >= 0 && cues.is(FactualityCues.Kind.SAY, s.tokens().get(say))) {
      int start = Clauses.start(s.tokens(), say);
      speaker = argument(s, Subjects.find(s, say, start));
      words = s.excerpt(start, say).text();
    }
    String role = speaker == null ? null : roles.of(words, s.entity(speaker.entityId()));
    return role != null && FORCE_ROLES.contains(role) ? speaker.withRole(role) : null;
  }

  /** True for a person or a group of people ("71 people", "protesters"), not a place or thing. */
  private boolean isPersonOrGroup(EventArgument argument, SentenceContext s) {
    var entity = s.entity(argument.entityId());
    if (entity != null) {
      return entity.type().name().equals("PERSON");
    }
    return argument.entityId() == null && withRole(argument, s).role() != null;
  }

  private EventArgument withRole(EventArgument argument, SentenceContext s) {
    if (argument == null || argument.role() != null) {
      return argument;
    }
    return argument.withRole(roles.of(argument.mention().text(), s.entity(argument.entityId())));
  }

  /**
   * The argument a mention names, or null; a pronoun coreference left unresolved ("halt their
   * drilling", "fired at them") names no participant.
   */
  private static EventArgument argument(SentenceContext s, PlacedMention placed) {
    if (placed == null) {
      return null;
    }
    boolean pronoun = placed.mention().kind().name().equals("PRONOUN");
    return pronoun && placed.mention().entityId() == null ? null : s.argument(placed);
  }
}
