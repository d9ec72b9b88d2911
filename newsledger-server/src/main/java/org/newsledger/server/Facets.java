package org.newsledger.server;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of search results by date, outlet, speaker, claim status and event type. */
final class Facets {

  private Facets() {}

  /** The facets of the matching statements, claims and events, most frequent value first. */
  static Map<String, Map<String, Long>> of(
      List<Map<String, Object>> statements,
      List<Map<String, Object>> claims,
      List<Map<String, Object>> events) {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    facets.put("date", count(statements, "published", 10));
    facets.put("outlet", count(statements, "outlet", 0));
    facets.put("speaker", count(statements, "speaker", 0));
    facets.put("status", count(claims, "status", 0));
    facets.put("type", count(events, "type", 0));
    return facets;
  }

  private static Map<String, Long> count(List<Map<String, Object>> rows, String field, int cut) {
    Map<String, Long> counts = new TreeMap<>();
    for (Map<String, Object> row : rows) {
      Object value = row.get(field);
      if (value != null) {
        String key = value.toString();
        counts.merge(cut > 0 && key.length() > cut ? key.substring(0, cut) : key, 1L, Long::sum);
      }
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
