package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.EpistemicKind;

/** Stances that are not statements become epistemic acts, not attributions. */
class EpistemicActsTest {

  @Test
  void recordsNonConfirmationWithItsTarget() {
    Document doc = Analyzer.body("The club did not confirm the transfer of its goalkeeper.");
    assertThat(doc.get(Layers.EPISTEMIC))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.act()).isEqualTo(EpistemicKind.NOT_CONFIRMED);
              assertThat(x.actor().mention().text()).isEqualTo("The club");
              assertThat(x.cue().text()).isEqualTo("did not confirm");
              assertThat(x.target().text()).isEqualTo("the transfer of its goalkeeper");
            });
  }

  @Test
  void resolvesReferringTargetToPrecedingReport() {
    Document doc =
        Analyzer.body(
            "Asked about reports by the Coastal Herald about a secret deal,"
                + " the mayor did not deny it.");
    List<Attribution> attributions = doc.get(Layers.ATTRIBUTIONS);
    EpistemicAct act = doc.get(Layers.EPISTEMIC).get(0);
    assertThat(act.act()).isEqualTo(EpistemicKind.NOT_DENIED);
    assertThat(act.target()).isEqualTo(attributions.get(0).content());
  }

  @Test
  void resolvesDefiniteReportNounToPrecedingReport() {
    Document doc =
        Analyzer.body(
            "The Harbour Gazette reported that the dam was opened too late."
                + " The water board did not deny the report.");
    EpistemicAct act = doc.get(Layers.EPISTEMIC).get(0);
    assertThat(act.act()).isEqualTo(EpistemicKind.NOT_DENIED);
    assertThat(act.target().text()).isEqualTo("the dam was opened too late");
  }

  @Test
  void recordsDeclinedToCommentWithoutTarget() {
    Document doc = Analyzer.body("A spokeswoman for the bank declined to comment.");
    assertThat(doc.get(Layers.ATTRIBUTIONS)).isEmpty();
    assertThat(doc.get(Layers.EPISTEMIC))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.act()).isEqualTo(EpistemicKind.DECLINED_TO_COMMENT);
              assertThat(x.target()).isNull();
            });
  }

  @Test
  void recordsTopicOfDeclinedComment() {
    Document doc =
        Analyzer.body("A spokeswoman for the bank declined to comment on the merger talks.");
    assertThat(doc.get(Layers.EPISTEMIC))
        .singleElement()
        .satisfies(x -> assertThat(x.target().text()).isEqualTo("the merger talks"));
  }

  @Test
  void recordsDenialOfAnObjectButNotOfAClause() {
    Document object = Analyzer.body("The minister denied the accusations.");
    assertThat(object.get(Layers.EPISTEMIC))
        .singleElement()
        .satisfies(x -> assertThat(x.act()).isEqualTo(EpistemicKind.DENIED));
    Document clause = Analyzer.body("The minister denied that she had met the lobbyist.");
    assertThat(clause.get(Layers.EPISTEMIC)).isEmpty();
    assertThat(clause.get(Layers.ATTRIBUTIONS)).hasSize(1);
  }
}
