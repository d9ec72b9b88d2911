package org.newsledger.eval.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.testing.SharedData;
import org.newsledger.core.text.PlainText;
import org.newsledger.eval.CheckedEngine;

class SeedQuantitiesTest {

  @Test
  void findsEveryGoldQuantityOfTheRafahArticleWithItsValueAndQualifier() {
    Path goldPath = SharedData.require("eval/attribution/rafah-2024-05-07.gold.json");
    QuantityGold gold = QuantityGold.read(goldPath);
    Document doc = CheckedEngine.operator().apply(PlainText.read(gold.articlePath()));
    List<Quantity> found = doc.get(Layers.QUANTITIES);
    found.forEach(q -> System.out.println("seed quantity: " + q));

    assertThat(gold.expected()).isNotEmpty();
    for (QuantityGold.Expected expected : gold.expected()) {
      assertThat(found)
          .as(expected.text())
          .anyMatch(
              q ->
                  doc.text().indexOf(expected.text()) < q.span().end()
                      && q.span().begin()
                          < doc.text().indexOf(expected.text()) + expected.text().length()
                      && q.value() == expected.value()
                      && q.qualifier() == expected.qualifier());
    }
  }

  @Test
  void tellsWhatTheSeedQuantitiesCount() {
    Path goldPath = SharedData.require("eval/attribution/rafah-2024-05-07.gold.json");
    Document doc =
        CheckedEngine.operator().apply(PlainText.read(QuantityGold.read(goldPath).articlePath()));
    List<Quantity> found = doc.get(Layers.QUANTITIES);

    assertThat(find(found, "1.4 million").counted().text()).isEqualTo("residents");
    assertThat(find(found, "2.3 million").counted().text()).isEqualTo("residents");
    assertThat(find(found, "two").counted().text()).isEqualTo("batches of weaponry deliveries");
    assertThat(found).noneMatch(q -> q.text().contains("2024") || q.text().contains("09:04"));
  }

  private static Quantity find(List<Quantity> quantities, String text) {
    return quantities.stream()
        .filter(q -> q.number().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantity '" + text + "' in " + quantities));
  }
}
