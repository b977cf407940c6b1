package io.github.vnsearch.analysis.vi;

import java.util.Map;

/** Strict parsing of factory parameters: a typo must fail loudly, not fall back to a default. */
final class FactoryArgs {

  private FactoryArgs() {}

  /**
   * Removes {@code name} from {@code args} and returns its value, which must be {@code true} or
   * {@code false}; {@code defaultValue} when absent.
   *
   * @throws IllegalArgumentException for any other value
   */
  static boolean getBoolean(Map<String, String> args, String name, boolean defaultValue) {
    String value = args.remove(name);
    if (value == null) {
      return defaultValue;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(
        "Parameter '" + name + "' must be true or false, not '" + value + "'");
  }
}
