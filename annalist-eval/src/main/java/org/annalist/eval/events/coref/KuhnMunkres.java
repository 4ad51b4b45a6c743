package org.annalist.eval.events.coref;

import static org.annalist.model.Checks.requireArgument;

import java.util.Arrays;

/**
 * The assignment problem solved by the Kuhn-Munkres (Hungarian) method in {@code O(n²m)} time:
 * given weights {@code w[i][j] >= 0}, pair rows with columns one to one (each used at most once)
 * so that the sum of the paired weights is largest.
 *
 * <p>Works as a minimization of cost {@code -w} with dual potentials {@code u} (rows) and
 * {@code v} (columns) that keep {@code cost[i][j] - u[i] - v[j] >= 0}. Rows are added one at a
 * time; for each, a Dijkstra-like search over columns grows a tree of tight edges, raising the
 * potentials by the smallest slack whenever it stalls, until it reaches a free column; the
 * assignment is then flipped along the path found. With at least as many columns as rows every
 * row is assigned, which costs nothing extra here as all weights are non-negative.
 */
public final class KuhnMunkres {
  private KuhnMunkres() {}

  /** The largest total weight of a one-to-one pairing of rows with columns. */
  public static double maximumWeight(double[][] weights) {
    int[] columnOfRow = assignment(weights);
    double total = 0;
    for (int row = 0; row < columnOfRow.length; row++) {
      if (columnOfRow[row] >= 0) {
        total += weights[row][columnOfRow[row]];
      }
    }
    return total;
  }

  /**
   * A pairing of largest total weight: for each row the column it is paired with, or {@code -1}
   * for a row left over when there are more rows than columns.
   */
  public static int[] assignment(double[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    for (double[] row : weights) {
      requireArgument(row.length == columns, "rows have %s and %s columns", columns, row.length);
      for (double weight : row) {
        requireArgument(
            weight >= 0 && Double.isFinite(weight),
            "weights must be finite and >= 0, was %s",
            weight);
      }
    }
    if (rows <= columns) {
      return assignRows(weights, rows, columns);
    }
    int[] rowOfColumn = assignRows(transpose(weights, rows, columns), columns, rows);
    int[] columnOfRow = new int[rows];
    Arrays.fill(columnOfRow, -1);
    for (int column = 0; column < columns; column++) {
      columnOfRow[rowOfColumn[column]] = column;
    }
    return columnOfRow;
  }

  /** Assigns every row to a distinct column; needs {@code rows <= columns}. */
  private static int[] assignRows(double[][] weights, int rows, int columns) {
    // 1-based arrays; column 0 is a virtual column that holds the row being inserted.
    double[] u = new double[rows + 1];
    double[] v = new double[columns + 1];
    int[] rowAt = new int[columns + 1];
    int[] previousColumn = new int[columns + 1];
    for (int row = 1; row <= rows; row++) {
      rowAt[0] = row;
      int column = 0;
      double[] slack = new double[columns + 1];
      Arrays.fill(slack, Double.POSITIVE_INFINITY);
      boolean[] inTree = new boolean[columns + 1];
      do {
        inTree[column] = true;
        int treeRow = rowAt[column];
        double delta = Double.POSITIVE_INFINITY;
        int next = 0;
        for (int j = 1; j <= columns; j++) {
          if (!inTree[j]) {
            double reduced = -weights[treeRow - 1][j - 1] - u[treeRow] - v[j];
            if (reduced < slack[j]) {
              slack[j] = reduced;
              previousColumn[j] = column;
            }
            if (slack[j] < delta) {
              delta = slack[j];
              next = j;
            }
          }
        }
        for (int j = 0; j <= columns; j++) {
          if (inTree[j]) {
            u[rowAt[j]] += delta;
            v[j] -= delta;
          } else {
            slack[j] -= delta;
          }
        }
        column = next;
      } while (rowAt[column] != 0);
      do {
        int back = previousColumn[column];
        rowAt[column] = rowAt[back];
        column = back;
      } while (column != 0);
    }
    int[] columnOfRow = new int[rows];
    for (int j = 1; j <= columns; j++) {
      if (rowAt[j] != 0) {
        columnOfRow[rowAt[j] - 1] = j - 1;
      }
    }
    return columnOfRow;
  }

  private static double[][] transpose(double[][] weights, int rows, int columns) {
    double[][] transposed = new double[columns][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        transposed[j][i] = weights[i][j];
      }
    }
    return transposed;
  }
}
