package io.github.vnsearch.cli;

import org.apache.lucene.util.Version;
import picocli.CommandLine.IVersionProvider;

/** Reports vnsearch's version (from the jar manifest) and the Lucene it runs on. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VnSearchCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "vnsearch " + (version == null ? "(development build)" : version),
      "Lucene " + Version.LATEST,
      "Java " + Runtime.version()
    };
  }
}
