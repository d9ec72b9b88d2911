package org.newsledger.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Quotes;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;
import org.newsledger.core.text.Zone;

/** A read-only view of one document for the rules: tokens, sentences, paragraphs, grammar tests. */
final class Article {

  private final Document doc;
  private final Lexicon lexicon;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<Paragraph> paragraphs;

  /** By sentence index: the first token of its paragraph and the token after the paragraph. */
  private final int[] paragraphFirst;

  private final int[] paragraphEnd;

  /** Words some token tags a person or an organization; made on first use. */
  private Set<String> namedWords;

  /** By token: whether it stands after an opening quote of its paragraph; made on first use. */
  private boolean[] quoted;

  private NounPhrases phrases;
  private Contents contents;
  private Quotations quotations;
  private ObjectContents objects;

  /**
   * A view of {@code doc}, whose tokens and sentences the token repair has mended (see {@link
   * org.newsledger.core.nlp.TokenRepairStage}).
   */
  Article(Document doc, Lexicon lexicon) {
    this.doc = doc;
    this.lexicon = lexicon;
    this.tokens = doc.get(Layers.TOKENS);
    this.paragraphs = doc.get(Layers.PARAGRAPHS);
    this.sentences = doc.get(Layers.SENTENCES);
    this.paragraphFirst = new int[sentences.size()];
    this.paragraphEnd = new int[sentences.size()];
    for (int k = 0; k < sentences.size(); k++) {
      boolean continues =
          k > 0
              && sentences.get(k - 1).paragraphIndex() == sentences.get(k).paragraphIndex()
              && sentences.get(k - 1).tokens().end() == sentences.get(k).tokens().first();
      paragraphFirst[k] = continues ? paragraphFirst[k - 1] : sentences.get(k).tokens().first();
    }
    for (int k = sentences.size() - 1; k >= 0; k--) {
      boolean continued =
          k + 1 < sentences.size()
              && sentences.get(k + 1).paragraphIndex() == sentences.get(k).paragraphIndex()
              && sentences.get(k).tokens().end() == sentences.get(k + 1).tokens().first();
      paragraphEnd[k] = continued ? paragraphEnd[k + 1] : sentences.get(k).tokens().end();
    }
  }

  /** The article's noun-phrase finder (subjects, speakers), shared by every rule. */
  NounPhrases phrases() {
    if (phrases == null) {
      phrases = new NounPhrases(this);
    }
    return phrases;
  }

  /** Where the article's reported contents begin and end, shared by every rule. */
  Contents contents() {
    if (contents == null) {
      contents = new Contents(this, phrases(), quotations());
    }
    return contents;
  }

  /** Which quotation marks pair up, shared by every rule. */
  Quotations quotations() {
    if (quotations == null) {
      quotations = new Quotations(this);
    }
    return quotations;
  }

  /** Where noun-phrase contents ("criticized the plan") end, shared by every rule. */
  ObjectContents objects() {
    if (objects == null) {
      objects = new ObjectContents(this, phrases());
    }
    return objects;
  }

  Document doc() {
    return doc;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  Token token(int index) {
    return tokens.get(index);
  }

  /** The first token ending after {@code offset}, or the last token when none does. */
  int tokenEndingAfter(int offset) {
    return Math.min(Token.firstEndingAfter(tokens, offset), tokens.size() - 1);
  }

  /** True when some token with this text is tagged a person or an organization. */
  boolean namedAnywhere(String word) {
    if (namedWords == null) {
      namedWords = new HashSet<>();
      for (Token t : tokens) {
        if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
          namedWords.add(t.text());
        }
      }
    }
    return namedWords.contains(word);
  }

  Sentence sentenceOf(int tokenIndex) {
    return sentences.get(tokens.get(tokenIndex).sentenceIndex());
  }

  Paragraph paragraphOf(Sentence sentence) {
    return paragraphs.get(sentence.paragraphIndex());
  }

  /** True when the sentence stands in a headline or subheading. */
  boolean inHeadline(Sentence sentence) {
    Zone zone = paragraphOf(sentence).zone();
    return zone == Zone.HEADLINE || zone == Zone.SUBHEADING;
  }

  /** Index of the first token of the sentence's paragraph. */
  int paragraphFirstToken(Sentence sentence) {
    return paragraphFirst[sentenceOf(sentence.tokens().first()).index()];
  }

  /** Index after the last token of the sentence's paragraph. */
  int paragraphEndToken(Sentence sentence) {
    return paragraphEnd[sentenceOf(sentence.tokens().first()).index()];
  }

  /** Char span from the start of token {@code first} to the end of token {@code last}. */
  CharSpan span(int first, int last) {
    return new CharSpan(tokens.get(first).begin(), tokens.get(last).end());
  }

  /** True for a dash standing apart between spaces (" - ", " – "), not a hyphen inside a word. */
  boolean isDash(int i) {
    Token t = tokens.get(i);
    String word = t.text();
    boolean dashText =
        word.equals("-") || word.equals("--") || word.equals("\u2013") || word.equals("\u2014");
    String text = doc.text();
    boolean spacedBefore = t.begin() == 0 || Character.isWhitespace(text.charAt(t.begin() - 1));
    boolean spacedAfter = t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end()));
    return dashText && spacedBefore && spacedAfter;
  }

  /** True for an opening quotation mark, judged by the spaces around it (taggers lose track). */
  boolean isOpenQuote(int i) {
    return quoteDirection(i) > 0;
  }

  /** True for a closing quotation mark. */
  boolean isCloseQuote(int i) {
    return quoteDirection(i) < 0;
  }

  /** 1 for an opening quote, -1 for a closing one, 0 for any other token. */
  private int quoteDirection(int i) {
    return Quotes.direction(tokens, i, doc.text(), sentenceOf(i).tokens().first());
  }

  /** True when token {@code i} stands between an opening and a closing quote of its paragraph. */
  boolean insideQuote(int i) {
    if (quoted == null) {
      quoted = new boolean[tokens.size()];
      for (int j = 0; j < tokens.size(); j++) {
        boolean first = j == paragraphFirst[sentenceOf(j).index()];
        quoted[j] = !first && nextState(quoted[j - 1], j - 1);
      }
    }
    return quoted[i];
  }

  /** Whether the token after {@code j} is inside a quote, given whether {@code j} is. */
  private boolean nextState(boolean open, int j) {
    return isOpenQuote(j) || !isCloseQuote(j) && open;
  }

  boolean isQuote(int i) {
    return isOpenQuote(i) || isCloseQuote(i);
  }

  /** True for sentence-final or clause punctuation that content spans never start or end with. */
  boolean isPunctuation(int i) {
    String pos = tokens.get(i).pos();
    return pos.equals(",")
        || pos.equals(".")
        || pos.equals(":")
        || pos.equals("-LRB-")
        || pos.equals("-RRB-")
        || isDash(i);
  }

  boolean isComma(int i) {
    return Pos.isComma(tokens.get(i));
  }

  /** True for a noun, pronoun or number that can head a noun phrase. */
  boolean isNominal(int i) {
    return Pos.isNominal(tokens.get(i));
  }

  /** True for an auxiliary or modal verb (be, have, do, will). */
  boolean isAuxiliary(int i) {
    Token t = tokens.get(i);
    if (t.pos().equals("MD") || contractedAuxiliary(i)) {
      return true;
    }
    String lemma = t.lemma();
    return t.isPos("VB") && (lemma.equals("be") || lemma.equals("have") || lemma.equals("do"));
  }

  /** True for "'s" after a personal pronoun ("He’s claiming"), which taggers read as possessive. */
  boolean contractedAuxiliary(int i) {
    String text = tokens.get(i).text();
    return (text.equals("\u2019s") || text.equals("'s"))
        && i > 0
        && tokens.get(i - 1).pos().equals("PRP");
  }

  /** True for a verb with tense: past, present or a modal. */
  boolean isFiniteVerb(int i) {
    return Pos.isFiniteVerb(tokens.get(i));
  }

  /** True when a verb with tense stands in [{@code from}, {@code end}). */
  boolean hasFiniteVerb(int from, int end) {
    for (int i = from; i < end; i++) {
      if (isFiniteVerb(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a word that can stand inside a noun or prepositional phrase: a noun, adjective,
   * determiner, possessive, number or preposition.
   */
  boolean isPhraseWord(int i) {
    String pos = tokens.get(i).pos();
    return inHyphenatedWord(i) // "in a 34-page order"
        || pos.startsWith("NN")
        || pos.startsWith("JJ")
        || pos.equals("DT")
        || pos.equals("PRP$")
        || pos.equals("POS")
        || pos.equals("CD")
        || pos.equals("IN");
  }

  /**
   * True for a hyphen inside a word, or a part of a word joined by one ("far-right": the tagger
   * reads "far" as an adverb), whatever the parts' tags.
   */
  boolean inHyphenatedWord(int i) {
    return wordHyphen(i) || wordHyphen(i - 1) || wordHyphen(i + 1) || isHyphenatedToken(i);
  }

  /**
   * True for one token holding a hyphen between letters ("co-host", which taggers read as a verb).
   */
  boolean isHyphenatedToken(int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    String text = token(i).text();
    int hyphen = text.indexOf('-');
    return hyphen > 0
        && hyphen < text.length() - 1
        && Character.isLetter(text.charAt(hyphen - 1))
        && Character.isLetter(text.charAt(hyphen + 1));
  }

  private boolean wordHyphen(int i) {
    if (i <= 0 || i + 1 >= tokens.size() || !token(i).pos().equals("HYPH")) {
      return false;
    }
    Token hyphen = token(i);
    return token(i - 1).end() == hyphen.begin()
        && hyphen.end() == token(i + 1).begin()
        && Character.isLetterOrDigit(token(i - 1).text().charAt(0))
        && Character.isLetterOrDigit(token(i + 1).text().charAt(0));
  }

  /** The first comma from {@code from} before {@code end}, else {@code end}. */
  int beforeComma(int from, int end) {
    for (int i = from; i < end; i++) {
      if (isComma(i)) {
        return i;
      }
    }
    return end;
  }

  /** True when the token is a function word of the class (see function-words.tsv). */
  boolean is(int i, WordClass wordClass) {
    return lexicon.is(tokens.get(i), wordClass);
  }
}
