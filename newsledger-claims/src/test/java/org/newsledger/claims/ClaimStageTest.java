package org.newsledger.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.StatusChange;

/** One invented text per rule, plus the cases where a rule must not fire. */
class ClaimStageTest {

  private static Claim claim(List<Claim> claims, String words) {
    return claims.stream()
        .filter(c -> c.proposition().text().contains(words))
        .min(Comparator.comparingInt(c -> c.proposition().span().length()))
        .orElseThrow(() -> new AssertionError("no claim '" + words + "' in " + claims));
  }

  private static StatusChange change(Claim claim, ClaimStatus status) {
    return claim.history().stream()
        .filter(h -> h.status() == status)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + status + " in " + claim));
  }

  @Test
  void reportsAttributedContentWithItsNamedSource() {
    Claim claim =
        claim(
            Analyzed.claims(
                "The Norwegian army attacked the northern port of Bodo, the newspaper Aftenposten said."),
            "attacked the northern port");
    assertThat(claim.status()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(claim.sources())
        .extracting(ClaimSource::name)
        .anyMatch(n -> n.contains("Aftenposten"));
    assertThat(claim.rule()).isEqualTo(ReportedClaims.RULE);
    assertThat(change(claim, ClaimStatus.REPORTED).evidence().text()).isEqualTo("said");
  }

  @Test
  void recordsEachCueOnceWhenAnOuterSourceAlsoRelaysAnInnerOne() {
    Claim claim =
        claim(
            Analyzed.claims(
                "The Tromso Courier reported on Friday that the ferry line would close in May,"
                    + " citing two council members."),
            "the ferry line would close");
    List<String> cues = claim.history().stream().map(h -> h.evidence().text()).toList();
    assertThat(cues).contains("reported", "citing").doesNotHaveDuplicates();
  }

  @Test
  void splitQuotationGivesOneClaimPerPartWithoutTheReportingClause() {
    List<Claim> claims =
        Analyzed.claims(
            "\"The ferries will sail again on Monday,\" harbour master Ines Falk told reporters on"
                + " the quay. \"The fuel tanks are full and the crews are ready.\"");
    Claim first = claim(claims, "The ferries will sail again");
    Claim second = claim(claims, "The fuel tanks are full");
    assertThat(first.proposition().text()).isEqualTo("The ferries will sail again on Monday");
    assertThat(second.proposition().text())
        .isEqualTo("The fuel tanks are full and the crews are ready");
    assertThat(claims).noneMatch(c -> c.proposition().text().contains("told reporters"));
    assertThat(first.sources()).extracting(ClaimSource::name).containsExactly("Ines Falk");
    assertThat(second.sources()).extracting(ClaimSource::name).containsExactly("Ines Falk");
  }

  @Test
  void theCircumstanceOfAReportingClauseIsNoClaim() {
    List<Claim> claims =
        Analyzed.claims(
            "\"This government has run out of time,\" opposition leader Stefan Marr said at a"
                + " rally in the port city of Dorn.");
    assertThat(claims)
        .extracting(c -> c.proposition().text())
        .containsExactly("This government has run out of time");
  }

  @Test
  void impersonalExpectationIsHedgedNotReported() {
    Claim claim =
        claim(
            Analyzed.claims("The harbour tunnel is expected to reopen to trucks next month."),
            "reopen");
    assertThat(claim.status()).isEqualTo(ClaimStatus.HEDGED);
  }

  @Test
  void assertsAnEventTheArticleStatesWithoutSource() {
    Claim claim =
        claim(Analyzed.claims("Chilean troops attacked rebels in the town of Arica."), "attacked");
    assertThat(claim.status()).isEqualTo(ClaimStatus.ASSERTED);
    assertThat(claim.sources()).isEmpty();
    assertThat(claim.eventId()).isNotNull();
    assertThat(change(claim, ClaimStatus.ASSERTED).by()).isEqualTo(AssertedClaims.ARTICLE);
  }

  @Test
  void deniedCueVerbGivesTheContentDeniedStatus() {
    Claim claim =
        claim(
            Analyzed.claims(
                "Mayor Ellen Vik denied that the city had closed the harbour to foreign ships."),
            "the city had closed the harbour");
    assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
    assertThat(change(claim, ClaimStatus.DENIED).rule()).isEqualTo(ReportedClaims.STANCE);
    assertThat(claim.sources()).isEmpty();
  }

  @Test
  void confirmedCueVerbConfirmsTheContent() {
    Claim claim =
        claim(
            Analyzed.claims(
                "The ministry confirmed that Peru expelled two diplomats from Bolivia on Friday."),
            "expelled two diplomats");
    assertThat(claim.status()).isEqualTo(ClaimStatus.CONFIRMED);
  }

  @Test
  void notConfirmingThisInformationRefersBackToTheReport() {
    Claim claim =
        claim(
            Analyzed.claims(
                "The daily Dagbladet reported that Sweden had sent "
                    + "tanks to Finland. Minister Anna Berg did not confirm this information."),
            "Sweden had sent tanks");
    assertThat(claim.status()).isEqualTo(ClaimStatus.NOT_CONFIRMED);
    assertThat(change(claim, ClaimStatus.NOT_CONFIRMED).evidence().text())
        .isEqualTo("did not confirm");
  }

  @Test
  void declinedToCommentAttachesToTheClaimBefore() {
    List<Claim> claims =
        Analyzed.claims(
            "The agency said Egypt had closed the Rafah crossing. "
                + "A spokesman for the Egyptian government declined to comment.");
    Claim claim = claim(claims, "Egypt had closed");
    assertThat(claim.status()).isEqualTo(ClaimStatus.DECLINED_TO_COMMENT);
  }

  @Test
  void hedgeWordMarksTheClaimHedged() {
    Claim claim =
        claim(
            Analyzed.claims(
                "Russian forces reportedly shelled the Ukrainian city of Kharkiv overnight."),
            "shelled");
    assertThat(claim.status()).isEqualTo(ClaimStatus.HEDGED);
    assertThat(change(claim, ClaimStatus.HEDGED).evidence().text()).isEqualTo("reportedly");
  }

  @Test
  void plainStatementIsNotHedged() {
    Claim claim =
        claim(
            Analyzed.claims("Russian forces shelled the Ukrainian city of Kharkiv overnight."),
            "shelled");
    assertThat(claim.history()).noneMatch(h -> h.status() == ClaimStatus.HEDGED);
  }

  @Test
  void disputeCueFromAnotherSourceDisputesTheEarlierClaim() {
    List<Claim> claims =
        Analyzed.claims(
            "The union said it had signed the wage agreement. "
                + "Managers at the factory said that it was not the same agreement.");
    Claim claim = claim(claims, "it had signed the wage agreement");
    assertThat(claim.status()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(change(claim, ClaimStatus.DISPUTED).rule()).isEqualTo(Disputes.CUE);
  }

  @Test
  void agreementWithoutDisputeCueDisputesNothing() {
    List<Claim> claims =
        Analyzed.claims(
            "The union said it had signed the wage agreement. "
                + "Managers at the factory said that it was a good agreement.");
    assertThat(claims).noneMatch(c -> c.status() == ClaimStatus.DISPUTED);
  }

  @Test
  void emptyTextHasNoClaims() {
    assertThat(Analyzed.claims("")).isEmpty();
  }

  @Test
  void cueOfAnAttributionIsNoAssertedClaimOfItsOwn() {
    List<Claim> claims = Analyzed.claims("He warned that fuel could run short by Friday.");
    assertThat(claims).noneMatch(c -> c.status() == ClaimStatus.ASSERTED);
    assertThat(claim(claims, "fuel could run short").status()).isEqualTo(ClaimStatus.REPORTED);
  }

  @Test
  void refusalToCommentIsNoAssertedClaim() {
    List<Claim> claims = Analyzed.claims("She declined to comment on the talks themselves.");
    assertThat(claims).noneMatch(c -> c.status() == ClaimStatus.ASSERTED);
  }

  @Test
  void refusalToCommentOnATopicIsNoClaim() {
    assertThat(Analyzed.claims("She declined to comment on the talks themselves.")).isEmpty();
    assertThat(Analyzed.claims("The ministry did not confirm.")).isEmpty();
  }

  @Test
  void denialOfTheAccusationDeniesTheClaimItRefersTo() {
    List<Claim> claims =
        Analyzed.claims(
            "The union accused the port authority of hiring replacement workers. "
                + "The authority denied the accusation.");
    Claim claim = claim(claims, "hiring replacement workers");
    assertThat(claim.history()).extracting(StatusChange::status).contains(ClaimStatus.DENIED);
    assertThat(claims).noneMatch(c -> c.proposition().text().equals("the accusation"));
  }

  @Test
  void outletRelayingSourcesGivesTheirPropositionNotItsOwnContent() {
    List<Claim> claims =
        Analyzed.claims(
            "According to the Valmora Tribune, the deal is expected within days, sources close to"
                + " the talks reported.");
    assertThat(claims).noneMatch(c -> c.proposition().text().contains("reported"));
    Claim claim = claim(claims, "the deal is expected within days");
    assertThat(claim.history())
        .extracting(StatusChange::by)
        .contains("sources close to the talks", "Valmora Tribune");
    assertThat(claim.sources())
        .extracting(ClaimSource::name)
        .containsExactly("sources close to the talks", "Valmora Tribune");
  }

  @Test
  void refusalToCommentOnAClauseIsAClaim() {
    Claim claim =
        claim(
            Analyzed.claims(
                "The minister declined to comment on whether the army would operate the cranes."),
            "the army would operate the cranes");
    assertThat(claim.status()).isEqualTo(ClaimStatus.DECLINED_TO_COMMENT);
  }

  @Test
  void citedNounPhraseIsNoClaim() {
    List<Claim> claims =
        Analyzed.claims(
            "Ferry operator Nordline cancelled all sailings, citing the fuel shortage.");
    assertThat(claims).noneMatch(c -> c.proposition().text().equals("the fuel shortage"));
  }

  @Test
  void historyHasNoRepeatedRows() {
    List<Claim> claims =
        Analyzed.claims(
            "The Valmora Herald reported, citing officials, that a deal was close. The union"
                + " denied that a deal was close.");
    for (Claim c : claims) {
      assertThat(c.history()).doesNotHaveDuplicates();
    }
  }

  @Test
  void warningOfADangerIsNoThreatButAWarningOfForceIs() {
    assertThat(
            Analyzed.text(
                    "The harbour master warned that fuel deliveries could run short by the"
                        + " weekend.",
                    null)
                .get(Layers.EVENTS))
        .noneMatch(e -> e.type().equals("THREATEN"));
    assertThat(
            Analyzed.text(
                    "The interior minister warned that police would disperse the march.", null)
                .get(Layers.EVENTS))
        .anyMatch(e -> e.type().equals("THREATEN"));
    assertThat(
            Analyzed.text("The union warned that it would stop work at the port.", null)
                .get(Layers.EVENTS))
        .anyMatch(e -> e.type().equals("THREATEN"));
  }

  @Test
  void refusalToCommentIsNoEvent() {
    assertThat(
            Analyzed.text("The minister declined to comment on the report.", null)
                .get(Layers.EVENTS))
        .noneMatch(e -> e.type().equals("REJECT"));
  }
}
