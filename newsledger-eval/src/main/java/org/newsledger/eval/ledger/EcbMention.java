package org.newsledger.eval.ledger;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.CharSpan;

/**
 * A gold event mention of ECB+.
 *
 * @param id unique in the corpus: document name and markable id ("36_1ecb.xml#12")
 * @param span char span in the document text built from its tokens
 * @param text the covered text
 * @param sentence index of the sentence in the document
 * @param goldCluster the gold coreference chain: a cross-document instance id, a within-document
 *     chain, or the mention's own id when it corefers with nothing
 */
public record EcbMention(String id, CharSpan span, String text, int sentence, String goldCluster) {

  /** Validates the fields. */
  public EcbMention {
    requireNonNull(id, "id is null");
    requireNonNull(span, "span is null");
    requireNonNull(text, "text is null");
    requireNonNull(goldCluster, "goldCluster is null");
  }
}
