package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * A seed-gold file ({@code eval/attribution/*.gold.json}): the article it scores, and its expected
 * and optional attributions.
 *
 * @param path where the gold file was read from
 * @param article the article path as written in the file, relative to the shared root
 * @param published publication date or date-time of the article, or null
 * @param attributions expected attributions, in file order
 * @param optionalAnchors anchors of statements a system may report or not
 */
public record AttributionGold(
    Path path,
    String article,
    String published,
    List<Expected> attributions,
    List<String> optionalAnchors) {

  /** Validates and copies the fields; published may be null. */
  public AttributionGold {
    requireNonNull(path, "path is null");
    requireNonNull(article, "article is null");
    attributions = List.copyOf(attributions);
    optionalAnchors = List.copyOf(optionalAnchors);
  }

  /**
   * One expected attribution.
   *
   * @param speakers accepted names of the speaker, the first being the one printed
   * @param anchor words the system's content must contain
   */
  public record Expected(List<String> speakers, String anchor) {

    /** Validates and copies the fields. */
    public Expected {
      speakers = List.copyOf(speakers);
      requireNonNull(anchor, "anchor is null");
      if (speakers.isEmpty()) {
        throw new IllegalArgumentException("no speaker for anchor '" + anchor + "'");
      }
    }
  }

  /** Reads a gold file; throws a {@link NewsledgerException} when unreadable or malformed. */
  public static AttributionGold read(Path path) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(path));
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

  private static AttributionGold parse(Path path, JsonNode root) {
    List<Expected> expected = new ArrayList<>();
    for (JsonNode node : root.path("attributions")) {
      List<String> speakers = new ArrayList<>();
      node.path("speaker").forEach(speaker -> speakers.add(speaker.asText()));
      expected.add(new Expected(speakers, node.path("anchor").asText()));
    }
    List<String> optional = new ArrayList<>();
    root.path("optional").forEach(node -> optional.add(node.path("anchor").asText()));
    JsonNode published = root.get("published");
    return new AttributionGold(
        path,
        root.path("article").asText(),
        published == null ? null : published.asText(),
        expected,
        optional);
  }

  /** The shared root the article path is relative to: the gold file's third ancestor. */
  public Path sharedRoot() {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = absolute.getParent().getParent().getParent();
    return root == null ? absolute.getRoot() : root;
  }

  /** The article file. */
  public Path articlePath() {
    return sharedRoot().resolve(article);
  }
}
