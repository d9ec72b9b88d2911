package org.newsledger.store;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.CharSpan;

/**
 * One attributed statement in the store, with the article it comes from.
 *
 * @param articleId the stored article's id
 * @param published publication date of the article in ISO 8601, or null
 * @param outlet who published the article: the URL's host, else the input it was read from
 * @param url address of the article, or null
 * @param title headline of the article, or null
 * @param source canonical name of who is credited
 * @param sourceType kind of source, lower case ("person", "anonymous")
 * @param kind how it is attributed, lower case ("direct", "indirect")
 * @param cue the signalling words ("said")
 * @param content what was said, as a reader quotes it: the parts of a quotation split around its
 *     reporting clause joined by " … " (the content span still covers them all)
 * @param contentSpan char span of the content in the article text (end-exclusive)
 * @param via id of the attribution it is reported through, or null
 * @param rule the rule that found it
 */
public record AttributedStatement(
    long articleId,
    String published,
    String outlet,
    String url,
    String title,
    String source,
    String sourceType,
    String kind,
    String cue,
    String content,
    CharSpan contentSpan,
    String via,
    String rule) {

  /** Validates the fields; published, url, title and via may be null. */
  public AttributedStatement {
    requireNonNull(outlet, "outlet is null");
    requireNonNull(source, "source is null");
    requireNonNull(sourceType, "sourceType is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(cue, "cue is null");
    requireNonNull(content, "content is null");
    requireNonNull(contentSpan, "contentSpan is null");
    requireNonNull(rule, "rule is null");
  }
}
