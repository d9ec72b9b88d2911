package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/** Invented quotations: split quotes, signed quotes, nested quotes and speaker labels. */
class QuoteShapesTest {

  @Test
  void spansBothPartsOfAQuoteSplitByItsCue() {
    Attribution a =
        only(
            "\"The harbour will reopen,\" the mayor said, \"and the ferries will run"
                + " again.\"");
    assertThat(a.content().text()).contains("The harbour will reopen").contains("run again");
    assertThat(a.rule()).isEqualTo(SaidAfterRule.NAME);
  }

  @Test
  void joinsTheNextQuotedSentenceAcrossALongerSpeakerDescription() {
    Attribution a =
        only(
            "\"The harbour is closed,\" said Lena Roth, the mayor of Valmora. \"It may stay"
                + " shut.\"");
    assertThat(a.content().text()).startsWith("The harbour is closed").endsWith("stay shut");
  }

  @Test
  void joinsTheNextQuotationWhoseClosingMarkOpensTheNextSentence() {
    List<Attribution> found =
        attributions(
            "\"We will rebuild the harbour,\" Tom Hale told us. \"The storm took the"
                + " pier. It will not take the town.\" Officials said repairs would start in"
                + " May.");
    assertThat(found.get(0).content().text())
        .startsWith("We will rebuild")
        .endsWith("not take the town");
  }

  @Test
  void stretchesAQuoteOverTheWholeQuotedParagraphAfterIt() {
    Attribution a =
        only(
            "\"The harbour will reopen in May,\" Lena Roth said.\n\n\"The ferries will run"
                + " again, and the fishing fleet will be back at the quay.\"");
    assertThat(a.content().text()).startsWith("The harbour will reopen").endsWith("at the quay");
  }

  @Test
  void keepsAQuotedHeadingAfterAQuoteOutOfItsContent() {
    Attribution a =
        only(
            "\"The harbour will reopen in May,\" Lena Roth said.\n\n'Return Of The Fleet.'\n\n"
                + "The town hall met on Monday.");
    assertThat(a.content().text()).isEqualTo("The harbour will reopen in May");
  }

  @Test
  void keepsAClauseAfterAQuoteAsItsOwnContent() {
    Attribution a = only("Lena Roth said the harbour would reopen in May.");
    assertThat(a.content().text()).isEqualTo("the harbour would reopen in May");
    assertThat(a.rule()).isEqualTo(SaidThatRule.NAME);
  }

  @Test
  void takesTheQuoteBeforeACueFollowedByATimePhrase() {
    Attribution a = only("\"We will not sell the port,\" Lena Roth said this week on the radio.");
    assertThat(a.content().text()).isEqualTo("We will not sell the port");
    assertThat(a.source().name()).contains("Lena Roth");
  }

  @Test
  void takesTheQuoteBeforeToldWithADeterminedObject() {
    Attribution a = only("\"The vote was rigged,\" Tom Hale told the Valmora Herald then.");
    assertThat(a.content().text()).isEqualTo("The vote was rigged");
    assertThat(a.cue().text()).isEqualTo("told");
  }

  @Test
  void ignoresToldFollowedByAClauseOfItsOwn() {
    List<Attribution> found = attributions("\"Enough,\" Tom Hale told the crowd would leave.");
    assertThat(found).extracting(Attribution::rule).doesNotContain(SaidAfterRule.NAME);
  }

  @Test
  void stretchesQuoteContinuationOverAQuoteWithin() {
    List<Attribution> found =
        attributions(
            "\"We came to work,\" said Mayor Lena Roth. \"My"
                + " father told me, 'Never stop.' We will not stop now.\"");
    assertThat(found.get(0).cue().text()).isEqualTo("said");
    assertThat(found.get(0).content().text())
        .startsWith("We came to work")
        .endsWith("will not stop now");
  }

  @Test
  void attributesAQuoteSignedWithADashAndAName() {
    Attribution a = only("\"The harbour is our future. We must not sell it.\" \u2015 Lena Roth");
    assertThat(a.rule()).isEqualTo(QuoteDashSpeakerRule.NAME);
    assertThat(a.source().name()).contains("Lena Roth");
    assertThat(a.content().text()).startsWith("The harbour is our future").endsWith("sell it");
  }

  @Test
  void ignoresAQuoteFollowedByADashAndMoreText() {
    assertThat(
            attributions(
                "\"The harbour is our future\" \u2015 Lena Roth wrote that in a poem"
                    + " for children and sang it."))
        .extracting(Attribution::rule)
        .doesNotContain(QuoteDashSpeakerRule.NAME);
  }

  @Test
  void attributesATranscriptTurnQuotedWhole() {
    Attribution a = only("\"HALE: We will not raise taxes this year, and that is final.\"");
    assertThat(a.source().mention().text()).isEqualTo("HALE");
    assertThat(a.rule()).isEqualTo(ColonSpeakerRule.NAME);
  }

  @Test
  void attributesAColonLabelNamedAsAPersonElsewhere() {
    List<Attribution> found =
        attributions(
            "Roth: Harbour Stays Public\n\nMayor Lena Roth spoke" + " at the town hall on Monday.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).source().mention().text()).isEqualTo("Roth");
  }

  @Test
  void ignoresAColonLabelNamedNowhereElse() {
    assertThat(attributions("Update: Harbour Stays Public\n\nThe town hall met on Monday."))
        .isEmpty();
  }
}
