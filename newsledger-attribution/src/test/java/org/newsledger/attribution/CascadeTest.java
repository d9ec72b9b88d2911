package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;

class CascadeTest {

  @Test
  void everyRuleHasOneDistinctName() {
    List<String> names = AttributionStage.ruleNames();
    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.startsWith("attribution:"));
    assertThat(names)
        .startsWith(DashRule.SAID_AFTER, DashRule.SOURCE_SAID)
        .contains(SaidThatRule.NAME, SaidThatRule.STATEMENT_ISSUER, QuoteDashSpeakerRule.NAME);
  }

  @Test
  void cascadeStampsTheRuleThatClaimedTheCue() {
    Document doc = Analyzer.body("Nora Falk said that the harbour budget was a costly mistake.");
    assertThat(doc.get(Layers.ATTRIBUTIONS))
        .extracting(Attribution::rule)
        .containsExactly(SaidThatRule.NAME);
  }

  @Test
  void ruleSwitchedOffNoLongerFindsItsShape() {
    Document doc = Analyzer.body("Nora Falk said that the harbour budget was a costly mistake.");
    Document without =
        new AttributionStage(null, 0, Set.of(SaidThatRule.NAME))
            .apply(doc.with(Layers.ATTRIBUTIONS, List.of()));
    assertThat(without.get(Layers.ATTRIBUTIONS))
        .extracting(Attribution::rule)
        .doesNotContain(SaidThatRule.NAME);
  }

  @Test
  void switchingOffAnUnknownRuleIsRefused() {
    assertThatThrownBy(() -> new AttributionStage(null, 0, Set.of("attribution:no-such-rule")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribution:no-such-rule");
  }

  @Test
  void dashShapesAreSplitBetweenTwoRulesWithoutChangingWhatEachFinds() {
    Document said = Analyzer.body("The talks will resume next week - said Clara Holm on Friday.");
    Document offSaidAfter = new AttributionStage(null, 0, Set.of(DashRule.SAID_AFTER)).apply(said);
    Document offSourceSaid =
        new AttributionStage(null, 0, Set.of(DashRule.SOURCE_SAID)).apply(said);
    assertThat(offSaidAfter.get(Layers.ATTRIBUTIONS))
        .extracting(Attribution::rule)
        .doesNotContain(DashRule.SAID_AFTER, DashRule.SOURCE_SAID);
    assertThat(offSourceSaid.get(Layers.ATTRIBUTIONS))
        .extracting(Attribution::rule)
        .containsExactly(DashRule.SAID_AFTER);
  }
}
