package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One page of a list.
 *
 * @param columns the rows' field names, in order (also when there are no rows)
 * @param items the rows, keyed by field name
 * @param total rows matching the filters across all pages
 * @param paging which page this is
 */
record Page(List<String> columns, List<Map<String, Object>> items, long total, Paging paging) {

  /** Validates and copies the fields. */
  Page {
    columns = List.copyOf(requireNonNull(columns, "columns is null"));
    items = List.copyOf(requireNonNull(items, "items is null"));
    requireNonNull(paging, "paging is null");
  }
}
