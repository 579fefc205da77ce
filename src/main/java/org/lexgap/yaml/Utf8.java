package org.lexgap.yaml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 for the YAML files lexgap reads: malformed bytes are an error, never a silent U+FFFD. */
public final class Utf8 {

  private Utf8() {}

  public static String strict(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** {@link #strict}, with a leading byte-order mark dropped so that columns count from the first real character. */
  public static String strictWithoutBom(byte[] bytes) throws CharacterCodingException {
    String s = strict(bytes);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
