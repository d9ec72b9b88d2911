package org.newsledger.quantities;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.testing.SharedData;

class RealNewsTest {

  @Test
  void analyzesWikinewsPoliticsArticlesSoundlyWithoutYearsOrDates() throws IOException {
    Path folder = SharedData.require("datasets/wikinews/intl_politics");
    List<Path> articles;
    try (Stream<Path> files = Files.list(folder)) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int total = 0;
    for (Path article : articles) {
      String text = Files.readString(article, UTF_8);
      Document doc =
          DocumentChecks.assertSound(
              Analysis.pipeline()
                  .apply(Document.of(ArticleMeta.of(article.getFileName().toString()), text)));
      for (Quantity q : doc.get(Layers.QUANTITIES)) {
        System.out.println("wikinews quantity: " + describe(q));
        assertThat(q.text()).as("year read as a quantity").doesNotMatch("(in|since) \\d{4}");
        total++;
      }
    }
    System.out.println("wikinews quantities: " + total + " in " + articles.size() + " articles");
    assertThat(total).isPositive();
  }

  private static String describe(Quantity q) {
    return q.text().replace('\n', ' ')
        + " | "
        + q.qualifier()
        + " "
        + q.value()
        + (q.upper() == null ? "" : ".." + q.upper())
        + (q.unit() == null ? "" : " " + q.unit())
        + (q.counted() == null ? "" : " of '" + q.counted().text() + "'")
        + " ["
        + q.rule()
        + "]";
  }
}
