package io.github.jindu.cli;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Violation;
import io.github.jindu.report.ReportLanguage;
import io.github.jindu.report.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine.ITypeConverter;

/**
 * The command line's own words in one language, from {@code cli.properties} (Simplified Chinese, the default),
 * {@code cli_zh_Hant.properties} and {@code cli_en.properties}: help, usage errors, error lines. Violations are
 * rendered by {@link Violations} in the same language.
 */
final class CliText {
  private final ReportLanguage language;
  private final ResourceBundle bundle;

  private CliText(ReportLanguage language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  /** {@return the words of a language} */
  static CliText of(ReportLanguage language) {
    String name =
        "cli"
            + (language == ReportLanguage.ZH_HANT
                ? "_zh_Hant"
                : language == ReportLanguage.EN ? "_en" : "")
            + ".properties";
    try (InputStream in = CliText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + name);
      }
      return new CliText(
          language, new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Returns the language the arguments ask for with {@code --lang X} or {@code --lang=X}, read before they are
   * parsed so that a usage error is reported in it; Simplified Chinese when none or an unknown one is given.
   */
  static ReportLanguage languageOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String tag = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        tag = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        tag = args[i].substring("--lang=".length());
      }
      if (tag != null) {
        try {
          return ReportLanguage.parse(tag);
        } catch (IllegalArgumentException e) {
          return ReportLanguage.ZH_HANS;
        }
      }
    }
    return ReportLanguage.ZH_HANS;
  }

  ReportLanguage language() {
    return language;
  }

  ResourceBundle bundle() {
    return bundle;
  }

  /** {@return the text of a key with its arguments, by MessageFormat} */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }

  /**
   * Prints a header saying what is invalid where, then every violation on a line of its own, in this language.
   *
   * @param headerKey the key of the header, with the document's name and the number of violations as arguments
   */
  void violations(
      java.io.PrintWriter err,
      String headerKey,
      String name,
      List<Violation> violations,
      Optional<CriteriaSet> set) {
    err.print(get(headerKey, name, String.valueOf(violations.size()), violations.size()) + "\n");
    for (Violation violation : violations) {
      err.print(Violations.render(violation, language, set) + "\n");
    }
  }

  /** Converts {@code --lang} values: zh, zh-Hans, zh-CN, zh-Hant, zh-TW, zh-HK, en, in any case. */
  static final class LanguageConverter implements ITypeConverter<ReportLanguage> {
    @Override
    public ReportLanguage convert(String value) {
      return ReportLanguage.parse(value);
    }
  }
}
