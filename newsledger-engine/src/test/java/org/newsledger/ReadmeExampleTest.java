package org.newsledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.core.testing.DocumentChecks.assertSound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;

/** The library example of the README, run as written; the README must hold it word for word. */
class ReadmeExampleTest {

  private static final String BEGIN = "// README example begins";
  private static final String END = "// README example ends";

  @Test
  void readmeExampleAnalyzesATextAndPrintsWhoSaidWhat() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, UTF_8);
    // README example begins
    Newsledger nl = Newsledger.load(); // models load once (seconds); thread-safe
    Analysis analysis =
        nl.analyze(
            "Harbour strike ends\n\nThe strike is over, union leader Mara Quint said on Monday.");
    String json = analysis.toJson(); // the newsledger/1 record (analyze --format json)
    for (Attribution a : analysis.document().get(Layers.ATTRIBUTIONS)) {
      out.println(a.source().name() + ": " + a.content().text() + "  [" + a.rule() + "]");
    }
    // README example ends

    assertSound(analysis.document());
    assertThat(json).contains("\"schema\" : \"newsledger/1\"");
    assertThat(printed.toString(UTF_8)).startsWith("Mara Quint: The strike is over");
  }

  @Test
  void readmeHoldsTheExampleWordForWord() throws IOException {
    Path source = Path.of("src/test/java/org/newsledger/ReadmeExampleTest.java");
    List<String> lines = Files.readAllLines(source, UTF_8);
    int begin = indexOfLine(lines, BEGIN, 0);
    int end = indexOfLine(lines, END, begin);
    String readme = Files.readString(Path.of("../README.md"), UTF_8);
    for (String line : lines.subList(begin + 1, end)) {
      assertThat(readme).as("README line").contains(line.strip());
    }
  }

  private static int indexOfLine(List<String> lines, String marker, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("no line '" + marker + "'");
  }
}
