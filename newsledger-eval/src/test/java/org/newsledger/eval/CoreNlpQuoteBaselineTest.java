package org.newsledger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.testing.DocumentChecks;

class CoreNlpQuoteBaselineTest {

  private static final String TEXT =
      "Bridge to reopen\n\n"
          + "Mayor Ada Lindqvist spoke to reporters on Monday.\n\n"
          + "\u201cThe bridge will reopen on Friday,\u201d Lindqvist said.\n\n"
          + "Traffic was light.";

  private static CoreNlpQuoteBaseline baseline;

  @BeforeAll
  static void loadModels() {
    baseline = CoreNlpQuoteBaseline.load(false);
  }

  @Test
  void turnsEachQuoteIntoADirectAttributionWithItsSpeaker() {
    Document doc = baseline.apply(Document.of(ArticleMeta.of("bridge"), TEXT));

    List<Attribution> attributions = doc.get(Layers.ATTRIBUTIONS);
    assertThat(attributions)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
              assertThat(a.content().text())
                  .isEqualTo("\u201cThe bridge will reopen on Friday,\u201d");
              assertThat(a.source().name()).contains("Lindqvist");
              assertThat(a.rule()).startsWith(CoreNlpQuoteBaseline.RULE);
            });
    DocumentChecks.assertSound(doc);
  }

  @Test
  void findsNothingInTextWithoutQuotes() {
    Document doc = baseline.apply(Document.of(ArticleMeta.of("plain"), "Traffic was light."));

    assertThat(doc.get(Layers.ATTRIBUTIONS)).isEmpty();
  }
}
