package org.newsledger.eval.quantities;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.facts.QuantityQualifier;

/**
 * The "quantities" section of a seed-gold file.
 *
 * @param path the gold file
 * @param article article path relative to the shared root
 * @param published publication date of the article, or null
 * @param expected the gold quantities, in file order
 */
public record QuantityGold(Path path, String article, String published, List<Expected> expected) {

  /** One gold quantity: its text in the article, its value and its qualifier. */
  public record Expected(String text, double value, QuantityQualifier qualifier) {

    /** Validates the fields. */
    public Expected {
      requireNonNull(text, "text is null");
      requireNonNull(qualifier, "qualifier is null");
    }
  }

  /** Validates and copies the fields; published may be null. */
  public QuantityGold {
    requireNonNull(path, "path is null");
    requireNonNull(article, "article is null");
    expected = List.copyOf(expected);
  }

  /** Reads a gold file; throws {@link NewsledgerException} when it is unreadable or malformed. */
  public static QuantityGold read(Path path) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot read gold file " + path + ": " + e.getMessage(), e);
    }
    try {
      return parse(path, root);
    } catch (RuntimeException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_MALFORMED, "bad gold file " + path + ": " + e.getMessage(), e);
    }
  }

  private static QuantityGold parse(Path path, JsonNode root) {
    List<Expected> expected = new ArrayList<>();
    for (JsonNode node : root.path("quantities")) {
      expected.add(
          new Expected(
              node.get("text").asText(),
              node.get("value").asDouble(),
              qualifier(node.path("qualifier").asText("exact"))));
    }
    JsonNode published = root.get("published");
    return new QuantityGold(
        path,
        root.path("article").asText(),
        published == null || published.isNull() ? null : published.asText(),
        expected);
  }

  /** "more than" or "MORE_THAN" as a qualifier. */
  static QuantityQualifier qualifier(String label) {
    return QuantityQualifier.valueOf(
        label.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
  }

  /** The article file: the gold's "article" resolved against the gold file's third ancestor. */
  public Path articlePath() {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = absolute.getParent().getParent().getParent();
    return (root == null ? absolute.getRoot() : root).resolve(article);
  }
}
