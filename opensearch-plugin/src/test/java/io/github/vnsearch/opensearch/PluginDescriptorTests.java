package io.github.vnsearch.opensearch;

import java.nio.file.Path;
import org.opensearch.common.io.PathUtils;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;
import org.opensearch.test.OpenSearchTestCase;

/** The descriptor at the root of the plugin zip, read and checked as OpenSearch does. */
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
}
