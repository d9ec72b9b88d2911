package org.newsledger.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsledger.core.testing.SharedData;
import org.newsledger.eval.CheckedEngine;

/** The PLOVER gold records, read in place from ../shared. */
class PloverEvalTest {

  @Test
  void codesGoldRecordsWithTheRightTypeMostOfTheTime() {
    Path gold = SharedData.require(PloverRecords.SHARED_PATH);
    PloverScores scores = PloverEval.run(gold, CheckedEngine.operator(), System.out);
    assertThat(scores.records()).isEqualTo(322);
    assertThat(scores.typeAccuracy()).isGreaterThanOrEqualTo(0.60);
  }
}
