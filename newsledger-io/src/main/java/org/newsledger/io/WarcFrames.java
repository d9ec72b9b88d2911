package org.newsledger.io;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits an uncompressed WARC stream into its records, trusting a record's Content-Length only when
 * the record ends where it says: a length running past the end of the stream or past the next
 * record's {@code WARC/1.} header line is bogus, and reading resumes at that next header, so one
 * bad record does not swallow every record after it. A record longer than the size limit is skipped
 * up to the next header line without being held in memory.
 */
final class WarcFrames {

  /** Most bytes of one record's header block. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  private static final byte[] MAGIC = "WARC/1.".getBytes(ISO_8859_1);

  /**
   * One record cut from the stream.
   *
   * @param bytes the record (header block, body and the blank lines after it), or null when it was
   *     skipped
   * @param type its WARC-Type, lower case, or "" when it has none
   * @param problem why it was cut short or skipped, or null for a sound record
   */
  record Frame(byte[] bytes, String type, String problem) {}

  private final InputStream in;
  private final long maxBody;
  private byte[] carry = new byte[0];
  private int carryAt;
  private long position;

  WarcFrames(InputStream in, long maxBody) {
    this.in = in;
    this.maxBody = maxBody;
  }

  /** The next record, or null at the end of the stream. */
  Frame next() throws IOException {
    int first = skipLineBreaks();
    if (first < 0) {
      return null;
    }
    unread(new byte[] {(byte) first});
    long start = position;
    byte[] header = readHeader();
    String headers = new String(header, ISO_8859_1);
    if (!headers.startsWith("WARC/")) {
      long skipped = skipToNextHeader() + header.length;
      return new Frame(
          null, "", "no WARC header at byte " + start + "; skipped " + skipped + " bytes");
    }
    String type = field(headers, "warc-type").toLowerCase(Locale.ROOT);
    long length = contentLength(headers);
    if (length < 0) {
      skipToNextHeader();
      return new Frame(null, type, "no valid Content-Length at byte " + start);
    }
    if (length > maxBody) {
      skipToNextHeader();
      return new Frame(null, type, "larger than the size limit (Content-Length " + length + ")");
    }
    return body(header, type, length);
  }

  private Frame body(byte[] header, String type, long length) throws IOException {
    byte[] body = readUpTo((int) length);
    byte[] after = readUpTo(4 + MAGIC.length);
    int breaks = 0;
    while (breaks < after.length && breaks < 4 && isLineBreak(after[breaks])) {
      breaks++;
    }
    boolean endsWell = after.length == breaks || startsWith(after, breaks, MAGIC);
    int next = endsWell && body.length == length ? -1 : nextHeaderIn(body);
    if (next < 0) {
      unread(Arrays.copyOfRange(after, breaks, after.length));
      String problem =
          body.length < length
              ? "cut short: Content-Length " + length + ", " + body.length + " bytes left"
              : null;
      return new Frame(concat(header, body), type, problem);
    }
    unread(concat(Arrays.copyOfRange(body, next, body.length), after));
    return new Frame(
        concat(header, Arrays.copyOf(body, next)),
        type,
        "Content-Length " + length + " runs past the next record; read on from there");
  }

  /** The header block up to and including its blank line (or the stream's end). */
  private byte[] readHeader() throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream(1024);
    int previous = -1;
    int beforePrevious = -1;
    for (int b = read(); b >= 0 && header.size() < MAX_HEADER_BYTES; b = read()) {
      header.write(b);
      if (b == '\n'
          && (previous == '\n' || previous == '\r' && beforePrevious == '\n')
          && header.size() > 2) {
        break;
      }
      beforePrevious = previous;
      previous = b;
    }
    return header.toByteArray();
  }

  /** Discards bytes up to the next line starting with {@code WARC/1.}; returns their count. */
  private long skipToNextHeader() throws IOException {
    long skipped = 0;
    boolean lineStart = false;
    int matched = 0;
    for (int b = read(); b >= 0; b = read()) {
      skipped++;
      if (lineStart || matched > 0) {
        if (b == MAGIC[matched]) {
          matched++;
          if (matched == MAGIC.length) {
            unread(MAGIC);
            return skipped - MAGIC.length;
          }
          continue;
        }
        matched = 0;
      }
      lineStart = b == '\n';
    }
    return skipped;
  }

  /** Where a line starting with {@code WARC/1.} begins in the body, or -1. */
  private static int nextHeaderIn(byte[] body) {
    for (int i = 0; i + MAGIC.length < body.length; i++) {
      if (body[i] == '\n' && startsWith(body, i + 1, MAGIC)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static String field(String headers, String name) {
    for (String line : headers.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).strip();
      }
    }
    return "";
  }

  private static long contentLength(String headers) {
    String value = field(headers, "content-length");
    if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(value);
  }

  private int skipLineBreaks() throws IOException {
    int b = read();
    while (b >= 0 && isLineBreak((byte) b)) {
      b = read();
    }
    return b;
  }

  private static boolean isLineBreak(byte b) {
    return b == '\r' || b == '\n';
  }

  private static boolean startsWith(byte[] bytes, int from, byte[] prefix) {
    if (from + prefix.length > bytes.length) {
      return false;
    }
    return Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] concat(byte[] left, byte[] right) {
    byte[] both = Arrays.copyOf(left, left.length + right.length);
    System.arraycopy(right, 0, both, left.length, right.length);
    return both;
  }

  private int read() throws IOException {
    if (carryAt < carry.length) {
      position++;
      return carry[carryAt++] & 0xff;
    }
    int b = in.read();
    if (b >= 0) {
      position++;
    }
    return b;
  }

  /** Up to {@code count} bytes, fewer at the end of the stream. */
  private byte[] readUpTo(int count) throws IOException {
    int fromCarry = Math.min(count, carry.length - carryAt);
    byte[] head = Arrays.copyOfRange(carry, carryAt, carryAt + fromCarry);
    carryAt += fromCarry;
    byte[] tail = in.readNBytes(count - fromCarry);
    position += fromCarry + tail.length;
    return tail.length == 0 ? head : concat(head, tail);
  }

  /** Puts bytes back in front of the stream. */
  private void unread(byte[] bytes) {
    carry = concat(bytes, Arrays.copyOfRange(carry, carryAt, carry.length));
    carryAt = 0;
    position -= bytes.length;
  }
}
