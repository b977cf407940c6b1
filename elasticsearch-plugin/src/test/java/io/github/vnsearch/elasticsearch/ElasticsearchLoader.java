package io.github.vnsearch.elasticsearch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.Build;
import org.elasticsearch.cluster.metadata.IndexMetadata;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.index.analysis.AnalysisRegistry;
import org.elasticsearch.index.analysis.IndexAnalyzers;
import org.elasticsearch.index.analysis.NamedAnalyzer;
import org.elasticsearch.indices.analysis.AnalysisModule;
import org.elasticsearch.jdk.JarHell;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.PluginBundle;
import org.elasticsearch.plugins.PluginDescriptor;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;
import org.elasticsearch.plugins.PluginsUtils;

/**
 * Run in a JVM started as Elasticsearch starts a node (its jars on the module path): installs the
 * plugin zip and loads it with Elasticsearch's own code, then builds the analyzers of each index of
 * a request file and writes their tokens, or the error that refused the index.
 *
 * <p>Arguments: plugin zip, empty Elasticsearch home, request file, result file. Requests, one a
 * line, tab-separated: {@code index NAME}, then its {@code setting KEY VALUE}, {@code list KEY
 * VALUE...} and {@code analyze ANALYZER TEXT}. Results: {@code loaded ...}, then per index {@code
 * index NAME ok} and a {@code tokens NAME ANALYZER TOKEN...} line per request, or {@code index NAME
 * error MESSAGES}.
 */
public final class ElasticsearchLoader {

  private ElasticsearchLoader() {}

  /** Loads the plugin and answers the requests; see the class comment. */
  public static void main(String[] args) throws Exception {
    Path zip = Path.of(args[0]);
    Path home = Path.of(args[1]);
    List<String> requests = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
    Path config = Files.createDirectories(home.resolve("config"));
    Path plugins = Files.createDirectories(home.resolve("plugins"));
    Path modules = Files.createDirectories(home.resolve("modules"));
    Settings nodeSettings = Settings.builder().put("path.home", home.toString()).build();
    LogConfigurator.configureWithoutConfig(nodeSettings); // logs to the console, as before a start

    // What bin/elasticsearch-plugin install checks before it copies the plugin in.
    Path staging = unzip(zip, Files.createDirectories(home.resolve("staging")));
    PluginDescriptor descriptor = PluginDescriptor.readFromProperties(staging);
    PluginsUtils.verifyCompatibility(descriptor);
    PluginsUtils.preInstallJarHellCheck(
        descriptor, staging, plugins, modules, JarHell.parseModulesAndClassPath());
    Files.move(staging, plugins.resolve(descriptor.getName()));

    // What a node does at start: bundles, version check, jar hell check, class loader, registry.
    PluginsLoader loader =
        PluginsLoader.createPluginsLoader(
            bundles("loadModulesBundles", modules),
            bundles("loadPluginsBundles", plugins),
            Map.of());
    PluginsService pluginsService = new PluginsService(nodeSettings, config, loader);
    AnalysisRegistry registry =
        new AnalysisModule(
                new Environment(nodeSettings, config),
                pluginsService.filterPlugins(AnalysisPlugin.class).toList(),
                pluginsService.getStablePluginRegistry())
            .getAnalysisRegistry();

    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
      out.write(
          String.join(
              "\t",
              "loaded",
              Build.current().version(),
              org.apache.lucene.util.Version.LATEST.toString(),
              descriptor.getName(),
              descriptor.getElasticsearchVersion()));
      out.newLine();
      for (int i = 0; i < requests.size(); ) {
        int end = i + 1;
        while (end < requests.size() && !requests.get(end).startsWith("index\t")) {
          end++;
        }
        answer(registry, nodeSettings, requests.subList(i, end), out);
        i = end;
      }
    }
  }

  /** Builds one index's analyzers from its settings and writes the tokens asked for. */
  private static void answer(
      AnalysisRegistry registry, Settings nodeSettings, List<String> requests, BufferedWriter out)
      throws IOException {
    String name = requests.get(0).split("\t")[1];
    Settings.Builder analysis = Settings.builder();
    List<String[]> analyze = new ArrayList<>();
    for (String line : requests.subList(1, requests.size())) {
      String[] fields = line.split("\t", -1);
      switch (fields[0]) {
        case "setting" -> analysis.put(fields[1], fields[2]);
        case "list" -> analysis.putList(fields[1], Arrays.asList(fields).subList(2, fields.length));
        case "analyze" -> analyze.add(fields);
        default -> throw new IllegalArgumentException("Unknown request: " + line);
      }
    }
    Settings settings =
        Settings.builder()
            .put(IndexMetadata.SETTING_VERSION_CREATED, IndexVersion.current())
            .put(IndexMetadata.SETTING_NUMBER_OF_SHARDS, 1)
            .put(IndexMetadata.SETTING_NUMBER_OF_REPLICAS, 0)
            .put(IndexMetadata.SETTING_INDEX_UUID, name + "-uuid")
            .put(analysis.normalizePrefix("index.").build())
            .build();
    IndexSettings indexSettings =
        new IndexSettings(IndexMetadata.builder(name).settings(settings).build(), nodeSettings);
    IndexAnalyzers analyzers;
    try {
      analyzers = registry.build(IndexCreationContext.CREATE_INDEX, indexSettings);
    } catch (RuntimeException e) {
      out.write(String.join("\t", "index", name, "error", messages(e)));
      out.newLine();
      return;
    }
    try (analyzers) {
      out.write(String.join("\t", "index", name, "ok"));
      out.newLine();
      for (String[] request : analyze) {
        NamedAnalyzer analyzer = analyzers.get(request[1]);
        List<String> line = new ArrayList<>(List.of("tokens", name, request[1]));
        if (analyzer == null) {
          line.add("no analyzer");
        } else {
          line.add(moduleOf(analyzer.analyzer()));
          line.addAll(TokenLists.of(analyzer, request[2]));
        }
        out.write(String.join("\t", line));
        out.newLine();
      }
    }
  }

  /** The module of an analyzer's class: the plugin's for vnsearch analyzers. */
  private static String moduleOf(Analyzer analyzer) {
    String module = analyzer.getClass().getModule().getName();
    return module == null ? "unnamed" : module;
  }

  /** The messages of an exception and its causes, outermost first. */
  static String messages(Throwable e) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.add(t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()));
    }
    return String.join(" | ", messages).replace('\t', ' ').replace('\n', ' ');
  }

  /**
   * {@code PluginsLoader.loadModulesBundles} or {@code loadPluginsBundles} of the running version:
   * since 9.5 they take a second argument, whether the node is stateless.
   */
  @SuppressWarnings("unchecked")
  private static Set<PluginBundle> bundles(String method, Path dir) throws Exception {
    for (Method m : PluginsLoader.class.getMethods()) {
      if (m.getName().equals(method)) {
        Object[] args = m.getParameterCount() == 1 ? new Object[] {dir} : new Object[] {dir, false};
        try {
          return (Set<PluginBundle>) m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new NoSuchMethodException(method);
  }

  private static Path unzip(Path zip, Path dir) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        Path target = dir.resolve(entry.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("Zip entry outside the plugin: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(entries, target);
        }
      }
    }
    return dir;
  }
}
