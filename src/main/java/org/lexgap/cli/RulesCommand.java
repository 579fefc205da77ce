package org.lexgap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "rules", description = "(being built)")
public final class RulesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.OK;
  }
}
