package org.newsledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The identity of an article's text: SHA-256 of the text normalized for layout and case. */
public final class ContentHash {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ContentHash() {}

  /** Lower-case hex SHA-256 of {@link #normalize(String)}. */
  public static String of(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(normalize(text).getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The text in NFKC, lower case, white space runs collapsed to one space, stripped. */
  public static String normalize(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return WHITESPACE.matcher(composed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
