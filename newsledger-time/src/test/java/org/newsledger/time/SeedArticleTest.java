package org.newsledger.time;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.testing.SharedData;

class SeedArticleTest {

  @Test
  void resolvesDatelineAndWeekdaysOfTheRafahArticle() throws IOException {
    Path path = SharedData.require("corpus/seed/rafah-2024-05-07.txt");
    String text = Files.readString(path, UTF_8);
    int titleEnd = text.indexOf('\n');
    ArticleMeta meta =
        ArticleMeta.of("rafah")
            .withTitle(text.substring(0, titleEnd), org.newsledger.core.CharSpan.of(0, titleEnd));
    Document doc = DocumentChecks.assertSound(Analysis.pipeline().apply(Document.of(meta, text)));
    List<TimeExpression> times = doc.get(Layers.TIMES);
    times.forEach(t -> System.out.println("seed time: " + t));

    assertThat(doc.meta().published()).isEqualTo("2024-05-07T09:04");
    assertThat(times)
        .anyMatch(t -> t.text().equals("7 May 2024 09:04") && "2024-05-07T09:04".equals(t.value()));
    assertThat(times)
        .filteredOn(t -> t.text().startsWith("Monday"))
        .hasSizeGreaterThanOrEqualTo(3)
        .allMatch(t -> "2024-05-06".equals(t.value()));
    assertThat(times)
        .anyMatch(t -> t.text().startsWith("Sunday") && "2024-05-05".equals(t.value()));
  }
}
