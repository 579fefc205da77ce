package org.lexgap.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest so it has one source: the pom. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = LexgapCommand.class.getPackage().getImplementationVersion();
    return new String[] {"lexgap " + (v == null ? "development build" : v)};
  }
}
