package org.newsledger.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a page of a list in the format the request asks for ({@code ?format=json|jsonl|csv}): the
 * same rows and filters whatever the format; JSON Lines and CSV arrive as a file to download.
 */
final class Exports {

  private static final CsvMapper CSV = new CsvMapper();

  private final ObjectMapper json;

  Exports(ObjectMapper json) {
    this.json = json;
  }

  /** Writes the page; {@code name} names the downloaded file ("claims" gives claims.csv). */
  void write(Context ctx, Page page, String name) throws JsonProcessingException {
    String format = ctx.queryParam("format");
    switch (format == null ? "json" : format.toLowerCase(Locale.ROOT)) {
      case "json" -> {
        if (format != null) {
          attach(ctx, name + ".json");
        }
        ctx.contentType("application/json").result(json.writeValueAsString(envelope(page)));
      }
      case "jsonl" -> {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> item : page.items()) {
          lines.append(json.writeValueAsString(item)).append('\n');
        }
        attach(ctx, name + ".jsonl");
        ctx.contentType("application/jsonl; charset=utf-8").result(lines.toString());
      }
      case "csv" -> {
        attach(ctx, name + ".csv");
        ctx.contentType("text/csv; charset=utf-8").result(csv(page));
      }
      default -> throw Problem.badRequest("format must be json, jsonl or csv: " + format);
    }
  }

  /** The page as CSV with a header row, also when it has no rows. */
  static String csv(Page page) throws JsonProcessingException {
    if (page.items().isEmpty()) {
      return String.join(",", page.columns()) + "\n";
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    page.columns().forEach(schema::addColumn);
    return CSV.writer(schema.build()).writeValueAsString(page.items());
  }

  private static Map<String, Object> envelope(Page page) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("total", page.total());
    envelope.put("limit", page.paging().limit());
    envelope.put("offset", page.paging().offset());
    envelope.put("items", page.items());
    return envelope;
  }

  private static void attach(Context ctx, String file) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }
}
