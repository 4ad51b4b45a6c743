package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Head rules on hand-tagged tokens (no CoreNLP). */
class MentionHeadsTest {

  /** Tokens written as word/TAG/lemma, one space apart. */
  private static List<TaggedToken> tagged(String tokens) {
    List<TaggedToken> tagged = new ArrayList<>();
    int offset = 0;
    for (String token : tokens.split(" ")) {
      String[] parts = token.split("/");
      tagged.add(new TaggedToken(Span.of(offset, offset + parts[0].length()), parts[1], parts[2]));
      offset += parts[0].length() + 1;
    }
    return tagged;
  }

  private static String head(String tokens) {
    return MentionHeads.head(tagged(tokens)).lemma();
  }

  @Test
  void takesTheLastMainVerb() {
    assertThat(head("was/VBD/be arrested/VBN/arrest")).isEqualTo("arrest");
    assertThat(head("checked/VBD/check herself/PRP/herself into/IN/into")).isEqualTo("check");
    assertThat(head("has/VBZ/have been/VBN/be")).isEqualTo("be");
  }

  @Test
  void takesTheLastNounBeforeAPrepositionOrComma() {
    assertThat(head("the/DT/the car/NN/car accident/NN/accident")).isEqualTo("accident");
    assertThat(head("plea/NN/plea of/IN/of guilty/JJ/guilty")).isEqualTo("plea");
    assertThat(head("Lindsay/NNP/Lindsay Lohan/NNP/Lohan ,/,/, 22/CD/22")).isEqualTo("Lohan");
  }

  @Test
  void fallsBackToTheLastTokenOfThePhrase() {
    assertThat(head("very/RB/very large/JJ/large")).isEqualTo("large");
    assertThat(head("alone/RB/alone")).isEqualTo("alone");
    assertThatThrownBy(() -> MentionHeads.head(List.of()))
        .hasMessage("a mention needs at least one token");
  }
}
