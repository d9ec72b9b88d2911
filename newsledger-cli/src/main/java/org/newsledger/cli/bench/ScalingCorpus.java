package org.newsledger.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated articles for {@code bench --scaling}: realistic prose made from the project's own
 * sentence templates ({@code scaling-prose.tsv}) and pathological shapes of the same size.
 */
public final class ScalingCorpus {

  /** The shapes an article can take. */
  public enum Shape {
    /** Headline, then paragraphs of three or four sentences. */
    PROSE("prose"),
    /** Nothing but straight quotation marks. */
    QUOTES("quotes-only"),
    /** The prose's words without any punctuation or line break. */
    NO_PUNCTUATION("no-punctuation"),
    /** The prose wrapped at 72 columns, without a blank line. */
    NO_PARAGRAPH_BREAKS("no-paragraph-breaks"),
    /** One sentence per line, without a blank line. */
    LINE_PER_SENTENCE("line-per-sentence"),
    /** One word per paragraph (100,000 of them in 1 MB). */
    ONE_WORD_PARAGRAPHS("one-word-paragraphs"),
    /** The prose on one line. */
    ONE_LINE("one-line");

    private final String label;

    Shape(String label) {
      this.label = label;
    }

    /** The name printed and accepted by {@code --shapes}. */
    public String label() {
      return label;
    }

    /** The shape of a label; throws IllegalArgumentException for an unknown one. */
    public static Shape of(String label) {
      for (Shape shape : values()) {
        if (shape.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
          return shape;
        }
      }
      throw new IllegalArgumentException("unknown shape '" + label + "'");
    }
  }

  private static final Pattern SLOT = Pattern.compile("\\{([A-Z]+)\\}");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N} ]+");

  private final Map<String, List<String>> slots;
  private final List<String> sentences;

  private ScalingCorpus(Map<String, List<String>> slots, List<String> sentences) {
    this.slots = Map.copyOf(slots);
    this.sentences = List.copyOf(sentences);
  }

  /** Loads the templates. */
  public static ScalingCorpus load() {
    Map<String, List<String>> slots = new HashMap<>();
    List<String> sentences = new ArrayList<>();
    try (InputStream in = ScalingCorpus.class.getResourceAsStream("scaling-prose.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t");
        if (fields[0].equals("slot") && fields.length == 3) {
          slots.put(fields[1], List.of(fields[2].split("\\|")));
        } else if (fields[0].equals("sentence") && fields.length == 2) {
          sentences.add(fields[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scaling-prose.tsv", e);
    }
    return new ScalingCorpus(slots, sentences);
  }

  /** An article of the given shape, exactly {@code chars} characters long (UTF-16 units). */
  public String article(Shape shape, int chars) {
    Random random = new Random(chars * 31L + shape.ordinal());
    StringBuilder text = new StringBuilder(chars + 200);
    switch (shape) {
      case PROSE -> prose(text, chars, random, "\n\n", 4);
      case QUOTES -> text.append("\"".repeat(chars));
      case NO_PUNCTUATION -> noPunctuation(text, chars, random);
      case NO_PARAGRAPH_BREAKS -> wrapped(text, chars, random);
      case LINE_PER_SENTENCE -> prose(text, chars, random, "\n", 1);
      case ONE_WORD_PARAGRAPHS -> oneWordParagraphs(text, chars, random);
      case ONE_LINE -> prose(text, chars, random, " ", Integer.MAX_VALUE);
    }
    text.setLength(Math.min(text.length(), chars));
    return text.toString();
  }

  /**
   * One of many distinct prose articles on the same strike (headline, then paragraphs), about
   * {@code chars} characters long, cut after a whole sentence; the same index gives the same text.
   */
  public String storyArticle(int index, int chars) {
    StringBuilder text = new StringBuilder(chars + 200);
    prose(text, chars, new Random(index * 7919L + 104_729L), "\n\n", 4);
    return text.toString();
  }

  /** A sentence from the templates with random fillers. */
  public String sentence(Random random) {
    String template = sentences.get(random.nextInt(sentences.size()));
    Matcher slot = SLOT.matcher(template);
    StringBuilder sentence = new StringBuilder();
    while (slot.find()) {
      slot.appendReplacement(sentence, Matcher.quoteReplacement(pick(slot.group(1), random)));
    }
    slot.appendTail(sentence);
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private void prose(
      StringBuilder text, int chars, Random random, String separator, int perParagraph) {
    text.append("Strike at ").append(pick("PLACE", random)).append(" enters its second week");
    text.append(separator.equals(" ") ? ". " : "\n\n");
    int inParagraph = 0;
    while (text.length() < chars) {
      if (inParagraph > 0) {
        text.append(inParagraph % perParagraph == 0 ? separator : " ");
      }
      text.append(sentence(random));
      inParagraph++;
      if (perParagraph != Integer.MAX_VALUE && perParagraph > 1 && random.nextInt(4) == 0) {
        inParagraph = perParagraph * (inParagraph / perParagraph + 1);
      }
    }
  }

  private void noPunctuation(StringBuilder text, int chars, Random random) {
    while (text.length() < chars) {
      text.append(PUNCTUATION.matcher(sentence(random)).replaceAll("")).append(' ');
    }
  }

  private void wrapped(StringBuilder text, int chars, Random random) {
    int column = 0;
    while (text.length() < chars) {
      for (String word : sentence(random).split(" ")) {
        if (column > 0 && column + word.length() >= 72) {
          text.append('\n');
          column = 0;
        } else if (column > 0) {
          text.append(' ');
          column++;
        }
        text.append(word);
        column += word.length();
      }
    }
  }

  private void oneWordParagraphs(StringBuilder text, int chars, Random random) {
    while (text.length() < chars) {
      String[] words = sentence(random).split(" ");
      text.append(words[random.nextInt(words.length)]).append("\n\n");
    }
  }

  private String pick(String slot, Random random) {
    List<String> values = slots.get(slot);
    if (values == null) {
      throw new IllegalStateException("scaling-prose.tsv has no slot " + slot);
    }
    return values.get(random.nextInt(values.size()));
  }
}
