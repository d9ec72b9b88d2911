package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.newsledger.attribution.Analyzer.attributions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.SourceType;

/** Invented sentences for a question put to someone without a subject of its own. */
class AskedRuleTest {

  private static List<Attribution> asked(String text) {
    return attributions(text).stream().filter(a -> a.rule().equals(AskedRule.NAME)).toList();
  }

  @Test
  void takesTheQuestionOfAFrontedAskedAndNoSource() {
    List<Attribution> found =
        asked("Asked whether the talks had failed, Mayor Lena Roth said: \"Of course not.\"");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).cue().text()).isEqualTo("Asked");
    assertThat(found.get(0).content().text()).isEqualTo("whether the talks had failed");
    assertThat(found.get(0).source().type()).isEqualTo(SourceType.UNKNOWN);
    assertThat(found.get(0).source().mention()).isNull();
  }

  @Test
  void takesTheQuestionAfterWhenAsked() {
    List<Attribution> found =
        asked("\"You bet I would,\" the governor said when asked about the port closure.");
    assertThat(found).extracting(a -> a.content().text()).containsExactly("about the port closure");
  }

  @Test
  void takesTheAskerAfterBy() {
    List<Attribution> found =
        asked("Asked by reporters if the plan was dead, the senator shrugged.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).source().mention().text()).isEqualTo("reporters");
    assertThat(found.get(0).content().text()).isEqualTo("if the plan was dead");
  }

  @Test
  void leavesAskedWithASubjectOrWithoutAQuestionToOtherRules() {
    assertThat(asked("The council asked whether the mayor would resign.")).isEmpty();
    assertThat(asked("Asked to resign, the mayor refused.")).isEmpty();
  }

  @Test
  void readsAParticipleAfterBeingAtTheStartOfAText() {
    assertThatCode(() -> attributions("Being asked about the port closure, the mayor smiled."))
        .doesNotThrowAnyException();
  }
}
