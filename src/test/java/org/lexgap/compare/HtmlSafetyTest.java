package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The safety check itself catches what it is meant to. */
class HtmlSafetyTest {

  private static final String HEAD = "<html><head><meta http-equiv=\"Content-Security-Policy\" "
      + "content=\"default-src 'none'\"></head><body>";

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<p onclick=\"x()\">a</p>",
      "<a href=\" javascript:alert(1)\">a</a>",
      "<a href=\"https://evil.example/\">a</a>",
      "<img src=\"x\">",
      "<span style=\"background:url(https://evil.example/)\">a</span>",
      "<svg><a xlink:href=\"javascript:alert(1)\">a</a></svg>"
  })
  void rejects(String body) {
    assertThatThrownBy(() -> HtmlSafety.assertSafe(HEAD + body)).isInstanceOf(AssertionError.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<a href=\"#ob-1\">a</a>",
      "<td title=\"javascript:alert(1)\">&lt;script&gt;</td>",
      "<span style=\"width:40%\">a</span>"
  })
  void accepts(String body) {
    assertThatCode(() -> HtmlSafety.assertSafe(HEAD + body)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html><body>x</body></html>"})
  void requiresACsp(String html) {
    assertThatThrownBy(() -> HtmlSafety.assertSafe(html)).isInstanceOf(AssertionError.class);
  }
}
