package org.newsledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CharSpanTest {

  @Test
  void rejectsNegativeAndBackwardSpans() {
    assertThatThrownBy(() -> new CharSpan(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CharSpan(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapAndContainmentAreEndExclusive() {
    CharSpan span = new CharSpan(2, 5);
    assertThat(span.overlaps(new CharSpan(5, 7))).isFalse();
    assertThat(span.overlaps(new CharSpan(4, 7))).isTrue();
    assertThat(span.contains(new CharSpan(2, 5))).isTrue();
    assertThat(span.contains(5)).isFalse();
    assertThat(span.union(new CharSpan(7, 9))).isEqualTo(new CharSpan(2, 9));
    assertThat(span.textOf("abcdefg")).isEqualTo("cde");
  }

  @Test
  void excerptMustCoverItsText() {
    assertThat(Excerpt.of("hello world", 6, 11).text()).isEqualTo("world");
    assertThatThrownBy(() -> new Excerpt(new CharSpan(0, 3), "hello"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
