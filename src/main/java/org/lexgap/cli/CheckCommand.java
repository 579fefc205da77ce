package org.lexgap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "check", description = "(being built)")
public final class CheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.OK;
  }
}
