package org.newsledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void escapesAnsiSequencesControlCharactersAndBidiOverrides() {
    String hostile = "red \u001b[31mALERT\u001b[0m bell\u0007 csi\u009b2J rtl\u202eevil";

    String safe = TerminalText.escape(hostile);

    assertThat(safe)
        .isEqualTo("red \\u001b[31mALERT\\u001b[0m bell\\u0007 csi\\u009b2J rtl\\u202eevil");
    assertThat(safe.chars()).noneMatch(c -> Character.getType(c) == Character.CONTROL);
  }

  @Test
  void keepsLineBreaksTabsAndOrdinaryTextOfAnyScript() {
    String text = "Line one\n\tשלום, مرحبا \uD83D\uDE00 caf\u00e9";

    assertThat(TerminalText.escape(text)).isSameAs(text);
  }
}
