package org.newsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.stories.Story;

/** The demo over the bundled samples, as a first-time user runs it. */
class DemoCommandTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir Path dir;

  @Test
  void buildsTwoStoriesWithATimelineClaimsAndWhoSaidWhat() {
    Path db = dir.resolve("demo.db");

    String out = run("demo", "--samples", SAMPLES.toString(), "--db", db.toString());

    assertThat(out)
        .contains("== Stories", "== Timeline of story", "== Claims of story", "== Who said what");
    try (LedgerStore store = LedgerStore.open(db)) {
      List<Story> stories = store.stories();
      assertThat(stories).hasSizeGreaterThanOrEqualTo(2);
      long largest = stories.get(0).id();
      assertThat(store.storyTimeline(largest)).hasSizeGreaterThan(3);
      assertThat(store.storyStatements(largest)).isNotEmpty();
      assertThat(store.storyClaims(largest))
          .anySatisfy(
              claim ->
                  assertThat(claim.history().stream().map(c -> c.articleId()).distinct())
                      .hasSizeGreaterThan(1));
    }
  }

  @Test
  void findsTheSamplesBesideTheInstallationFromAnotherDirectory() {
    assertThat(DemoCommand.sampleFolder(Path.of("samples")).resolve("harbor-strike.txt"))
        .isRegularFile();
  }

  private static synchronized String run(String... args) {
    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(Main.run(args)).isZero();
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(oldOut);
    }
  }
}
