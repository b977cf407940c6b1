package io.github.vnsearch.opensearch;

import java.nio.file.Path;
import org.opensearch.Version;
import org.opensearch.common.io.PathUtils;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;
import org.opensearch.test.OpenSearchTestCase;

/**
 * The descriptor at the root of the plugin zip, read and checked as OpenSearch does; the Lucene the
 * tests run on, which must be the one the OpenSearch release ships.
 */
public class PluginDescriptorTests extends OpenSearchTestCase {

  public void testDescriptorIsValidForThisOpenSearch() throws Exception {
    Path dir =
        PathUtils.get(
                PluginDescriptorTests.class
                    .getResource("/plugin-metadata/plugin-descriptor.properties")
                    .toURI())
            .getParent();
    PluginInfo info = PluginInfo.readFromProperties(dir);
    // Throws unless opensearch.version is this OpenSearch's and java.version this JVM's or older.
    PluginsService.verifyCompatibility(info);
    assertEquals("analysis-vnsearch", info.getName());
    assertEquals("21", info.getJavaVersion());
    assertEquals(VietnameseAnalysisPlugin.class.getName(), info.getClassname());
    assertTrue(Plugin.class.isAssignableFrom(Class.forName(info.getClassname())));
    assertFalse(info.getVersion(), info.getVersion().contains("${"));
  }

  public void testLuceneIsTheOneThisOpenSearchShips() {
    assertEquals(
        "opensearch.lucene.version for OpenSearch "
            + Version.CURRENT
            + " (opensearch-plugin/parent/pom.xml) must be the Lucene it ships",
        Version.CURRENT.luceneVersion,
        org.apache.lucene.util.Version.LATEST);
  }
}
