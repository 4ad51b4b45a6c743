package org.annalist.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.List;
import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.EntityType;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;
import org.annalist.model.Provenance;
import org.annalist.model.SpanSet;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.model.layers.Dependency;
import org.annalist.model.layers.TokenTag;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageOutput;

/**
 * The annotate stage. CoreNLP reads the document's masked text (boilerplate and redactions
 * blanked out one for one), so every offset it gives is an offset into the document's text.
 */
public final class AnnotateStage implements Stage {
  /** Sentences ({@link AnnotateLayers#SENTENCE}); value their index in the document, from 0. */
  public static final LayerName SENTENCES = AnnotateLayers.SENTENCE.name();
  /** Tokens ({@link AnnotateLayers#TOKEN}): {@code VBD send} (spaces in a lemma become underscores). */
  public static final LayerName TOKENS = AnnotateLayers.TOKEN.name();
  /** Named-entity mentions ({@link AnnotateLayers#MENTION}): PERSON, ORGANIZATION, LOCATION or MISC. */
  public static final LayerName MENTIONS = AnnotateLayers.MENTION.name();
  /** Basic Universal Dependencies, one per token ({@link AnnotateLayers#DEPENDENCY}): {@code nsubj 1042}. */
  public static final LayerName DEPENDENCIES = AnnotateLayers.DEPENDENCY.name();

  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

  /**
   * Loads CoreNLP's models now instead of on the first document, so that a benchmark can time
   * loading apart from processing. Later calls return at once.
   */
  public static void loadModels() {
    CoreNlpModels.pipeline();
    CoreNlpModels.parser();
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public String version() {
    return "1/" + CoreNlpModels.CONFIGURATION;
  }

  @Override
  public Set<LayerName> requires() {
    return Layers.MASKS;
  }

  @Override
  public Set<LayerName> produces() {
    return Set.of(SENTENCES, TOKENS, DEPENDENCIES, MENTIONS);
  }

  @Override
  public StageOutput apply(AnnotatedDocument input, RunContext context) {
    Document document = input.document();
    CoreDocument annotated = new CoreDocument(input.maskedText());
    CoreNlpModels.pipeline().annotate(annotated);
    Provenance provenance = context.provenance(this);
    AnnotationLayer.TypedBuilder<Integer> sentences =
        AnnotationLayer.builder(AnnotateLayers.SENTENCE, document, provenance);
    AnnotationLayer.TypedBuilder<TokenTag> tokens =
        AnnotationLayer.builder(AnnotateLayers.TOKEN, document, provenance);
    AnnotationLayer.TypedBuilder<Dependency> dependencies =
        AnnotationLayer.builder(AnnotateLayers.DEPENDENCY, document, provenance);
    List<CoreSentence> coreSentences = annotated.sentences();
    List<List<TypedDependency>> parses =
        coreSentences.parallelStream().map(AnnotateStage::parse).toList();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreSentence sentence = coreSentences.get(i);
      sentences.add(sentence.charOffsets().first(), sentence.charOffsets().second(), i);
      for (CoreLabel token : sentence.tokens()) {
        tokens.add(
            token.beginPosition(), token.endPosition(), TokenTag.of(token.tag(), token.lemma()));
      }
      addDependencies(sentence.tokens(), parses.get(i), dependencies);
    }
    AnnotationLayer.TypedBuilder<EntityType> mentions =
        AnnotationLayer.builder(AnnotateLayers.MENTION, document, provenance);
    SpanSet masked = input.coveredBy(Layers.MASKS);
    for (CoreEntityMention mention : annotated.entityMentions()) {
      if (isName(mention)) {
        org.annalist.model.Span span =
            document.span(mention.charOffsets().first(), mention.charOffsets().second());
        if (!masked.overlaps(span)) {
          mentions.add(span, EntityType.valueOf(mention.entityType()));
        }
      }
    }
    return StageOutput.of(
        List.of(sentences.build(), tokens.build(), dependencies.build(), mentions.build()),
        DocumentFlags.NONE);
  }

  /**
   * The sentence's basic dependencies; none for a sentence too long to parse ({@link
   * CoreNlpModels#MAX_SENTENCE_TOKENS}). The parser is the stage's costliest step and sentences
   * are parsed independently, so a document's sentences are parsed as a parallel stream: in the
   * analysis's own fork-join pool when a document runs in one, else in the common pool.
   */
  private static List<TypedDependency> parse(CoreSentence sentence) {
    if (sentence.tokens().size() > CoreNlpModels.MAX_SENTENCE_TOKENS) {
      return List.of();
    }
    return List.copyOf(CoreNlpModels.parser().predict(sentence.coreMap()).typedDependencies());
  }

  private static void addDependencies(
      List<CoreLabel> tokens,
      List<TypedDependency> parse,
      AnnotationLayer.TypedBuilder<Dependency> dependencies) {
    for (TypedDependency dependency : parse) {
      CoreLabel token = tokens.get(dependency.dep().index() - 1);
      int head = dependency.gov().index();
      Dependency value = head == 0
          ? Dependency.ROOT
          : new Dependency(dependency.reln().toString(), tokens.get(head - 1).beginPosition());
      dependencies.add(token.beginPosition(), token.endPosition(), value);
    }
  }

  /** CoreNLP also reports pronouns ("he") as PERSON mentions; only names are kept. */
  private static boolean isName(CoreEntityMention mention) {
    return mention.tokens().stream()
        .anyMatch(token -> !PRONOUN_TAGS.contains(token.tag()) && !"O".equals(token.ner()));
  }
}
