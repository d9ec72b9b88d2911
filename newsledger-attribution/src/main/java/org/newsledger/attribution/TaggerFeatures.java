package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsledger.core.text.Quotes;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * The features a sequence tagger reads for each token of one paragraph, delexicalized: open-class
 * words appear only as their part of speech, so the tagger learns shapes ("NNP said that ..."), not
 * names or topics. Each token gets its part of speech, name tag and closed-class word in a
 * five-token window, its quotation state, the distance to the nearest cue-list verb on either side
 * within its sentence, the place of its sentence in the paragraph and the rules' own verdict
 * (inside a rule content or not). Verbs and adjectives also give their lemma, at the token, beside
 * it and as the nearest verb to its left in the sentence: attitude and belief cues ("X fears", "is
 * confident") are an open list that shapes alone cannot tell. Features starting with {@code !} also
 * feed the tag-transition clique.
 */
final class TaggerFeatures {

  /** Parts of speech whose words are kept as words. */
  private static final Set<String> CLOSED_POS =
      Set.of(
          "DT", "IN", "TO", "CC", "PRP", "PRP$", "WP", "WP$", "WDT", "WRB", "MD", "EX", "PDT", "RP",
          "POS", "``", "''", ",", ".", ":", "-LRB-", "-RRB-", "HYPH", "NFP", "#", "$", "SYM");

  /** Lemmas kept as words whatever their part of speech. */
  private static final Set<String> KEPT_LEMMAS = Set.of("be", "have", "do", "not", "n't", "no");

  private final Article article;

  TaggerFeatures(Article article) {
    this.article = article;
  }

  /**
   * The features of tokens {@code [first, end)}, one paragraph; {@code ruleContent[i]} tells for
   * document token i whether a rule content covers it ('B' first token, 'I' inside, 'O' outside).
   */
  List<List<String>> of(int first, int end, char[] ruleContent) {
    int n = end - first;
    String[] cues = cueMarks(first, end);
    String[] quote = quoteStates(first, end);
    Word[] words = new Word[n];
    for (int i = 0; i < n; i++) {
      words[i] = word(article.token(first + i), cues[i], quote[i]);
    }
    int[] sentenceStart = new int[n];
    int[] sentenceEnd = new int[n];
    List<int[]> sentences = sentences(first, end, sentenceStart, sentenceEnd);
    boolean[] sentenceCue = new boolean[sentences.size()];
    boolean[] sentenceQuote = new boolean[sentences.size()];
    int[] sentenceOf = new int[n];
    for (int s = 0; s < sentences.size(); s++) {
      for (int i = sentences.get(s)[0]; i < sentences.get(s)[1]; i++) {
        sentenceOf[i] = s;
        sentenceCue[s] |= !cues[i].equals("-");
        sentenceQuote[s] |= quote[i].equals("open") || quote[i].equals("close");
      }
    }
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(64);
      f.add("B");
      for (int k = -2; k <= 2; k++) {
        int j = i + k;
        if (j < 0 || j >= n) {
          f.add("w" + k + "=<PAD>");
          continue;
        }
        f.add("w" + k + "=" + words[j].word);
        f.add("t" + k + "=" + words[j].pos);
        if (Math.abs(k) <= 1) {
          if (words[j].lemma != null) {
            f.add("l" + k + "=" + words[j].lemma);
          }
          f.add("n" + k + "=" + words[j].ner);
          f.add("cv" + k + "=" + words[j].cue);
          f.add("sh" + k + "=" + words[j].shape);
        }
      }
      Word w = words[i];
      Word prev = i > 0 ? words[i - 1] : null;
      Word next = i + 1 < n ? words[i + 1] : null;
      f.add("tt-=" + (prev != null ? prev.pos : "<S>") + "|" + w.pos);
      f.add("tt+=" + w.pos + "|" + (next != null ? next.pos : "<E>"));
      f.add("ww-=" + (prev != null ? prev.word : "<S>") + "|" + w.word);
      f.add("ww+=" + w.word + "|" + (next != null ? next.word : "<E>"));
      f.add("q=" + w.quote);
      f.add("qt=" + w.quote + "|" + w.pos);
      for (int k = 1; k <= 4; k++) {
        if (i - k >= 0) {
          f.add("dl=" + words[i - k].word);
        }
        if (i + k < n) {
          f.add("dr=" + words[i + k].word);
        }
      }
      int sa = sentenceStart[i];
      int sb = sentenceEnd[i];
      int dl = -1;
      for (int j = i - 1; j >= sa; j--) {
        if (!cues[j].equals("-")) {
          dl = i - j;
          break;
        }
      }
      int dr = -1;
      for (int j = i + 1; j < sb; j++) {
        if (!cues[j].equals("-")) {
          dr = j - i;
          break;
        }
      }
      for (int j = i - 1; j >= sa && j >= i - 8; j--) {
        if (words[j].pos.startsWith("VB") && words[j].lemma != null) {
          f.add("vL=" + words[j].lemma);
          f.add("vLd=" + words[j].lemma + "|" + bucket(i - j));
          break;
        }
      }
      f.add("cvL=" + bucket(dl));
      f.add("cvR=" + bucket(dr));
      f.add("cvLR=" + bucket(dl) + "|" + bucket(dr));
      if (dl > 0) {
        f.add("cvLc=" + cues[i - dl]);
        f.add("cvLt=" + bucket(dl) + "|" + w.pos);
        boolean that = false;
        boolean comma = false;
        for (int j = i - dl + 1; j <= i; j++) {
          that |= words[j].word.equals("that");
          comma |= words[j].word.equals(":") || words[j].word.equals(",");
        }
        f.add("cvThat=" + (that ? 1 : 0));
        f.add("cvColon=" + (comma ? 1 : 0));
      }
      if (dr > 0) {
        f.add("cvRc=" + cues[i + dr]);
        f.add("cvRt=" + bucket(dr) + "|" + w.pos);
        Word before = words[i + dr - 1];
        f.add("cvRprev=" + (before.ner.equals("O") ? before.pos : before.ner));
      }
      int s = sentenceOf[i];
      f.add("sPos=" + (s == 0 ? "first" : "mid"));
      f.add("sCue=" + bit(sentenceCue[s]));
      f.add("sQ=" + bit(sentenceQuote[s]));
      f.add("pCue=" + (s > 0 ? bit(sentenceCue[s - 1]) : "none"));
      f.add("nCue=" + (s + 1 < sentences.size() ? bit(sentenceCue[s + 1]) : "none"));
      f.add("sCueQ=" + bit(sentenceCue[s]) + "|" + bit(sentenceQuote[s]) + "|" + w.quote);
      f.add("tPos=" + bucket(i - sa));
      f.add("tEnd=" + bucket(sb - 1 - i));
      char rule = ruleContent[first + i];
      char rulePrev = i > 0 ? ruleContent[first + i - 1] : 'S';
      char ruleNext = i + 1 < n ? ruleContent[first + i + 1] : 'E';
      f.add("rs=" + rule);
      f.add("rs3=" + rulePrev + "|" + rule + "|" + ruleNext);
      f.add("rst=" + rule + "|" + w.pos);
      f.add("!B");
      f.add("!t=" + w.pos);
      f.add("!q=" + w.quote);
      f.add("!cv=" + w.cue);
      f.add("!cvp=" + (prev != null ? prev.cue : "<S>"));
      f.add("!sb=" + bit(i == sa));
      f.add(CLOSED_POS.contains(w.pos) ? "!w=" + w.word : "!wo");
      f.add("!cvL=" + bucket(dl));
      f.add("!rs=" + rulePrev + "|" + rule);
      f.replaceAll(String::intern);
      out.add(List.copyOf(f));
    }
    return out;
  }

  private record Word(
      String word, String pos, String ner, String shape, String cue, String quote, String lemma) {}

  private static Word word(Token token, String cue, String quote) {
    String lower = token.text().toLowerCase(java.util.Locale.ROOT);
    boolean closed =
        CLOSED_POS.contains(token.pos())
            || KEPT_LEMMAS.contains(token.lemma().toLowerCase(java.util.Locale.ROOT))
            || Quotes.isMark(token.text())
            || token.text().equals("'"); // the learned models were trained with it kept
    return new Word(
        closed ? lower : "<" + token.pos() + ">",
        token.pos(),
        token.ner(),
        shape(token.text()),
        cue,
        quote,
        token.pos().startsWith("VB") || token.pos().startsWith("JJ")
            ? token.lemma().toLowerCase(java.util.Locale.ROOT)
            : null);
  }

  /** Cue-list class per token: a verb, "n" + class for a noun, "m" + class in a phrase. */
  private String[] cueMarks(int first, int end) {
    String[] marks = new String[end - first];
    java.util.Arrays.fill(marks, "-");
    List<Token> tokens = article.tokens();
    for (int i = first; i < end; i++) {
      Token token = tokens.get(i);
      boolean verb = token.pos().startsWith("VB");
      boolean noun = token.pos().equals("NN") || token.pos().equals("NNS");
      if (!verb && !noun) {
        continue;
      }
      LemmaPhrases.Match<CueVerb> match = article.lexicon().cueVerb(tokens, i, end);
      if (match == null) {
        continue;
      }
      String cueClass = match.value().cueClass();
      if (match.end() - match.first() > 1) {
        for (int j = match.first(); j < match.end(); j++) {
          marks[j - first] = "m" + cueClass;
        }
      } else if (marks[i - first].equals("-")) {
        marks[i - first] = verb ? cueClass : "n" + cueClass;
      }
    }
    return marks;
  }

  /** open, close, in or out of a quotation, per token. */
  private String[] quoteStates(int first, int end) {
    String[] states = new String[end - first];
    boolean inside = false;
    for (int i = first; i < end; i++) {
      if (article.isOpenQuote(i)) {
        states[i - first] = "open";
        inside = true;
      } else if (article.isCloseQuote(i)) {
        states[i - first] = "close";
        inside = false;
      } else {
        states[i - first] = inside ? "in" : "out";
      }
    }
    return states;
  }

  /** Sentence ranges of the paragraph, paragraph-relative; fills each token's sentence bounds. */
  private List<int[]> sentences(int first, int end, int[] starts, int[] ends) {
    List<int[]> ranges = new ArrayList<>();
    int i = first;
    while (i < end) {
      Sentence sentence = article.sentenceOf(i);
      int a = Math.max(first, sentence.tokens().first());
      int b = Math.min(end, sentence.tokens().end());
      if (b <= i) {
        b = i + 1;
      }
      for (int j = a; j < b; j++) {
        starts[j - first] = a - first;
        ends[j - first] = b - first;
      }
      ranges.add(new int[] {a - first, b - first});
      i = b;
    }
    return ranges;
  }

  static String shape(String text) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < text.length() && s.length() < 6; k++) {
      char ch = text.charAt(k);
      char c =
          Character.isUpperCase(ch)
              ? 'X'
              : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
      if (s.length() == 0 || s.charAt(s.length() - 1) != c) {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static String bucket(int distance) {
    if (distance < 0) {
      return "none";
    }
    return distance <= 3
        ? Integer.toString(distance)
        : distance <= 6 ? "4-6" : distance <= 12 ? "7-12" : "13+";
  }

  private static String bit(boolean value) {
    return value ? "1" : "0";
  }
}
