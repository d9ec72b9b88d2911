package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;

/**
 * Invented sentences for shapes of wire copy: a quotation split around its reporting clause, and
 * the article's own hedge that credits no one.
 */
class WireShapesTest {

  @Test
  void keepsTheTwoPartsOfAQuotationSplitAroundItsReportingClause() {
    Attribution a =
        only("\"The pier is unsafe,\" harbour master Ines Vale said. \"We closed it at noon.\"");

    assertThat(a.source().name()).isEqualTo("Ines Vale");
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.contentParts())
        .extracting(Excerpt::text)
        .containsExactly("The pier is unsafe", "We closed it at noon");
  }

  @Test
  void keepsTheClauseOutOfTheSecondPartWhenTheCueComesFirst() {
    Attribution a =
        only("\"Fares will rise,\" said Tomas Brandt, the ferry operator. \"Fuel costs more.\"");

    assertThat(a.contentParts())
        .extracting(Excerpt::text)
        .containsExactly("Fares will rise", "Fuel costs more");
  }

  @Test
  void keepsAQuotationWithoutASplitAsOnePart() {
    Attribution a = only("\"The pier is unsafe and we closed it,\" Ines Vale said.");

    assertThat(a.contentParts()).containsExactly(a.content());
  }

  @Test
  void leavesTheArticlesOwnHedgeUnattributed() {
    List<Attribution> found =
        Analyzer.attributions("The harbour master is reportedly expected to resign next week.");

    assertThat(found).isEmpty();
  }

  @Test
  void stillReportsAnExpectationWithoutAHedge() {
    List<Attribution> found =
        Analyzer.attributions("The harbour vote is expected to pass next week.");

    assertThat(found)
        .singleElement()
        .satisfies(a -> assertThat(a.source().type().name()).isEqualTo("UNKNOWN"));
  }
}
