package org.annalist.eval.gold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed development/test split of a corpus's files, defined on their order alone so that it
 * never depends on what they hold: in the list of files, every fifth (the 5th, 10th, 15th, ...)
 * is test, the others development.
 *
 * <p>TimeBank/AQUAINT: the 256 files of {@link TimeMlReader#tbaqFiles} (AQUAINT's 73 then
 * TimeBank's 183, each folder in name order), so 51 files are test (20%), 205 development; the
 * anchoring evaluation splits them by the same rule. MEANTIME: the rule is applied to each topic
 * folder's files in name order, so 24 of its 120 files are test.
 *
 * <p>Rules are chosen on development files only; the test files are scored once, at the end,
 * and docs/EVENTS-EVAL.md says how many times.
 */
public enum TbaqSplit {
  /** Every file. */
  ALL,
  /** The files that are not test. */
  DEV,
  /** Every fifth file. */
  TEST;

  /** Every how many files one is test. */
  public static final int TEST_EVERY = 5;

  /** The files of this split, in the order given. */
  public List<Path> select(List<Path> files) {
    List<Path> selected = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      boolean test = i % TEST_EVERY == TEST_EVERY - 1;
      if (this == ALL || (this == TEST) == test) {
        selected.add(files.get(i));
      }
    }
    return selected;
  }
}
