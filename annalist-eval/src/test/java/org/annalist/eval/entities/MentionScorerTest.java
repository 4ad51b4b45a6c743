package org.annalist.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.eval.gold.EntityGoldDocument;
import org.annalist.eval.gold.GoldEntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class MentionScorerTest {
  static final String TEXT =
      "The maker Vostra hired Ana Rell in Tolm .\nMay 2\nShe left Tolm .\nLater Vostra fell .";

  static GoldEntityMention gold(
      String text, int occurrence, String syntacticType, String type, String entity) {
    Span span = find(text, occurrence);
    return new GoldEntityMention("g" + span.start(), span, text, syntacticType, true, type, entity);
  }

  static SystemMention system(String text, int occurrence, EntityType type, String entity) {
    return new SystemMention(find(text, occurrence), text, type, entity, true);
  }

  static Span find(String text, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = TEXT.indexOf(text, at + 1);
    }
    return Span.of(at, at + text.length());
  }

  /** Annotated: the first sentence and "She left Tolm ."; not the dateline, not the last line. */
  static EntityGoldDocument document() {
    List<GoldEntityMention> gold = List.of(
        gold("The maker Vostra", 0, "APP", "ORG", "V"),
        gold("Vostra", 0, "NAM", "ORG", "V"),
        gold("Ana Rell", 0, "NAM", "PER", "A"),
        gold("Tolm", 0, "NAM", "LOC", "T"),
        gold("She", 0, "PRO", "PER", "A"),
        gold("Tolm", 1, "NAM", "PRO", "T2"));
    return new EntityGoldDocument(
        "d",
        "t",
        TEXT,
        gold,
        List.of(find("The maker Vostra hired Ana Rell in Tolm .", 0), find("She left Tolm .", 0)));
  }

  @Test
  void countsOnlyInsideTheAnnotatedRegions() {
    List<SystemMention> system = List.of(
        system("Vostra", 0, EntityType.ORGANIZATION, "e1"),
        system("May", 0, EntityType.PERSON, "e2"),
        system("Vostra", 1, EntityType.ORGANIZATION, "e1"));

    assertThat(MentionScorer.score(document(), system, MentionView.ALL, SpanMatching.STRICT))
        .isEqualTo(new MentionCounts(1, 1, 6));
  }

  @Test
  void theNamesViewNeitherCreditsNorPenalizesANameOnANominal() {
    List<SystemMention> system = List.of(
        system("The maker", 0, EntityType.ORGANIZATION, "e1"),
        system("Ana Rell", 0, EntityType.PERSON, "e2"));

    assertThat(MentionScorer.score(document(), system, MentionView.NAMES, SpanMatching.OVERLAP))
        .as("'The maker' pairs with the appositive, which the names view leaves out")
        .isEqualTo(new MentionCounts(1, 1, 4));
    assertThat(MentionScorer.score(document(), system, MentionView.ALL, SpanMatching.OVERLAP))
        .isEqualTo(new MentionCounts(2, 2, 6));
  }

  @Test
  void headMatchingPairsAMentionThatEndsWhereTheGoldEnds() {
    List<SystemMention> system = List.of(
        system("Rell", 0, EntityType.PERSON, "e1"), system("Tol", 0, EntityType.LOCATION, "e2"));

    assertThat(MentionScorer.score(document(), system, MentionView.NAMES, SpanMatching.STRICT))
        .isEqualTo(new MentionCounts(0, 2, 4));
    assertThat(MentionScorer.score(document(), system, MentionView.NAMES, SpanMatching.HEAD))
        .isEqualTo(new MentionCounts(1, 2, 4));
    assertThat(MentionScorer.score(document(), system, MentionView.NAMES, SpanMatching.OVERLAP))
        .isEqualTo(new MentionCounts(2, 2, 4));
  }

  @Test
  void aSystemMentionPairsWithTheGoldMentionItOverlapsMost() {
    List<SystemMention> system = List.of(system("maker Vostra", 0, EntityType.ORGANIZATION, "e1"));

    assertThat(MentionScorer.score(document(), system, MentionView.NAMES, SpanMatching.HEAD))
        .as(
            "it pairs with the appositive 'The maker Vostra', not the name inside it, so it is ignored")
        .isEqualTo(new MentionCounts(0, 0, 4));
  }

  @Test
  void theTypedViewNeedsTheMappedTypeAndLeavesOutProductsAndMisc() {
    List<SystemMention> system = List.of(
        system("Vostra", 0, EntityType.LOCATION, "e1"),
        system("Ana Rell", 0, EntityType.PERSON, "e2"),
        system("Tolm", 0, EntityType.MISC, "e3"),
        system("Tolm", 1, EntityType.LOCATION, "e4"));

    assertThat(MentionScorer.score(document(), system, MentionView.TYPED, SpanMatching.STRICT))
        .as(
            "Vostra has the wrong type; Tolm as MISC is not counted; the second Tolm is a product in the gold")
        .isEqualTo(new MentionCounts(1, 2, 3));
  }
}
