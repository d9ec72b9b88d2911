package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.pipeline.Deadline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Finds entity mentions sentence by sentence with an ordered cascade of named rules: an earlier
 * rule's mention claims its tokens, so a later rule cannot propose an overlapping one (nested
 * mentions such as "the office of X" claim nothing). Skips dateline paragraphs.
 */
public final class MentionStage implements Stage {

  private final List<MentionRule> rules;

  /** A stage over the shared word lists. */
  public MentionStage() {
    this(Lexicon.shared());
  }

  MentionStage(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    this.rules =
        List.of(
            InstitutionRules.offices(lexicon),
            InstitutionRules.seats(lexicon),
            InstitutionRules.outlets(lexicon),
            PlaceRules.capitalsAsGovernments(lexicon),
            NounPhraseRules.institutions(lexicon),
            NounPhraseRules.groups(lexicon),
            PlaceRules.facilities(lexicon),
            NounPhraseRules.roleNominals(lexicon),
            NameRules.gazetteerPeople(lexicon),
            PlaceRules.countryNames(lexicon),
            PlaceRules.demonyms(lexicon),
            NameRules.nerSpans(lexicon),
            NameRules.pronouns(lexicon));
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PARAGRAPHS, Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.MENTIONS);
  }

  @Override
  public Document apply(Document doc) {
    List<Paragraph> paragraphs = doc.get(Layers.PARAGRAPHS);
    List<Mention> found = new ArrayList<>();
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      Deadline.check();
      if (paragraphs.get(sentence.paragraphIndex()).zone().isText()) {
        found.addAll(mentionsIn(doc, doc.tokens(sentence)));
      }
    }
    found.sort(Comparator.comparing(Mention::span));
    List<Mention> numbered = new ArrayList<>();
    for (Mention m : found) {
      numbered.add(
          new Mention(
              "m" + numbered.size(), m.span(), m.text(), m.type(), m.kind(), null, m.rule()));
    }
    return doc.with(Layers.MENTIONS, numbered);
  }

  private List<Mention> mentionsIn(Document doc, List<Token> tokens) {
    Set<Integer> claimed = new HashSet<>();
    List<Mention> mentions = new ArrayList<>();
    for (MentionRule rule : rules) {
      for (Candidate candidate : rule.find(tokens)) {
        if (candidate.nested() || isFree(claimed, candidate)) {
          mentions.add(toMention(doc, tokens, candidate));
          for (int k = candidate.first(); k < candidate.end() && !candidate.nested(); k++) {
            claimed.add(k);
          }
        }
      }
    }
    return mentions;
  }

  private static boolean isFree(Set<Integer> claimed, Candidate candidate) {
    for (int k = candidate.first(); k < candidate.end(); k++) {
      if (claimed.contains(k)) {
        return false;
      }
    }
    return true;
  }

  private static Mention toMention(Document doc, List<Token> tokens, Candidate candidate) {
    CharSpan span =
        new CharSpan(tokens.get(candidate.first()).begin(), tokens.get(candidate.end() - 1).end());
    return new Mention(
        "", span, doc.textOf(span), candidate.type(), candidate.kind(), null, candidate.rule());
  }
}
