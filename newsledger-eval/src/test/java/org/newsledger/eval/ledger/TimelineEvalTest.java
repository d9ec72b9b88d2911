package org.newsledger.eval.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.newsledger.core.testing.SharedData;
import org.newsledger.eval.ledger.TemporalAwareness.Counts;

class TimelineEvalTest {

  private static final String GOLD =
      "Boeing\n1\t2005-XX-XX\t1-2-sold\t1-3-sale\n"
          + "2\t2006-01-01\t2-4-delivered\n0\tXXXX-XX-XX\t3-1-talks\n";

  @Test
  void readsAndWritesTheTaskFormat() {
    Timeline timeline = Timeline.parse(GOLD);

    assertThat(timeline.entity()).isEqualTo("Boeing");
    assertThat(timeline.lines()).hasSize(3);
    assertThat(timeline.lines().get(0).events()).containsExactly("1-2-sold", "1-3-sale");
    assertThat(timeline.format()).isEqualTo(GOLD);
  }

  @Test
  void scoresAnIdenticalTimelinePerfectly() {
    Counts counts = TemporalAwareness.score(Timeline.parse(GOLD), Timeline.parse(GOLD));

    assertThat(counts.f1()).isEqualTo(1.0);
    assertThat(counts.goldTotal()).isEqualTo(4);
  }

  @Test
  void creditsRelationsImpliedByTheClosure() {
    Timeline gold = Timeline.parse("X\n1\t2005-XX-XX\ta\n2\t2006-XX-XX\tb\n3\t2007-XX-XX\tc\n");
    Timeline system = Timeline.parse("X\n1\tXXXX-XX-XX\ta\n2\tXXXX-XX-XX\tc\n");

    Counts counts = TemporalAwareness.score(gold, system);

    assertThat(counts.systemHeld()).isEqualTo(1);
    assertThat(counts.precision()).isEqualTo(1.0);
    assertThat(counts.goldHeld()).isZero();
  }

  @Test
  void namesTheWordAtAnOffsetBySentenceAndWord() {
    TimelineCorpus.TimelineDocument doc =
        TimelineCorpus.document(
            "<TimeML><DOCID>42</DOCID>"
                + "<DCT><TIMEX3 value=\"2005-02-17\">x</TIMEX3></DCT><TEXT><s id=\"0\">Boeing wins</s>"
                + "<s id=\"1\">Boeing has unveiled a jet .</s></TEXT></TimeML>");

    assertThat(doc.text()).isEqualTo("Boeing wins\nBoeing has unveiled a jet .");
    assertThat(doc.mentionId(doc.text().indexOf("unveiled"))).isEqualTo("42-1-unveiled");
    assertThat(doc.document().meta().published()).isEqualTo("2005-02-17");
  }

  @Test
  void scoresTheSharedCorporaWithoutAnAnalyzer() {
    Path root = SharedData.require(TimelineEval.SHARED_PATH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    TimelineEval.Figures figures =
        TimelineEval.of(root, UnaryOperator.identity())
            .run(new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(figures.corpora()).hasSize(3);
    assertThat(figures.overall().goldTotal()).isPositive();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("overall");
  }
}
