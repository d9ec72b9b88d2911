package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;

/** Invented sentences for object cues, long subjects and interrupted clauses, with negatives. */
class RecallShapesTest {

  @Test
  void takesTheObjectOfCalledForAsContent() {
    Attribution a = only("Senator Ruth Adler called for new tariffs on imported steel.");
    assertThat(a.cue().text()).isEqualTo("called for");
    assertThat(a.content().text()).isEqualTo("new tariffs on imported steel");
  }

  @Test
  void ignoresObjectCueWithoutObject() {
    assertThat(attributions("Governor Lena Roth called on Monday.")).isEmpty();
  }

  @Test
  void findsSpeakerBeforeBracketedParty() {
    Attribution a = only("\"The budget is a fraud,\" Rep. Ann Lee (D-Ohio) said.");
    assertThat(a.source().name()).contains("Ann Lee");
    assertThat(a.content().text()).isEqualTo("The budget is a fraud");
  }

  @Test
  void findsSpeakerBeforeAppositiveAfterAQuote() {
    Attribution a = only("\"We will win,\" Tom Hale, the party's campaign chairman, said.");
    assertThat(a.source().name()).contains("Tom Hale");
  }

  @Test
  void spansAClauseInterruptedByItsCue() {
    Attribution a = only("Acts of protest, the mayor said, are signs of civic health.");
    assertThat(a.content().text()).startsWith("Acts of protest").endsWith("signs of civic health");
  }

  @Test
  void keepsTheClauseAfterAnInterruptingCueAsASecondPart() {
    Attribution a = only("The bridge will close, the mayor said, and the ferry will run.");
    assertThat(a.contentParts())
        .extracting(Excerpt::text)
        .containsExactly("The bridge will close", "and the ferry will run");
    assertThat(a.kind()).isEqualTo(AttributionKind.INDIRECT);
  }

  @Test
  void keepsASubordinateClauseAfterAnInterruptingCue() {
    Attribution a =
        only("The ferry line was a success, Ines Vale said, until fuel prices doubled in 2019.");
    assertThat(a.content().text())
        .startsWith("The ferry line was a success")
        .endsWith("until fuel prices doubled in 2019");
    assertThat(a.contentParts()).hasSize(2);
  }

  @Test
  void spansAFrontedSubordinateClauseAndTheMainClauseAroundAnInterruptingCue() {
    Attribution a =
        only("If the council approves the budget, Ines Vale said, the pier will reopen in May.");
    assertThat(a.contentParts())
        .extracting(Excerpt::text)
        .containsExactly("If the council approves the budget", "the pier will reopen in May");
    assertThat(a.source().name()).isEqualTo("Ines Vale");
  }

  @Test
  void leavesTheSpeakersOwnSecondVerbOutOfAnInterruptedClause() {
    Attribution a = only("The bridge will close, the mayor said, and left the hall.");
    assertThat(a.content().text()).isEqualTo("The bridge will close");
  }

  @Test
  void splitsAnUnquotedClauseAroundItsCue() {
    Attribution a = only("The new pier, the mayor said, will open in May.");
    assertThat(a.contentParts())
        .extracting(Excerpt::text)
        .containsExactly("The new pier", "will open in May");
  }

  @Test
  void leavesAFrontedAdjunctOutOfAClauseInterruptedByItsCue() {
    Attribution a = only("In the end, the mayor said, voters will choose the harbour plan.");
    assertThat(a.content().text()).isEqualTo("voters will choose the harbour plan");
  }

  @Test
  void takesASentenceOpeningWithASubordinateClauseBeforeItsCue() {
    Attribution a =
        only("If the council fails to act, the courts can step in, Mayor Lena Roth said.");
    assertThat(a.content().text()).isEqualTo("If the council fails to act, the courts can step in");
  }

  @Test
  void ignoresASubordinateClauseAloneBeforeItsCue() {
    assertThat(attributions("When the vote ended, the mayor said.")).isEmpty();
  }

  @Test
  void endsASubordinateCuesContentWhereTheMainClauseBegins() {
    Attribution a =
        only("Last month, when Tom Hale asked the mayor if the port would close, she laughed.");
    assertThat(a.content().text()).isEqualTo("if the port would close");
  }

  @Test
  void endsAClauseBeforeTheAuthorsParticipleAside() {
    Attribution a =
        only("The mayor said the harbour would reopen, sending ferries back to the island.");
    assertThat(a.content().text()).isEqualTo("the harbour would reopen");
  }

  @Test
  void keepsAnIncludingListInTheClause() {
    Attribution a =
        only("The mayor said three towns would get ferries, including the island villages.");
    assertThat(a.content().text()).endsWith("including the island villages");
  }

  @Test
  void resolvesRelativeWhoToItsAntecedent() {
    Attribution a = only("Voters cheered Mayor Lena Roth, who said the harbour would reopen.");
    assertThat(a.source().mention().text()).isEqualTo("who");
    assertThat(a.source().name()).contains("Lena Roth");
    assertThat(a.content().text()).isEqualTo("the harbour would reopen");
  }

  @Test
  void ignoresWhoOpeningAQuestion() {
    assertThat(attributions("Who said the harbour would reopen?")).isEmpty();
  }

  @Test
  void attributesParticipleAfterAPreposition() {
    Attribution a = only("The senator was criticized for saying the war was a mistake.");
    assertThat(a.source().mention().text()).isEqualTo("The senator");
    assertThat(a.content().text()).isEqualTo("the war was a mistake");
  }

  @Test
  void endsObjectContentBeforeAParticipleCue() {
    List<Attribution> found =
        attributions(
            "Mayor Lena Roth mocked the complaint, saying the" + " council had wasted a year.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).content().text()).isEqualTo("the complaint");
    assertThat(found.get(1).content().text()).isEqualTo("the council had wasted a year");
  }

  @Test
  void marksStatesOfMindAsBeliefs() {
    assertThat(only("The farmers fear the new tariff will ruin the harvest.").kind())
        .isEqualTo(AttributionKind.BELIEF);
    assertThat(only("The farmers said the new tariff will ruin the harvest.").kind())
        .isEqualTo(AttributionKind.INDIRECT);
  }

  @Test
  void attributesTranscriptSpeakerInCapitals() {
    Attribution a = only("HALE: We will not raise taxes this year, and that is final.");
    assertThat(a.source().mention().text()).isEqualTo("HALE");
    assertThat(a.rule()).isEqualTo(ColonSpeakerRule.NAME);
  }

  @Test
  void spansAClauseInterruptedByACueWithAnAdjunct() {
    Attribution a =
        only("These workers, the manager explained earlier in the hearing, were paid well.");
    assertThat(a.content().text()).startsWith("These workers").endsWith("were paid well");
  }

  @Test
  void endsQuotedContentBeforeARelativeClauseAfterTheCue() {
    Attribution a =
        only("\"It is over,\" she said of the race, in which she was sure he would win.");
    assertThat(a.content().text()).isEqualTo("It is over");
  }

  @Test
  void attributesACueRaisedByAppearOrSeem() {
    Attribution a = only("The union seemed to think its members would strike.");
    assertThat(a.cue().text()).isEqualTo("think");
    assertThat(a.source().mention().text()).isEqualTo("The union");
    assertThat(a.content().text()).isEqualTo("its members would strike");
    // without a cue after "to", how things seemed is the writer's, not the union's
    Attribution seeming = only("The union seemed to lose its members.");
    assertThat(seeming.rule()).isEqualTo(AppearsRule.NAME);
    assertThat(seeming.source().mention()).isNull();
  }

  @Test
  void readsAParticipleCueBeforeThatAsPastTense() {
    Attribution a = only("The council noted Friday that its budget had not been spent.");
    assertThat(a.cue().text()).isEqualTo("noted");
    assertThat(a.content().text()).isEqualTo("its budget had not been spent");
    assertThat(attributions("The driver accused Friday of theft pleaded guilty.")).isEmpty();
  }

  @Test
  void looksPastAHyphenatedAddresseeForThat() {
    Attribution a =
        only("The senator told co-host Ruth Adler that the harbour would reopen in May.");
    assertThat(a.content().text()).isEqualTo("the harbour would reopen in May");
  }
}
