package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.text.Quotes;
import org.newsledger.core.text.Token;
import org.newsledger.entities.Resolution.Item;

/**
 * Resolves pronouns in text order. "he"/"she": the main subject earlier in the same sentence, else,
 * in the closest earlier sentence with a compatible person, its speaker ("Kirby said"), else its
 * first subject; when that sentence names people only as possessives or objects ("... acknowledged
 * that the minister's talks would resume"), the closest speaker or subject a few sentences back,
 * else that sentence's last person. A person's gender comes from the first-name list, an honorific
 * ("Mr.", "Ms.") or a gendered title ("spokeswoman") before any of its mentions, else from a
 * pronoun resolved to it as the subject of its own sentence ("Palk said her party").
 * "they"/"their": the closest earlier group or organization in the same or the previous sentence.
 */
final class PronounSieve {

  static final String SAME_SENTENCE_SUBJECT = "coref:pronoun-same-sentence-subject";
  static final String RECENT_SPEAKER = "coref:pronoun-recent-speaker";
  static final String RECENT_SUBJECT = "coref:pronoun-recent-subject";
  static final String RECENT_PERSON = "coref:pronoun-recent-person";
  static final String PLURAL_RECENT = "coref:pronoun-plural-recent";

  private static final int MAX_SENTENCES_BACK = 3;

  private final Lexicon lexicon;

  PronounSieve(Lexicon lexicon) {
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
  }

  /** Resolves every pronoun it can; the others stay unresolved. */
  void apply(Resolution resolution, Clauses clauses) {
    genderFromContext(resolution);
    for (Item item : resolution.items) {
      if (item.mention().kind() != MentionKind.PRONOUN) {
        continue;
      }
      Lexicon.Pronoun pronoun = lexicon.pronouns.get(Lexicon.key(item.mention().text()));
      if (pronoun != null && pronoun.plural()) {
        plural(resolution, item);
      } else if (pronoun != null) {
        singular(resolution, clauses, item, pronoun.gender());
      }
    }
  }

  private void singular(Resolution resolution, Clauses clauses, Item pronoun, String gender) {
    List<Item> before = persons(resolution, pronoun, gender, pronoun.sentence());
    if (quoted(resolution, pronoun.first())) {
      // '... Ana Ruiz said: "She did not see us"': a quotation's "she" is not its speaker
      before = before.stream().filter(c -> !clauses.isSpeaker(c.first(), c.end())).toList();
    }
    for (Item candidate : before) {
      if (clauses.isSubject(candidate.first(), candidate.end())) {
        Cluster cluster = resolution.clusterOf(candidate);
        resolution.assign(pronoun, cluster, SAME_SENTENCE_SUBJECT);
        if (cluster.gender.equals("-")) {
          cluster.gender = gender; // "Irena Palk said her party ...": a later "he" is someone else
        }
        return;
      }
    }
    List<Item> nearest = null;
    for (int back = 1; back <= MAX_SENTENCES_BACK; back++) {
      List<Item> candidates = persons(resolution, pronoun, gender, pronoun.sentence() - back);
      if (candidates.isEmpty()) {
        continue;
      }
      if (nearest == null) {
        nearest = candidates;
      }
      if (candidates.stream().anyMatch(c -> salient(clauses, c))) {
        Item picked = pick(clauses, candidates);
        resolution.assign(pronoun, resolution.clusterOf(picked), ruleFor(clauses, picked));
        return;
      }
    }
    if (nearest != null) {
      resolution.assign(pronoun, resolution.clusterOf(pick(clauses, nearest)), RECENT_PERSON);
    }
  }

  /** True when token {@code i} stands inside a double quotation opened earlier in its sentence. */
  private static boolean quoted(Resolution resolution, int i) {
    List<Token> tokens = resolution.tokens;
    String text = resolution.doc.text();
    int sentence = tokens.get(i).sentenceIndex();
    int first = i;
    while (first > 0 && tokens.get(first - 1).sentenceIndex() == sentence) {
      first--;
    }
    boolean open = false;
    for (int k = first; k < i; k++) {
      if (Quotes.isSingleMark(tokens.get(k).text())) {
        continue;
      }
      int direction = Quotes.direction(tokens, k, text, first);
      if (direction != 0) {
        open = direction > 0;
      }
    }
    return open;
  }

  /** True for a speaker or a subject: a person a later pronoun most likely continues. */
  private static boolean salient(Clauses clauses, Item item) {
    return clauses.isSpeaker(item.first(), item.end())
        || clauses.isSubject(item.first(), item.end());
  }

  /**
   * Gives a person of unknown gender the gender its context marks: an honorific ("Mr. Berg", "Ms.
   * Osei") or a gendered title ("spokeswoman Maria Osei") before one of its mentions, or a gendered
   * noun in apposition after it ("Leyla Demir, fiancee of ...", "Ana Ruiz, the mother of ...").
   */
  private void genderFromContext(Resolution resolution) {
    for (Item item : resolution.items) {
      Cluster cluster = resolution.clusterOf(item);
      if (cluster == null
          || cluster.type != EntityType.PERSON
          || !cluster.gender.equals("-")
          || item.mention().kind() == MentionKind.PRONOUN
          || item.first() == 0) {
        continue;
      }
      String marked = markedGender(resolution, item.first());
      if (marked.equals("-")) {
        marked = appositionGender(resolution, item.end());
      }
      if (!marked.equals("-")) {
        cluster.gender = marked;
      }
    }
  }

  /** The gender an honorific or a title ending right before token {@code first} marks, or "-". */
  private String markedGender(Resolution resolution, int first) {
    String before = resolution.tokens.get(first - 1).text().toLowerCase(java.util.Locale.ROOT);
    String honorific = lexicon.honorifics.get(before.endsWith(".") ? before : before + ".");
    if (honorific != null) {
      return honorific;
    }
    for (int start = Math.max(0, first - 3); start < first; start++) {
      var title = lexicon.titles.matchAt(resolution.tokens, start);
      if (title != null && title.end() == first) {
        return title.value();
      }
    }
    return "-";
  }

  /**
   * The gender a noun in apposition right after a name marks: a comma, at most a determiner or
   * possessive and two adjectives, then a gendered noun or title; "-" when there is none.
   */
  private String appositionGender(Resolution resolution, int end) {
    List<Token> tokens = resolution.tokens;
    if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return "-";
    }
    int i = end + 1;
    if (tokens.get(i).isPos("DT") || tokens.get(i).isPos("PRP$")) {
      i++;
    }
    for (int adjectives = 0; adjectives < 2 && i < tokens.size(); adjectives++) {
      if (!tokens.get(i).isPos("JJ")) {
        break;
      }
      i++;
    }
    if (i >= tokens.size()) {
      return "-";
    }
    var title = lexicon.titles.matchAt(tokens, i);
    if (title != null && !title.value().equals("-")) {
      return title.value();
    }
    String noun = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
    return tokens.get(i).isPos("NN") ? lexicon.genderedNouns.getOrDefault(noun, "-") : "-";
  }

  private static Item pick(Clauses clauses, List<Item> candidates) {
    Item subject = null;
    for (Item candidate : candidates) {
      if (clauses.isSpeaker(candidate.first(), candidate.end())) {
        return candidates.stream()
            .filter(c -> clauses.isSpeaker(c.first(), c.end()))
            .reduce((a, b) -> b)
            .get();
      }
      if (subject == null && clauses.isSubject(candidate.first(), candidate.end())) {
        subject = candidate;
      }
    }
    return subject != null ? subject : candidates.get(candidates.size() - 1);
  }

  /** The rule name for a pronoun resolved to {@code picked}: speaker, subject or last person. */
  private static String ruleFor(Clauses clauses, Item picked) {
    if (clauses.isSpeaker(picked.first(), picked.end())) {
      return RECENT_SPEAKER;
    }
    return clauses.isSubject(picked.first(), picked.end()) ? RECENT_SUBJECT : RECENT_PERSON;
  }

  /** Resolved person mentions of {@code sentence} before the pronoun, agreeing in gender. */
  private static List<Item> persons(
      Resolution resolution, Item pronoun, String gender, int sentence) {
    return resolution.items.stream()
        .filter(item -> item.sentence() == sentence && item.index() < pronoun.index())
        .filter(item -> item.end() <= pronoun.first())
        .filter(
            item -> {
              Cluster cluster = resolution.clusterOf(item);
              return cluster != null
                  && cluster.type == EntityType.PERSON
                  && cluster.agreesWith(gender);
            })
        .toList();
  }

  private static void plural(Resolution resolution, Item pronoun) {
    Item best = null;
    for (Item item : resolution.items) {
      boolean near =
          item.sentence() == pronoun.sentence() || item.sentence() == pronoun.sentence() - 1;
      Cluster cluster = resolution.clusterOf(item);
      if (near && item.end() <= pronoun.first() && cluster != null && isGroupLike(item, cluster)) {
        best = item;
      }
    }
    if (best != null) {
      resolution.assign(pronoun, resolution.clusterOf(best), PLURAL_RECENT);
    }
  }

  private static boolean isGroupLike(Item item, Cluster cluster) {
    String rule = item.mention().rule();
    return item.mention().kind() != MentionKind.PRONOUN
        && (cluster.type == EntityType.ORGANIZATION
            || rule.equals(NounPhraseRules.DEMONYM_STATE)
            || rule.equals(NounPhraseRules.GROUP));
  }
}
