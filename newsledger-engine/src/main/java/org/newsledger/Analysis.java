package org.newsledger;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Document;
import org.newsledger.io.DocumentJson;
import org.newsledger.io.DocumentText;

/**
 * The analysis of one article: the document with every layer, and its {@code newsledger/1} record.
 *
 * @param document the analyzed document; every fact's span points into its text
 */
public record Analysis(Document document) {

  /** Checks the document. */
  public Analysis {
    requireNonNull(document, "document is null");
  }

  /** The {@code newsledger/1} record, indented, as {@code newsledger analyze --format json}. */
  public String toJson() {
    return DocumentJson.write(document, true);
  }

  /** The {@code newsledger/1} record on one line, as {@code newsledger analyze --format jsonl}. */
  public String toJsonLine() {
    return DocumentJson.write(document, false);
  }

  /** A summary for people, as {@code newsledger analyze --format text}. */
  public String toText() {
    return DocumentText.render(document);
  }
}
