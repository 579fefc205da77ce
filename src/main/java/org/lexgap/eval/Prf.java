package org.lexgap.eval;

/**
 * True positives, false positives and false negatives of one class, with precision, recall and F1.
 *
 * <p>Empty denominators: when the class is absent from both the gold file and the prediction (tp = fp = fn =
 * 0) there is nothing to get wrong, so precision = recall = F1 = 1. Otherwise an empty denominator gives 0:
 * predicting nothing when something was expected has precision 0, and predicting something when nothing was
 * expected has recall 0. F1 is 0 when precision + recall is 0.
 */
public record Prf(int tp, int fp, int fn) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public double precision() {
    if (tp + fp == 0) {
      return fn == 0 ? 1.0 : 0.0;
    }
    return (double) tp / (tp + fp);
  }

  public double recall() {
    if (tp + fn == 0) {
      return fp == 0 ? 1.0 : 0.0;
    }
    return (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }
}
