package org.lexgap.structure;

import java.util.List;
import org.lexgap.read.Location;

/**
 * A term the statute defines. {@code terms} holds every spelling defined together ("X" or "Y" means...),
 * {@code text} the definition's wording after "means"/"includes", {@code ref} the provision it is in,
 * {@code scope} what it applies to as the statute says ("Act", "Part III", "section 12"), and
 * {@code extending} true for "includes" definitions, which widen rather than replace the ordinary meaning.
 */
public record Definition(
    List<String> terms, String text, String ref, String scope, boolean extending, Location location) {

  public Definition {
    terms = List.copyOf(terms);
  }
}
