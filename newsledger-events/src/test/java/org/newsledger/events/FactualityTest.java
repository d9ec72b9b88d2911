package org.newsledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.text.Token;

/** Factuality of any predicate in sentences written for these tests. */
class FactualityTest {

  private static final Factuality FACTUALITY = Factuality.load();

  /** The judgment of the first token whose text is {@code word}. */
  private static Factuality.Judgment judge(String text, String word) {
    Document doc = Analyzed.text(text, "2024-05-07");
    Token token =
        doc.get(Layers.TOKENS).stream()
            .filter(t -> t.text().equals(word))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no token '" + word + "' in " + text));
    return FACTUALITY.assess(doc, token);
  }

  @Test
  void plainPastVerbIsAsserted() {
    Factuality.Judgment judgment = judge("Peru sent troops to the border.", "sent");
    assertThat(judgment.modality()).isEqualTo(EventModality.ASSERTED);
    assertThat(judgment.negated()).isFalse();
    assertThat(judgment.hedged()).isFalse();
    assertThat(judgment.rule()).isEqualTo("default");
  }

  @Test
  void negatorInTheAuxiliariesNegates() {
    Factuality.Judgment judgment = judge("Chile did not sign the treaty.", "sign");
    assertThat(judgment.negated()).isTrue();
    assertThat(judgment.rule()).contains("negator");
  }

  @Test
  void notOnlyKeepsThePredicateTrue() {
    assertThat(judge("Peru not only sent troops but also ships.", "sent").negated()).isFalse();
  }

  @Test
  void negativeSubjectNegatesItsVerb() {
    Factuality.Judgment judgment = judge("No one was hurt in the blast.", "hurt");
    assertThat(judgment.negated()).isTrue();
    assertThat(judgment.rule()).contains("negative-subject");
  }

  @Test
  void modalsAndFutureLowerTheModality() {
    assertThat(judge("Peru could send troops.", "send").modality())
        .isEqualTo(EventModality.HYPOTHETICAL);
    assertThat(judge("Peru will send troops.", "send").modality()).isEqualTo(EventModality.FUTURE);
  }

  @Test
  void intentionAndDemandVerbsLeaveTheirComplementUnrealized() {
    Factuality.Judgment planned = judge("Peru plans to send troops.", "send");
    assertThat(planned.modality()).isEqualTo(EventModality.PLANNED);
    assertThat(planned.rule()).contains("plan-verb");
    assertThat(judge("The UN urged Peru to withdraw its troops.", "withdraw").modality())
        .isEqualTo(EventModality.DEMANDED);
    assertThat(judge("The UN called for a ceasefire in the region.", "ceasefire").modality())
        .isEqualTo(EventModality.DEMANDED);
  }

  @Test
  void implicativeVerbsPassOnTheirOwnFactuality() {
    Factuality.Judgment failed = judge("Peru failed to reach an agreement.", "reach");
    assertThat(failed.negated()).isTrue();
    assertThat(failed.rule()).contains("negative-verb");
    assertThat(judge("Peru failed to reach an agreement.", "agreement").negated()).isTrue();
    Factuality.Judgment managed = judge("Peru managed to reach the border.", "reach");
    assertThat(managed.modality()).isEqualTo(EventModality.ASSERTED);
    assertThat(managed.negated()).isFalse();
    assertThat(judge("Peru did not fail to reach the border.", "reach").negated()).isFalse();
  }

  @Test
  void conditionalClauseIsHypotheticalButNotPastItsComma() {
    assertThat(judge("If Peru attacks, Chile will respond.", "attacks").modality())
        .isEqualTo(EventModality.HYPOTHETICAL);
    Factuality.Judgment said = judge("If it rains, the march will stop, officials said.", "said");
    assertThat(said.modality()).isEqualTo(EventModality.ASSERTED);
  }

  @Test
  void reportAndBeliefVerbsLowerCommitment() {
    Factuality.Judgment reported =
        judge("Officials said that Peru attacked the border.", "attacked");
    assertThat(reported.reported()).isTrue();
    assertThat(reported.hedged()).isFalse();
    assertThat(judge("Officials said Peru attacked the border.", "attacked").reported()).isTrue();
    Factuality.Judgment believed =
        judge("Officials believe that Peru attacked the border.", "attacked");
    assertThat(believed.hedged()).isTrue();
    assertThat(believed.rule()).contains("belief-verb");
  }

  @Test
  void hedgesAndQuestionsLowerCommitment() {
    assertThat(judge("Peru possibly attacked the border.", "attacked").hedged()).isTrue();
    assertThat(judge("Peru reportedly attacked the border.", "attacked").modality())
        .isEqualTo(EventModality.REPORTED);
    assertThat(judge("Did Peru attack the border?", "attack").modality())
        .isEqualTo(EventModality.HYPOTHETICAL);
  }
}
