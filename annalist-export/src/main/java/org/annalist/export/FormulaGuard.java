package org.annalist.export;

/**
 * Keeps a spreadsheet from taking document text for a formula (CSV injection). A cell that begins
 * with {@code = + - @}, a tab, a carriage return, one of their full-width forms
 * ({@code ＝ ＋ － ＠}), or an apostrophe, gets one apostrophe in front. A spreadsheet shows such a
 * cell as text. A program reading the CSV gets the exact value back by dropping one leading
 * apostrophe from any cell that has one: every such cell was guarded, because the apostrophe is
 * itself a trigger.
 */
final class FormulaGuard {
  static final char MARK = '\'';
  private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20" + MARK;

  private FormulaGuard() {}

  static String guard(String cell) {
    return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? MARK + cell : cell;
  }
}
