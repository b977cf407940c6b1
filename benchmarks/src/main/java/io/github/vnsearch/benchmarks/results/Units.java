package io.github.vnsearch.benchmarks.results;

/** Converts JMH's score units to the ones the results are written in. */
final class Units {

  private Units() {}

  /** Factor from a JMH time unit ({@code ns/op} … {@code s/op}) to milliseconds per operation. */
  static double toMillisPerOp(String unit) {
    return switch (unit) {
      case "ns/op" -> 1e-6;
      case "us/op" -> 1e-3;
      case "ms/op" -> 1;
      case "s/op" -> 1e3;
      case "min/op" -> 60e3;
      default -> throw new IllegalArgumentException("not a time per operation: " + unit);
    };
  }

  /** Factor from a JMH rate unit ({@code ops/ns} … {@code ops/min}) to operations per second. */
  static double toPerSecond(String unit) {
    return switch (unit) {
      case "ops/ns" -> 1e9;
      case "ops/us" -> 1e6;
      case "ops/ms" -> 1e3;
      case "ops/s" -> 1;
      case "ops/min" -> 1 / 60.0;
      default -> throw new IllegalArgumentException("not a rate: " + unit);
    };
  }
}
