package org.newsledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;

class DocumentTextTest {

  @Test
  void rendersHeadlineDatesAndSections() {
    String report = DocumentText.render(SampleDocuments.annotated());

    assertThat(report)
        .startsWith("Harbour talks to resume, minister says\n")
        .contains("Published: 2024-05-07T09:04")
        .contains("Dateline: 7 May 2024 09:04")
        .contains("Entities (2)", "Who said what (4)", "Epistemic (1)", "Times (1)");
  }

  @Test
  void rendersEntitiesWithRolesAliasesAndMentionCount() {
    String report = DocumentText.render(SampleDocuments.annotated());

    assertThat(report)
        .contains("  Ana Varga (person) roles: Minister aliases: Varga, she [4 mentions]")
        .contains("  Radio Kestrel (organization, media) [1 mention]");
  }

  @Test
  void indentsAttributionsReportedThroughAnother() {
    String report = DocumentText.render(SampleDocuments.annotated());

    assertThat(report)
        .contains(
            "  Ana Varga (\"she\") <person> ← said: \"We are hopeful,\""
                + " [direct, test:quote-said]")
        .contains("  Radio Kestrel <media> ← According to: \"Varga said the deal was close\"")
        .contains("\n    Ana Varga (\"Varga\") <person> ← said: \"the deal was close\"");
  }

  @Test
  void rendersEpistemicActsAndTimes() {
    String report = DocumentText.render(SampleDocuments.annotated());

    assertThat(report)
        .contains(
            "Ana Varga (\"Varga\") <person> not_confirmed \"the report\" (\"did not confirm\")")
        .contains("  Tuesday → 2024-05-14 (date) [test:weekday]")
        .contains("Diagnostics (2)");
  }

  @Test
  void rendersADocumentWithoutLayers() {
    String report = DocumentText.render(Document.of(ArticleMeta.of("bare"), ""));

    assertThat(report).startsWith("(no headline)\nId: bare\n").contains("Entities (0)");
  }
}
