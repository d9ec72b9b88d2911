package org.newsledger.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Reads the PLOVER gold-standard records (a JSON array) in place. */
public final class PloverRecords {

  /** Where the records lie inside the shared data folder. */
  public static final String SHARED_PATH =
      "datasets/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt";

  /** The gold file codes in PLOVER 0.6 names; these are their 2021 names (FIGHT merged). */
  private static final Map<String, String> RENAMED =
      Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT");

  private PloverRecords() {}

  /** Every coded record of the file; the DOCUMENT header records are skipped. */
  public static List<PloverRecord> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE,
          "PLOVER records unreadable: " + file + ": " + e.getMessage(),
          e);
    }
    List<PloverRecord> records = new ArrayList<>();
    for (JsonNode node : root) {
      String type = node.path("event").asText("");
      if (!type.isEmpty() && !type.equals("DOCUMENT") && node.hasNonNull("text")) {
        records.add(
            new PloverRecord(
                node.path("id").asText(),
                node.path("date").asText(null),
                node.get("text").asText(),
                RENAMED.getOrDefault(type, type),
                actors(node.get("source")),
                actors(node.get("target"))));
      }
    }
    return List.copyOf(records);
  }

  private static List<PloverRecord.Actor> actors(JsonNode node) {
    List<PloverRecord.Actor> actors = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode actor : node) {
        actors.add(
            new PloverRecord.Actor(
                actor.path("actorText").asText(""), actor.path("code").asText("")));
      }
    }
    return actors;
  }
}
