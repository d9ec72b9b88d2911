package org.newsledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.core.testing.DocumentChecks.assertSound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.facts.StatusChange;

class ClaimJsonTest {

  private static final String TEXT = "The mill closed, Dana said. Lee denied it.";

  private static Document withClaim() {
    Source dana = new Source(null, "Dana", SourceType.PERSON, Excerpt.of(TEXT, 17, 21));
    Attribution said =
        new Attribution(
            "a1",
            AttributionKind.INDIRECT,
            Excerpt.of(TEXT, 22, 26),
            Excerpt.of(TEXT, 0, 15),
            dana,
            null,
            false,
            "test");
    Claim claim =
        new Claim(
            "c1",
            Excerpt.of(TEXT, 0, 15),
            null,
            List.of(new ClaimSource(null, "Dana", SourceType.PERSON, "a1")),
            ClaimStatus.DENIED,
            List.of(
                new StatusChange(
                    ClaimStatus.REPORTED,
                    "Dana",
                    null,
                    Excerpt.of(TEXT, 22, 26),
                    "claims:reported"),
                new StatusChange(
                    ClaimStatus.DENIED, "Lee", null, Excerpt.of(TEXT, 32, 38), "claims:denied")),
            "claims:attribution-content");
    return Document.of(ArticleMeta.of("c"), TEXT)
        .with(Layers.ATTRIBUTIONS, List.of(said))
        .with(Layers.CLAIMS, List.of(claim));
  }

  @Test
  void writesClaimsWithSourcesStatusAndHistory() throws Exception {
    JsonNode claim =
        new ObjectMapper()
            .readTree(DocumentJson.write(assertSound(withClaim()), false))
            .get("claims")
            .get(0);

    assertThat(claim.get("proposition").get("text").asText()).isEqualTo("The mill closed");
    assertThat(claim.get("status").asText()).isEqualTo("denied");
    assertThat(claim.get("sources").get(0).get("attribution").asText()).isEqualTo("a1");
    assertThat(claim.get("history").get(1).get("by").asText()).isEqualTo("Lee");
    assertThat(claim.get("history").get(1).get("evidence").get("begin").asInt()).isEqualTo(32);
  }

  @Test
  void rendersClaimsSectionOnlyWhenTheLayerIsPresent() {
    assertThat(DocumentText.render(withClaim()))
        .contains("Claims (1)")
        .contains("c1 DENIED: \"The mill closed\" sources: Dana (a1)")
        .contains("denied by Lee (\"denied\" @32)");
    assertThat(DocumentText.render(Document.of(ArticleMeta.of("c"), TEXT)))
        .doesNotContain("Claims");
  }

  @Test
  void writesAnEmptyClaimsArrayWithoutTheLayer() throws Exception {
    JsonNode root =
        new ObjectMapper()
            .readTree(DocumentJson.write(Document.of(ArticleMeta.of("c"), TEXT), false));
    assertThat(root.get("claims").isArray()).isTrue();
    assertThat(root.get("claims")).isEmpty();
  }
}
