package org.newsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code newsledger train}: option mistakes are one-line errors, before any data is read. */
class TrainCommandTest {

  @Test
  void fewerThanOneThreadOrIterationIsAOneLineError() {
    for (String[] args :
        new String[][] {
          {"train", "attribution", "--threads", "0", "--out", "m.ser.gz"},
          {"train", "attribution", "--iterations", "0", "--out", "m.ser.gz"}
        }) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = run(err, args);
      String message = err.toString(StandardCharsets.UTF_8);
      assertThat(status).isNotZero();
      assertThat(message.lines().toList())
          .singleElement()
          .satisfies(line -> assertThat(line).contains("--threads", "at least 1"));
      assertThat(message).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void anUnknownEncoderIsAOneLineErrorNamingTheKnownOnes() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = run(err, "train", "attribution", "--encoder-model", "bogus", "--out", "m.ser.gz");
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(status).isNotZero();
    assertThat(message.lines().toList())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("unknown encoder bogus", "all-MiniLM-L6-v2", "e5-small-v2"));
    assertThat(message).doesNotContain("Exception", "\tat ");
  }

  private static synchronized int run(ByteArrayOutputStream err, String... args) {
    PrintStream oldErr = System.err;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      return Main.run(args);
    } finally {
      System.setErr(oldErr);
    }
  }
}
