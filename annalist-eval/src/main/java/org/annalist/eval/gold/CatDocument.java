package org.annalist.eval.gold;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a CAT (NewsReader) XML file that temporal scoring needs: its tokens and its
 * TIMEX3 markables, as written in the file.
 *
 * @param id the {@code doc_id} of the {@code <Document>}
 * @param tokens the tokens in file order
 * @param timexes the TIMEX3 markables in file order, with or without token anchors
 */
record CatDocument(String id, List<Token> tokens, List<Timex> timexes) {

  CatDocument {
    tokens = List.copyOf(tokens);
    timexes = List.copyOf(timexes);
  }

  /** A {@code <token t_id sentence number>}. */
  record Token(int id, int sentence, int number, String text) {}

  /** A {@code <TIMEX3>} markable and the ids of the tokens it is anchored on (maybe none). */
  record Timex(String markableId, @Nullable String type, @Nullable String value, @Nullable String function,
      List<Integer> tokenIds) {

    Timex {
      tokenIds = List.copyOf(tokenIds);
    }

    boolean isCreationTime() {
      return "CREATION_TIME".equals(function);
    }
  }
}
