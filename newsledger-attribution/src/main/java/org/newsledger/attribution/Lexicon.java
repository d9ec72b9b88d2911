package org.newsledger.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.facts.EpistemicKind;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/** The editable word lists the attribution rules read, loaded once and shared (immutable). */
final class Lexicon {

  private final LemmaPhrases<CueVerb> cueVerbs;
  private final LemmaPhrases<String> cuePhrases;
  private final Set<String> reportNouns;
  private final LemmaPhrases<EpistemicKind> epistemicActs;
  private final LemmaPhrases<SourceType> sourceHeads;
  private final Map<String, Set<String>> functionWords;

  private Lexicon(
      LemmaPhrases<CueVerb> cueVerbs,
      LemmaPhrases<String> cuePhrases,
      Set<String> reportNouns,
      LemmaPhrases<EpistemicKind> epistemicActs,
      LemmaPhrases<SourceType> sourceHeads,
      Map<String, Set<String>> functionWords) {
    this.cueVerbs = cueVerbs;
    this.cuePhrases = cuePhrases;
    this.reportNouns = Set.copyOf(reportNouns);
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

  private static Map<String, Set<String>> functionWords(WordList list) {
    Map<String, Set<String>> classes = new HashMap<>();
    for (List<String> row : list.rows()) {
      classes
          .computeIfAbsent(PhraseIndex.normalize(row.get(0)), w -> new HashSet<>())
          .add(column(row, 1));
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

  /** An epistemic act phrase starting at {@code start}, or null. */
  LemmaPhrases.Match<EpistemicKind> epistemicAct(List<Token> tokens, int start, int limit) {
    return epistemicActs.matchAt(tokens, start, limit);
  }

  /** The source type a head noun phrase starting at {@code start} suggests, or null. */
  LemmaPhrases.Match<SourceType> sourceHead(List<Token> tokens, int start, int limit) {
    return sourceHeads.matchAt(tokens, start, limit);
  }

  /** True when the token is a function word of the given class ("negation", "subordinator"). */
  boolean is(Token token, String wordClass) {
    Set<String> classes = functionWords.get(PhraseIndex.normalize(token.text()));
    return classes != null && classes.contains(wordClass);
  }
}
