package org.newsledger.core.lexicon;

/**
 * The one editable table of countries and territories (countries.tsv next to this class), shared by
 * every stage that knows countries: the entity stage finds them in text, the event stage codes
 * actors by them. Columns: canonical name, ISO 3166 alpha-3 code, capital, demonyms, other names.
 */
public final class CountryList {

  private CountryList() {}

  /** The table's rows, comments removed. */
  public static WordList load() {
    return WordList.load(CountryList.class, "countries.tsv");
  }
}
