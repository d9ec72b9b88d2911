package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void ignoresLayoutCaseAndCompatibilityForms() {
    assertThat(ContentHash.of("The  port\r\nis CLOSED.\n"))
        .isEqualTo(ContentHash.of("the port is closed."))
        .isEqualTo(ContentHash.of("\uFF34he port is closed."))
        .hasSize(64);
  }

  @Test
  void tellsDifferentWordingApart() {
    assertThat(ContentHash.of("The port is closed."))
        .isNotEqualTo(ContentHash.of("The port is open."));
  }
}
