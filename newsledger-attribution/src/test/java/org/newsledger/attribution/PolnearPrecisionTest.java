package org.newsledger.attribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.testing.SharedData;

/**
 * Cue-level precision and recall on the PolNeAR dev articles in ../shared: a system attribution is
 * right when its cue overlaps a gold cue and its content overlaps that attribution's content.
 * PolNeAR also marks beliefs and intentions, so recall stays low by design; precision matters. Slow
 * (minutes): runs only with {@code -Dnewsledger.polnear=true}; add {@code
 * -Dnewsledger.verbose=true} to list misses.
 */
class PolnearPrecisionTest {

  private record Gold(CharSpan cue, List<CharSpan> content) {}

  @Test
  void keepsPrecisionOnPolnearDevArticles() throws IOException {
    assumeTrue(
        Boolean.getBoolean("newsledger.polnear"),
        "skipped: takes minutes; run with -Dnewsledger.polnear=true");
    Path dev = SharedData.require("datasets/polnear/data/dev");
    int right = 0;
    int found = 0;
    int gold = 0;
    try (Stream<Path> files = Files.list(dev.resolve("attributions"))) {
      for (Path ann : files.sorted().toList()) {
        String name = ann.getFileName().toString();
        Path text = dev.resolve("text").resolve(name.substring(0, name.lastIndexOf('_')) + ".txt");
        if (!Files.exists(text)) {
          continue;
        }
        List<Gold> golds = read(ann);
        Document doc = Analyzer.article(name, Files.readString(text, UTF_8));
        for (Attribution a : doc.get(Layers.ATTRIBUTIONS)) {
          boolean ok =
              golds.stream()
                  .anyMatch(
                      g ->
                          g.cue().overlaps(a.cue().span())
                              && g.content().stream()
                                  .anyMatch(c -> c.overlaps(a.content().span())));
          right += ok ? 1 : 0;
          if (!ok && Boolean.getBoolean("newsledger.verbose")) {
            System.out.println(
                "FP "
                    + name
                    + " ["
                    + a.rule()
                    + "] "
                    + a.cue().text()
                    + " | "
                    + a.source().name()
                    + " | "
                    + a.content().text());
          }
        }
        if (Boolean.getBoolean("newsledger.verbose")) {
          for (Gold g : golds) {
            boolean hit =
                doc.get(Layers.ATTRIBUTIONS).stream()
                    .anyMatch(a -> g.cue().overlaps(a.cue().span()));
            if (!hit) {
              System.out.println("FN " + doc.textOf(g.cue()) + " | " + context(doc, g));
            }
          }
        }
        found += doc.get(Layers.ATTRIBUTIONS).size();
        gold += golds.size();
      }
    }
    double precision = found == 0 ? 0 : (double) right / found;
    double recall = gold == 0 ? 0 : (double) right / gold;
    System.out.printf(
        Locale.ROOT,
        "PolNeAR dev: P %.3f R %.3f (right %d, found %d, gold %d)%n",
        precision,
        recall,
        right,
        found,
        gold);
    assertThat(precision).isGreaterThan(0.75);
  }

  private static String context(Document doc, Gold g) {
    int begin = Math.max(0, g.cue().begin() - 60);
    int end = Math.min(doc.text().length(), g.cue().end() + 60);
    return doc.text().substring(begin, end).replace('\n', ' ');
  }

  private static List<Gold> read(Path ann) throws IOException {
    List<String> lines = Files.readAllLines(ann, UTF_8);
    java.util.Map<String, List<CharSpan>> spans = new java.util.HashMap<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && cols[0].startsWith("T")) {
        String[] typeAndOffsets = cols[1].split(" ", 2);
        List<CharSpan> parts = new ArrayList<>();
        for (String range : typeAndOffsets[1].split(";")) {
          String[] be = range.trim().split(" ");
          parts.add(new CharSpan(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
        }
        spans.put(cols[0], parts);
      }
    }
    List<Gold> golds = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || !cols[0].startsWith("E")) {
        continue;
      }
      CharSpan cue = null;
      List<CharSpan> content = new ArrayList<>();
      for (String arg : cols[1].split(" ")) {
        String[] roleAndId = arg.split(":");
        List<CharSpan> s = spans.getOrDefault(roleAndId[1], List.of());
        if (roleAndId[0].startsWith("Cue") && !s.isEmpty()) {
          cue = s.get(0);
        } else if (roleAndId[0].startsWith("Content")) {
          content.addAll(s);
        }
      }
      if (cue != null && !content.isEmpty()) {
        golds.add(new Gold(cue, content));
      }
    }
    return golds;
  }
}
