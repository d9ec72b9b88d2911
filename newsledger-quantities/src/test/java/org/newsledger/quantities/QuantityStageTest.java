package org.newsledger.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.facts.QuantityQualifier;

class QuantityStageTest {

  @Test
  void readsQualifiedMillionWithWhatItCounts() {
    Quantity q =
        Analysis.find(
            Analysis.quantities("The raid would put over a million people in danger."),
            "a million");
    assertThat(q.value()).isEqualTo(1_000_000);
    assertThat(q.qualifier()).isEqualTo(QuantityQualifier.MORE_THAN);
    assertThat(q.counted().text()).isEqualTo("people");
    assertThat(q.text()).isEqualTo("over a million people");
    assertThat(q.rule()).isEqualTo("quantity:qualified-count");
  }

  @Test
  void takesTheCountedNounOfAPartitiveFromTheWholeItIsPartOf() {
    List<Quantity> found =
        Analysis.quantities(
            "Roughly 3.5 million of the 8.1 million inhabitants have left the valley.");
    Quantity part = Analysis.find(found, "3.5 million");
    Quantity whole = Analysis.find(found, "8.1 million");
    assertThat(part.qualifier()).isEqualTo(QuantityQualifier.ABOUT);
    assertThat(part.counted().text()).isEqualTo("inhabitants");
    assertThat(part.value()).isEqualTo(3_500_000);
    assertThat(whole.qualifier()).isEqualTo(QuantityQualifier.EXACT);
    assertThat(whole.counted().text()).isEqualTo("inhabitants");
  }

  @Test
  void keepsAnOfPhraseWithoutDeterminerInTheCountedNoun() {
    Quantity q =
        Analysis.find(
            Analysis.quantities(
                "The ministry delayed three shipments of medical supplies to the port."),
            "three");
    assertThat(q.value()).isEqualTo(3);
    assertThat(q.counted().text()).isEqualTo("shipments of medical supplies");
  }

  @Test
  void readsPercentUnitAndTheNounItQualifies() {
    Quantity q =
        Analysis.find(
            Analysis.quantities("The council imposed a 35% levy on imported steel."), "35");
    assertThat(q.unit()).isEqualTo("percent");
    assertThat(q.value()).isEqualTo(35);
    assertThat(q.counted().text()).isEqualTo("levy");
  }

  @Test
  void linksAMoneyConversionInParenthesesToTheAmountBeforeIt() {
    List<Quantity> found =
        Analysis.quantities("The fund is worth 2.4 billion euros ($2.6 billion), the bank said.");
    Quantity euros = Analysis.find(found, "2.4 billion");
    Quantity dollars = Analysis.find(found, "$2.6 billion");
    assertThat(euros.unit()).isEqualTo("EUR");
    assertThat(euros.value()).isEqualTo(2.4e9);
    assertThat(dollars.unit()).isEqualTo("USD");
    assertThat(dollars.value()).isEqualTo(2.6e9);
    assertThat(dollars.equivalentOf()).isEqualTo(euros.id());
    assertThat(dollars.rule()).isEqualTo("quantity:money-with-conversion");
  }

  @Test
  void readsLowerBoundsAndUpperBounds() {
    List<Quantity> found =
        Analysis.quantities(
            "At least 14 deaths were recorded, and up to 9,000 tonnes of grain and fewer than 6 "
                + "ambulances reached the town.");
    assertThat(Analysis.find(found, "14").qualifier()).isEqualTo(QuantityQualifier.AT_LEAST);
    assertThat(Analysis.find(found, "14").counted().text()).isEqualTo("deaths");
    assertThat(Analysis.find(found, "9,000").qualifier()).isEqualTo(QuantityQualifier.UP_TO);
    assertThat(Analysis.find(found, "9,000").unit()).isEqualTo("t");
    assertThat(Analysis.find(found, "6").qualifier()).isEqualTo(QuantityQualifier.LESS_THAN);
  }

  @Test
  void readsRangesWithBetweenHyphenAndSharedScale() {
    List<Quantity> found =
        Analysis.quantities(
            "Between 40 and 60 volunteers came; 5-8 trucks left; it costs 1.5 to 2 million dollars.");
    Quantity between = Analysis.find(found, "40 and 60");
    assertThat(between.qualifier()).isEqualTo(QuantityQualifier.RANGE);
    assertThat(between.value()).isEqualTo(40);
    assertThat(between.upper()).isEqualTo(60);
    assertThat(between.counted().text()).isEqualTo("volunteers");
    assertThat(Analysis.find(found, "5-8").upper()).isEqualTo(8);
    Quantity cost = Analysis.find(found, "1.5 to 2 million");
    assertThat(cost.value()).isEqualTo(1_500_000);
    assertThat(cost.upper()).isEqualTo(2_000_000);
    assertThat(cost.unit()).isEqualTo("USD");
  }

  @Test
  void readsNumberWordsSuffixScalesAndVaguePlurals() {
    List<Quantity> found =
        Analysis.quantities(
            "Thirty-two monks, a dozen guards and hundreds of pilgrims spent £450m and €3bn.");
    assertThat(Analysis.find(found, "Thirty-two").value()).isEqualTo(32);
    assertThat(Analysis.find(found, "a dozen").value()).isEqualTo(12);
    Quantity hundreds = Analysis.find(found, "hundreds");
    assertThat(hundreds.qualifier()).isEqualTo(QuantityQualifier.AT_LEAST);
    assertThat(hundreds.counted().text()).isEqualTo("pilgrims");
    assertThat(Analysis.find(found, "£450m").value()).isEqualTo(4.5e8);
    assertThat(Analysis.find(found, "€3bn").unit()).isEqualTo("EUR");
  }

  @Test
  void ignoresYearsClockTimesDatesNamesAndPhoneNumbers() {
    List<Quantity> found =
        Analysis.quantities(
            "In 2023 an Airbus 320 landed at 11:45 p.m. on March 9 near the G20 venue; "
                + "call 020 7946 0018 or see page 4 about COVID-19 and the 2026 elections.");
    assertThat(found).isEmpty();
  }

  @Test
  void ignoresDurationsAndSelectionsOfOne() {
    List<Quantity> found =
        Analysis.quantities(
            "One of the guards said the talks lasted three weeks and someone stayed for 10 days.");
    assertThat(found).isEmpty();
  }

  @Test
  void skipsScoresWrittenAsDecreasingPairs() {
    List<Quantity> found = Analysis.quantities("The home side won 3-1 on a wet pitch.");
    assertThat(found).isEmpty();
  }
}
