package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsledger.core.facts.EpistemicKind;
import org.newsledger.core.pipeline.Deadline;
import org.newsledger.core.text.Sentence;

/**
 * The ordered rules of attribution, each with one name: for every text sentence each rule in turn
 * finds candidates, and the cascade stamps the rule's name on each one whose cue is still free and
 * claims that cue (the first rule to claim a cue wins). Rules can be switched off by name, to
 * measure what each contributes. Immutable and thread-safe.
 */
final class Cascade {

  /** A rule and the name it puts on what it finds. */
  private record Sieve(String name, Rule rule) {}

  private static final List<Sieve> SIEVES =
      List.of(
          new Sieve(DashRule.SAID_AFTER, new DashRule(true)),
          new Sieve(DashRule.SOURCE_SAID, new DashRule(false)),
          new Sieve(AccordingToRule.NAME, new AccordingToRule()),
          new Sieve(AsStatedRule.NAME, new AsStatedRule()),
          new Sieve(PassiveItRule.NAME, new PassiveItRule()),
          new Sieve(ExpectedToRule.NAME, new ExpectedToRule()),
          new Sieve(AppearsRule.NAME, new AppearsRule()),
          new Sieve(InSourceRule.NAME, new InSourceRule()),
          new Sieve(AskedRule.NAME, new AskedRule()),
          new Sieve(SaidThatRule.NAME, new SaidThatRule(false)),
          new Sieve(SaidThatRule.STATEMENT_ISSUER, new SaidThatRule(true)),
          new Sieve(SaidAfterRule.NAME, new SaidAfterRule()),
          new Sieve(ParticipleRule.NAME, new ParticipleRule()),
          new Sieve(PassiveByRule.NAME, new PassiveByRule()),
          new Sieve(ReportNounRule.NAME, new ReportNounRule()),
          new Sieve(StanceNounRule.NAME, new StanceNounRule()),
          new Sieve(StanceAdjectiveRule.NAME, new StanceAdjectiveRule()),
          new Sieve(QuoteContinuationRule.NAME, new QuoteContinuationRule()),
          new Sieve(ColonSpeakerRule.NAME, new ColonSpeakerRule()),
          new Sieve(QuoteDashSpeakerRule.NAME, new QuoteDashSpeakerRule()));

  private final List<Sieve> sieves;

  /** The cascade without the rules named in {@code off}; an unknown name is an error. */
  Cascade(Set<String> off) {
    Set<String> unknown = new LinkedHashSet<>(off);
    unknown.removeAll(names());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("no attribution rule named " + unknown + ": " + names());
    }
    this.sieves = SIEVES.stream().filter(s -> !off.contains(s.name())).toList();
  }

  /** The names of all rules, in cascade order. */
  static List<String> names() {
    return SIEVES.stream().map(Sieve::name).toList();
  }

  /**
   * The findings of the switched-on rules in the article's text sentences, by cue position, cues
   * claimed in {@code claims}; judgments and expectations nested in another finding's content and
   * the article's own hedges ({@link UnattributedHedges}) dropped; quotations stretched over the
   * paragraphs they run on.
   */
  List<Finding> findAll(Article article, Claims claims) {
    List<Finding> findings = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      Deadline.check();
      if (!article.paragraphOf(sentence).zone().isText()) {
        continue;
      }
      for (Sieve sieve : sieves) {
        for (Candidate candidate : sieve.rule().find(article, sentence, claims)) {
          if (claims.isFree(candidate.cue()) && !opensStance(article, candidate.cue())) {
            claims.claim(candidate.cue());
            findings.add(candidate.stamped(sieve.name()));
          }
        }
      }
    }
    findings.sort(Comparator.comparingInt(f -> f.cue().first()));
    List<Finding> kept =
        UnattributedHedges.without(article, withoutNestedJudgments(article, findings));
    return new QuoteParagraphs(article).stretch(kept);
  }

  /**
   * True when the cue opens a stance that is not a statement ("declined to comment", "refused to
   * say"): an epistemic act, left to {@link EpistemicFinder}.
   */
  private static boolean opensStance(Article article, TokenSpan cue) {
    int first = cue.first();
    int end = article.sentenceOf(first).tokens().end();
    LemmaPhrases.Match<EpistemicKind> act =
        article.lexicon().epistemicAct(article.tokens(), first, end);
    return act != null
        && act.value() != EpistemicKind.CONFIRMED
        && act.value() != EpistemicKind.DENIED;
  }

  /**
   * Drops "criticized X"-like findings and impersonal expectations standing inside another
   * finding's content, and "she plans to ..." restating the speaker of an earlier cue whose content
   * it opens.
   */
  private static List<Finding> withoutNestedJudgments(Article article, List<Finding> findings) {
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : findings) {
      LemmaPhrases.Match<CueVerb> verb =
          article.lexicon().cueVerb(article.tokens(), finding.cue().first(), finding.cue().end());
      boolean dependent =
          verb != null && verb.value().isJudgment() || finding.rule().equals(ExpectedToRule.NAME);
      boolean nested =
          dependent
                  && findings.stream()
                      .anyMatch(
                          other ->
                              other != finding
                                  && (other.content().contains(finding.cue().first())
                                      || sourceInside(finding, other)))
              || restatesOuterSpeaker(article, finding, findings);
      if (!nested) {
        kept.add(finding);
      }
    }
    return kept;
  }

  /**
   * True when the finding's source stands inside the other's content ("Voters who said the economy
   * was their top concern backed him": "their top concern" is no subject of "backed").
   */
  private static boolean sourceInside(Finding finding, Finding other) {
    TokenSpan source = finding.source();
    return source != null
        && other.content().contains(source.first())
        && other.cue().end() <= source.first();
  }

  /**
   * True for "she plans to ..." as the content of "X said she plans to ...": a pronoun subject
   * opening the content of an earlier cue names that cue's speaker again.
   */
  private static boolean restatesOuterSpeaker(
      Article article, Finding finding, List<Finding> findings) {
    TokenSpan source = finding.source();
    if (source == null
        || source.end() - source.first() != 1
        || !article.token(source.first()).pos().equals("PRP")) {
      return false;
    }
    return findings.stream()
        .anyMatch(
            other ->
                other != finding
                    && other.cue().end() <= source.first()
                    && other.content().first() == source.first());
  }
}
