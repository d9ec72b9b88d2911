package org.newsledger.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.testing.DocumentChecks;

class LayoutStageTest {

  private static Document layout(String text) {
    int firstLine = text.indexOf('\n');
    ArticleMeta meta =
        ArticleMeta.of("t").withTitle(text.substring(0, firstLine), new CharSpan(0, firstLine));
    return DocumentChecks.assertSound(new LayoutStage().apply(Document.of(meta, text)));
  }

  private static List<Zone> zones(Document doc) {
    return doc.get(Layers.PARAGRAPHS).stream().map(Paragraph::zone).toList();
  }

  @Test
  void dateLineAfterFirstParagraphIsDatelineAndGivesPublicationDate() {
    Document doc =
        layout(
            "Mill reopens\nThe mill reopened, its owner said.\n3 June 2023 14:05\nWorkers cheered.");
    assertThat(zones(doc)).containsExactly(Zone.HEADLINE, Zone.BODY, Zone.DATELINE, Zone.BODY);
    assertThat(doc.meta().published()).isEqualTo("2023-06-03T14:05");
    assertThat(doc.meta().dateline()).isEqualTo("3 June 2023 14:05");
  }

  @Test
  void agencyPrefixIsSplitFromTheFirstBodyParagraph() {
    Document doc = layout("Talks resume\nOSLO (Newsledger Wire) - Talks resumed on Monday.");
    assertThat(zones(doc)).containsExactly(Zone.HEADLINE, Zone.DATELINE, Zone.BODY);
    assertThat(doc.textOf(doc.get(Layers.PARAGRAPHS).get(2).span()))
        .isEqualTo("Talks resumed on Monday.");
    assertThat(doc.meta().dateline()).isEqualTo("OSLO (Newsledger Wire) -");
  }

  @Test
  void shortUnpunctuatedLineInsideTheBodyIsSubheading() {
    Document doc =
        layout("Storm hits coast\nWinds reached 120 km/h.\nPower cuts spread\nCrews are out.");
    assertThat(zones(doc)).containsExactly(Zone.HEADLINE, Zone.BODY, Zone.SUBHEADING, Zone.BODY);
  }

  @Test
  void recognisesCommonDateLineForms() {
    assertThat(Datelines.dateOfLine("23 May 2025 - 14:27")).contains("2025-05-23T14:27");
    assertThat(Datelines.dateOfLine("Wednesday, January 23, 2019 ")).contains("2019-01-23");
    assertThat(Datelines.dateOfLine("May 7, 2024 9:04 PM")).contains("2024-05-07T21:04");
    assertThat(Datelines.dateOfLine("2024-05-07")).contains("2024-05-07");
    assertThat(Datelines.dateOfLine("Monday, March 4, 2019\u00a0")).contains("2019-03-04");
    assertThat(Datelines.dateOfLine("The 7 May 2024 talks failed.")).isEmpty();
    assertThat(Datelines.dateOfLine("31 February 2024")).isEmpty();
  }

  @Test
  void agencyLineOnItsOwnIsDateline() {
    Document doc = layout("Talks resume\nOSLO (Newsledger Wire) -\nTalks resumed on Monday.");
    assertThat(zones(doc)).containsExactly(Zone.HEADLINE, Zone.DATELINE, Zone.BODY);
  }

  @Test
  void prefixWithoutAgencyMustBeInCapitals() {
    assertThat(Datelines.prefixLength("GAZA CITY - Residents fled."))
        .isEqualTo("GAZA CITY - ".length());
    assertThat(Datelines.prefixLength("Officials - and residents - agree.")).isZero();
  }
}
