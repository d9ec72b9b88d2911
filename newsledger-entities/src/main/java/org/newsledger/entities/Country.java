package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

/**
 * A country or territory from the countries word list.
 *
 * @param name canonical name ("United States")
 * @param code ISO 3166 alpha-3 code, or a suffixed code for territories ("PSE-GZ")
 * @param capital capital or seat of government, or the empty string
 */
public record Country(String name, String code, String capital) {

  /** Validates the fields. */
  public Country {
    requireNonNull(name, "name is null");
    requireNonNull(code, "code is null");
    requireNonNull(capital, "capital is null");
  }

  /** True for a sovereign state rather than a territory. */
  public boolean isState() {
    return !code.contains("-");
  }
}
