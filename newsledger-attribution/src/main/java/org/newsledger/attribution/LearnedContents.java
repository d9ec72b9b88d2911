package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.TokenRange;
import org.newsledger.core.facts.EpistemicKind;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Contents that a learned {@link ContentTagger} finds where no rule did: per paragraph, runs of
 * CONTENT labels (a B-CONTENT label starts a new run; a run continues over punctuation and the
 * tagger's own CUE and SOURCE words between two of its parts) of at least {@value #MIN_WORDS} words
 * that share no token with a rule's content become findings. Their cue is the tagger's nearest CUE
 * run in the paragraph, their source its SOURCE run nearest that cue in the cue's sentence, else
 * the speaker of the attribution before. A run is kept only when the tagger's mean content
 * probability over its content-labelled tokens reaches the stage's minimum confidence (and {@value
 * #SHARED_CUE_CONFIDENCE} when its cue is a rule's), and never where its cue is an epistemic phrase
 * ("did not deny"): that is an epistemic act. A content run that strictly contains one rule's
 * content, and touches no other finding, widens that content instead, at the same confidence.
 */
final class LearnedContents {

  static final int MIN_WORDS = 2;

  /**
   * What a rule's name gains when the tagger widened its content: the content's extent then follows
   * the tagger's training data (PolNeAR dev exact-span F1 0.520 -> 0.595, overlap F1 0.747 ->
   * 0.748, with confidence 0.7; replacing rule contents the tagger cuts shorter or across: 0.732).
   */
  static final String EXTENT = "model:crf-extent";

  /**
   * The mean content probability a run needs when its cue is already a rule's: the same speaker
   * saying more (chosen on PolNeAR dev; 0.85 to 0.95 score alike).
   */
  static final double SHARED_CUE_CONFIDENCE = 0.9;

  private final Article article;
  private final ContentTagger tagger;
  private final double minConfidence;

  LearnedContents(Article article, ContentTagger tagger, double minConfidence) {
    this.article = article;
    this.tagger = tagger;
    this.minConfidence = minConfidence;
  }

  /** The tagger's sequences: each text paragraph's tokens with their features. */
  static List<TaggerSequence> sequences(Article article, List<Finding> findings) {
    int n = article.tokens().size();
    char[] ruleContent = new char[n];
    java.util.Arrays.fill(ruleContent, 'O');
    for (Finding finding : findings) {
      for (int i = finding.content().first(); i < finding.content().end(); i++) {
        ruleContent[i] = i == finding.content().first() ? 'B' : 'I';
      }
    }
    TaggerFeatures features = new TaggerFeatures(article);
    List<TaggerSequence> sequences = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Sentence sentence = article.sentenceOf(i);
      int end = Math.max(i + 1, article.paragraphEndToken(sentence));
      List<String> words = new ArrayList<>(end - i);
      for (int j = i; j < end; j++) {
        words.add(article.token(j).text());
      }
      sequences.add(
          new TaggerSequence(new TokenRange(i, end), words, features.of(i, end, ruleContent)));
      i = end;
    }
    return sequences;
  }

  /**
   * {@code findings} with the tagger's contents added, and with each rule content widened to the
   * tagger's content run around it where that run holds no other finding's content, cue or source
   * (its rule name then gains {@value #EXTENT}).
   */
  List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    boolean[] taken = new boolean[article.tokens().size()];
    for (Finding finding : findings) {
      mark(taken, finding.content());
      mark(taken, finding.cue());
    }
    List<TaggerSequence> tagged = new ArrayList<>();
    for (TaggerSequence sequence : sequences(article, findings)) {
      if (article.paragraphOf(article.sentenceOf(sequence.tokens().first())).zone().isText()
          && (!SKIP || mayAttribute(sequence.tokens(), findings))) {
        tagged.add(sequence);
      }
    }
    List<ContentTagger.Tagging> taggings = tagger.tagAll(tagged);
    for (int t = 0; t < tagged.size(); t++) {
      TaggerSequence sequence = tagged.get(t);
      ContentTagger.Tagging tagging = taggings.get(t);
      List<String> labels = tagging.labels();
      int offset = sequence.tokens().first();
      List<int[]> runs = contentRuns(labels, offset);
      for (int[] run : runs) {
        TokenSpan span = new TokenSpan(run[0], run[1]);
        int widened = widenedBy(out, span);
        if (widened >= 0 && confidence(tagging, labels, offset, span) >= minConfidence) {
          Finding f = out.get(widened);
          out.set(
              widened,
              new Finding(
                  f.rule() + "+" + EXTENT, f.kind(), f.cue(), span, f.source(), f.implicit()));
          mark(taken, span);
        }
      }
      for (int[] run : runs) {
        TokenSpan content = new TokenSpan(run[0], run[1]);
        if (words(content) < MIN_WORDS
            || overlaps(taken, content)
            || confidence(tagging, labels, offset, content) < minConfidence) {
          continue;
        }
        TokenSpan cue = nearest(labels, offset, "CUE", content, null);
        if (cue == null
            || overlaps(taken, cue)
                && confidence(tagging, labels, offset, content) < SHARED_CUE_CONFIDENCE
            || isEpistemicAct(cue)) {
          continue;
        }
        Finding shared = withCue(out, cue);
        Sentence cueSentence = article.sentenceOf(cue.first());
        TokenSpan source =
            shared != null ? shared.source() : nearest(labels, offset, "SOURCE", cue, cueSentence);
        Finding.ImplicitSource implicit =
            shared != null
                ? shared.implicit()
                : source == null ? Finding.ImplicitSource.PREVIOUS : Finding.ImplicitSource.NONE;
        out.add(new Finding(tagger.name(), null, cue, content, source, implicit));
        mark(taken, content);
        mark(taken, cue);
      }
    }
    return out;
  }

  static final boolean SKIP = !Boolean.getBoolean("newsledger.tagger.noskip");

  /**
   * Whether the tagger's labels on paragraph {@code tokens} can change anything: a rule's finding
   * lies in it (its content may be widened, its cue shared), or a word that may be a cue: any verb
   * (the tagger learns cues off the word lists, "the board telegraphed"), a cue-list noun or
   * phrase, a report noun. Without a cue in the paragraph no learned content is kept (see {@link
   * #apply}), so the other paragraphs (datelines, captions, headings, verbless fragments) are not
   * tagged at all, and the encoder, most of the learned path's time, skips them.
   */
  private boolean mayAttribute(TokenRange tokens, List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding.cue().first() < tokens.end() && tokens.first() < finding.cue().end()
          || finding.content().first() < tokens.end() && tokens.first() < finding.content().end()) {
        return true;
      }
    }
    List<Token> all = article.tokens();
    for (int i = tokens.first(); i < tokens.end(); i++) {
      if (all.get(i).pos().startsWith("VB")
          || article.lexicon().cueVerb(all, i, tokens.end()) != null
          || article.lexicon().cuePhrase(all, i, tokens.end()) != null
          || article.lexicon().isReportNoun(all.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the one finding whose content {@code run} strictly contains, where the run shares
   * no token with any other finding's content or cue, nor with that finding's cue or source; -1 if
   * there is none.
   */
  private static int widenedBy(List<Finding> findings, TokenSpan run) {
    int inside = -1;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.content().overlaps(run)) {
        if (inside >= 0) {
          return -1;
        }
        inside = i;
      } else if (f.cue().overlaps(run)) {
        return -1;
      }
    }
    if (inside < 0) {
      return -1;
    }
    Finding f = findings.get(inside);
    boolean clear = !run.overlaps(f.cue()) && (f.source() == null || !run.overlaps(f.source()));
    return run.strictlyContains(f.content()) && clear ? inside : -1;
  }

  /** The rule finding whose cue shares a token with {@code cue}, or null. */
  private static Finding withCue(List<Finding> findings, TokenSpan cue) {
    for (Finding finding : findings) {
      if (finding.cue().overlaps(cue)) {
        return finding;
      }
    }
    return null;
  }

  /**
   * Whether an epistemic phrase of the word list ("did not deny", "declined to comment") shares a
   * token with {@code cue}: such a stance is an epistemic act on its content, never a statement.
   */
  private boolean isEpistemicAct(TokenSpan cue) {
    Sentence sentence = article.sentenceOf(cue.first());
    int end = sentence.tokens().end();
    for (int i = sentence.tokens().first(); i < cue.end(); i++) {
      LemmaPhrases.Match<EpistemicKind> match =
          article.lexicon().epistemicAct(article.tokens(), i, end);
      if (match != null && match.first() < cue.end() && cue.first() < match.end()) {
        return true;
      }
    }
    return false;
  }

  /** Mean content probability over the content-labelled tokens of {@code run}. */
  private static double confidence(
      ContentTagger.Tagging tagging, List<String> labels, int offset, TokenSpan run) {
    double sum = 0;
    int n = 0;
    for (int i = run.first(); i < run.end(); i++) {
      if (isContent(labels.get(i - offset))) {
        sum += tagging.content().get(i - offset);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Content runs as document token [first, end) pairs. */
  private List<int[]> contentRuns(List<String> labels, int offset) {
    List<int[]> runs = new ArrayList<>();
    int n = labels.size();
    int i = 0;
    while (i < n) {
      if (!isContent(labels.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && labels.get(j).equals("CONTENT")) {
        j++;
      }
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null
          && labels.get(i).equals("CONTENT")
          && bridgeable(labels, offset, last[1], i)) {
        last[1] = offset + j;
      } else {
        runs.add(new int[] {offset + i, offset + j});
      }
      i = j;
    }
    return runs;
  }

  private boolean bridgeable(List<String> labels, int offset, int fromDoc, int toLocal) {
    for (int k = fromDoc - offset; k < toLocal; k++) {
      String label = labels.get(k);
      if (article.isPunctuation(offset + k) || label.equals("CUE") || label.equals("SOURCE")) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean isContent(String label) {
    return label.equals("CONTENT") || label.equals("B-CONTENT");
  }

  /**
   * The run labelled {@code label} nearest to {@code near} and sharing no token with it, inside
   * {@code within} unless that is null; null if there is none.
   */
  private static TokenSpan nearest(
      List<String> labels, int offset, String label, TokenSpan near, Sentence within) {
    TokenSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TokenSpan run : runsOf(labels, offset, label)) {
      if (within != null && !within.tokens().contains(run.first())) {
        continue;
      }
      int distance =
          run.end() <= near.first() ? near.first() - run.end() : run.first() - near.end();
      if (distance >= 0 && distance < bestDistance) {
        best = run;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static List<TokenSpan> runsOf(List<String> labels, int offset, String label) {
    List<TokenSpan> runs = new ArrayList<>();
    int i = 0;
    while (i < labels.size()) {
      if (!labels.get(i).equals(label)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < labels.size() && labels.get(j).equals(label)) {
        j++;
      }
      runs.add(new TokenSpan(offset + i, offset + j));
      i = j;
    }
    return runs;
  }

  private int words(TokenSpan span) {
    int words = 0;
    for (int i = span.first(); i < span.end(); i++) {
      words += article.isPunctuation(i) ? 0 : 1;
    }
    return words;
  }

  private static void mark(boolean[] taken, TokenSpan span) {
    for (int i = span.first(); i < span.end(); i++) {
      taken[i] = true;
    }
  }

  private static boolean overlaps(boolean[] taken, TokenSpan span) {
    for (int i = span.first(); i < span.end(); i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
