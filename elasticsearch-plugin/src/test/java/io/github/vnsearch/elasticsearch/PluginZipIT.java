package io.github.vnsearch.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/** What the built zip holds: descriptor, component list, our two jars and nothing else. */
class PluginZipIT {

  private final Map<String, byte[]> files = PluginZip.files();

  @Test
  void descriptorIsForEveryElasticsearch9() throws IOException {
    Properties descriptor = new Properties();
    descriptor.load(new ByteArrayInputStream(files.get("stable-plugin-descriptor.properties")));
    assertEquals("analysis-vnsearch", descriptor.getProperty("name"));
    assertEquals("9.0.0", descriptor.getProperty("elasticsearch.version"));
    assertEquals("21", descriptor.getProperty("java.version"));
    assertEquals("false", descriptor.getProperty("modular"));
    assertFalse(descriptor.getProperty("version").contains("${"), descriptor.toString());
    assertEquals(
        new TreeSet<>(
            List.of(
                "name",
                "description",
                "version",
                "elasticsearch.version",
                "java.version",
                "modular")),
        new TreeSet<>(descriptor.stringPropertyNames()));
  }

  @Test
  void onlyOurJarsAndNoRestorer() throws Exception {
    List<String> jars = files.keySet().stream().filter(n -> n.endsWith(".jar")).sorted().toList();
    assertEquals(2, jars.size(), jars.toString());
    assertTrue(jars.get(0).startsWith("vnsearch-analysis-vi-"), jars.toString());
    assertTrue(jars.get(1).startsWith("vnsearch-elasticsearch-plugin-"), jars.toString());
    assertEquals(
        new TreeSet<>(
            List.of(
                "stable-plugin-descriptor.properties",
                "named_components.json",
                jars.get(0),
                jars.get(1))),
        new TreeSet<>(files.keySet()));

    // analysis-vi as it is built, module descriptor included: the analysis chain, without the
    // diacritic restorer (a module of its own) and its model.
    TreeSet<String> bundled = new TreeSet<>(PluginZip.names(files.get(jars.get(0))));
    assertTrue(bundled.contains("module-info.class"), "no module descriptor?");
    assertTrue(
        bundled.stream().noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("restor")),
        bundled.toString());
    bundled.removeIf(name -> !comparable(name));
    TreeSet<String> expected = new TreeSet<>(analysisViFiles());
    expected.removeIf(name -> !comparable(name));
    assertEquals(expected, bundled);
    assertTrue(expected.size() > 30, expected.toString());
  }

  @Test
  void namedComponentsListEveryAnnotatedClass() throws Exception {
    Map<String, Map<String, String>> listed =
        new ObjectMapper()
            .readValue(
                files.get("named_components.json"),
                new TypeReference<TreeMap<String, Map<String, String>>>() {});
    Map<String, Map<String, String>> annotated = new TreeMap<>();
    String pluginJar =
        files.keySet().stream()
            .filter(n -> n.startsWith("vnsearch-elasticsearch-plugin-"))
            .findFirst()
            .orElseThrow();
    for (String name : PluginZip.names(files.get(pluginJar))) {
      if (!name.endsWith(".class")) {
        continue;
      }
      Class<?> type = Class.forName(name.replace('/', '.').substring(0, name.length() - 6));
      NamedComponent component = type.getAnnotation(NamedComponent.class);
      if (component != null) {
        Class<?> extensible =
            Stream.of(
                    CharFilterFactory.class,
                    TokenizerFactory.class,
                    TokenFilterFactory.class,
                    AnalyzerFactory.class)
                .filter(api -> api.isAssignableFrom(type))
                .findFirst()
                .orElseThrow();
        annotated
            .computeIfAbsent(extensible.getName(), k -> new TreeMap<>())
            .put(component.value(), type.getName());
      }
    }
    assertEquals(annotated, listed);
    assertEquals(4, listed.size(), listed.toString());
    assertEquals(
        new TreeSet<>(List.of("vi_folding", "vi_stop")),
        listed.get(TokenFilterFactory.class.getName()).keySet());
  }

  /** Classes, resources and service lists: what the jar is for, not its build metadata. */
  private static boolean comparable(String name) {
    return !name.startsWith("META-INF/") || name.startsWith("META-INF/services/");
  }

  /** The files of the analysis-vi build this module depends on (a jar, or classes directory). */
  private static List<String> analysisViFiles() throws IOException, URISyntaxException {
    Path location =
        Path.of(
            VietnameseAnalyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertNotNull(location);
    if (Files.isRegularFile(location)) {
      return List.copyOf(PluginZip.names(Files.readAllBytes(location)));
    }
    try (Stream<Path> walk = Files.walk(location)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> location.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
  }
}
