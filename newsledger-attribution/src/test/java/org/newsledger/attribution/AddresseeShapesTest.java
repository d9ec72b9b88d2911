package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.only;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/** Invented sentences for addressees between a cue and what was said: "told his aides ...". */
class AddresseeShapesTest {

  @Test
  void readsAPossessiveAddresseeBeforeAnAdverbialClause() {
    Attribution a =
        only("This is not about me, Mayor Ada Quist told her closest aides as the vote neared.");
    assertThat(a.source().mention().text()).isEqualTo("Mayor Ada Quist");
    assertThat(a.content().text()).isEqualTo("This is not about me");
  }

  @Test
  void readsACoordinatedNameAsOneAddressee() {
    Attribution a =
        only("Ivo Dane told The Harbour and Ferry Gazette on Saturday that he voted no.");
    assertThat(a.source().name()).isEqualTo("Ivo Dane");
    assertThat(a.content().text()).isEqualTo("he voted no");
  }
}
