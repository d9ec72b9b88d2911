package org.newsledger.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (real articles and gold sets, never copied into the repository). Tests
 * that need it are skipped with a clear message when it is absent.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder: system property {@code newsledger.shared}, else {@code ../shared}. */
  public static Path root() {
    String configured = System.getProperty("newsledger.shared");
    return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
  }

  /** {@code relative} inside the shared folder; skips the calling test when it does not exist. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    assumeTrue(Files.exists(path), "skipped: " + path + " not found (../shared is absent)");
    return path;
  }
}
