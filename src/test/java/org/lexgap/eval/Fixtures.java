package org.lexgap.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.Status;

/** Small builders for hand-made gold files, predictions and findings. */
final class Fixtures {

  private Fixtures() {}

  static GoldEntry met(String article, String... provisions) {
    return new GoldEntry(article, ArticleStatus.MET, List.of(provisions), null);
  }

  static GoldEntry partial(String article, String... provisions) {
    return new GoldEntry(article, ArticleStatus.PARTIAL, List.of(provisions), null);
  }

  static GoldEntry missing(String article) {
    return new GoldEntry(article, ArticleStatus.MISSING, List.of(), "nothing");
  }

  static GoldFile gold(String name, GoldEntry... entries) {
    return new GoldFile(name, "XX", "Test Act", List.of(Path.of("x.txt")), List.of("x.txt"),
        "un-cybercrime-convention", List.of(entries));
  }

  static ArticlePrediction pred(ArticleStatus s, String... provisions) {
    return new ArticlePrediction(s, List.of(provisions), List.of());
  }

  /** article, prediction, article, prediction, ... */
  static Map<String, ArticlePrediction> preds(Object... pairs) {
    Map<String, ArticlePrediction> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (ArticlePrediction) pairs[i + 1]);
    }
    return m;
  }

  static Finding finding(String article, String strength, Status status, String... provisions) {
    List<Evidence> ev = new ArrayList<>();
    for (String p : provisions) {
      ev.add(new Evidence("x.txt", p, ProvisionRefs.normalise(p), null, 1, "quote of " + p, List.of()));
    }
    return new Finding("UNCC-" + article + "-" + strength + "-" + status.id(), article, "", "title", "II",
        "offence", strength, status, 0.9, status == Status.MET ? List.of() : List.of("an element"), List.of(),
        List.of(), List.of(provisions), ev, "note", "rec", "none", null);
  }
}
