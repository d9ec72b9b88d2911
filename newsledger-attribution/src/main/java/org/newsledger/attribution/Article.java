package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.TokenRange;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;
import org.newsledger.core.text.Zone;

/** A read-only view of one document for the rules: tokens, sentences, paragraphs, grammar tests. */
final class Article {

  /** Words other than pronouns that "'s" contracts with ("that's", "there's", "here's"). */
  private static final Set<String> CONTRACTING =
      Set.of("that", "there", "here", "where", "what", "who", "how");

  private final Document doc;
  private final Lexicon lexicon;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<Paragraph> paragraphs;
  private final int[] sentenceAt;

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

  Article(Document doc, Lexicon lexicon) {
    this.doc = doc;
    this.lexicon = lexicon;
    List<Token> retagged = new ArrayList<>(retagged(doc.get(Layers.TOKENS)));
    this.paragraphs = doc.get(Layers.PARAGRAPHS);
    List<Sentence> original = closingQuotesKept(doc.get(Layers.SENTENCES), retagged, doc.text());
    this.tokens = List.copyOf(retagged);
    this.sentenceAt = new int[original.size()];
    this.sentences = rejoined(original);
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

  /**
   * The sentences with each closing double quotation mark that the splitter put at the start of the
   * next sentence ("... about it. | " Rubio said.") moved back to the sentence it closes; {@code
   * tokens} is updated to match.
   */
  private static List<Sentence> closingQuotesKept(
      List<Sentence> original, List<Token> tokens, String text) {
    List<Sentence> kept = new ArrayList<>(original);
    for (int k = 1; k < kept.size(); k++) {
      Sentence before = kept.get(k - 1);
      Sentence sentence = kept.get(k);
      int quote = sentence.tokens().first();
      if (before.paragraphIndex() != sentence.paragraphIndex()
          || before.tokens().end() != quote
          || sentence.tokens().size() < 2
          || !closesDoubleQuote(tokens.get(quote), text)) {
        continue;
      }
      Token t = tokens.get(quote);
      tokens.set(
          quote,
          new Token(
              t.index(),
              t.span(),
              t.text(),
              t.pos(),
              t.lemma(),
              t.ner(),
              before.index(),
              t.rule()));
      kept.set(
          k - 1,
          new Sentence(
              before.index(),
              before.span().union(t.span()),
              new TokenRange(before.tokens().first(), quote + 1),
              before.paragraphIndex(),
              before.rule()));
      kept.set(
          k,
          new Sentence(
              sentence.index(),
              new CharSpan(tokens.get(quote + 1).begin(), sentence.span().end()),
              new TokenRange(quote + 1, sentence.tokens().end()),
              sentence.paragraphIndex(),
              sentence.rule()));
    }
    return kept;
  }

  /**
   * True for a double quotation mark that closes: "”" (alone or after single marks, "’”"), or '"'
   * stuck to the word before it.
   */
  private static boolean closesDoubleQuote(Token t, String text) {
    String mark = t.text();
    if (mark.endsWith("\u201D") && (mark.length() == 1 || quoteCluster(mark))) {
      return true;
    }
    return mark.endsWith("\"")
        && (mark.length() == 1 || quoteCluster(mark))
        && t.begin() > 0
        && !Character.isWhitespace(text.charAt(t.begin() - 1))
        && (t.end() == text.length() || Character.isWhitespace(text.charAt(t.end())));
  }

  /**
   * The tokens, with five part-of-speech tags the rules read better mended:
   *
   * <ul>
   *   <li>a capitalized word that the recognizer puts inside a person's or an organization's name
   *       is a proper noun: the tagger reads some surnames as adjectives or verbs ("Tad Devine/JJ
   *       said", "Shane Shook/VBD said"), and the rules look for speakers among nouns;
   *   <li>"'s" after a pronoun ("he’s", "that’s") is a verb, never a possessive: the tagger takes
   *       the curly apostrophe for one, and the clause then has no verb;
   *   <li>an age used as a noun ("said the 46-year-old.") is a noun;
   *   <li>quotation marks run together ("’”") are a quotation mark, not a noun;
   *   <li>a gerund naming an event after proper nouns ("a Senate committee hearing on") is a noun.
   * </ul>
   */
  private static List<Token> retagged(List<Token> tokens) {
    List<Token> read = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String pos = retag(tokens, i);
      if (pos != null) {
        if (read == null) {
          read = new ArrayList<>(tokens);
        }
        read.set(
            i,
            new Token(
                t.index(),
                t.span(),
                t.text(),
                pos,
                pos.equals("VBZ") ? "be" : t.lemma(),
                t.ner(),
                t.sentenceIndex(),
                t.rule()));
      }
    }
    return read == null ? tokens : List.copyOf(read);
  }

  /** The tag {@link #retagged} gives token {@code i}, or null to keep the tagger's. */
  private static String retag(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.text().length() > 1 && quoteCluster(t.text()) && !t.isPos("``") && !t.isPos("''")) {
      return "''"; // "’”" tagged NNP or NFP: a quotation mark, whichever way it points
    }
    boolean name = t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
    if (name
        && !t.isPos("NNP")
        && Character.isUpperCase(t.text().charAt(0))
        && (t.isPos("JJ")
            || t.isPos("RB")
            || t.isPos("NN")
            || t.isPos("MD")
            || surnameTaggedVerb(tokens, i))) {
      return t.isPos("NNS") ? "NNPS" : "NNP";
    }
    if (t.pos().equals("POS")
        && i > 0
        && (t.text().equalsIgnoreCase("'s") || t.text().equalsIgnoreCase("\u2019s"))) {
      Token before = tokens.get(i - 1);
      if (before.pos().equals("PRP")
          || before.pos().equals("EX")
          || before.pos().equals("WP")
          || CONTRACTING.contains(before.text().toLowerCase(Locale.ROOT))) {
        return "VBZ";
      }
    }
    if (t.pos().equals("VB") && presentAfterAside(tokens, i)) {
      return "VBP"; // "Executives, who ..., say/VB the company", "..., say/VB some Democrats"
    }
    if (t.pos().equals("VBG") && namedEventNoun(tokens, i)) {
      return "NN"; // "told a Senate committee hearing/VBG on Thursday that"
    }
    if (t.pos().equals("JJ")
        && t.text().equalsIgnoreCase("old")
        && i >= 2
        && tokens.get(i - 1).pos().equals("HYPH")
        && tokens.get(i - 2).lemma().equalsIgnoreCase("year")
        && (i + 1 == tokens.size() || !isNounOrModifier(tokens.get(i + 1)))) {
      return "NN"; // "the 46-year-old"
    }
    return null;
  }

  /**
   * True for a verb-tagged word inside a person's name that cannot be the clause's verb: a first
   * name before the surname ("Hope/VBP Hicks said"), or a surname before a comma or a tensed verb
   * ("Shane Shook/VBD, an expert, said", "Shook/VBD said"), unlike a headline's "Obama Says Museum
   * ...".
   */
  private static boolean surnameTaggedVerb(List<Token> tokens, int i) {
    if (!tokens.get(i).isPos("VB") || i == 0 || i + 1 == tokens.size()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    boolean named = before.isPos("NNP") && before.ner().equals(tokens.get(i).ner());
    if (!named
        && after.isPos("NNP")
        && after.ner().equals("PERSON")
        && tokens.get(i).ner().equals("PERSON")) {
      return true; // a first name: "spokeswoman Hope/VBP Hicks said", not "Ann Lee Calls Bob"
    }
    return named
        && (after.pos().equals(",")
            || after.pos().equals("VBD")
            || after.pos().equals("VBZ")
            || after.pos().equals("VBP")
            || after.pos().equals("MD"));
  }

  /**
   * True for a base form right after a comma and before a word that can open an object, a clause or
   * a subject: after an aside or a reported clause it is a present tense ("Executives, who ..., say
   * the plan", "..., say some Democrats"), not an imperative; "say" as in "for, say, ten" has a
   * comma after it.
   */
  private static boolean presentAfterAside(List<Token> tokens, int i) {
    if (i < 2 || i + 1 >= tokens.size() || !tokens.get(i - 1).pos().equals(",")) {
      return false;
    }
    String before = tokens.get(i - 2).pos();
    String next = tokens.get(i + 1).pos();
    boolean afterWords =
        before.startsWith("NN")
            || before.startsWith("RB")
            || before.startsWith("JJ")
            || Set.of("CD", "''", "-RRB-").contains(before);
    boolean opens =
        next.startsWith("NN")
            || next.startsWith("PRP")
            || Set.of("DT", "IN", "JJ", "CD").contains(next);
    return afterWords && opens;
  }

  /**
   * True for a gerund that ends a determined run of proper nouns ("a Senate Intelligence Committee
   * hearing", "a Planned Parenthood gathering") and is followed by a preposition or the end of the
   * phrase: the noun naming an event, not a participle.
   */
  private static boolean namedEventNoun(List<Token> tokens, int i) {
    int j = i - 1;
    while (j >= 0 && tokens.get(j).pos().equals("NNP")) {
      j--;
    }
    if (j == i - 1 || j < 0 || !tokens.get(j).pos().equals("DT") || i + 1 == tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).pos();
    return next.equals("IN") || next.equals(",") || next.equals(".") || next.equals("PRP");
  }

  private static boolean isNounOrModifier(Token t) {
    return t.isPos("NN") || t.isPos("JJ") || t.isPos("CD") || t.isPos("HYPH");
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

  /**
   * The sentences, those cut after an abbreviation's period ("Ann Lee (D-N.Y.) said") joined with
   * the clause that goes on; {@link #sentenceAt} maps the original indexes.
   */
  private List<Sentence> rejoined(List<Sentence> original) {
    List<Sentence> joined = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      Sentence sentence = original.get(i);
      Sentence last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && cutClause(last, sentence)) {
        joined.set(
            joined.size() - 1,
            new Sentence(
                last.index(),
                last.span().union(sentence.span()),
                new TokenRange(last.tokens().first(), sentence.tokens().end()),
                last.paragraphIndex(),
                last.rule()));
      } else {
        joined.add(
            new Sentence(
                joined.size(),
                sentence.span(),
                sentence.tokens(),
                sentence.paragraphIndex(),
                sentence.rule()));
      }
      sentenceAt[i] = joined.size() - 1;
    }
    return List.copyOf(joined);
  }

  /**
   * True when {@code next} goes on in lower case or with a comma after {@code before} ends with
   * ".)" or with an abbreviation's period ("Graham, R-S.C. | , said"): the splitter cut a clause.
   */
  private boolean cutClause(Sentence before, Sentence next) {
    int end = before.tokens().end();
    if (end < 2
        || end >= tokens.size()
        || before.paragraphIndex() != next.paragraphIndex()
        || next.tokens().first() != end) {
      return false;
    }
    boolean bracket =
        tokens.get(end - 1).pos().equals("-RRB-") && tokens.get(end - 2).text().equals(".");
    boolean abbreviation =
        tokens.get(end - 1).text().equals(".") && tokens.get(end - 2).text().indexOf('.') > 0;
    String first = tokens.get(end).text();
    return (bracket || abbreviation)
        && (first.equals(",") || Character.isLowerCase(first.charAt(0)));
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
    return sentences.get(sentenceAt[tokens.get(tokenIndex).sentenceIndex()]);
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
    Token t = tokens.get(i);
    boolean tagged = t.pos().equals("``") || t.pos().equals("''") || quoteCluster(t.text());
    if (!tagged || possessiveApostrophe(i)) {
      return 0;
    }
    String text = doc.text();
    boolean spaceBefore = t.begin() == 0 || Character.isWhitespace(text.charAt(t.begin() - 1));
    boolean spaceAfter = t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end()));
    if (spaceBefore != spaceAfter) {
      return spaceBefore ? 1 : -1;
    }
    return t.pos().equals("``") ? 1 : -1;
  }

  /**
   * True for the apostrophe of a plural possessive ("the States’ military"): a single mark stuck to
   * a word ending in s, with no single quotation opened earlier in the sentence.
   */
  private boolean possessiveApostrophe(int i) {
    Token t = tokens.get(i);
    String text = doc.text();
    boolean single = t.text().equals("\u2019") || t.text().equals("'");
    if (!single || i == 0 || t.begin() == 0 || t.end() >= text.length()) {
      return false;
    }
    char before = text.charAt(t.begin() - 1);
    if ((before != 's' && before != 'S') || !Character.isWhitespace(text.charAt(t.end()))) {
      return false;
    }
    for (int j = i - 1; j >= sentenceOf(i).tokens().first(); j--) {
      String mark = tokens.get(j).text();
      if (mark.equals("\u2018") || mark.equals("`") || mark.equals("'")) {
        return false;
      }
    }
    return true;
  }

  /** True for quotation marks run together ("’”"), which the tagger leaves untagged. */
  private static boolean quoteCluster(String text) {
    boolean doubleMark = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c != '"'
          && c != '\''
          && c != '\u201C'
          && c != '\u201D'
          && c != '\u2018'
          && c != '\u2019') {
        return false;
      }
      doubleMark |= c == '"' || c == '\u201C' || c == '\u201D';
    }
    return text.length() > 1 && doubleMark;
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
    return tokens.get(i).pos().equals(",");
  }

  /** True for a noun, pronoun or number that can head a noun phrase. */
  boolean isNominal(int i) {
    Token t = tokens.get(i);
    return t.isPos("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
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
    String pos = tokens.get(i).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
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
    return pos.startsWith("NN")
        || pos.startsWith("JJ")
        || pos.equals("DT")
        || pos.equals("PRP$")
        || pos.equals("POS")
        || pos.equals("CD")
        || pos.equals("IN");
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
