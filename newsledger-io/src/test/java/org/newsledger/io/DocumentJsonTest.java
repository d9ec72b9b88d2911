package org.newsledger.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.core.testing.DocumentChecks.assertSound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;

class DocumentJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesTopLevelKeysInContractOrder() throws Exception {
    JsonNode root =
        JSON.readTree(DocumentJson.write(assertSound(SampleDocuments.annotated()), false));

    assertThat(fieldNames(root))
        .containsExactly(
            "schema",
            "article",
            "text",
            "entities",
            "attributions",
            "epistemic",
            "times",
            "quantities",
            "events",
            "claims",
            "diagnostics");
    assertThat(root.get("schema").asText()).isEqualTo("newsledger/1");
    assertThat(fieldNames(root.get("article")))
        .startsWith("id", "title", "published", "dateline", "url");
  }

  @Test
  void writesArticleMetadata() throws Exception {
    JsonNode article =
        JSON.readTree(DocumentJson.write(SampleDocuments.annotated(), true)).get("article");

    assertThat(article.get("id").asText()).isEqualTo("sample-1");
    assertThat(article.get("title").asText()).isEqualTo("Harbour talks to resume, minister says");
    assertThat(article.get("published").asText()).isEqualTo("2024-05-07T09:04");
    assertThat(article.get("dateline").asText()).isEqualTo("7 May 2024 09:04");
    assertThat(article.get("url").asText()).isEqualTo("https://example.org/harbour");
  }

  @Test
  void everySpanSliceOfTheTextEqualsItsStoredText() throws Exception {
    JsonNode root = JSON.readTree(DocumentJson.write(SampleDocuments.annotated(), false));
    String text = root.get("text").asText();
    List<JsonNode> spans = new ArrayList<>();
    collectSpans(root, spans);

    assertThat(text).isEqualTo(SampleDocuments.TEXT);
    assertThat(spans).hasSizeGreaterThan(20);
    for (JsonNode span : spans) {
      int begin = span.get("begin").asInt();
      int end = span.get("end").asInt();
      assertThat(begin).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(text.length());
      if (span.has("text")) {
        assertThat(text.substring(begin, end)).isEqualTo(span.get("text").asText());
      }
    }
  }

  @Test
  void writesEntitiesWithTheirMentionsAndLowerCaseEnums() throws Exception {
    JsonNode entities =
        JSON.readTree(DocumentJson.write(SampleDocuments.annotated(), false)).get("entities");

    JsonNode person = entities.get(0);
    assertThat(fieldNames(person))
        .containsExactly("id", "name", "type", "subtype", "aliases", "roles", "rule", "mentions");
    assertThat(person.get("type").asText()).isEqualTo("person");
    assertThat(person.get("roles").get(0).asText()).isEqualTo("Minister");
    assertThat(person.get("mentions")).hasSize(4);
    assertThat(person.get("mentions").get(1).get("kind").asText()).isEqualTo("pronoun");
    assertThat(fieldNames(person.get("mentions").get(0)))
        .containsExactly("id", "begin", "end", "text", "kind", "rule");
    assertThat(entities.get(1).get("subtype").asText()).isEqualTo("MEDIA");
  }

  @Test
  void writesAttributionsWithSourceCueContentAndVia() throws Exception {
    JsonNode attributions =
        JSON.readTree(DocumentJson.write(SampleDocuments.annotated(), false)).get("attributions");

    JsonNode direct = attributions.get(1);
    assertThat(fieldNames(direct))
        .containsExactly("id", "kind", "cue", "content", "source", "via", "in_headline", "rule");
    assertThat(direct.get("kind").asText()).isEqualTo("direct");
    assertThat(direct.get("content").get("text").asText()).isEqualTo("We are hopeful,");
    assertThat(direct.get("source").get("name").asText()).isEqualTo("Ana Varga");
    assertThat(direct.get("source").get("text").asText()).isEqualTo("she");
    assertThat(direct.get("source").get("type").asText()).isEqualTo("person");
    assertThat(direct.get("via").isNull()).isTrue();
    assertThat(direct.get("in_headline").asBoolean()).isFalse();
    assertThat(attributions.get(2).get("kind").asText()).isEqualTo("according_to");
    assertThat(attributions.get(2).get("source").get("type").asText()).isEqualTo("media");
    assertThat(attributions.get(3).get("via").asText()).isEqualTo("a3");
  }

  @Test
  void writesEpistemicActsTimesAndDiagnostics() throws Exception {
    JsonNode root = JSON.readTree(DocumentJson.write(SampleDocuments.annotated(), false));

    JsonNode act = root.get("epistemic").get(0);
    assertThat(fieldNames(act))
        .containsExactly("id", "act", "actor", "cue", "target", "begin", "end", "rule");
    assertThat(act.get("act").asText()).isEqualTo("not_confirmed");
    assertThat(act.get("target").get("text").asText()).isEqualTo("the report");
    JsonNode time = root.get("times").get(0);
    assertThat(fieldNames(time))
        .containsExactly("id", "text", "begin", "end", "type", "value", "rule");
    assertThat(time.get("type").asText()).isEqualTo("date");
    assertThat(time.get("value").asText()).isEqualTo("2024-05-14");
    JsonNode whole = root.get("diagnostics").get(1);
    assertThat(whole.get("code").asText()).isEqualTo("whole_note");
    assertThat(whole.get("begin").isNull()).isTrue();
  }

  @Test
  void writesAbsentLayersAsEmptyArraysAndNullMetadataAsNull() throws Exception {
    Document bare = assertSound(Document.of(ArticleMeta.of("bare"), "Nothing here."));
    JsonNode root = JSON.readTree(DocumentJson.write(bare, false));

    for (String layer :
        List.of(
            "entities",
            "attributions",
            "epistemic",
            "times",
            "quantities",
            "events",
            "claims",
            "diagnostics")) {
      assertThat(root.get(layer).isArray()).as(layer).isTrue();
      assertThat(root.get(layer)).as(layer).isEmpty();
    }
    assertThat(root.get("article").get("title").isNull()).isTrue();
    assertThat(root.get("article").get("title_span").isNull()).isTrue();
  }

  @Test
  void writesImplicitSourceWithNullMention() throws Exception {
    Document doc = SampleDocuments.annotated();
    Attribution a1 = doc.get(Layers.ATTRIBUTIONS).get(0);
    Source unknown = new Source(null, "unknown", SourceType.UNKNOWN, null);
    Attribution implicit =
        new Attribution(a1.id(), a1.kind(), a1.cue(), a1.content(), unknown, null, true, a1.rule());
    doc = assertSound(doc.with(Layers.ATTRIBUTIONS, List.of(implicit)));

    JsonNode source =
        JSON.readTree(DocumentJson.write(doc, false)).get("attributions").get(0).get("source");

    assertThat(source.get("entity").isNull()).isTrue();
    assertThat(source.get("text").isNull()).isTrue();
    assertThat(source.get("begin").isNull()).isTrue();
    assertThat(source.get("type").asText()).isEqualTo("unknown");
  }

  @Test
  void compactOutputIsOneLineAndStreamingMatchesString() throws Exception {
    Document doc = SampleDocuments.annotated();
    StringWriter out = new StringWriter();
    DocumentJson.write(doc, false, out);

    assertThat(out.toString()).isEqualTo(DocumentJson.write(doc, false)).doesNotContain("\n");
    assertThat(DocumentJson.write(doc, true)).contains("\n");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void collectSpans(JsonNode node, List<JsonNode> spans) {
    if (node.isObject() && node.path("begin").isInt() && node.path("end").isInt()) {
      spans.add(node);
    }
    node.elements().forEachRemaining(child -> collectSpans(child, spans));
  }
}
