package org.lexgap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What "safe to open in a browser" means for lexgap's HTML, checked on the parsed document. */
final class HtmlSafety {

  /** Attributes a browser follows or loads; the only allowed value is a fragment ("#id"). */
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "data",
      "xlink:href", "background", "srcset", "cite", "ping", "manifest");

  private HtmlSafety() {}

  /**
   * No script-capable or loading elements, no event-handler attributes, no URL other than a fragment (so no
   * javascript: URL), no url() in inline styles, and a Content-Security-Policy that forbids scripts. Returns the parsed document.
   */
  static Document assertSafe(String html) {
    Document d = Jsoup.parse(html);
    assertThat(d.select("script, noscript, iframe, frame, object, embed, link, img, form, base, meta[http-equiv=refresh]"))
        .as("elements that run or load something").isEmpty();
    List<String> bad = new ArrayList<>();
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        String v = a.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        boolean handler = key.startsWith("on");
        // A URL attribute may only hold a fragment: that rules out javascript:, data: and any fetch. Text
        // attributes (title, aria-label) may say "javascript:" harmlessly; a browser never follows them.
        boolean url = URL_ATTRIBUTES.contains(key) && !v.startsWith("#");
        boolean styleUrl = key.equals("style") && (v.contains("url(") || v.contains("expression("));
        if (handler || url || styleUrl) {
          bad.add("<" + e.tagName() + " " + a.getKey() + "=\"" + a.getValue() + "\">");
        }
      }
    }
    assertThat(bad).as("unsafe attributes").isEmpty();
    Element csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertThat(csp).as("Content-Security-Policy meta").isNotNull();
    assertThat(csp.attr("content")).startsWith("default-src 'none'");
    return d;
  }
}
