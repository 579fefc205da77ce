package org.lexgap.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lexgap.Lexgap;
import org.lexgap.ProgressListener;
import org.lexgap.analysis.GapReport;
import org.lexgap.checklist.Checklist;
import org.lexgap.read.ReadException;
import org.lexgap.structure.StructuredDocument;

/** Runs {@code lexgap check} once per country and puts the reports side by side. */
public final class Compare {

  private Compare() {}

  /**
   * Loads and checks each country in turn (one country's documents in memory at a time) and builds the
   * comparison.
   *
   * @param formatHint a reader format forced on every document, or null to detect
   * @throws IllegalArgumentException {@link #nameClash} finds a problem
   * @throws ReadException a document cannot be read
   */
  public static Comparison run(List<Country> countries, Checklist checklist, String formatHint,
      ProgressListener progress) throws ReadException {
    nameClash(countries).ifPresent(m -> {
      throw new IllegalArgumentException(m);
    });
    List<Comparison.CountryResult> results = new ArrayList<>(countries.size());
    for (int i = 0; i < countries.size(); i++) {
      Country c = countries.get(i);
      progress.corpusStarted(i + 1, countries.size(), c.name());
      List<StructuredDocument> docs = Lexgap.load(c.inputs(), formatHint, progress);
      GapReport report = Lexgap.check(docs, checklist, progress);
      results.add(new Comparison.CountryResult(c, report));
    }
    return Comparison.of(checklist, results);
  }

  /**
   * Why the countries cannot be compared as given, or empty: names are column headings and JSON keys, so two
   * countries with one name (case-insensitively) would be ambiguous.
   */
  public static Optional<String> nameClash(List<Country> countries) {
    if (countries.isEmpty()) {
      return Optional.of("no countries to compare");
    }
    Map<String, Country> seen = new HashMap<>();
    for (Country c : countries) {
      Country prev = seen.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c);
      if (prev != null) {
        return Optional.of("two countries are named '" + c.name() + "' (" + prev.origin() + " and " + c.origin()
            + "); rename a folder or a manifest entry");
      }
    }
    return Optional.empty();
  }
}
