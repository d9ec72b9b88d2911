package org.newsledger.server;

/**
 * Which rows of a list a request wants.
 *
 * @param limit most rows, 1 to {@link #MAX_LIMIT}
 * @param offset rows to skip, from 0
 */
record Paging(int limit, int offset) {

  /** Rows a page holds unless the request asks otherwise. */
  static final int DEFAULT_LIMIT = 50;

  /** Most rows one page (or one export) may hold. */
  static final int MAX_LIMIT = 10_000;

  /** Validates the bounds. */
  Paging {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw Problem.badRequest("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0) {
      throw Problem.badRequest("offset must not be negative: " + offset);
    }
  }
}
