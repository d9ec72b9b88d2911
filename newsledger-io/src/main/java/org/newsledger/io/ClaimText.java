package org.newsledger.io;

import java.util.List;
import java.util.stream.Collectors;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.StatusChange;

/** Renders claims readably: status, proposition, sources, then one line per status change. */
final class ClaimText {

  private static final int MAX_QUOTE_CHARS = 200;

  private ClaimText() {}

  /** Appends the "Claims" section. */
  static void render(StringBuilder out, List<Claim> claims) {
    out.append("\nClaims (").append(claims.size()).append(")\n");
    for (Claim c : claims) {
      out.append("  ")
          .append(c.id())
          .append(' ')
          .append(c.status().name())
          .append(": \"")
          .append(quote(c.proposition().text()))
          .append('"');
      if (c.eventId() != null) {
        out.append(" (event ").append(c.eventId()).append(')');
      }
      if (!c.sources().isEmpty()) {
        out.append(" sources: ")
            .append(
                c.sources().stream()
                    .map(s -> s.name() + " (" + s.attributionId() + ")")
                    .collect(Collectors.joining(", ")));
      }
      out.append(" [").append(c.rule()).append("]\n");
      for (StatusChange change : c.history()) {
        out.append("    ")
            .append(change.status().label())
            .append(" by ")
            .append(change.by())
            .append(" (\"")
            .append(oneLine(change.evidence().text()))
            .append("\" @")
            .append(change.evidence().span().begin())
            .append(") [")
            .append(change.rule())
            .append("]\n");
      }
    }
  }

  private static String quote(String text) {
    String flat = oneLine(text);
    return flat.length() <= MAX_QUOTE_CHARS ? flat : flat.substring(0, MAX_QUOTE_CHARS) + "…";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
