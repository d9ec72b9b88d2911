package org.newsledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;

/** JSON offsets count code points, so Python's text[begin:end] is the fact's text. */
class CodePointOffsetsTest {

  /** Python's {@code text[begin:end]}: a slice by code points. */
  private static String pythonSlice(String text, int begin, int end) {
    int[] points = text.codePoints().toArray();
    return new String(points, begin, end - begin);
  }

  @Test
  void offsetsAfterEmojiAndOtherSupplementaryCharactersCountCodePoints() throws Exception {
    String text = "\uD83D\uDE00 Kirby said \uD83C\uDDFA\uD83C\uDDF8 the \uD835\uDC00 ship sailed.";
    String[] facts = {"Kirby", "said", "ship sailed", "\uD83C\uDDFA\uD83C\uDDF8", "\uD835\uDC00"};
    Document doc = Document.of(ArticleMeta.of("a"), text);
    for (String fact : facts) {
      int begin = text.indexOf(fact);
      doc =
          doc.withDiagnostic(
              new Diagnostic("note", fact, "test", new CharSpan(begin, begin + fact.length())));
    }

    JsonNode json = new ObjectMapper().readTree(DocumentJson.write(doc, false));

    String written = json.get("text").asText();
    for (JsonNode diagnostic : json.get("diagnostics")) {
      int begin = diagnostic.get("begin").asInt();
      int end = diagnostic.get("end").asInt();
      assertThat(pythonSlice(written, begin, end)).isEqualTo(diagnostic.get("message").asText());
    }
    assertThat(json.get("diagnostics").get(0).get("begin").asInt()).isEqualTo(2);
  }

  @Test
  void offsetsOfTextWithoutSupplementaryCharactersStayAsTheyAre() {
    CodePoints points = CodePoints.of("plain text, \u00e9t\u00e9 \u4e2d\u6587");

    assertThat(points.toCodePoint(0)).isZero();
    assertThat(points.toCodePoint(15)).isEqualTo(15);
  }

  @Test
  void countsEachSurrogatePairOnce() {
    CodePoints points = CodePoints.of("a\uD83D\uDE00b\uD83D\uDE00c");

    assertThat(points.toCodePoint(1)).isEqualTo(1);
    assertThat(points.toCodePoint(3)).isEqualTo(2);
    assertThat(points.toCodePoint(6)).isEqualTo(4);
    assertThat(points.toCodePoint(7)).isEqualTo(5);
  }
}
