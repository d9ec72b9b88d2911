package org.newsledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

class ReadOptionsTest {

  @Test
  void acceptsDateAndDateTime() {
    assertThat(new ReadOptions("2024-05-07").published()).isEqualTo("2024-05-07");
    assertThat(new ReadOptions("2024-05-07T09:04").published()).isEqualTo("2024-05-07T09:04");
    assertThat(ReadOptions.defaults().published()).isNull();
    assertThat(ReadOptions.defaults().maxBytes()).isEqualTo(50L * 1024 * 1024);
  }

  @Test
  void rejectsABadDateAsBadConfigurationOnOneLine() {
    assertThatThrownBy(() -> new ReadOptions("May 7"))
        .isInstanceOf(NewsledgerException.class)
        .hasMessage("bad --published value 'May 7': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        .satisfies(
            e ->
                assertThat(((NewsledgerException) e).code())
                    .isEqualTo(ErrorCode.BAD_CONFIGURATION));
  }

  @Test
  void rejectsANonPositiveSizeLimit() {
    assertThatThrownBy(() -> new ReadOptions(null, 0)).isInstanceOf(NewsledgerException.class);
  }
}
