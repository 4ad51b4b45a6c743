package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Span;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.model.layers.Dependency;
import org.annalist.model.layers.TokenTag;

/**
 * One sentence's tokens and their dependency tree, read back from the annotate stage's layers
 * ({@link AnnotateLayers#TOKEN}, {@link AnnotateLayers#DEPENDENCY}).
 */
final class SentenceGraph {
  /** A token with its place in the tree; {@code head} is an index into the sentence, -1 for the root. */
  record Token(
      int index, Span span, String text, String pos, String lemma, String relation, int head) {
    boolean isVerb() {
      return pos.startsWith("VB");
    }

    boolean isNoun() {
      return pos.startsWith("NN");
    }

    boolean isPronoun() {
      return pos.startsWith("PRP");
    }
  }

  private final int index;
  private final Span span;
  private final List<Token> tokens;
  private final List<List<Token>> children;

  private SentenceGraph(int index, Span span, List<Token> tokens) {
    this.index = index;
    this.span = span;
    this.tokens = List.copyOf(tokens);
    List<List<Token>> byHead = new ArrayList<>();
    tokens.forEach(token -> byHead.add(new ArrayList<>()));
    for (Token token : tokens) {
      if (token.head() >= 0) {
        byHead.get(token.head()).add(token);
      }
    }
    this.children = byHead;
  }

  /** The sentences of a document that has been through the annotate stage, in order. */
  static List<SentenceGraph> of(AnnotatedDocument document) {
    String text = document.text();
    List<Annotation> tokenLayer =
        document.expectLayer(AnnotateLayers.TOKEN.name()).annotations();
    List<Annotation> dependencyLayer =
        document.expectLayer(AnnotateLayers.DEPENDENCY.name()).annotations();
    Map<Span, Dependency> dependencies = new HashMap<>();
    dependencyLayer.forEach(a -> dependencies.put(a.span(), a.value(AnnotateLayers.DEPENDENCY)));
    List<SentenceGraph> sentences = new ArrayList<>();
    int next = 0;
    for (Annotation sentence :
        document.expectLayer(AnnotateLayers.SENTENCE.name()).annotations()) {
      List<Annotation> inside = new ArrayList<>();
      while (next < tokenLayer.size()
          && tokenLayer.get(next).span().start() < sentence.span().end()) {
        if (sentence.span().contains(tokenLayer.get(next).span())) {
          inside.add(tokenLayer.get(next));
        }
        next++;
      }
      sentences.add(
          new SentenceGraph(sentences.size(), sentence.span(), tokens(text, inside, dependencies)));
    }
    return sentences;
  }

  private static List<Token> tokens(
      String text, List<Annotation> inside, Map<Span, Dependency> dependencies) {
    Map<Integer, Integer> indexByStart = new HashMap<>();
    for (int i = 0; i < inside.size(); i++) {
      indexByStart.put(inside.get(i).span().start(), i);
    }
    List<Token> tokens = new ArrayList<>(inside.size());
    for (int i = 0; i < inside.size(); i++) {
      Annotation token = inside.get(i);
      TokenTag tag = token.value(AnnotateLayers.TOKEN);
      Dependency dependency = dependencies.getOrDefault(token.span(), Dependency.ROOT);
      int head = dependency.isRoot() ? -1 : indexByStart.getOrDefault(dependency.head(), -1);
      tokens.add(new Token(
          i,
          token.span(),
          token.span().quote(text),
          tag.pos(),
          tag.lemma().toLowerCase(Locale.ROOT),
          dependency.relation(),
          head));
    }
    return tokens;
  }

  int index() {
    return index;
  }

  Span span() {
    return span;
  }

  List<Token> tokens() {
    return tokens;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  Optional<Token> head(Token token) {
    return token.head() < 0 ? Optional.empty() : Optional.of(tokens.get(token.head()));
  }

  List<Token> children(Token token) {
    return children.get(token.index());
  }

  /** The first child whose relation is one of these (a relation with a subtype matches its base, e.g. obl:tmod). */
  Optional<Token> child(Token token, Set<String> relations) {
    return children(token).stream().filter(child -> matches(child, relations)).findFirst();
  }

  List<Token> childrenWith(Token token, Set<String> relations) {
    return children(token).stream().filter(child -> matches(child, relations)).toList();
  }

  /** Whether a token's relation, or its base relation before the colon, is one of these. */
  static boolean matches(Token token, Set<String> relations) {
    String relation = token.relation();
    int colon = relation.indexOf(':');
    return relations.contains(relation)
        || colon > 0 && relations.contains(relation.substring(0, colon));
  }

  /** The token and everything below it. */
  List<Token> subtree(Token token) {
    List<Token> subtree = new ArrayList<>();
    List<Token> pending = new ArrayList<>(List.of(token));
    while (!pending.isEmpty()) {
      Token next = pending.remove(pending.size() - 1);
      subtree.add(next);
      pending.addAll(children(next));
    }
    subtree.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return subtree;
  }

  /** The token that contains this offset, if any. */
  Optional<Token> tokenAt(int offset) {
    for (Token token : tokens) {
      if (token.span().start() <= offset && offset < token.span().end()) {
        return Optional.of(token);
      }
    }
    return Optional.empty();
  }
}
