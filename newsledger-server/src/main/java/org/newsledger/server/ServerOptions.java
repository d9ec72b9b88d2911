package org.newsledger.server;

import static java.util.Objects.requireNonNull;

/**
 * How the server runs.
 *
 * @param host the address to bind ("127.0.0.1" for loopback only)
 * @param port the port, 0 for any free one
 * @param token the secret an ingest request must carry in the {@code X-Newsledger-Token} header, or
 *     null to refuse ingest
 * @param maxBodyBytes largest request body accepted (413 beyond), in bytes
 * @param analysisWorkers analyses run at once
 * @param analysisWaiting analyses that may wait for a worker (503 beyond)
 * @param analysisTimeoutMillis longest an analysis request waits and runs before 503
 */
public record ServerOptions(
    String host,
    int port,
    String token,
    long maxBodyBytes,
    int analysisWorkers,
    int analysisWaiting,
    long analysisTimeoutMillis) {

  /** The header carrying the ingest token. */
  public static final String TOKEN_HEADER = "X-Newsledger-Token";

  /** Validates the fields; token may be null. */
  public ServerOptions {
    requireNonNull(host, "host is null");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    if (maxBodyBytes < 1 || analysisWorkers < 1 || analysisWaiting < 0) {
      throw new IllegalArgumentException("body limit and workers must be positive");
    }
  }

  /** Loopback, port 8080, no ingest, 2 MB bodies, 2 analyses at once and 16 waiting for 30 s. */
  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 8080, null, 2_000_000, 2, 16, 30_000);
  }

  /** These options on another host and port. */
  public ServerOptions at(String newHost, int newPort) {
    return new ServerOptions(
        newHost,
        newPort,
        token,
        maxBodyBytes,
        analysisWorkers,
        analysisWaiting,
        analysisTimeoutMillis);
  }

  /** These options with an ingest token (null for none). */
  public ServerOptions withToken(String newToken) {
    return new ServerOptions(
        host,
        port,
        newToken,
        maxBodyBytes,
        analysisWorkers,
        analysisWaiting,
        analysisTimeoutMillis);
  }

  /** These options with another analysis queue. */
  public ServerOptions withAnalysisQueue(int workers, int waiting, long timeoutMillis) {
    return new ServerOptions(host, port, token, maxBodyBytes, workers, waiting, timeoutMillis);
  }
}
