package org.newsledger.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * An editable word list: a classpath resource of UTF-8 lines, {@code #} starting a comment, columns
 * separated by tabs. Linguists edit these files; code never holds the words.
 */
public final class WordList {

  private final String name;
  private final List<List<String>> rows;

  private WordList(String name, List<List<String>> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  /** Loads {@code resource} relative to {@code anchor}'s package; throws when it is missing. */
  public static WordList load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NewsledgerException(
            ErrorCode.RESOURCE_MISSING,
            "word list '" + resource + "' not found next to " + anchor.getName());
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.RESOURCE_MISSING,
          "word list '" + resource + "' unreadable: " + e.getMessage(),
          e);
    }
  }

  /** Parses word-list text (used by tests and by {@link #load}). */
  public static WordList parse(String name, String content) {
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(content))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int hash = line.indexOf('#');
        String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (body.isEmpty()) {
          continue;
        }
        List<String> columns = new ArrayList<>();
        for (String column : body.split("\t")) {
          columns.add(column.strip());
        }
        rows.add(List.copyOf(columns));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringReader does not fail
    }
    return new WordList(name, rows);
  }

  /** The resource name, for messages. */
  public String name() {
    return name;
  }

  /** All rows, each a list of its tab-separated columns (at least one). */
  public List<List<String>> rows() {
    return rows;
  }

  /** The first column of every row, lower-cased. */
  public Set<String> firstColumnLowerCase() {
    Set<String> words = new LinkedHashSet<>();
    rows.forEach(row -> words.add(row.get(0).toLowerCase(Locale.ROOT)));
    return words;
  }
}
