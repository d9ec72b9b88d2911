package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;

/**
 * Invented sentences for reports whose content is an object or a clause the rules used to cut
 * short: a document's finding, whom a teller told to do what, a clause opening with an approximate
 * amount, a subject with an infinitive, participles sharing a perfect.
 */
class ReportShapesTest {

  @Test
  void readsTheObjectOfADocumentsFindingAsItsContent() {
    Attribution a = only("A June survey found Lena Roth leading the harbour race by seven points.");
    assertThat(a.source().mention().text()).isEqualTo("A June survey");
    assertThat(a.content().text()).isEqualTo("Lena Roth leading the harbour race by seven points");
    assertThat(a.kind()).isEqualTo(AttributionKind.INDIRECT);
  }

  @Test
  void leavesAPersonsFindingAlone() {
    assertThat(attributions("The harbour police found a rowing boat near the pier.")).isEmpty();
  }

  @Test
  void readsWhomATellerToldToDoWhat() {
    Attribution a = only("The mayor told officials never to discuss the contract in public.");
    assertThat(a.content().text()).isEqualTo("officials never to discuss the contract in public");
    assertThat(attributions("She told the story of her grandfather.")).isEmpty();
  }

  @Test
  void readsAClauseOpeningWithAnApproximateAmount() {
    Attribution a = only("The port office said about half of the deficit came from fuel costs.");
    assertThat(a.content().text()).isEqualTo("about half of the deficit came from fuel costs");
  }

  @Test
  void readsAClauseWhoseSubjectHoldsAnInfinitive() {
    Attribution a =
        only("Lena Roth said the decision to sell the old and new ferries was a mistake.");
    assertThat(a.content().text())
        .isEqualTo("the decision to sell the old and new ferries was a mistake");
  }

  @Test
  void keepsAParticipleThatSharesThePerfectOfTheContent() {
    Attribution a =
        only("Lena Roth said she has not held fundraising dinners and never called a donor.");
    assertThat(a.content().text()).endsWith("and never called a donor");
  }

  @Test
  void leavesAReportOfItsOwnOutOfAnInterruptedClause() {
    Attribution a =
        attributions(
                "The vote is vital, Roth said after the meeting, because she said the board"
                    + " wants to block the plan.")
            .get(0);
    assertThat(a.content().text()).isEqualTo("The vote is vital");
  }
}
