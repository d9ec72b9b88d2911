package org.newsledger.eval.ledger;

import java.util.Locale;

/**
 * V-measure of a clustering (Rosenberg and Hirschberg, 2007), each value in 0..1.
 *
 * @param homogeneity 1 when every predicted cluster holds members of one gold class only
 * @param completeness 1 when every gold class lies in one predicted cluster
 * @param v harmonic mean of homogeneity and completeness
 */
public record VMeasure(double homogeneity, double completeness, double v) {

  /** "h 0.950 c 0.900 V 0.924". */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "h %.3f c %.3f V %.3f", homogeneity, completeness, v);
  }
}
