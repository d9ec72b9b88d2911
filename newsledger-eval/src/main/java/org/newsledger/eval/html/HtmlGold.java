package org.newsledger.eval.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * One page of the html-extraction development set.
 *
 * @param id page id
 * @param url address of the page, or null
 * @param source source dataset name
 * @param body gold body text
 * @param title gold title, or null
 * @param language gold language code, or null when not given
 */
public record HtmlGold(
    String id, String url, String source, String body, String title, String language) {

  /** Where the set lives under the shared folder. */
  public static final String SHARED_PATH = "datasets/html-extraction";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Validates the fields. */
  public HtmlGold {
    requireNonNull(id, "id is null");
    requireNonNull(source, "source is null");
    requireNonNull(body, "body is null");
  }

  /** The pages of ground-truth.jsonl in the set folder, in file order. */
  public static List<HtmlGold> read(Path root) {
    List<HtmlGold> pages = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(root.resolve("ground-truth.jsonl"), UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        pages.add(
            new HtmlGold(
                node.path("id").asText(),
                text(node, "url"),
                node.path("source_dataset").asText(),
                node.path("body").asText(),
                text(node, "title"),
                text(node, "lang")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** The page's HTML bytes, from pages/ID.html.gz. */
  public byte[] html(Path root) {
    Path file = root.resolve("pages").resolve(id + ".html.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
