package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.store.AnnalistStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's promise on the development corpus, end to end through the command line. */
class SeedsEndToEndTest {
  @TempDir
  Path work;

  @Test
  void analyzeThenExportGivesEachSeedsTextExactlyWithItsFlagsAndASecondRunChangesNothing()
      throws IOException {
    Path seeds = CliRun.shared().resolve("corpus/seeds");
    Path store = work.resolve("store");
    Path export = work.resolve("x.json");

    CliRun first = CliRun.of("analyze", seeds.toString(), "--store", store.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("5 succeeded (5 new or changed, 0 unchanged), 0 failed");
    assertThat(CliRun.exportJson(store, export).exitCode()).isZero();
    byte[] firstExport = Files.readAllBytes(export);

    JsonNode json = new ObjectMapper().readTree(firstExport);
    assertThat(json.get("format").asText()).isEqualTo("annalist-export/1");
    Map<String, JsonNode> byFile = new HashMap<>();
    json.get("documents")
        .forEach(document ->
            byFile.put(Path.of(document.get("path").asText()).getFileName().toString(), document));
    List<Path> files = seedFiles(seeds);
    assertThat(byFile).hasSize(files.size());
    for (Path file : files) {
      JsonNode document = byFile.get(file.getFileName().toString());
      assertThat(document.get("text").asText())
          .as(file.toString())
          .isEqualTo(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
    assertThat(flags(byFile, "002_")).contains("boilerplate-removed");
    assertThat(flags(byFile, "000_")).contains("redacted");
    assertThat(flags(byFile, "001_")).contains("redacted");
    assertThat(flags(byFile, "004_")).doesNotContain("redacted");

    List<List<String>> aliases = new java.util.ArrayList<>();
    json.get("entities")
        .forEach(entity ->
            aliases.add(new ObjectMapper().convertValue(entity.get("aliases"), List.class)));
    assertThat(aliases)
        .as("Stalin and his machine-translation variant in one entity")
        .anyMatch(names -> names.contains("Stalin") && names.contains("Dalin"));
    assertThat(aliases)
        .as("Mao's forms in one entity")
        .anyMatch(names -> names.contains("Mao") && names.contains("Mao Zedong"));
    assertThat(aliases)
        .as("no entity merges Stalin and Mao")
        .noneMatch(names -> names.contains("Stalin") && names.contains("Mao"));
    assertThat(aliases)
        .as("Stalin with every machine-translation variant that was tagged or missed in a caption")
        .anyMatch(names -> names.containsAll(List.of("Stalin", "Dalin", "Talin", "Slin")));
    assertThat(aliases)
        .as("the cut-off 'Zhou En', which NER missed, with Zhou Enlai")
        .anyMatch(names -> names.containsAll(List.of("Zhou Enlai", "Zhou En")));
    assertThat(aliases)
        .as("the Comintern, untagged in both its forms, and its numbered name")
        .anyMatch(names -> names.containsAll(
            List.of("Comintern", "Communist International", "Third International")));
    List<String> people = List.of("Stalin", "Mao Zedong", "Zhou Enlai", "Chiang Kai-shek");
    assertThat(aliases)
        .as("no entity holds two of these people")
        .allMatch(names -> people.stream().filter(names::contains).count() <= 1)
        .anyMatch(names -> names.contains("Chiang Kai-shek"));
    List<String> names = new java.util.ArrayList<>();
    json.get("entities").forEach(entity -> names.add(entity.get("name").asText()));
    assertThat(names).contains("Soviet Union", "Eighth Route Army", "Kuomintang");

    var countsBefore = AnnalistStore.open(store).counts();
    CliRun second = CliRun.of("analyze", seeds.toString(), "--store", store.toString());
    assertThat(second.out())
        .contains("5 succeeded (0 new or changed, 5 unchanged), 0 failed, 0 removed");
    assertThat(AnnalistStore.open(store).counts()).isEqualTo(countsBefore);
    assertThat(CliRun.exportJson(store, export).exitCode()).isZero();
    assertThat(Files.readAllBytes(export)).isEqualTo(firstExport);
    assertThat(AnnalistStore.open(store).integrityProblems()).isEmpty();

    theUserCanUndoAMergeAndRedoIt(store);
  }

  private static void theUserCanUndoAMergeAndRedoIt(Path store) {
    CliRun listed = CliRun.of("entities", "--store", store.toString(), "--name", "dalin");
    assertThat(listed.out()).contains("merged 'Dalin' into 'Stalin' by spelling+context");

    CliRun undone = CliRun.of("unmerge", "dalin", "Stalin", "--store", store.toString());
    assertThat(undone.exitCode()).as(undone.err()).isZero();
    assertThat(undone.out()).contains("Kept apart 'dalin' and 'Stalin'");
    List<List<String>> apart = aliasesOf(store);
    assertThat(apart)
        .anyMatch(names -> names.contains("Dalin") && !names.contains("Stalin"))
        .anyMatch(names ->
            names.containsAll(List.of("Stalin", "Talin", "Slin")) && !names.contains("Dalin"));
    assertThat(CliRun.of(
                "analyze",
                CliRun.shared().resolve("corpus/seeds").toString(),
                "--store",
                store.toString())
            .exitCode())
        .isZero();
    assertThat(aliasesOf(store)).as("the decision outlives a re-analysis").isEqualTo(apart);
    assertThat(
            CliRun.of("unmerge", "Stalin", "Dalin", "--store", store.toString()).out())
        .contains("already kept apart");
    assertThat(CliRun.of("unmerge", "--list", "--store", store.toString()).out())
        .contains("'dalin' kept apart from 'Stalin'");

    assertThat(CliRun.of("unmerge", "--undo", "Dalin", "STALIN", "--store", store.toString())
            .exitCode())
        .isZero();
    assertThat(aliasesOf(store))
        .anyMatch(names -> names.containsAll(List.of("Stalin", "Dalin", "Talin", "Slin")));
    assertThat(CliRun.of("unmerge", "Stalin", "--store", store.toString()).exitCode())
        .isEqualTo(2);
  }

  private static List<List<String>> aliasesOf(Path store) {
    return AnnalistStore.open(store).entities().stream().map(e -> e.aliases()).toList();
  }

  private static List<Path> seedFiles(Path seeds) throws IOException {
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<String> flags(Map<String, JsonNode> byFile, String prefix) {
    JsonNode document = byFile.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no seed " + prefix + "*"));
    return new ObjectMapper().convertValue(document.get("flags"), List.class);
  }
}
