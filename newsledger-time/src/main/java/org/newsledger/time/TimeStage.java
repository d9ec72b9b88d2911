package org.newsledger.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.facts.TimeType;
import org.newsledger.core.pipeline.Deadline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Recognizes time expressions in every sentence (dateline included) and normalizes them to
 * TimeML/ISO 8601 values against the reference date, the article's publication date.
 *
 * <p>Recognition is an ordered list of named rules; where matches overlap the longest wins, then
 * the earlier rule. A clock time next to a date ("Monday at 9 a.m.") merges into one TIME.
 *
 * <p>Resolution policy for a weekday, or a month or day-of-month written without a year, follows
 * the tense of the clause (see {@link Tenses}): past (VBD, VBN, "have" + VBN) takes the most recent
 * such day on or before the reference date, the same weekday being the reference date itself;
 * future ("will", "going to", present progressive) takes the first one on or after it; unknown
 * tense takes the news default, the most recent past one. "last"/"next" take the one strictly
 * before/after. Without a reference date expressions are still recognized, relative ones get a null
 * value and the document gets a {@code no_reference_date} diagnostic.
 */
public final class TimeStage implements Stage {

  private final TimeLexicon lexicon;
  private final List<Rule> rules;

  /** Loads the word lists and builds the rules. */
  public TimeStage() {
    lexicon = new TimeLexicon();
    Fragments fragments = new Fragments(lexicon);
    List<Rule> all = new ArrayList<>(DateRules.rules(fragments));
    all.addAll(RelativeRules.rules(lexicon, fragments));
    all.addAll(DurationRules.rules(lexicon, fragments));
    rules = List.copyOf(all);
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PARAGRAPHS, Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public Document apply(Document doc) {
    LocalDate reference = ArticleMeta.dayOf(doc.meta().published());
    List<Candidate> found = new ArrayList<>();
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      Deadline.check();
      found.addAll(ClockMerges.merge(doc.text(), select(candidates(doc, sentence, reference))));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (Candidate candidate : found) {
      boolean unanchored =
          candidate.type() == TimeType.TIME && DurationRules.unanchoredClock(candidate.value());
      String value = unanchored ? null : candidate.value();
      times.add(
          new TimeExpression(
              "d" + (times.size() + 1),
              candidate.span(),
              doc.textOf(candidate.span()),
              candidate.type(),
              value,
              candidate.rule()));
    }
    Document result = doc.with(Layers.TIMES, times);
    if (reference == null) {
      result =
          result.withDiagnostic(
              new Diagnostic(
                  "no_reference_date",
                  "no publication date: relative time expressions are left unresolved",
                  name(),
                  null));
    }
    return result;
  }

  private List<Candidate> candidates(Document doc, Sentence sentence, LocalDate reference) {
    List<Token> tokens = doc.tokens(sentence);
    Context context =
        new Context(
            reference,
            (offset, progressive) -> Tenses.at(tokens, offset, progressive, lexicon.tenseCues),
            lexicon);
    CharSpan span = sentence.span();
    List<Candidate> candidates = new ArrayList<>();
    for (int order = 0; order < rules.size(); order++) {
      Rule rule = rules.get(order);
      Matcher matcher = rule.pattern().matcher(doc.text()).region(span.begin(), span.end());
      while (matcher.find()) {
        Rule.Resolved resolved = rule.resolver().resolve(matcher, context);
        if (resolved != null && matcher.end("x") > matcher.start("x")) {
          CharSpan extent = new CharSpan(matcher.start("x"), matcher.end("x"));
          candidates.add(
              new Candidate(extent, resolved.type(), resolved.value(), rule.name(), order));
        }
      }
    }
    return candidates;
  }

  /** Longest first, then earliest rule; keeps the candidates that overlap none kept before. */
  private static List<Candidate> select(List<Candidate> candidates) {
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(
        Comparator.comparingInt((Candidate c) -> -c.span().length())
            .thenComparingInt(Candidate::ruleOrder));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : ordered) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparing(Candidate::span));
    return kept;
  }
}
