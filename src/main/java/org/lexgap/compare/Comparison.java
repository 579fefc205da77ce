package org.lexgap.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.Obligation;
import org.lexgap.eval.ArticlePrediction;
import org.lexgap.eval.Predictions;

/**
 * Several countries checked against one checklist, side by side: the input of every comparison renderer.
 *
 * @param countries in the order they were given
 * @param articles the checklist's articles in checklist order, each with one cell per country (same order)
 * @param commonGaps the obligations most countries miss: ranked by the number of countries where the
 *     obligation is missing, then where it is partial, then checklist order; only obligations that count
 *     ({@link Predictions#counts}) and are a gap somewhere
 */
public record Comparison(
    Checklist checklist, List<CountryResult> countries, List<ArticleRow> articles, List<CommonGap> commonGaps) {

  /** Version of the JSON comparison format (docs/compare.md); bump on incompatible change. */
  public static final String FORMAT_VERSION = "1.0";

  public Comparison {
    countries = List.copyOf(countries);
    articles = List.copyOf(articles);
    commonGaps = List.copyOf(commonGaps);
  }

  /** One country's report. */
  public record CountryResult(Country country, GapReport report) {}

  /** One obligation of an article, for row labels. */
  public record ObligationRef(String id, String paragraph, String title) {}

  /**
   * One article of the checklist across the countries.
   *
   * @param cells one per country, in country order
   */
  public record ArticleRow(String article, String chapter, List<ObligationRef> obligations, List<Cell> cells) {
    public ArticleRow {
      obligations = List.copyOf(obligations);
      cells = List.copyOf(cells);
    }
  }

  /**
   * One country's verdict on one article, folded from the article's findings the way {@code lexgap eval} folds
   * them ({@link Predictions#fromFindings}): met, partial or missing; {@link Status#NOT_ASSESSABLE} when none of
   * the article's obligations counts (all optional, not assessable from statutes, or waived).
   *
   * @param provisions the country's top-level provisions cited for the article
   */
  public record Cell(Status status, List<String> provisions) {
    public Cell {
      provisions = List.copyOf(provisions);
    }
  }

  /** Where one obligation stands across the countries; each list holds country names in country order. */
  public record CommonGap(
      String obligation, String article, String paragraph, String title, String chapter,
      List<String> missingIn, List<String> partialIn, List<String> metIn, List<String> notAssessableIn) {
    public CommonGap {
      missingIn = List.copyOf(missingIn);
      partialIn = List.copyOf(partialIn);
      metIn = List.copyOf(metIn);
      notAssessableIn = List.copyOf(notAssessableIn);
    }
  }

  /** How many articles a country meets, partly meets, misses, or has nothing that counts in. */
  public record ArticleCounts(int met, int partial, int missing, int notAssessable) {}

  /** The article verdicts of the country at {@code index} (in {@link #countries} order), counted. */
  public ArticleCounts articleCounts(int index) {
    int[] n = new int[4];
    for (ArticleRow row : articles) {
      switch (row.cells().get(index).status()) {
        case MET -> n[0]++;
        case PARTIAL -> n[1]++;
        case MISSING -> n[2]++;
        case NOT_ASSESSABLE -> n[3]++;
      }
    }
    return new ArticleCounts(n[0], n[1], n[2], n[3]);
  }

  /**
   * The rank of each common gap, in {@link #commonGaps} order: obligations missing and partial in as many
   * countries share a rank, and the next rank skips ("1, 1, 3").
   */
  public List<Integer> ranks() {
    List<Integer> out = new ArrayList<>(commonGaps.size());
    for (int i = 0; i < commonGaps.size(); i++) {
      CommonGap g = commonGaps.get(i);
      CommonGap prev = i == 0 ? null : commonGaps.get(i - 1);
      boolean tie = prev != null && prev.missingIn().size() == g.missingIn().size()
          && prev.partialIn().size() == g.partialIn().size();
      out.add(tie ? out.get(i - 1) : i + 1);
    }
    return out;
  }

  /** Builds the matrix and the ranking from each country's report. */
  public static Comparison of(Checklist checklist, List<CountryResult> countries) {
    Map<String, List<Obligation>> byArticle = new LinkedHashMap<>();
    for (Obligation o : checklist.obligations()) {
      byArticle.computeIfAbsent(o.article(), a -> new ArrayList<>()).add(o);
    }
    List<Map<String, ArticlePrediction>> predictions = new ArrayList<>();
    List<Map<String, Boolean>> counted = new ArrayList<>();
    for (CountryResult c : countries) {
      predictions.add(Predictions.fromFindings(c.report().findings()));
      Map<String, Boolean> any = new LinkedHashMap<>();
      for (Finding f : c.report().findings()) {
        any.merge(f.article(), Predictions.counts(f), Boolean::logicalOr);
      }
      counted.add(any);
    }
    List<ArticleRow> rows = new ArrayList<>();
    byArticle.forEach((article, obligations) -> {
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < countries.size(); i++) {
        ArticlePrediction p = predictions.get(i).get(article);
        boolean counts = counted.get(i).getOrDefault(article, false);
        cells.add(p == null || !counts ? new Cell(Status.NOT_ASSESSABLE, List.of())
            : new Cell(status(p), p.provisions()));
      }
      rows.add(new ArticleRow(article, obligations.get(0).chapter(),
          obligations.stream().map(o -> new ObligationRef(o.id(), o.paragraph(), o.title())).toList(), cells));
    });
    return new Comparison(checklist, countries, rows, commonGaps(checklist, countries));
  }

  private static Status status(ArticlePrediction p) {
    return switch (p.status()) {
      case MET -> Status.MET;
      case PARTIAL -> Status.PARTIAL;
      case MISSING -> Status.MISSING;
    };
  }

  private static List<CommonGap> commonGaps(Checklist checklist, List<CountryResult> countries) {
    List<Map<String, Finding>> byId = new ArrayList<>();
    for (CountryResult c : countries) {
      Map<String, Finding> m = new LinkedHashMap<>();
      for (Finding f : c.report().findings()) {
        m.putIfAbsent(f.obligation(), f);
      }
      byId.add(m);
    }
    List<CommonGap> gaps = new ArrayList<>();
    for (Obligation o : checklist.obligations()) {
      List<String> missing = new ArrayList<>();
      List<String> partial = new ArrayList<>();
      List<String> met = new ArrayList<>();
      List<String> na = new ArrayList<>();
      for (int i = 0; i < countries.size(); i++) {
        Finding f = byId.get(i).get(o.id());
        String name = countries.get(i).country().name();
        if (f == null || !Predictions.counts(f)) {
          na.add(name);
        } else if (f.status() == Status.MISSING) {
          missing.add(name);
        } else if (f.status() == Status.PARTIAL) {
          partial.add(name);
        } else {
          met.add(name);
        }
      }
      if (!missing.isEmpty() || !partial.isEmpty()) {
        gaps.add(new CommonGap(o.id(), o.article(), o.paragraph(), o.title(), o.chapter(), missing, partial, met,
            na));
      }
    }
    // A stable sort keeps checklist order among equals.
    gaps.sort(Comparator.comparingInt((CommonGap g) -> -g.missingIn().size())
        .thenComparingInt(g -> -g.partialIn().size()));
    return gaps;
  }
}
