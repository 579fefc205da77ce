package org.lexgap.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lexgap.structure.Docs.find;
import static org.lexgap.structure.Docs.parse;
import static org.lexgap.structure.Docs.refs;
import static org.lexgap.structure.Docs.sectionNums;

import org.junit.jupiter.api.Test;

class CivilLawStructureTest {

  @Test
  void frenchCodeWithDivisionsAlineasAndItems() {
    StructuredDocument d = parse("""
        CODE PÉNAL
        Titre II : Des autres atteintes aux biens
        CHAPITRE III : Des atteintes aux systèmes de traitement automatisé de données
        Section 1 : Dispositions générales
        Article 323-1
        Le fait d'accéder ou de se maintenir, frauduleusement, dans tout ou partie d'un système de
        traitement automatisé de données est puni de trois ans d'emprisonnement.
        Lorsqu'il en est résulté la suppression de données, la peine est de cinq ans.
        Article 323-5
        Les personnes physiques encourent également les peines suivantes :
        1° L'interdiction des droits civiques ;
        2° L'interdiction d'exercer une fonction publique ;
        4° bis La confiscation de la chose.
        Lorsque les faits sont commis en bande organisée, la peine est portée à dix ans.
        Section 2 : Peines
        Article 323-3-2
        I.-Le fait de fournir un service illicite est puni de cinq ans.
        II.-Est puni des mêmes peines le fait de proposer un tel service.
        """);
    assertThat(sectionNums(d)).containsExactly("323-1", "323-5", "323-3-2");
    assertThat(refs(d)).containsExactly("Titre II", "Chapitre III", "Section 1", "Art. 323-1", "Art. 323-1 al. 1",
        "Art. 323-1 al. 2", "Art. 323-5", "Art. 323-5 al. 1", "Art. 323-5, 1°", "Art. 323-5, 2°",
        "Art. 323-5, 4° bis", "Art. 323-5 al. 2", "Section 2", "Art. 323-3-2", "Art. 323-3-2, I",
        "Art. 323-3-2, II");
    Provision art = find(d, "Art. 323-1");
    assertThat(art.kind()).isEqualTo(ProvisionKind.ARTICLE);
    assertThat(art.section()).isEqualTo("323-1");
    assertThat(art.parentRef()).isEqualTo("Section 1");
    Provision al1 = find(d, "Art. 323-1 al. 1");
    assertThat(al1.kind()).isEqualTo(ProvisionKind.ALINEA);
    assertThat(al1.num()).isEqualTo("1");
    // a line wrapped mid-sentence continues the alinéa; a new sentence after a full stop starts the next one
    assertThat(al1.text()).endsWith("traitement automatisé de données est puni de trois ans d'emprisonnement.");
    assertThat(al1.start().line()).isEqualTo(6);
    assertThat(al1.end().line()).isEqualTo(7);
    assertThat(find(d, "Art. 323-1 al. 2").section()).isEqualTo("323-1");
    assertThat(find(d, "Chapitre III").kind()).isEqualTo(ProvisionKind.CHAPTER);
    assertThat(find(d, "Chapitre III").parentRef()).isEqualTo("Titre II");
    assertThat(find(d, "Section 1").kind()).isEqualTo(ProvisionKind.DIVISION);
    assertThat(find(d, "Section 1").heading()).isEqualTo("Dispositions générales");
    assertThat(find(d, "Section 2").parentRef()).isEqualTo("Chapitre III");
    assertThat(find(d, "Art. 323-5, 2°").text()).isEqualTo("L'interdiction d'exercer une fonction publique ;");
    assertThat(find(d, "Art. 323-3-2, II").kind()).isEqualTo(ProvisionKind.SUBSECTION);
  }

  @Test
  void articleSpellings() {
    StructuredDocument d = parse("""
        Article premier
        La présente loi s'applique.
        Art. 2. - Les dispositions suivantes sont applicables.
        Article L. 111-1
        Texte.
        Article R. 12
        Texte.
        ARTICLE 12 bis
        Texte.
        Article 224-1A
        Texte.
        """);
    assertThat(sectionNums(d)).containsExactly("1", "2", "L. 111-1", "R. 12", "12 bis", "224-1A");
    assertThat(refs(d)).contains("Art. 1", "Art. 2 al. 1", "Art. L. 111-1", "Art. 12 bis");
    assertThat(find(d, "Art. 2 al. 1").text()).isEqualTo("Les dispositions suivantes sont applicables.");
  }

  @Test
  void englishArticlesWithHeadingsAndNumberedParagraphs() {
    StructuredDocument d = parse("""
        LAW ON CYBERCRIME
        Chapter II
        Offences
        Article 12
        Illegal access
        (1) Whoever accesses a computer system without right shall be punished.
        (2) The attempt is punishable.
        Article 13 – Illegal interception
        Whoever intercepts data shall be punished.
        Article 12 of the Constitution applies to this Law.
        """);
    assertThat(sectionNums(d)).containsExactly("12", "13");
    assertThat(find(d, "Chapter II").heading()).isEqualTo("Offences");
    assertThat(find(d, "Art. 12").heading()).isEqualTo("Illegal access");
    assertThat(refs(d)).contains("Art. 12(1)", "Art. 12(2)", "Art. 13 al. 1");
    assertThat(find(d, "Art. 13").heading()).isEqualTo("Illegal interception");
    // a cross-reference at the start of a line is not an article head
    assertThat(find(d, "Art. 13").fullText()).contains("Article 12 of the Constitution applies");
  }

  @Test
  void germanParagraphSign() {
    StructuredDocument d = parse("""
        Strafgesetzbuch
        § 202a Ausspähen von Daten
        (1) Wer unbefugt sich Zugang zu Daten verschafft, wird bestraft.
        (2) Daten sind nur solche, die elektronisch gespeichert sind.
        § 202b Abfangen von Daten
        Wer unbefugt Daten abfängt, wird bestraft.
        """);
    assertThat(sectionNums(d)).containsExactly("202a", "202b");
    assertThat(find(d, "§ 202a").heading()).isEqualTo("Ausspähen von Daten");
    assertThat(refs(d)).contains("§ 202a(1)", "§ 202a(2)", "§ 202b al. 1");
  }
}
