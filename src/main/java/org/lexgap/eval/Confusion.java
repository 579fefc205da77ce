package org.lexgap.eval;

import java.util.Arrays;

/** Gold status (rows) x predicted status (columns), in the order met, partial, missing. Immutable. */
public final class Confusion {
  private final int[][] cells;

  private Confusion(int[][] cells) {
    this.cells = cells;
  }

  public static Confusion empty() {
    return new Confusion(new int[3][3]);
  }

  public int count(ArticleStatus gold, ArticleStatus predicted) {
    return cells[gold.ordinal()][predicted.ordinal()];
  }

  public Confusion with(ArticleStatus gold, ArticleStatus predicted) {
    int[][] c = copy();
    c[gold.ordinal()][predicted.ordinal()]++;
    return new Confusion(c);
  }

  public Confusion plus(Confusion o) {
    int[][] c = copy();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        c[i][j] += o.cells[i][j];
      }
    }
    return new Confusion(c);
  }

  public int total() {
    return Arrays.stream(cells).flatMapToInt(Arrays::stream).sum();
  }

  /** Articles whose three-class status agrees. */
  public int agreeing() {
    return cells[0][0] + cells[1][1] + cells[2][2];
  }

  /** The two-class view: "addressed" (met or partial) is the positive class. */
  public Prf addressed() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (ArticleStatus g : ArticleStatus.values()) {
      for (ArticleStatus p : ArticleStatus.values()) {
        int n = count(g, p);
        if (g.addressed() && p.addressed()) {
          tp += n;
        } else if (!g.addressed() && p.addressed()) {
          fp += n;
        } else if (g.addressed()) {
          fn += n;
        }
      }
    }
    return new Prf(tp, fp, fn);
  }

  /** The two-class view with "missing" as the positive class. */
  public Prf missing() {
    int tp = count(ArticleStatus.MISSING, ArticleStatus.MISSING);
    Prf a = addressed();
    // a missing article predicted addressed is a false positive of "addressed" and a false negative here
    return new Prf(tp, a.fn(), a.fp());
  }

  private int[][] copy() {
    int[][] c = new int[3][];
    for (int i = 0; i < 3; i++) {
      c[i] = cells[i].clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Confusion c && Arrays.deepEquals(cells, c.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(cells);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(cells);
  }
}
