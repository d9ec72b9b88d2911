package org.newsledger.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Turns the words naming a source into a {@link Source}: the entity of the mention covering the
 * phrase's head, else the phrase itself typed from the word lists; pronouns without a resolved
 * mention take the nearest earlier fitting source.
 */
final class Sources {

  private final Article article;
  private final NounPhrases phrases;
  private final MentionIndex mentions;
  private final Map<String, Entity> entities = new HashMap<>();

  Sources(Article article, NounPhrases phrases) {
    this.article = article;
    this.phrases = phrases;
    Document doc = article.doc();
    this.mentions = new MentionIndex(doc.getOrEmpty(Layers.MENTIONS));
    doc.getOrEmpty(Layers.ENTITIES).forEach(e -> entities.put(e.id(), e));
  }

  /** The source named by {@code phrase}; {@code earlier} are the attributions before it. */
  Source named(TokenSpan phrase, List<Attribution> earlier) {
    Excerpt words = Excerpt.of(article.doc().text(), article.span(phrase.first(), phrase.last()));
    Source relative = relative(phrase, words, earlier);
    if (relative != null) {
      return relative;
    }
    int head = personNameHead(phrase, phrases.head(phrase));
    Entity entity = entityAt(head, phrase);
    if (entity != null) {
      return new Source(entity.id(), entity.name(), typeOf(entity, phrase, head), words);
    }
    Token headToken = article.token(head);
    if (headToken.pos().equals("PRP")
        && article.is(head, WordClass.FIRST_PERSON)
        && !article.insideQuote(head)) {
      return new Source(null, words.text(), SourceType.AUTHOR, words);
    }
    if (headToken.pos().equals("PRP")) {
      boolean person = article.is(head, WordClass.PERSONAL_PRONOUN);
      boolean they = headToken.text().equalsIgnoreCase("they");
      TokenSpan plural = they ? pluralSubjectSince(head, earlier) : null;
      if (plural != null) {
        Source group = named(plural, earlier);
        return new Source(group.entityId(), group.name(), group.type(), words);
      }
      Source antecedent = previous(earlier, person ? SourceType.PERSON : null, !person);
      return antecedent != null
          ? new Source(antecedent.entityId(), antecedent.name(), antecedent.type(), words)
          : new Source(null, words.text(), SourceType.UNKNOWN, words);
    }
    SourceType fromWords = typeFromWords(phrase, head);
    Source outlet = fromWords == SourceType.MEDIA ? outletReferredTo(phrase, head, earlier) : null;
    if (outlet != null) {
      return new Source(outlet.entityId(), outlet.name(), outlet.type(), words);
    }
    TokenSpan owner = fromWords == SourceType.DOCUMENT ? possessor(phrase, head) : null;
    if (owner != null) {
      // "The ministry's statement said": the ministry issued it
      int ownerHead = phrases.head(owner);
      String name =
          Excerpt.of(article.doc().text(), article.span(owner.first(), owner.last())).text();
      SourceType type = typeFromWords(owner, ownerHead);
      return new Source(
          null, name, type == SourceType.UNKNOWN ? SourceType.ORGANIZATION : type, words);
    }
    return new Source(null, words.text(), fromWords, words);
  }

  /**
   * The phrase before a possessive "'s" that directly precedes the head ("the ministry's
   * statement"), when it holds a noun; null otherwise.
   */
  private TokenSpan possessor(TokenSpan phrase, int head) {
    int pos = head - 1;
    if (pos <= phrase.first() || !article.token(pos).isPos("POS")) {
      return null;
    }
    TokenSpan owner = new TokenSpan(phrase.first(), pos);
    for (int i = owner.first(); i < owner.end(); i++) {
      if (article.isNominal(i)) {
        return owner;
      }
    }
    return null;
  }

  /**
   * For "the paper", "the newspaper", "the agency" (the article's way of naming again an outlet it
   * has named): the latest earlier media source with a name; null for anything longer ("the Swedish
   * newspaper"), plural ("the media") or when no outlet was named before.
   */
  private Source outletReferredTo(TokenSpan phrase, int head, List<Attribution> earlier) {
    boolean bare =
        phrase.end() - phrase.first() == 2
            && head == phrase.last()
            && article.token(phrase.first()).lemma().equalsIgnoreCase("the")
            && article.token(head).isPos("NN");
    if (!bare) {
      return null;
    }
    Source outlet = previous(earlier, SourceType.MEDIA, false);
    return outlet != null && outlet.entityId() != null ? outlet : null;
  }

  /**
   * For "they" with no resolved mention: the plural subject of the closest earlier sentence, up to
   * two back, that is newer than the last earlier source ("The foreign ministers met in Cairo. They
   * concluded ..."), a plural head or a coordination ("Egypt and Greece"); null when there is none,
   * and the previous source is taken as before.
   */
  private TokenSpan pluralSubjectSince(int pronoun, List<Attribution> earlier) {
    int since = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).cue().span().end();
    int current = article.token(pronoun).sentenceIndex();
    for (int k = current - 1; k >= Math.max(0, current - 2); k--) {
      Sentence sentence = article.sentences().get(k);
      if (sentence.span().end() <= since || article.inHeadline(sentence)) {
        return null;
      }
      int first = sentence.tokens().first();
      for (int i = first; i < sentence.tokens().end(); i++) {
        if (!article.isFiniteVerb(i)) {
          continue;
        }
        TokenSpan opening = i > first ? phrases.startingAt(first, i) : null;
        if (opening != null && isPlural(opening)) {
          return opening; // "The foreign ministers of Egypt, Greece and Cyprus met"
        }
        TokenSpan subject = i > first ? phrases.subjectBefore(i, first) : null;
        if (subject != null && isPlural(subject)) {
          return subject;
        }
        break;
      }
    }
    return null;
  }

  private boolean isPlural(TokenSpan phrase) {
    int head = phrases.head(phrase);
    if (article.token(head).isPos("NNS") || article.token(head).isPos("NNPS")) {
      return true;
    }
    for (int i = phrase.first(); i < phrase.end(); i++) {
      if (article.token(i).isPos("CC") && article.token(i).text().equalsIgnoreCase("and")) {
        return true;
      }
    }
    return false;
  }

  /** For a relative "who", the source its antecedent names, keeping the words "who"; or null. */
  private Source relative(TokenSpan phrase, Excerpt words, List<Attribution> earlier) {
    TokenSpan antecedent =
        phrases.isRelativeWho(phrase.first()) ? phrases.antecedentOf(phrase.first()) : null;
    if (antecedent == null) {
      return null;
    }
    Source referent = named(antecedent, earlier);
    return new Source(referent.entityId(), referent.name(), referent.type(), words);
  }

  /** The source an implicit attribution takes from context, or an unknown one. */
  Source implicit(Finding.ImplicitSource how, TokenSpan phrase, List<Attribution> earlier) {
    Excerpt words =
        phrase == null
            ? null
            : Excerpt.of(article.doc().text(), article.span(phrase.first(), phrase.last()));
    Source antecedent =
        how == Finding.ImplicitSource.UNSTATED
            ? null
            : previous(earlier, null, how == Finding.ImplicitSource.STATEMENT_ISSUER);
    if (antecedent != null) {
      return new Source(antecedent.entityId(), antecedent.name(), antecedent.type(), words);
    }
    return words != null
        ? new Source(null, words.text(), SourceType.DOCUMENT, words)
        : new Source(null, "unknown", SourceType.UNKNOWN, null);
  }

  private static Source previous(List<Attribution> earlier, SourceType wanted, boolean issuer) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Source source = earlier.get(i).source();
      boolean fits = wanted == null || source.type() == wanted;
      boolean issues =
          !issuer || source.type() != SourceType.DOCUMENT && source.type() != SourceType.UNKNOWN;
      if (fits && issues) {
        return source;
      }
    }
    return null;
  }

  /**
   * A person's name that ends the phrase after a title is its head, whatever prepositions the title
   * holds ("House of Commons Speaker John Bercow", "President of Ukraine Volodymyr Zelenskyy", "the
   * president of the rights league, Jamel Msallem"); a name right after a preposition or a
   * conjunction is not ("the wife of John Smith", "the mayor and John Smith").
   */
  private int personNameHead(TokenSpan phrase, int head) {
    int last = phrase.last();
    if (head == last) {
      return head;
    }
    Token lastToken = article.token(last);
    CharSpan phraseSpan = article.span(phrase.first(), last);
    for (Mention mention : mentions.near(lastToken.span(), phraseSpan)) {
      Entity entity = mention.entityId() == null ? null : entities.get(mention.entityId());
      if (entity == null
          || entity.type() != EntityType.PERSON
          || mention.kind() != MentionKind.NAME
          || mention.span().end() != lastToken.end()
          || !phraseSpan.contains(mention.span())) {
        continue;
      }
      int first = last;
      while (first > phrase.first() && article.token(first - 1).begin() >= mention.span().begin()) {
        first--;
      }
      if (first <= head) {
        return head;
      }
      Token before = article.token(first - 1);
      boolean linked = before.isPos("IN") || before.isPos("TO") || before.isPos("CC");
      return linked || before.isPos("POS") ? head : last;
    }
    return head;
  }

  private Entity entityAt(int head, TokenSpan phrase) {
    Token headToken = article.token(head);
    Entity named = null;
    Entity demonym = null;
    CharSpan phraseSpan = article.span(phrase.first(), phrase.last());
    for (Mention mention : mentions.near(headToken.span(), phraseSpan)) {
      Entity entity = mention.entityId() == null ? null : entities.get(mention.entityId());
      if (entity == null) {
        continue;
      }
      if (mention.span().contains(headToken.span())) {
        return entity;
      }
      boolean before =
          phraseSpan.contains(mention.span()) && mention.span().begin() < headToken.begin();
      if (before && mention.kind() == MentionKind.NAME && named == null) {
        named = entity;
      }
      if (before && mention.kind() == MentionKind.DEMONYM && demonym == null) {
        demonym = entity;
      }
    }
    SourceType fromWords = typeFromWords(phrase, head);
    if (fromWords == SourceType.MEDIA) {
      return named; // "the Reuters news agency"
    }
    // "the US statement", "a UN report", "the Swedish statement", "a report by the Coastal
    // Herald": the document's issuer
    if (fromWords != SourceType.DOCUMENT) {
      return null;
    }
    return named != null ? named : demonym != null ? demonym : issuerAfter(head, phrase);
  }

  /**
   * The named author after a document's head: "by" or "from", at most a determiner, then a name ("a
   * report by the Coastal Herald", "a statement from the Foreign Ministry"); null when none.
   */
  private Entity issuerAfter(int head, TokenSpan phrase) {
    if (head >= phrase.last()) {
      return null;
    }
    CharSpan phraseSpan = article.span(phrase.first(), phrase.last());
    for (Mention mention : mentions.near(article.token(phrase.last()).span(), phraseSpan)) {
      Entity entity = mention.entityId() == null ? null : entities.get(mention.entityId());
      if (entity != null
          && mention.kind() == MentionKind.NAME
          && phraseSpan.contains(mention.span())
          && issuedBy(head, mention.span())) {
        return entity;
      }
    }
    return null;
  }

  /** True when the name at {@code name} follows the head after "by" or "from" and a determiner. */
  private boolean issuedBy(int head, CharSpan name) {
    int i = head + 1;
    if (i >= article.tokens().size()) {
      return false;
    }
    String lemma = article.token(i).lemma().toLowerCase(Locale.ROOT);
    if (!lemma.equals("by") && !lemma.equals("from")) {
      return false;
    }
    for (int k = i + 1; k < Math.min(i + 3, article.tokens().size()); k++) {
      if (article.token(k).begin() == name.begin()) {
        return true;
      }
      if (!article.token(k).isPos("DT")) {
        return false;
      }
    }
    return false;
  }

  private SourceType typeOf(Entity entity, TokenSpan phrase, int head) {
    if ("MEDIA".equals(entity.subtype())) {
      return SourceType.MEDIA;
    }
    SourceType fromWords = typeFromWords(phrase, head);
    if (fromWords == SourceType.ANONYMOUS || fromWords == SourceType.MEDIA) {
      return fromWords;
    }
    return entity.type() == EntityType.PERSON
        ? SourceType.PERSON
        : entity.type() == EntityType.MISC ? SourceType.UNKNOWN : SourceType.ORGANIZATION;
  }

  private SourceType typeFromWords(TokenSpan phrase, int head) {
    int first = head;
    while (first > phrase.first()
        && !article.token(first - 1).isPos("DT")
        && !article.token(first - 1).isPos("IN")) {
      first--;
    }
    for (int i = first; i <= head; i++) {
      LemmaPhrases.Match<SourceType> match =
          article.lexicon().sourceHead(article.tokens(), i, phrase.end());
      if (match != null && match.end() > head) {
        return match.value();
      }
    }
    return typeFromNer(article.token(head).ner());
  }

  private static SourceType typeFromNer(String ner) {
    return switch (ner) {
      case "PERSON", "TITLE" -> SourceType.PERSON;
      case "ORGANIZATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION", "NATIONALITY" ->
          SourceType.ORGANIZATION;
      default -> SourceType.UNKNOWN;
    };
  }
}
