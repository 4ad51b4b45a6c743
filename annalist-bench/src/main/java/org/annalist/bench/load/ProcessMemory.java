package org.annalist.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of a server running in another JVM on this machine: {@code jcmd PID GC.run}, then
 * the heap in use from {@code jcmd PID GC.heap_info} (the generations or regions before
 * Metaspace), and the resident set from {@code /proc/PID/status}.
 */
public record ProcessMemory(long pid) implements ServerMemory {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final Pattern RESIDENT = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  @Override
  public MemorySample sample() {
    jcmd("GC.run");
    long heap = 0;
    for (String line : jcmd("GC.heap_info").split("\n")) {
      if (line.strip().startsWith("Metaspace")) {
        break;
      }
      Matcher used = USED.matcher(line);
      while (used.find()) {
        heap += Long.parseLong(used.group(1)) * 1024;
      }
    }
    return new MemorySample(heap, resident());
  }

  private long resident() {
    try {
      Matcher resident =
          RESIDENT.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
      return resident.find() ? Long.parseLong(resident.group(1)) * 1024 : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private String jcmd(String command) {
    try {
      Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command)
          .redirectErrorStream(true)
          .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot run jcmd (a JDK tool) for process " + pid + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running jcmd", e);
    }
  }
}
