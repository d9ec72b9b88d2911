package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/** Invented sentences for the cues and shapes that widen recall, each with a negative case. */
class RecallRulesTest {

  @Test
  void stretchesQuoteOverItsContinuationInTheSameParagraph() {
    Attribution a =
        only("\"We came to work,\" said Mayor Lena Roth. \"Our members will not stop" + " now.\"");
    assertThat(a.content().text()).startsWith("We came to work").endsWith("will not stop now");
    assertThat(a.rule()).isEqualTo(SaidAfterRule.NAME);
  }

  @Test
  void keepsContinuationWithItsOwnCueApart() {
    List<Attribution> found =
        attributions(
            "\"We came to work,\" said Mayor Lena Roth. \"Our"
                + " members will not stop,\" she added.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).content().text()).isEqualTo("We came to work");
  }

  @Test
  void attributesBeliefWithClauseToItsHolder() {
    Attribution a = only("The farmers fear the new tariff will ruin the harvest.");
    assertThat(a.source().mention().text()).isEqualTo("The farmers");
    assertThat(a.content().text()).isEqualTo("the new tariff will ruin the harvest");
  }

  @Test
  void attributesIntentionWithInfinitive() {
    Attribution a = only("Governor Lena Roth plans to veto the harbour bill.");
    assertThat(a.source().name()).contains("Lena Roth");
    assertThat(a.content().text()).isEqualTo("to veto the harbour bill");
  }

  @Test
  void ignoresBeliefInsideAQuotation() {
    List<Attribution> found = attributions("\"I think the bridge is safe,\" the engineer said.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).cue().text()).isEqualTo("said");
  }

  @Test
  void ignoresMentalVerbsWithPlainObjects() {
    assertThat(attributions("The committee wants a new chairman.")).isEmpty();
    assertThat(attributions("She knows the city well.")).isEmpty();
  }

  @Test
  void takesWhateverFollowsSayAsContent() {
    Attribution a = only("Senator Ruth Adler says too much is made of the polls.");
    assertThat(a.content().text()).isEqualTo("too much is made of the polls");
  }

  @Test
  void ignoresSayWithoutContent() {
    assertThat(attributions("The senator said in an interview.")).isEmpty();
  }

  @Test
  void attributesAskedWhether() {
    Attribution a = only("The reporter asked whether the mine would close.");
    assertThat(a.content().text()).isEqualTo("whether the mine would close");
  }

  @Test
  void splitsCoordinatedCuesSharingOneSubject() {
    List<Attribution> found =
        attributions(
            "The minister said the port would reopen and warned" + " that prices would rise.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).content().text()).isEqualTo("the port would reopen");
    assertThat(found.get(1).content().text()).isEqualTo("prices would rise");
    assertThat(found.get(1).source().mention().text()).isEqualTo("The minister");
  }

  @Test
  void attributesSpeakerColonParagraph() {
    Attribution a = only("Senator Ruth Adler: The budget talks have failed.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text()).isEqualTo("The budget talks have failed");
    assertThat(a.rule()).isEqualTo(ColonSpeakerRule.NAME);
  }

  @Test
  void takesCoordinatedModifiersIntoTheSource() {
    Attribution a = only("The harbour will close, according to local and regional officials.");
    assertThat(a.source().mention().text()).isEqualTo("local and regional officials");
    assertThat(a.content().text()).isEqualTo("The harbour will close");
  }

  @Test
  void takesTheClauseAfterAnAccordingToPhraseInsideASubordinateClause() {
    Attribution a =
        only("The ferry left early after, according to the captain, a storm warning came in.");
    assertThat(a.content().text()).isEqualTo("a storm warning came in");
  }

  @Test
  void attributesSpeakerColonAfterATopic() {
    Attribution a = only("Senator Ruth Adler on the Harbour Plan: The budget talks have failed.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text()).isEqualTo("The budget talks have failed");
  }

  @Test
  void ignoresATopicColonWithoutASpeaker() {
    assertThat(attributions("Notes on the harbour plan: the ferries run at nine.")).isEmpty();
  }

  @Test
  void ignoresColonAfterWordsThatNameNoSpeaker() {
    assertThat(attributions("Opening hours: the museum opens at nine.")).isEmpty();
  }

  @Test
  void typesOutletReportingAfterTimePhraseAsMedia() {
    Attribution a = only("The Valmora Herald reported on Monday that the mayor would resign.");
    assertThat(a.content().text()).isEqualTo("the mayor would resign");
    assertThat(a.source().type()).isEqualTo(org.newsledger.core.facts.SourceType.MEDIA);
  }
}
