package org.annalist.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The CoreNLP pipeline Annalist uses, loaded once per process on first use and shared by all
 * threads (CoreNLP's annotators are safe to share; verified on the development corpus).
 *
 * <p>The configuration was chosen by measurement (docs/ANNOTATE.md): the 3-class and 4-class
 * CRF models only, without SUTime, the fine-grained gazetteer or the numeric classifiers, which
 * cost about 90% of CoreNLP's default NER time and 500 MB of heap and add nothing Annalist uses
 * (time has its own stage). A blank line ends a sentence, so a caption or heading never runs
 * into the next paragraph.
 *
 * <p>The neural dependency parser (Universal Dependencies) gives the events stage its subjects,
 * objects and modifiers. It is called directly rather than as the {@code depparse} annotator,
 * which also builds enhanced and enhanced++ graphs that Annalist does not read and that cost
 * more than the parse itself on long sentences (measured in docs/ANNOTATE.md).
 *
 * <p>A sentence of more than {@value #MAX_SENTENCE_TOKENS} tokens (a run-on line with no sentence
 * end, a flood of combining marks) is tokenized but not tagged, recognized or parsed: the
 * tagger's memory grows with sentence length, and one such sentence of a few thousand tokens
 * exhausted a 1 GB heap (issue 9, the hostile-input harness).
 */
final class CoreNlpModels {
  /** Identifies this configuration in stage versions: a change re-analyzes stored documents. */
  static final String CONFIGURATION = "corenlp-4.5.10/3class+4class/depparse-ud/maxlen-500";
  /** Longer sentences are left untagged, unrecognized and unparsed. */
  static final int MAX_SENTENCE_TOKENS = 500;

  private CoreNlpModels() {}

  static StanfordCoreNLP pipeline() {
    return Holder.PIPELINE;
  }

  static DependencyParser parser() {
    return Holder.PARSER;
  }

  static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    properties.setProperty(
        "ner.model",
        "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.buildEntityMentions", "true");
    properties.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    properties.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    return properties;
  }

  /** Loads the models when first asked for, once (initialization-on-demand holder). */
  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());
    static final DependencyParser PARSER =
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
  }
}
