package org.newsledger.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.lexicon.WordList;

/**
 * Where in a sentence the NER tagger has something to find: runs of tokens that hold a capital
 * letter, a digit, a cardinal number or a number word, widened by {@link #CONTEXT} tokens on each
 * side (the CRF's features look at neighbours) and to whole hyphen-glued words ("al-Assad").
 * Everything outside the windows is tagged O without running the tagger, which saves about a third
 * of its work on news text while agreeing with a whole-sentence run on nearly every entity token.
 */
final class NerWindows {

  /**
   * Tokens of context kept on each side of a candidate run: the CoNLL model's disjunctive features
   * see four words each way, so four keeps its answers on the candidates (with two, a word like
   * "Mayor" two tokens into a window was taken for part of a name).
   */
  static final int CONTEXT = 4;

  /** What the window finder needs of a token. */
  record Word(String text, String tag, int begin, int end) {}

  /** Token positions [begin, end) of one window. */
  record Window(int begin, int end) {}

  private static final Set<String> NUMBER_WORDS =
      WordList.load(NerWindows.class, "number-words.txt").firstColumnLowerCase();

  private NerWindows() {}

  /** The windows of one sentence, in order, non-overlapping. */
  static List<Window> of(List<Word> words) {
    int n = words.size();
    boolean[] candidate = new boolean[n];
    for (int i = 0; i < n; i++) {
      candidate[i] = isCandidate(words.get(i), i == 0);
    }
    List<Window> windows = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!candidate[i]) {
        i++;
        continue;
      }
      int last = i;
      int next = nextCandidate(candidate, last + 1);
      while (next >= 0 && next - last <= 2 * CONTEXT + 1) {
        last = next;
        next = nextCandidate(candidate, last + 1);
      }
      int begin =
          Math.max(windows.isEmpty() ? 0 : windows.get(windows.size() - 1).end, i - CONTEXT);
      int end = Math.min(n, last + 1 + CONTEXT);
      while (begin > 0 && glued(words.get(begin - 1), words.get(begin))) {
        begin--;
      }
      while (end < n && glued(words.get(end - 1), words.get(end))) {
        end++;
      }
      if (!windows.isEmpty() && begin <= windows.get(windows.size() - 1).end) {
        begin = windows.remove(windows.size() - 1).begin;
      }
      windows.add(new Window(begin, end));
      i = end;
    }
    return windows;
  }

  private static int nextCandidate(boolean[] candidate, int from) {
    for (int j = from; j < candidate.length; j++) {
      if (candidate[j]) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A token the tagger may label: a capital anywhere (but a sentence's first word only when tagged
   * a proper noun or adjective: "The" is not a name, "Israeli" may be), a digit, a cardinal, or a
   * number word.
   */
  static boolean isCandidate(Word word, boolean sentenceStart) {
    String text = word.text();
    if (word.tag().equals("CD") || text.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    if (NUMBER_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (text.chars().noneMatch(Character::isUpperCase)) {
      return false;
    }
    return !sentenceStart || word.tag().startsWith("NNP") || word.tag().equals("JJ");
  }

  private static boolean glued(Word left, Word right) {
    return left.end() == right.begin();
  }
}
