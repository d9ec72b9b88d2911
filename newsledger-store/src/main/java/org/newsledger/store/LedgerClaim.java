package org.newsledger.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.facts.ClaimStatus;

/**
 * A claim across articles: every article's sources and status changes, in publication order.
 *
 * @param id the ledger claim's id in the store
 * @param proposition the words of the claim where it was first stored
 * @param status where it stands across articles (DISPUTED when sources disagree)
 * @param firstPublished earliest publication time of an article making it, or null
 * @param lastPublished latest publication time of an article making it, or null
 * @param sources who put it forward, per article
 * @param history every status change, per article, oldest article first
 */
public record LedgerClaim(
    long id,
    String proposition,
    ClaimStatus status,
    String firstPublished,
    String lastPublished,
    List<Source> sources,
    List<Change> history) {

  /** Validates and copies the fields; the dates may be null. */
  public LedgerClaim {
    requireNonNull(proposition, "proposition is null");
    requireNonNull(status, "status is null");
    sources = List.copyOf(requireNonNull(sources, "sources is null"));
    history = List.copyOf(requireNonNull(history, "history is null"));
  }

  /**
   * A source of the claim in one article.
   *
   * @param name the source's name
   * @param type kind of source (lower case)
   * @param articleId the article crediting it
   * @param published that article's publication time, or null
   * @param outlet that article's outlet
   */
  public record Source(String name, String type, long articleId, String published, String outlet) {

    /** Validates the fields; published may be null. */
    public Source {
      requireNonNull(name, "name is null");
      requireNonNull(type, "type is null");
      requireNonNull(outlet, "outlet is null");
    }
  }

  /**
   * One status change in one article.
   *
   * @param status the status given
   * @param by who gives it
   * @param evidence the words giving it
   * @param evidenceSpan their char span in the article text, end-exclusive
   * @param articleId the article
   * @param published that article's publication time, or null
   * @param outlet that article's outlet
   * @param rule the rule that recorded the change
   */
  public record Change(
      ClaimStatus status,
      String by,
      String evidence,
      CharSpan evidenceSpan,
      long articleId,
      String published,
      String outlet,
      String rule) {

    /** Validates the fields; published may be null. */
    public Change {
      requireNonNull(status, "status is null");
      requireNonNull(by, "by is null");
      requireNonNull(evidence, "evidence is null");
      requireNonNull(evidenceSpan, "evidenceSpan is null");
      requireNonNull(outlet, "outlet is null");
      requireNonNull(rule, "rule is null");
    }
  }
}
