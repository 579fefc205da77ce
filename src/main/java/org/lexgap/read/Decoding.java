package org.lexgap.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file without being told the charset: a byte-order mark wins, else the bytes are
 * UTF-8 if they decode strictly as UTF-8, else Windows-1252 (the usual charset of legacy statute files, and a
 * superset of Latin-1 for printable text).
 */
final class Decoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Decoding() {}

  /** The charset a byte-order mark announces, or null. */
  static Charset bomCharset(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Charset.forName("UTF-32BE");
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  static int bomLength(byte[] b, Charset cs) {
    if (cs == null) {
      return 0;
    }
    if (cs == StandardCharsets.UTF_8) {
      return 3;
    }
    return cs.name().startsWith("UTF-32") ? 4 : 2;
  }

  /** Decodes by BOM, strict UTF-8, or Windows-1252; the BOM itself is not part of the result. */
  static String decode(byte[] bytes) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bomLength(bytes, bom);
      return new String(bytes, skip, bytes.length - skip, bom);
    }
    return isStrictUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
  }

  static boolean isStrictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Whether decoded text still looks binary: NUL characters, or many other control characters. */
  static boolean looksBinary(CharSequence text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls > 8 && controls * 20 > text.length();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
