package org.lexgap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extract", description = "(being built)")
public final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.OK;
  }
}
