package org.newsledger.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.testing.SharedData;

/** The seed article's gold claims (its "claims" section), the article read in place. */
class SeedArticleTest {

  private static List<Claim> claims;

  @BeforeAll
  static void analyze() throws IOException {
    Path path = SharedData.require("corpus/seed/rafah-2024-05-07.txt");
    String text = Files.readString(path, StandardCharsets.UTF_8);
    claims = Analyzed.text(text, "2024-05-07").get(Layers.CLAIMS);
    claims.forEach(
        c ->
            System.out.println(
                c.id()
                    + " "
                    + c.status()
                    + " "
                    + c.proposition().text()
                    + " "
                    + c.sources().stream().map(ClaimSource::name).toList()
                    + " "
                    + c.history().stream()
                        .map(h -> h.status() + " by " + h.by() + " [" + h.rule() + "]")
                        .toList()));
  }

  private static Claim find(String words) {
    return claims.stream()
        .filter(c -> c.proposition().text().contains(words))
        .min(Comparator.comparingInt(c -> c.proposition().span().length()))
        .orElseThrow(() -> new AssertionError("no claim '" + words + "' in " + claims));
  }

  private static boolean changed(Claim claim, ClaimStatus status, String by) {
    return claim.history().stream().anyMatch(h -> h.status() == status && h.by().equals(by));
  }

  @Test
  void suspensionOfDeliveriesIsReportedByAxiosNeitherConfirmedNorDeniedByKirby() {
    Claim claim = find("suspension of two batches of weaponry deliveries");
    assertThat(claim.sources()).extracting(ClaimSource::name).contains("Axios");
    assertThat(changed(claim, ClaimStatus.REPORTED, "Axios")).isTrue();
    assertThat(changed(claim, ClaimStatus.NOT_CONFIRMED, "John Kirby")).isTrue();
    assertThat(changed(claim, ClaimStatus.NOT_DENIED, "John Kirby")).isTrue();
    assertThat(claim.status()).isIn(ClaimStatus.NOT_CONFIRMED, ClaimStatus.NOT_DENIED);
  }

  @Test
  void hamasAcceptingTheProposalIsDisputedByIsraeliOfficials() {
    Claim claim = find("accepted a proposal for a ceasefire");
    assertThat(claim.sources()).extracting(ClaimSource::name).contains("Hamas");
    assertThat(claim.status()).isEqualTo(ClaimStatus.DISPUTED);
    StatusChange dispute =
        claim.history().stream()
            .filter(h -> h.status() == ClaimStatus.DISPUTED)
            .findFirst()
            .orElseThrow();
    assertThat(dispute.by()).containsIgnoringCase("officials");
    assertThat(dispute.evidence().text()).isEqualTo("not the same");
  }

  @Test
  void netanyahuAgreeingToReopenKeremShalomIsReportedByTheWhiteHouse() {
    Claim claim = find("agreed during the conversation to reopen the Kerem Shalom");
    assertThat(claim.status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(claim.sources()).extracting(ClaimSource::name).containsExactly("White House");
    assertThat(claim.eventId()).isNotNull();
  }

  @Test
  void kirbyDeclinesToCommentOnBidensReactionToHamasResponse() {
    Claim claim = find("Biden was later informed about Hamas's response");
    assertThat(claim.status()).isEqualTo(ClaimStatus.DECLINED_TO_COMMENT);
    assertThat(changed(claim, ClaimStatus.DECLINED_TO_COMMENT, "John Kirby")).isTrue();
    assertThat(changed(claim, ClaimStatus.REPORTED, "John Kirby")).isTrue();
  }

  @Test
  void everyStatusChangeNamesWhoAndWhere() {
    assertThat(claims)
        .allSatisfy(
            c ->
                assertThat(c.history())
                    .allSatisfy(
                        h -> {
                          assertThat(h.by()).isNotBlank();
                          assertThat(h.evidence().span().isEmpty()).isFalse();
                          assertThat(h.rule()).startsWith("claims:");
                        }));
  }
}
