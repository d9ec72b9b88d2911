package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.text.Token;

/**
 * The learned tagger's part of the stage, with a scripted tagger standing in for a model: it adds
 * contents no rule found, with the cue and source it labels, widens a rule's content it runs past,
 * and otherwise leaves the rules' findings alone.
 */
class LearnedContentsTest {

  /** Labels tokens by their text: words in {@code source}, {@code cue}, else content or O. */
  private record ScriptedTagger(
      List<Token> tokens,
      Set<String> source,
      Set<String> cue,
      Set<String> content,
      double confidence)
      implements ContentTagger {

    ScriptedTagger(List<Token> tokens, Set<String> source, Set<String> cue, Set<String> content) {
      this(tokens, source, cue, content, 0.9);
    }

    @Override
    public double defaultConfidence() {
      return 0.8;
    }

    @Override
    public Tagging tag(TaggerSequence sequence) {
      List<List<String>> features = sequence.features();
      List<String> labels = new ArrayList<>();
      List<Double> probabilities = new ArrayList<>();
      boolean first = true;
      for (int i = 0; i < features.size(); i++) {
        String word = tokens.get(sequence.tokens().first() + i).text();
        if (source.contains(word)) {
          labels.add("SOURCE");
        } else if (cue.contains(word)) {
          labels.add("CUE");
        } else if (content.contains(word)) {
          labels.add(first ? "B-CONTENT" : "CONTENT");
          first = false;
        } else {
          labels.add("O");
        }
        probabilities.add(labels.get(i).endsWith("CONTENT") ? confidence : 0.0);
      }
      return new Tagging(labels, probabilities);
    }

    @Override
    public String name() {
      return "model:scripted";
    }
  }

  private static Set<String> words(String text) {
    return Set.copyOf(Arrays.asList(text.split(" ")));
  }

  private static List<Attribution> withTagger(Document analyzed, ContentTagger tagger) {
    return new AttributionStage(tagger, 0.5).apply(analyzed).get(Layers.ATTRIBUTIONS);
  }

  @Test
  void addsAContentNoRuleFoundWithTheTaggersCueAndSource() {
    Document doc = Analyzer.body("Ferries will stop running in May, the port board telegraphed.");
    assertThat(doc.get(Layers.ATTRIBUTIONS)).isEmpty();
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Attribution> found =
        withTagger(
            doc,
            new ScriptedTagger(
                tokens,
                words("the port board"),
                words("telegraphed"),
                words("Ferries will stop running in May")));
    assertThat(found).hasSize(1);
    Attribution a = found.get(0);
    assertThat(a.rule()).isEqualTo("model:scripted");
    assertThat(a.cue().text()).isEqualTo("telegraphed");
    assertThat(a.content().text()).isEqualTo("Ferries will stop running in May");
    assertThat(a.source().mention().text()).isEqualTo("the port board");
  }

  @Test
  void leavesContentsTheRulesFoundAlone() {
    Document doc = Analyzer.body("Nora Falk said the harbour budget was a costly mistake.");
    List<Attribution> rules = doc.get(Layers.ATTRIBUTIONS);
    assertThat(rules).hasSize(1);
    List<Attribution> found =
        withTagger(
            doc,
            new ScriptedTagger(
                doc.get(Layers.TOKENS),
                words("Nora Falk"),
                words("said"),
                words("harbour budget was a costly mistake")));
    assertThat(found).containsExactlyElementsOf(rules);
  }

  @Test
  void widensARuleContentToTheTaggersRunAroundItAndSaysSoInTheRuleName() {
    Document doc = Analyzer.body("Nora Falk said that the harbour budget was a costly mistake.");
    List<Attribution> rules = doc.get(Layers.ATTRIBUTIONS);
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).content().text()).isEqualTo("the harbour budget was a costly mistake");
    List<Token> tokens = doc.get(Layers.TOKENS);
    Set<String> wider = words("that the harbour budget was a costly mistake");
    List<Attribution> found =
        withTagger(doc, new ScriptedTagger(tokens, words("Nora Falk"), words("said"), wider));
    assertThat(found).hasSize(1);
    Attribution a = found.get(0);
    assertThat(a.content().text()).isEqualTo("that the harbour budget was a costly mistake");
    assertThat(a.rule()).isEqualTo(rules.get(0).rule() + "+model:crf-extent");
    assertThat(a.cue()).isEqualTo(rules.get(0).cue());
    assertThat(a.source().name()).isEqualTo("Nora Falk");
    assertThat(withTagger(doc, new ScriptedTagger(tokens, Set.of(), words("said"), wider, 0.4)))
        .as("below the confidence asked for")
        .containsExactlyElementsOf(rules);
  }

  @Test
  void neverWidensARuleContentOverItsOwnCueOrSpeaker() {
    Document doc = Analyzer.body("Nora Falk said that the harbour budget was a costly mistake.");
    List<Attribution> rules = doc.get(Layers.ATTRIBUTIONS);
    List<Attribution> found =
        withTagger(
            doc,
            new ScriptedTagger(
                doc.get(Layers.TOKENS),
                Set.of(),
                words("said"),
                words("Nora Falk that the harbour budget was a costly mistake")));
    assertThat(found).containsExactlyElementsOf(rules);
  }

  @Test
  void ignoresShortContentsAndContentsWithoutACue() {
    Document doc = Analyzer.body("Ferries will stop running in May, the port board telegraphed.");
    List<Token> tokens = doc.get(Layers.TOKENS);
    assertThat(
            withTagger(
                doc,
                new ScriptedTagger(
                    tokens, words("the port board"), words("telegraphed"), words("Ferries"))))
        .isEmpty();
    assertThat(
            withTagger(
                doc,
                new ScriptedTagger(
                    tokens, words("the port board"), Set.of(), words("Ferries will stop running"))))
        .isEmpty();
  }

  @Test
  void aCueThatIsAnEpistemicPhraseAddsNoAttribution() {
    Document doc = Analyzer.body("The ministry did not deny reports of ferry closures in May.");
    assertThat(doc.get(Layers.ATTRIBUTIONS)).isEmpty();
    assertThat(doc.get(Layers.EPISTEMIC)).hasSize(1);
    assertThat(
            withTagger(
                doc,
                new ScriptedTagger(
                    doc.get(Layers.TOKENS),
                    words("The ministry"),
                    words("did not deny"),
                    words("reports of ferry closures in May"))))
        .isEmpty();
  }

  @Test
  void dropsContentsTheTaggerIsUnsureOf() {
    Document doc = Analyzer.body("Ferries will stop running in May, the port board telegraphed.");
    ScriptedTagger unsure =
        new ScriptedTagger(
            doc.get(Layers.TOKENS),
            words("the port board"),
            words("telegraphed"),
            words("Ferries will stop running in May"),
            0.4);
    assertThat(withTagger(doc, unsure)).isEmpty();
    assertThat(new AttributionStage(unsure, 0.3).apply(doc).get(Layers.ATTRIBUTIONS)).hasSize(1);
  }

  @Test
  void aContentSharingARulesCueNeedsAHighConfidenceAndTakesThatSpeaker() {
    Document doc =
        Analyzer.body(
            "Nora Falk said the harbour budget was a costly mistake. Ferries will stop in May.");
    assertThat(doc.get(Layers.ATTRIBUTIONS)).hasSize(1);
    List<Token> tokens = doc.get(Layers.TOKENS);
    Set<String> more = words("Ferries will stop in May");
    assertThat(withTagger(doc, new ScriptedTagger(tokens, Set.of(), words("said"), more, 0.8)))
        .hasSize(1);
    List<Attribution> sure =
        withTagger(doc, new ScriptedTagger(tokens, Set.of(), words("said"), more, 0.95));
    assertThat(sure).hasSize(2);
    assertThat(sure.get(1).content().text()).isEqualTo("Ferries will stop in May");
    assertThat(sure.get(1).cue().text()).isEqualTo("said");
    assertThat(sure.get(1).source().name()).isEqualTo("Nora Falk");
  }

  @Test
  void givesEveryTokenOfEveryParagraphItsFeatures() {
    Document doc =
        Analyzer.body("Nora Falk said the budget was a mistake.\n\nThe vote is on Monday.");
    List<TaggerSequence> sequences = new AttributionStage().taggerSequences(doc);
    assertThat(sequences).hasSize(2);
    assertThat(sequences.get(0).tokens().first()).isZero();
    assertThat(sequences.get(1).tokens().end()).isEqualTo(doc.get(Layers.TOKENS).size());
    List<List<String>> first = sequences.get(0).features();
    int said = 2;
    assertThat(doc.get(Layers.TOKENS).get(said).text()).isEqualTo("said");
    assertThat(first.get(said)).contains("cv0=speech", "w0=<VBD>", "rs=O");
    assertThat(first.get(said + 1)).contains("rs=B", "cvL=1", "w0=the", "!rs=O|B");
    assertThat(sequences.get(1).features().get(0)).contains("sCue=0", "rs=O");
  }
}
