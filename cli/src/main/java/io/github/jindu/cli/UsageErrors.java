package io.github.jindu.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error (no subcommand, an unknown option or value, no file) in the language of the run, then the
 * usage of the command, and returns {@link JinduCli#INVALID}.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private final CliText text;

  UsageErrors(CliText text) {
    this.text = text;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.print(message(e) + "\n");
    command.usage(err);
    return JinduCli.INVALID;
  }

  private String message(ParameterException e) {
    if (String.valueOf(e.getMessage()).startsWith("Missing required subcommand")) {
      return text.get("usage.missing-subcommand");
    }
    if (e instanceof MissingParameterException) {
      MissingParameterException missing = (MissingParameterException) e;
      if (missing.getMissing() == null || missing.getMissing().isEmpty()) {
        return text.get("usage.missing-subcommand");
      }
      return text.get(
          "usage.missing-parameter",
          missing.getMissing().stream().map(UsageErrors::label).collect(Collectors.joining(", ")));
    }
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException unmatched = (UnmatchedArgumentException) e;
      String first =
          unmatched.getUnmatched().isEmpty()
              ? ""
              : JinduCli.printable(unmatched.getUnmatched().get(0));
      return unmatched.isUnknownOption()
          ? text.get("usage.unknown-option", first)
          : text.get("usage.unmatched-argument", first);
    }
    if (e instanceof OverwrittenOptionException) {
      ArgSpec overwritten = ((OverwrittenOptionException) e).getOverwritten();
      return text.get("usage.option-twice", label(overwritten));
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      String option = label(e.getArgSpec());
      String key = "usage.invalid-value." + option.replaceFirst("^--", "");
      return text.bundle().containsKey(key)
          ? text.get(key, JinduCli.printable(e.getValue()))
          : text.get("usage.invalid-value", option, JinduCli.printable(e.getValue()));
    }
    return text.get("usage.other", JinduCli.printable(String.valueOf(e.getMessage())));
  }

  private static String label(ArgSpec spec) {
    return spec instanceof OptionSpec ? ((OptionSpec) spec).longestName() : spec.paramLabel();
  }
}
