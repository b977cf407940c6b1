package io.github.vnsearch.opensearch;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.opensearch.common.settings.Settings;

/**
 * Reads and checks the settings of one analysis component, so that a typo or a bad value fails
 * index creation with a message naming the component, the setting and the accepted values.
 */
final class ComponentSettings {

  /** Keys OpenSearch itself puts in component settings ({@code index.version.created}, ...). */
  private static final Set<String> GENERIC = Set.of("type", "version", "index");

  private ComponentSettings() {}

  /** Fails when {@code settings} has a key that is neither generic nor in {@code known}. */
  static void checkKnown(String type, String name, Settings settings, Set<String> known) {
    Set<String> unknown = new TreeSet<>();
    for (String key : settings.keySet()) {
      String root = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      if (!GENERIC.contains(root) && !known.contains(root)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s [%s]: unknown setting(s) %s; supported: %s",
              type,
              name,
              unknown,
              new TreeSet<>(known)));
    }
  }

  /** Reads a boolean setting that must be exactly {@code true} or {@code false}. */
  static boolean getBoolean(
      String type, String name, Settings settings, String key, boolean defaultValue) {
    String value = settings.get(key);
    if (value == null) {
      return defaultValue;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "%s [%s]: setting [%s] must be true or false, got [%s]",
                  type,
                  name,
                  key,
                  value));
    };
  }
}
