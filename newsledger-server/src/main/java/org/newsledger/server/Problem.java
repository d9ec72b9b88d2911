package org.newsledger.server;

import static java.util.Objects.requireNonNull;

/**
 * A request the server answers with an error: an HTTP status and a one-line detail, written as
 * {@code application/problem+json} (RFC 9457).
 */
final class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final Integer retryAfterSeconds;

  Problem(int status, String title, String detail, Integer retryAfterSeconds) {
    super(requireNonNull(detail, "detail is null"));
    this.status = status;
    this.title = requireNonNull(title, "title is null");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 400: the request's parameters or body are wrong. */
  static Problem badRequest(String detail) {
    return new Problem(400, "Bad request", detail, null);
  }

  /** 404: nothing at this address. */
  static Problem notFound(String detail) {
    return new Problem(404, "Not found", detail, null);
  }

  /** 403: the request is not allowed. */
  static Problem forbidden(String detail) {
    return new Problem(403, "Forbidden", detail, null);
  }

  /** 413: the body is larger than the server accepts. */
  static Problem tooLarge(String detail) {
    return new Problem(413, "Content too large", detail, null);
  }

  /** 415: the body's media type is not one the endpoint reads. */
  static Problem unsupportedType(String detail) {
    return new Problem(415, "Unsupported media type", detail, null);
  }

  /** 503: busy; try again after the given seconds. */
  static Problem busy(String detail, int retryAfterSeconds) {
    return new Problem(503, "Service unavailable", detail, retryAfterSeconds);
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** A short summary of the status. */
  String title() {
    return title;
  }

  /** Seconds a client should wait before retrying, or null. */
  Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
