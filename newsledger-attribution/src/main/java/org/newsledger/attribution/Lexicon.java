package org.newsledger.attribution;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.facts.EpistemicKind;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Token;

/** The editable word lists the attribution rules read, loaded once and shared (immutable). */
final class Lexicon {

  private final LemmaPhrases<CueVerb> cueVerbs;
  private final LemmaPhrases<String> cuePhrases;
  private final Set<String> reportNouns;
  private final Set<String> stanceAdjectives;
  private final Map<String, Boolean> stanceNouns;
  private final LemmaPhrases<EpistemicKind> epistemicActs;
  private final LemmaPhrases<SourceType> sourceHeads;
  private final Map<String, Set<WordClass>> functionWords;

  private Lexicon(
      LemmaPhrases<CueVerb> cueVerbs,
      LemmaPhrases<String> cuePhrases,
      Set<String> reportNouns,
      Set<String> stanceAdjectives,
      Map<String, Boolean> stanceNouns,
      LemmaPhrases<EpistemicKind> epistemicActs,
      LemmaPhrases<SourceType> sourceHeads,
      Map<String, Set<WordClass>> functionWords) {
    this.cueVerbs = cueVerbs;
    this.cuePhrases = cuePhrases;
    this.reportNouns = Set.copyOf(reportNouns);
    this.stanceAdjectives = Set.copyOf(stanceAdjectives);
    this.stanceNouns = Map.copyOf(stanceNouns);
    this.epistemicActs = epistemicActs;
    this.sourceHeads = sourceHeads;
    this.functionWords = Map.copyOf(functionWords);
  }

  /** Loads the word lists shipped next to this class. */
  static Lexicon load() {
    return new Lexicon(
        LemmaPhrases.of(list("cue-verbs.tsv"), Lexicon::cueVerb),
        LemmaPhrases.of(list("cue-phrases.tsv"), row -> column(row, 1)),
        list("report-nouns.tsv").firstColumnLowerCase(),
        list("stance-adjectives.tsv").firstColumnLowerCase(),
        stanceNouns(list("stance-nouns.tsv")),
        LemmaPhrases.of(list("epistemic-acts.tsv"), row -> EpistemicKind.valueOf(column(row, 1))),
        LemmaPhrases.of(list("source-heads.tsv"), row -> SourceType.valueOf(column(row, 1))),
        functionWords(list("function-words.tsv")));
  }

  private static CueVerb cueVerb(List<String> row) {
    column(row, 1);
    return CueVerb.of(row);
  }

  private static WordList list(String name) {
    return WordList.load(Lexicon.class, name);
  }

  private static String column(List<String> row, int index) {
    if (row.size() <= index) {
      throw new IllegalArgumentException("word list row lacks column " + index + ": " + row);
    }
    return row.get(index);
  }

  /** Each stance noun, true when it names a state of mind ("belief") rather than speech. */
  private static Map<String, Boolean> stanceNouns(WordList list) {
    Map<String, Boolean> nouns = new HashMap<>();
    for (List<String> row : list.rows()) {
      String type = column(row, 1);
      if (!type.equals("speech") && !type.equals("belief")) {
        throw new IllegalArgumentException("stance-nouns.tsv: unknown class '" + type + "'");
      }
      nouns.put(PhraseIndex.normalize(row.get(0)), type.equals("belief"));
    }
    return nouns;
  }

  /**
   * Each word's classes; throws when a row names a class {@link WordClass} does not know, or a
   * class has no word (a typo in the file or a class left empty fails at start-up).
   */
  static Map<String, Set<WordClass>> functionWords(WordList list) {
    Map<String, Set<WordClass>> classes = new HashMap<>();
    Set<WordClass> used = EnumSet.noneOf(WordClass.class);
    for (List<String> row : list.rows()) {
      WordClass wordClass = WordClass.ofFileName(column(row, 1));
      used.add(wordClass);
      classes
          .computeIfAbsent(PhraseIndex.normalize(row.get(0)), w -> EnumSet.noneOf(WordClass.class))
          .add(wordClass);
    }
    Set<WordClass> empty = EnumSet.complementOf(EnumSet.copyOf(used));
    if (!empty.isEmpty()) {
      throw new IllegalArgumentException("function-words.tsv: no word in class " + empty);
    }
    classes.replaceAll((word, set) -> Set.copyOf(set));
    return classes;
  }

  /** A speech or report cue verb phrase starting at {@code start}, or null. */
  LemmaPhrases.Match<CueVerb> cueVerb(List<Token> tokens, int start, int limit) {
    return cueVerbs.matchAt(tokens, start, limit);
  }

  /** A cue phrase ("according to", "citing") starting at {@code start}, or null. */
  LemmaPhrases.Match<String> cuePhrase(List<Token> tokens, int start, int limit) {
    return cuePhrases.matchAt(tokens, start, limit);
  }

  /** True when the token's lemma names a report ("reports", "statement"). */
  boolean isReportNoun(Token token) {
    return token.isPos("NN") && reportNouns.contains(PhraseIndex.normalize(token.lemma()));
  }

  /**
   * True when the token is an adjective of a state of mind ("confident", "worried"), also when
   * tagged as a participle ("was concerned").
   */
  boolean isStanceAdjective(Token token) {
    return (token.isPos("JJ") || token.pos().equals("VBN"))
        && stanceAdjectives.contains(PhraseIndex.normalize(token.text()));
  }

  /**
   * For a noun of a claim or a state of mind ("claim", "fear"): true for a state of mind, false for
   * speech; null for any other token.
   */
  Boolean stanceNoun(Token token) {
    return Pos.isCommonNoun(token) ? stanceNouns.get(PhraseIndex.normalize(token.lemma())) : null;
  }

  /** An epistemic act phrase starting at {@code start}, or null. */
  LemmaPhrases.Match<EpistemicKind> epistemicAct(List<Token> tokens, int start, int limit) {
    return epistemicActs.matchAt(tokens, start, limit);
  }

  /** The source type a head noun phrase starting at {@code start} suggests, or null. */
  LemmaPhrases.Match<SourceType> sourceHead(List<Token> tokens, int start, int limit) {
    return sourceHeads.matchAt(tokens, start, limit);
  }

  /** True when the token is a function word of the given class (negation, subordinator). */
  boolean is(Token token, WordClass wordClass) {
    Set<WordClass> classes = functionWords.get(PhraseIndex.normalize(token.text()));
    return classes != null && classes.contains(wordClass);
  }
}
