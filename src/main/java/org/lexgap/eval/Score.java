package org.lexgap.eval;

/**
 * The figures for one statute or for all of them (micro-averaged: counts are summed, then the rates taken).
 *
 * @param statutes how many gold files the figures cover
 * @param confusion gold x predicted status of every judged article
 * @param provisions cited top-level provisions against gold's, over the articles gold marks addressed
 */
public record Score(int statutes, Confusion confusion, Prf provisions) {

  public static final Score EMPTY = new Score(0, Confusion.empty(), Prf.ZERO);

  public int articles() {
    return confusion.total();
  }

  public Prf addressed() {
    return confusion.addressed();
  }

  /** Mean of the F1 of class "addressed" and the F1 of class "missing". */
  public double macroF1() {
    return (confusion.addressed().f1() + confusion.missing().f1()) / 2;
  }

  /** Share of articles whose met/partial/missing status agrees with gold; 1 when there are none. */
  public double accuracy() {
    int n = confusion.total();
    return n == 0 ? 1.0 : (double) confusion.agreeing() / n;
  }

  public Score plus(Score o) {
    return new Score(statutes + o.statutes, confusion.plus(o.confusion), provisions.plus(o.provisions));
  }
}
