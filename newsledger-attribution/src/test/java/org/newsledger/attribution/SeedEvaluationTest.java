package org.newsledger.attribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.testing.SharedData;

/**
 * Runs the stage on the seed article in ../shared, writes target/seed-attributions.json for
 * score_attributions.py, and checks that every gold anchor is found with one of its speakers.
 */
class SeedEvaluationTest {

  private static final Pattern GOLD_ROW =
      Pattern.compile(
          "\\{\"speaker\": \\[([^\\]]*)\\], \"cue\": \"[^\"]*\", \"anchor\": \"([^\"]*)\"");

  private record GoldRow(List<String> speakers, String anchor) {}

  @Test
  void findsEveryGoldAttributionOfTheSeed() throws IOException {
    Path seed = SharedData.require("corpus/seed/rafah-2024-05-07.txt");
    Path gold = SharedData.require("eval/attribution/rafah-2024-05-07.gold.json");
    Document doc = Analyzer.article("rafah-2024-05-07", Files.readString(seed, UTF_8));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/seed-attributions.json"), ScorerJson.of(doc), UTF_8);
    for (EpistemicAct act : doc.get(Layers.EPISTEMIC)) {
      System.out.println(
          act.id()
              + " "
              + act.act()
              + " actor="
              + act.actor().name()
              + " cue="
              + act.cue().text()
              + " target="
              + (act.target() == null ? null : act.target().text()));
    }
    List<Attribution> found = doc.get(Layers.ATTRIBUTIONS);
    List<GoldRow> rows = goldRows(Files.readString(gold, UTF_8));
    long matched =
        rows.stream().filter(row -> found.stream().anyMatch(a -> matches(a, row))).count();
    System.out.printf(
        Locale.ROOT,
        "seed: %d of %d gold rows found, %d attributions%n",
        matched,
        rows.size(),
        found.size());
    assertThat(matched).isEqualTo(rows.size());
    assertThat(found).hasSize(rows.size());
  }

  private static boolean matches(Attribution a, GoldRow row) {
    String content = fold(a.content().text());
    String speaker = fold(a.source().name());
    return content.contains(fold(row.anchor()))
        && row.speakers().stream()
            .map(SeedEvaluationTest::fold)
            .anyMatch(alias -> speaker.contains(alias) || alias.contains(speaker));
  }

  private static List<GoldRow> goldRows(String json) {
    List<GoldRow> rows = new ArrayList<>();
    Matcher m = GOLD_ROW.matcher(json);
    while (m.find()) {
      List<String> speakers = new ArrayList<>();
      for (String quoted : m.group(1).split(",")) {
        speakers.add(quoted.strip().replace("\"", ""));
      }
      rows.add(new GoldRow(speakers, m.group(2)));
    }
    return rows;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replaceAll("\\s+", " ")
        .replaceFirst("^the ", "");
  }
}
