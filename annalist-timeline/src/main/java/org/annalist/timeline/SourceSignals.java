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
 * Per-document signals of what kind of source a text is: a novel (chapter headings, dialogue,
 * characters no other source knows) or a machine translation (garbled names, a parser that
 * cannot attach the words). Each flag keeps the evidence that raised it.
 */
public final class SourceSignals {
  /** Share of paragraphs with quoted speech above which narration is dialogue-driven. */
  static final double DIALOGUE_SHARE = 0.2;
  /** Share of tokens the parser could not attach ({@code dep}) above which grammar is broken. */
  static final double UNATTACHED_SHARE = 0.01;

  private static final Pattern CHAPTER = Pattern.compile(
      "(?m)^[ \\t]*(?:chapter|CHAPTER|Chapter)[ \\t]+(?:\\d{1,4}|[IVXLCDM]{1,8})\\b[^\\n]{0,80}$");
  private static final Pattern QUOTED =
      Pattern.compile("[\"“][^\"”\\n]*?\\s[^\"”\\n]*?\\s[^\"”\\n]*?[\"”]");

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
   * Fiction: a chapter heading is apparatus enough on its own; otherwise two of dialogue-driven
   * narration and characters that no other source names.
   *
   * @param text the document's text
   * @param unknownCharacters people named at least three times here and in no other source
   */
  public static List<SourceFlag> fiction(String text, List<String> unknownCharacters) {
    List<String> evidence = new ArrayList<>();
    int strength = 0;
    Matcher chapter = CHAPTER.matcher(text);
    if (chapter.find()) {
      evidence.add("a chapter heading (\"" + chapter.group().strip() + "\")");
      strength += 2;
    }
    double dialogue = dialogueShare(text);
    if (dialogue > DIALOGUE_SHARE) {
      evidence.add(String.format(Locale.ROOT, "dialogue in %.0f%% of paragraphs", 100 * dialogue));
      strength++;
    }
    if (!unknownCharacters.isEmpty()) {
      evidence.add(
          "characters no other source names (" + String.join(", ", unknownCharacters) + ")");
      strength++;
    }
    return strength >= 2
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
