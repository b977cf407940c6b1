package io.github.vnsearch.benchmarks.results;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a results file describes.
 *
 * @param cpu CPU model name
 * @param cores logical processors available to the JVM
 * @param memoryBytes physical memory
 * @param os operating system name, version and architecture
 */
public record MachineInfo(String cpu, int cores, long memoryBytes, String os) {

  /** Describes the machine this JVM runs on. */
  public static MachineInfo detect() {
    long memory = -1;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    return new MachineInfo(
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
  }

  /** One line for a results file, e.g. {@code 2 cores, 23.4 GiB, Intel Xeon ...}. */
  public String describe() {
    String memory =
        memoryBytes > 0
            ? String.format(Locale.ROOT, "%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024))
            : "unknown memory";
    return cores + " cores, " + memory + ", " + cpu + ", " + os;
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (Files.isReadable(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).strip();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through: the model is only informative
    }
    return "unknown CPU (" + System.getProperty("os.arch") + ")";
  }
}
