package org.newsledger.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.TokenRange;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.Quotes;
import org.newsledger.core.text.Repair;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Mends what the NLP model gets wrong in news text and that the later stages would each trip over:
 * some part-of-speech tags, closing quotation marks put at the start of the next sentence, and
 * sentences cut after an abbreviation's period. It replaces the tokens and sentences, so every
 * later stage reads the same ones, and lists each change in {@link Layers#REPAIRS}. A changed token
 * or sentence carries the rule that changed it after the model's name ("corenlp/token-repair:
 * name-as-proper-noun"). Stateless and thread-safe.
 *
 * <p>The part-of-speech repairs:
 *
 * <ul>
 *   <li>{@value #QUOTE_CLUSTER}: quotation marks run together ("’”") are a quotation mark, not a
 *       noun;
 *   <li>{@value #NAME_RULE}: a capitalized word that the recognizer puts inside a person's or an
 *       organization's name is a proper noun: the tagger reads some surnames as adjectives or verbs
 *       ("Tad Devine/JJ said", "Shane Shook/VBD said");
 *   <li>{@value #CONTRACTED_IS}: "'s" after a pronoun ("he’s", "that’s") is a verb, never a
 *       possessive: the tagger takes the curly apostrophe for one, and the clause then has no verb;
 *   <li>{@value #PRESENT_AFTER_ASIDE}: a base form after an aside is a present tense ("Executives,
 *       who ..., say the plan");
 *   <li>{@value #EVENT_NOUN}: a gerund naming an event after proper nouns ("a Senate committee
 *       hearing on") is a noun;
 *   <li>{@value #AGE_AS_NOUN}: an age used as a noun ("said the 46-year-old.") is a noun.
 * </ul>
 */
public final class TokenRepairStage implements Stage {

  /** The stage name, the prefix of its rule names. */
  public static final String NAME = "token-repair";

  static final String QUOTE_CLUSTER = "quote-cluster";
  static final String NAME_RULE = "name-as-proper-noun";
  static final String CONTRACTED_IS = "contracted-is";
  static final String PRESENT_AFTER_ASIDE = "present-after-aside";
  static final String EVENT_NOUN = "event-noun";
  static final String AGE_AS_NOUN = "age-as-noun";
  static final String CLOSING_QUOTE = "closing-quote";
  static final String CUT_CLAUSE = "cut-clause";

  /** Words other than pronouns that "'s" contracts with ("that's", "there's", "here's"). */
  private static final Set<String> CONTRACTING =
      Set.of("that", "there", "here", "where", "what", "who", "how");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.REPAIRS);
  }

  @Override
  public Document apply(Document doc) {
    List<Repair> repairs = new ArrayList<>();
    List<Token> tokens = retagged(doc.get(Layers.TOKENS), repairs);
    List<Sentence> kept = closingQuotesKept(doc.get(Layers.SENTENCES), tokens, doc.text(), repairs);
    int[] sentenceAt = new int[kept.size()];
    List<Sentence> sentences = rejoined(kept, tokens, sentenceAt, repairs);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int sentence = sentenceAt[t.sentenceIndex()];
      if (sentence != t.sentenceIndex()) {
        tokens.set(
            i,
            new Token(
                t.index(), t.span(), t.text(), t.pos(), t.lemma(), t.ner(), sentence, t.rule()));
      }
    }
    return doc.with(Layers.TOKENS, tokens)
        .with(Layers.SENTENCES, sentences)
        .with(Layers.REPAIRS, repairs);
  }

  private static String ruled(String modelRule, String rule) {
    return modelRule + "/" + NAME + ":" + rule;
  }

  private static Repair repair(List<Repair> repairs, CharSpan span, String change, String rule) {
    Repair repair = new Repair(repairs.size(), span, change, NAME + ":" + rule);
    repairs.add(repair);
    return repair;
  }

  /** The tokens with the part-of-speech repairs made (a new, mutable list). */
  private static List<Token> retagged(List<Token> tokens, List<Repair> repairs) {
    List<Token> read = new ArrayList<>(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String[] retag = retag(tokens, i);
      if (retag != null) {
        String pos = retag[0];
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
                ruled(t.rule(), retag[1])));
        repair(repairs, t.span(), t.pos() + " -> " + pos, retag[1]);
      }
    }
    return read;
  }

  /**
   * The tag and the rule {@link #retagged} gives token {@code i}, or null to keep the tagger's;
   * reads the tagger's tags only, never an earlier repair.
   */
  private static String[] retag(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.text().length() > 1 && Quotes.isCluster(t.text()) && !t.isPos("``") && !t.isPos("''")) {
      return new String[] {"''", QUOTE_CLUSTER}; // "’”" tagged NNP or NFP
    }
    boolean name = t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
    if (name
        && !t.isPos("NNP")
        && Character.isUpperCase(t.text().charAt(0))
        && (t.isPos("JJ")
            || t.isPos("RB")
            || t.isPos("NN")
            || t.isPos("MD")
            || nameTaggedVerb(tokens, i))) {
      return new String[] {t.isPos("NNS") ? "NNPS" : "NNP", NAME_RULE};
    }
    if (t.pos().equals("POS")
        && i > 0
        && (t.text().equalsIgnoreCase("'s") || t.text().equalsIgnoreCase("\u2019s"))) {
      Token before = tokens.get(i - 1);
      if (before.pos().equals("PRP")
          || before.pos().equals("EX")
          || before.pos().equals("WP")
          || CONTRACTING.contains(before.text().toLowerCase(Locale.ROOT))) {
        return new String[] {"VBZ", CONTRACTED_IS};
      }
    }
    if (t.pos().equals("VB") && presentAfterAside(tokens, i)) {
      return new String[] {"VBP", PRESENT_AFTER_ASIDE};
    }
    if (t.pos().equals("VBG") && namedEventNoun(tokens, i)) {
      return new String[] {"NN", EVENT_NOUN};
    }
    if (t.pos().equals("JJ")
        && t.text().equalsIgnoreCase("old")
        && i >= 2
        && tokens.get(i - 1).pos().equals("HYPH")
        && tokens.get(i - 2).lemma().equalsIgnoreCase("year")
        && (i + 1 == tokens.size() || !isNounOrModifier(tokens.get(i + 1)))) {
      return new String[] {"NN", AGE_AS_NOUN}; // "the 46-year-old"
    }
    return null;
  }

  /**
   * True for a verb-tagged word inside a person's name that cannot be the clause's verb: a first
   * name before the surname ("Hope/VBP Hicks said"), or a surname before a comma or a tensed verb
   * ("Shane Shook/VBD, an expert, said", "Shook/VBD said"), unlike a headline's "Obama Says Museum
   * ...".
   */
  private static boolean nameTaggedVerb(List<Token> tokens, int i) {
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

  /**
   * The sentences with each closing double quotation mark that the splitter put at the start of the
   * next sentence ("... about it. | " Rubio said.") moved back to the sentence it closes; {@code
   * tokens} is updated to match. Sentence indexes stay those of the model.
   */
  private static List<Sentence> closingQuotesKept(
      List<Sentence> original, List<Token> tokens, String text, List<Repair> repairs) {
    List<Sentence> kept = new ArrayList<>(original);
    for (int k = 1; k < kept.size(); k++) {
      Sentence before = kept.get(k - 1);
      Sentence sentence = kept.get(k);
      int quote = sentence.tokens().first();
      if (before.paragraphIndex() != sentence.paragraphIndex()
          || before.tokens().end() != quote
          || sentence.tokens().size() < 2
          || !Quotes.closesDouble(tokens.get(quote), text)) {
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
              ruled(before.rule(), CLOSING_QUOTE)));
      kept.set(
          k,
          new Sentence(
              sentence.index(),
              new CharSpan(tokens.get(quote + 1).begin(), sentence.span().end()),
              new TokenRange(quote + 1, sentence.tokens().end()),
              sentence.paragraphIndex(),
              ruled(sentence.rule(), CLOSING_QUOTE)));
      repair(repairs, t.span(), "closing quote moved to the sentence before", CLOSING_QUOTE);
    }
    return kept;
  }

  /**
   * The sentences, those cut after an abbreviation's period ("Ann Lee (D-N.Y.) said") joined with
   * the clause that goes on and numbered again; {@code sentenceAt} maps the indexes of {@code
   * original} to the new ones.
   */
  private static List<Sentence> rejoined(
      List<Sentence> original, List<Token> tokens, int[] sentenceAt, List<Repair> repairs) {
    List<Sentence> joined = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      Sentence sentence = original.get(i);
      Sentence last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && cutClause(tokens, last, sentence)) {
        joined.set(
            joined.size() - 1,
            new Sentence(
                last.index(),
                last.span().union(sentence.span()),
                new TokenRange(last.tokens().first(), sentence.tokens().end()),
                last.paragraphIndex(),
                last.rule().contains("/" + NAME + ":" + CUT_CLAUSE)
                    ? last.rule()
                    : ruled(last.rule(), CUT_CLAUSE)));
        Token cut = tokens.get(sentence.tokens().first() - 1);
        repair(repairs, cut.span(), "sentences joined", CUT_CLAUSE);
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
    return joined;
  }

  /**
   * True when {@code next} goes on in lower case or with a comma after {@code before} ends with
   * ".)" or with an abbreviation's period ("Graham, R-S.C. | , said"): the splitter cut a clause.
   */
  private static boolean cutClause(List<Token> tokens, Sentence before, Sentence next) {
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
}
