/**
 * The annotate stage: sentences, tokens, parts of speech, lemmas and named-entity mentions of a
 * document's readable text, from Stanford CoreNLP, as stand-off layers.
 */
@NullMarked
package org.annalist.annotate;

import org.jspecify.annotations.NullMarked;
