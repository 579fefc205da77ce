package org.lexgap.cli;

import java.io.PrintWriter;
import org.lexgap.checklist.ChecklistException;
import org.lexgap.config.ConfigException;
import org.lexgap.read.ReadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "lexgap",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Gap analysis of national cybercrime legislation against the UN Convention against Cybercrime.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ExtractCommand.class,
      CheckCommand.class,
      CompareCommand.class,
      RulesCommand.class,
      EvalCommand.class,
      DiffCommand.class,
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done; no gaps at or above --fail-on",
      "  1  gaps at or above --fail-on, a regression (diff), or a figure below its minimum (eval)",
      "  2  usage error, or an invalid checklist or configuration",
      "  3  an input document could not be read",
      "  4  internal error (please report it, with the output of --debug)"
    })
public final class LexgapCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces for errors.")
  boolean debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line wired to the given streams, with lexgap's error-to-exit-code mapping. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new LexgapCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(LexgapCommand::handleExecutionException);
    cl.setParameterExceptionHandler(LexgapCommand::handleParameterException);
    return cl;
  }

  private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("lexgap: " + ex.getMessage());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static int handleExecutionException(
      Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    boolean debug = isDebug(parseResult);
    int code;
    if (ex instanceof ReadException) {
      err.println("lexgap: " + ex.getMessage());
      code = ExitCodes.INPUT;
    } else if (ex instanceof ChecklistException ce) {
      for (var e : ce.errors()) {
        err.println(e);
      }
      code = ExitCodes.USAGE;
    } else if (ex instanceof ConfigException ce) {
      // Each line already names file:line:column, like a checklist error.
      ce.errors().forEach(err::println);
      code = ExitCodes.USAGE;
    } else if (ex instanceof UsageException) {
      err.println("lexgap: " + ex.getMessage());
      code = ExitCodes.USAGE;
    } else {
      err.println("lexgap: internal error: " + ex + " (run with --debug for details)");
      code = ExitCodes.INTERNAL;
    }
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static boolean isDebug(CommandLine.ParseResult pr) {
    for (CommandLine.ParseResult r = pr; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
