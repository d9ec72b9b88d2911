package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * One row of one of the {@link Tables}, as the analysis of a partition emits it.
 *
 * @param table the table's name, one of {@link Tables#NAMES}
 * @param row the row, in the table's schema
 */
public record TableRow(String table, Row row) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validates the fields. */
  public TableRow {
    requireNonNull(table, "table is null");
    requireNonNull(row, "row is null");
  }
}
