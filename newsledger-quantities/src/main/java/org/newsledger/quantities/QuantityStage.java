package org.newsledger.quantities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.pipeline.Deadline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Finds numbers with their qualifier and what they count or measure ("over a million people", "50%
 * tariff", "1.6 trillion euros ($1.7 trillion)"). Stateless and thread-safe; skips numbers inside
 * time expressions when the TIMES layer is present.
 */
public final class QuantityStage implements Stage {

  static final String CONVERSION_RULE = "quantity:money-with-conversion";

  private final SentenceScanner scanner;

  /** A stage with the word lists shipped with newsledger. */
  public QuantityStage() {
    this.scanner = new SentenceScanner(QuantityLexicon.load());
  }

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PARAGRAPHS, Layers.TOKENS, Layers.SENTENCES);
  }

  /** Times, when present: a number inside a time expression is not a quantity. */
  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.QUANTITIES);
  }

  @Override
  public Document apply(Document doc) {
    List<Quantity> quantities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>(doc.getOrEmpty(Layers.TIMES));
    times.sort(Comparator.comparingInt(time -> time.span().begin()));
    int[] maxEnds = new int[times.size()];
    for (int t = 0; t < times.size(); t++) {
      maxEnds[t] = Math.max(t == 0 ? 0 : maxEnds[t - 1], times.get(t).span().end());
    }
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      Deadline.check();
      List<Token> tokens = doc.tokens(sentence);
      List<Reading> readings = new ArrayList<>();
      scanner.scan(tokens, timeTokens(tokens, times, maxEnds), readings::add);
      addSentence(doc.text(), tokens, readings, quantities);
    }
    return doc.with(Layers.QUANTITIES, quantities);
  }

  private static void addSentence(
      String text, List<Token> tokens, List<Reading> readings, List<Quantity> out) {
    Reading previous = null;
    for (Reading reading : readings) {
      String id = "q" + (out.size() + 1);
      boolean conversion =
          previous != null
              && previous.money()
              && reading.money()
              && reading.start() == previous.unitEnd() + 1
              && tokens.get(previous.unitEnd()).isPos("-LRB-");
      String equivalentOf = conversion ? out.get(out.size() - 1).id() : null;
      out.add(quantity(text, tokens, reading, id, equivalentOf));
      previous = reading;
    }
  }

  private static Quantity quantity(
      String text, List<Token> tokens, Reading r, String id, String equivalentOf) {
    CharSpan span = CharSpan.of(tokens.get(r.start()).begin(), tokens.get(r.end() - 1).end());
    int numberEnd = r.upper() != null ? r.upper().end() : r.amount().end();
    CharSpan number =
        CharSpan.of(tokens.get(r.amount().first()).begin(), tokens.get(numberEnd - 1).end());
    Excerpt counted =
        r.counted() == null
            ? null
            : Excerpt.of(
                text,
                tokens.get(r.counted().first()).begin(),
                tokens.get(r.counted().end() - 1).end());
    return new Quantity(
        id,
        span,
        span.textOf(text),
        number.textOf(text),
        r.amount().value(),
        r.upper() == null ? null : r.upper().value(),
        r.effectiveQualifier(),
        r.unit(),
        counted,
        equivalentOf,
        equivalentOf != null ? CONVERSION_RULE : r.rule());
  }

  /**
   * Indexes (within the sentence) of tokens inside time expressions; {@code times} sorted by begin.
   * Binary searches keep this linear in the article however many times and tokens it holds.
   */
  private static Set<Integer> timeTokens(
      List<Token> tokens, List<TimeExpression> times, int[] maxEnds) {
    Set<Integer> inside = new HashSet<>();
    if (tokens.isEmpty()) {
      return inside;
    }
    CharSpan sentence = CharSpan.of(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    for (int t = firstEndingAfter(times, maxEnds, sentence.begin());
        t < times.size() && times.get(t).span().begin() < sentence.end();
        t++) {
      CharSpan time = times.get(t).span();
      for (int i = Token.firstEndingAfter(tokens, time.begin());
          i < tokens.size() && time.overlaps(tokens.get(i).span());
          i++) {
        inside.add(i);
      }
    }
    return inside;
  }

  /**
   * The first time that can end after {@code offset}: binary search on begins, then back while an
   * earlier time ({@code maxEnds[t]}: the largest end of times 0..t) reaches past it.
   */
  private static int firstEndingAfter(List<TimeExpression> times, int[] maxEnds, int offset) {
    int low = 0;
    int high = times.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (times.get(mid).span().begin() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    while (low > 0 && maxEnds[low - 1] > offset) {
      low--;
    }
    return low;
  }
}
