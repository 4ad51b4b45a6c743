package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.EntityType;
import org.annalist.model.Provenance;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.model.layers.TokenTag;
import org.junit.jupiter.api.Test;

/** Layers built by hand, in the shape the annotate stage gives them. */
class DocumentNamesTest {
  private static final Provenance BY_HAND = new Provenance("test", "1", "run");

  private static final String TEXT =
      "Henrik Valborg met Zhou Bo in Tolm Harbour.\nValborg, when young\n"
          + "The Norvell Mining Syndicate paid for the railway and the harbour.";

  private static Document document() {
    return new Document(
        DocumentId.ofBytes(TEXT.getBytes(StandardCharsets.UTF_8)),
        "d.txt",
        "text/plain",
        TEXT,
        DocumentMetadata.EMPTY);
  }

  /** Tokens are split at spaces and before the final full stop and comma; proper nouns as given. */
  private static AnnotatedDocument annotated() {
    Document document = document();
    AnnotationLayer.TypedBuilder<Integer> sentences =
        AnnotationLayer.builder(AnnotateLayers.SENTENCE, document, BY_HAND);
    AnnotationLayer.TypedBuilder<TokenTag> tokens =
        AnnotationLayer.builder(AnnotateLayers.TOKEN, document, BY_HAND);
    List<String> properNouns = List.of(
        "Henrik", "Valborg", "Zhou", "Bo", "Tolm", "Harbour", "Norvell", "Mining", "Syndicate");
    int start = 0;
    int index = 0;
    for (String sentence : TEXT.split("\n")) {
      sentences.add(start, start + sentence.length(), index++);
      int at = start;
      for (String word : sentence.split("(?=[.,])| ")) {
        int from = TEXT.indexOf(word, at);
        String pos = properNouns.contains(word) ? "NNP" : "NN";
        tokens.add(from, from + word.length(), new TokenTag(pos, word.toLowerCase(Locale.ROOT)));
        at = from + word.length();
      }
      start += sentence.length() + 1;
    }
    AnnotationLayer.TypedBuilder<EntityType> mentions =
        AnnotationLayer.builder(AnnotateLayers.MENTION, document, BY_HAND);
    mentions.add(0, "Henrik Valborg".length(), EntityType.PERSON);
    int valborg = TEXT.indexOf("Valborg,");
    mentions.add(valborg, valborg + "Valborg".length(), EntityType.PERSON);
    return AnnotatedDocument.of(document)
        .with(List.of(sentences.build(), tokens.build(), mentions.build()), DocumentFlags.NONE);
  }

  @Test
  void mentionsKeepTheirTextTypeAndSentence() {
    DocumentNames names = DocumentNames.read(annotated());

    assertThat(names.mentions())
        .extracting(NameMention::text, NameMention::type)
        .containsExactly(
            tuple("Henrik Valborg", EntityType.PERSON), tuple("Valborg", EntityType.PERSON));
    assertThat(names.mentions().get(0).sentence())
        .isEqualTo("Henrik Valborg met Zhou Bo in Tolm Harbour.");
    assertThat(names.mentions().get(0).documentId()).isEqualTo(document().id().value());
  }

  @Test
  void aShortSentenceIsReadWithItsNeighbours() {
    NameMention caption = DocumentNames.read(annotated()).mentions().get(1);

    assertThat(caption.sentence())
        .isEqualTo("Henrik Valborg met Zhou Bo in Tolm Harbour. Valborg, when young "
            + "The Norvell Mining Syndicate paid for the railway and the harbour.");
  }

  @Test
  void untaggedRunsAreTheProperNounsNoMentionCovers() {
    DocumentNames names = DocumentNames.read(annotated());

    assertThat(names.untagged())
        .extracting(UntaggedName::text)
        .containsExactly("Zhou Bo", "Tolm Harbour", "Norvell Mining Syndicate");
    assertThat(names.untagged())
        .allSatisfy(u -> assertThat(u.span().quote(TEXT)).isEqualTo(u.text()));
    assertThat(names.untagged().get(2).sentence())
        .isEqualTo("The Norvell Mining Syndicate paid for the railway and the harbour.");
  }

  @Test
  void aDocumentWithoutMentionsHasNoNames() {
    DocumentNames names = DocumentNames.read(AnnotatedDocument.of(document()));

    assertThat(names.mentions()).isEmpty();
    assertThat(names.untagged()).isEmpty();
  }
}
