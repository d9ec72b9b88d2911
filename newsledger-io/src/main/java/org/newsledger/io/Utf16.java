package org.newsledger.io;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Text files saved as UTF-16 with a byte order mark (as some Windows editors do). */
final class Utf16 {

  private Utf16() {}

  /**
   * The text after a UTF-16 byte order mark, or null when {@code bytes} do not start with one;
   * malformed UTF-16 after the mark is a one-line error.
   */
  static String decodeWithBom(byte[] bytes, String label) {
    if (bytes.length < 2) {
      return null;
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    Charset charset =
        first == 0xFE && second == 0xFF
            ? UTF_16BE
            : first == 0xFF && second == 0xFE ? UTF_16LE : null;
    if (charset == null) {
      return null;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2))
          .toString();
    } catch (CharacterCodingException e) {
      throw new NewsledgerException(
          ErrorCode.INPUT_MALFORMED, label + ": not valid UTF-16 after its byte order mark");
    }
  }
}
