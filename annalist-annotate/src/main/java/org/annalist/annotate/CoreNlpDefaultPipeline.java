package org.annalist.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's default English pipeline, {@value #ANNOTATORS}, with CoreNLP's default
 * properties and the models of the {@code models} jar Annalist already depends on: the baseline
 * {@code annalist bench} measures Annalist against. Unlike Annalist's configuration
 * ({@link AnnotateStage}) its {@code ner} runs three CRF models, SUTime, the fine-grained
 * gazetteer and the numeric classifiers, and {@code depparse} also builds the enhanced graphs.
 *
 * <p>Documents are annotated {@code threads} at a time through CoreNLP's own
 * {@code annotate(Iterable, int)}, the same document-level parallelism as Annalist's analysis.
 */
public final class CoreNlpDefaultPipeline {
  /** The annotators of CoreNLP's default English pipeline, in order. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private final StanfordCoreNLP pipeline;
  private final int threads;

  private CoreNlpDefaultPipeline(StanfordCoreNLP pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /**
   * Loads the models; this is the slow part of construction.
   *
   * @param threads documents annotated at once, at least 1
   */
  public static CoreNlpDefaultPipeline load(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    return new CoreNlpDefaultPipeline(new StanfordCoreNLP(properties), threads);
  }

  /** Annotates the texts and returns how many tokens CoreNLP's tokenizer found in them. */
  public long annotate(List<String> texts) {
    List<Annotation> documents = new ArrayList<>(texts.size());
    texts.forEach(text -> documents.add(new Annotation(text)));
    pipeline.annotate(documents, threads);
    long tokens = 0;
    for (Annotation document : documents) {
      tokens += document.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return tokens;
  }
}
