package org.annalist.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.FlagName;

/**
 * Per-document signals of what kind of source a text is: a novel (chapter headings with
 * dialogue, or with characters no other source knows told by "I" or to "you") or a machine
 * translation (garbled names, a parser that cannot attach the words). Each flag keeps the
 * evidence that raised it.
 */
public final class SourceSignals {
  /** Share of paragraphs with quoted speech above which narration is dialogue-driven. */
  static final double DIALOGUE_SHARE = 0.2;
  /**
   * Share of narration sentences (quoted speech left out) with "I", "me", "my", "you" or "your"
   * above which a text is told by or to a person, as a novel or a memoir is, not reported.
   */
  static final double PERSONAL_SHARE = 0.15;
  /** Share of tokens the parser could not attach ({@code dep}) above which grammar is broken. */
  static final double UNATTACHED_SHARE = 0.01;

  private static final Pattern CHAPTER = Pattern.compile(
      "(?m)^[ \\t]*(?:chapter|CHAPTER|Chapter)[ \\t]+(?:\\d{1,4}|[IVXLCDM]{1,8})\\b[^\\n]{0,80}$");
  private static final Pattern QUOTED =
      Pattern.compile("[\"“][^\"”\\n]*?\\s[^\"”\\n]*?\\s[^\"”\\n]*?[\"”]");
  /** Quoted words on one line: what a speaker says, left out of the narration. */
  private static final Pattern ANY_QUOTE = Pattern.compile("[\"“][^\"”\\n]*[\"”]");
  /** Where a sentence of narration ends. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
  /** First- and second-person singular pronouns; "I" only in capitals, the others in any case. */
  private static final Pattern PERSONAL =
      Pattern.compile("\\bI\\b|(?i)\\b(?:me|my|mine|myself|you|your|yours|yourself)\\b");
  /** A sentence needs this many words to count as narration (not a heading or a caption). */
  private static final int NARRATION_WORDS = 3;

  /** A person named this often in one source and in no other is taken for an invented character. */
  static final int CHARACTER_MENTIONS = 3;
  /** Invented characters are only judged in a corpus of at least this many documents. */
  static final int CHARACTER_CORPUS = 3;

  private SourceSignals() {}

  /**
   * A named entity of the corpus as the fiction signal sees it.
   *
   * @param name its name
   * @param person whether it is a person
   * @param documents the ids of the documents that name it
   * @param mentions how often it is named in all of them
   */
  public record CastMember(String name, boolean person, List<String> documents, int mentions) {
    public CastMember {
      documents = List.copyOf(documents);
    }
  }

  /**
   * For each document, the people named at least {@value #CHARACTER_MENTIONS} times in it and in
   * no other source, in the cast's order: the characters a novel invents. None in a corpus of
   * fewer than {@value #CHARACTER_CORPUS} documents, where every person is known to one source.
   */
  public static Map<String, List<String>> charactersOnlyIn(List<CastMember> cast) {
    long documents =
        cast.stream().flatMap(member -> member.documents().stream()).distinct().count();
    Map<String, List<String>> characters = new HashMap<>();
    if (documents < CHARACTER_CORPUS) {
      return characters;
    }
    for (CastMember member : cast) {
      if (member.person()
          && member.documents().size() == 1
          && member.mentions() >= CHARACTER_MENTIONS) {
        characters
            .computeIfAbsent(member.documents().get(0), d -> new ArrayList<>())
            .add(member.name());
      }
    }
    return characters;
  }

  /** A flag the clean stage raised on a document {@code count} times, with a reason in words. */
  public static SourceFlag cleanFlag(FlagName flag, int count) {
    String reason;
    if (flag.equals(FlagName.REDACTED)) {
      reason = count + " redaction marks hide words of the text.";
    } else if (flag.equals(FlagName.BOILERPLATE_REMOVED)) {
      reason = count + " spans of web chrome, captions or repeated lines are set aside.";
    } else {
      reason = "flagged " + count + " times by the clean stage.";
    }
    return new SourceFlag(flag, reason);
  }

  /**
   * Fiction: a chapter heading, the apparatus of a book or a serial, together with narration that
   * tells a story: dialogue in more than {@value #DIALOGUE_SHARE} of the paragraphs, or both
   * characters that no other source names and narration in the first or second person. Neither
   * the heading nor the narration is enough alone: a history book's "Chapter 3" comes without
   * dialogue, and a news article's quotes and the people only it names come without chapters; a
   * history chapter naming people no other source knows is not a story told by "I" or to "you".
   *
   * @param text the document's text
   * @param unknownCharacters people named at least three times here and in no other source
   */
  public static List<SourceFlag> fiction(String text, List<String> unknownCharacters) {
    Matcher chapter = CHAPTER.matcher(text);
    if (!chapter.find()) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>();
    evidence.add("a chapter heading (\"" + chapter.group().strip() + "\")");
    double dialogue = dialogueShare(text);
    boolean dialogueDriven = dialogue > DIALOGUE_SHARE;
    if (dialogueDriven) {
      evidence.add(String.format(Locale.ROOT, "dialogue in %.0f%% of paragraphs", 100 * dialogue));
    }
    if (!unknownCharacters.isEmpty()) {
      evidence.add(
          "characters no other source names (" + String.join(", ", unknownCharacters) + ")");
    }
    double personal = personalNarrationShare(text);
    boolean personalNarration = personal > PERSONAL_SHARE;
    if (personalNarration) {
      evidence.add(String.format(
          Locale.ROOT,
          "narration in the first or second person (%.0f%% of sentences)",
          100 * personal));
    }
    boolean story = dialogueDriven || !unknownCharacters.isEmpty() && personalNarration;
    return story
        ? List.of(new SourceFlag(
            FlagName.FICTION, "Reads as fiction: " + String.join("; ", evidence) + "."))
        : List.of();
  }

  /** The share of non-blank paragraphs that contain quoted speech of three words or more. */
  static double dialogueShare(String text) {
    int paragraphs = 0;
    int quoted = 0;
    for (String paragraph : text.split("\\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      paragraphs++;
      if (QUOTED.matcher(paragraph).find()) {
        quoted++;
      }
    }
    return paragraphs == 0 ? 0 : (double) quoted / paragraphs;
  }

  /**
   * The share of narration sentences of three words or more, quoted speech left out, that name
   * the narrator or address the reader in the singular ({@link #PERSONAL}).
   */
  static double personalNarrationShare(String text) {
    int sentences = 0;
    int personal = 0;
    for (String sentence : SENTENCE_END.split(ANY_QUOTE.matcher(text).replaceAll(" "))) {
      if (sentence.strip().split("\\s+").length < NARRATION_WORDS) {
        continue;
      }
      sentences++;
      personal += PERSONAL.matcher(sentence).find() ? 1 : 0;
    }
    return sentences == 0 ? 0 : (double) personal / sentences;
  }

  /**
   * Machine translation: names garbled the way translation engines garble them (found by the
   * entity resolver), together with broken grammar or in numbers.
   *
   * @param garbledNames this document's names that the resolver found to be misspellings of a known name
   * @param unattached tokens the parser attached with the catch-all {@code dep} relation
   * @param tokens all tokens
   */
  public static List<SourceFlag> machineTranslation(
      List<String> garbledNames, int unattached, int tokens) {
    double share = tokens == 0 ? 0 : (double) unattached / tokens;
    boolean broken = share > UNATTACHED_SHARE;
    if (garbledNames.size() >= 2 || !garbledNames.isEmpty() && broken) {
      String grammar = broken
          ? String.format(
              Locale.ROOT, "; the parser could not attach %.1f%% of the words", 100 * share)
          : "";
      return List.of(new SourceFlag(
          FlagName.MACHINE_TRANSLATION,
          "Reads as machine translation: garbled names (" + String.join(", ", garbledNames) + ")"
              + grammar + "."));
    }
    return List.of();
  }
}
