package org.lexgap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProvisionRefsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "s. 14(2)(a)   | 14",
    "Art. 323-1    | 323-1",
    "section 5A    | 5A",
    "Section 5a    | 5A",
    "s14(1)        | 14",
    "ss. 31        | 31",
    "sec. 12       | 12",
    "Article 7     | 7",
    "art 7(1)      | 7",
    "§ 202a        | 202A",
    "14            | 14",
    "5A            | 5A",
    "323-1         | 323-1",
    "14.           | 14",
    "' 22 (1) '    | 22",
  })
  void reducesToTopLevelNumber(String ref, String expected) {
    assertThat(ProvisionRefs.normalise(ref)).isEqualTo(expected);
  }

  @Test
  void emptyAndNullGiveEmpty() {
    assertThat(ProvisionRefs.normalise(null)).isEmpty();
    assertThat(ProvisionRefs.normalise("  ")).isEmpty();
    assertThat(ProvisionRefs.normalise("s. ")).isEmpty();
  }

  @Test
  void naturalOrder() {
    List<String> l = new ArrayList<>(List.of("14", "5A", "323-1", "2", "5", "X"));
    l.sort(ProvisionRefs.ORDER);
    assertThat(l).containsExactly("2", "5", "5A", "14", "323-1", "X");
  }
}
