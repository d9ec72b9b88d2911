package org.newsledger.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.facts.StatusChange;

class InvariantsTest {

  private static final String TEXT = "Kirby spoke.";

  @Test
  void soundDocumentHasNoViolations() {
    Mention kirby =
        new Mention(
            "m1", new CharSpan(0, 5), "Kirby", EntityType.PERSON, MentionKind.NAME, null, "test");
    Document doc = Document.of(ArticleMeta.of("d"), TEXT).with(Layers.MENTIONS, List.of(kirby));
    assertThat(Invariants.violations(doc)).isEmpty();
  }

  @Test
  void reportsWrongTextSpanBeyondTextAndUnknownEntity() {
    Mention wrongText =
        new Mention(
            "m1", new CharSpan(0, 5), "Kerby", EntityType.PERSON, MentionKind.NAME, null, "test");
    Mention beyond =
        new Mention(
            "m2", new CharSpan(10, 40), "x", EntityType.PERSON, MentionKind.NAME, null, "test");
    Mention dangling =
        new Mention(
            "m3", new CharSpan(6, 11), "spoke", EntityType.MISC, MentionKind.NAME, "e9", "test");
    Document doc =
        Document.of(ArticleMeta.of("d"), TEXT)
            .with(Layers.MENTIONS, List.of(wrongText, beyond, dangling))
            .with(Layers.ENTITIES, List.of());
    assertThat(Invariants.violations(doc))
        .hasSize(3)
        .anySatisfy(v -> assertThat(v).contains("differs"))
        .anySatisfy(v -> assertThat(v).contains("beyond text length"))
        .anySatisfy(v -> assertThat(v).contains("unknown entity e9"));
  }

  @Test
  void reportsClaimWithUnknownEventAttributionAndWrongEvidence() {
    StatusChange change =
        new StatusChange(
            ClaimStatus.REPORTED, "Kirby", null, new Excerpt(new CharSpan(6, 11), "spoke"), "test");
    StatusChange wrong =
        new StatusChange(
            ClaimStatus.DENIED, "Kirby", "e9", new Excerpt(new CharSpan(0, 5), "Kerby"), "test");
    Claim claim =
        new Claim(
            "c1",
            Excerpt.of(TEXT, 0, 11),
            "v7",
            List.of(new ClaimSource(null, "Kirby", SourceType.PERSON, "a3")),
            ClaimStatus.DENIED,
            List.of(change, wrong),
            "test");
    Document doc = Document.of(ArticleMeta.of("d"), TEXT).with(Layers.CLAIMS, List.of(claim));
    assertThat(Invariants.violations(doc))
        .hasSize(4)
        .anySatisfy(v -> assertThat(v).contains("unknown event v7"))
        .anySatisfy(v -> assertThat(v).contains("unknown attribution a3"))
        .anySatisfy(v -> assertThat(v).contains("differs"))
        .anySatisfy(v -> assertThat(v).contains("unknown entity e9"));
  }
}
