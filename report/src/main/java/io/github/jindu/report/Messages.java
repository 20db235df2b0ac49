package io.github.jindu.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One message bundle of the report module in one language: {@code <base>.properties} (Simplified Chinese, the
 * default), {@code <base>_zh_Hant.properties} or {@code <base>_en.properties}, next to this class, read as UTF-8.
 *
 * <p>Each file is read whole and alone: no fallback to another language's file and none to the default locale, so
 * a key missing in a language is an error rather than a sentence in another language (a test proves every key is in
 * every file). The files are read directly rather than through {@link java.util.ResourceBundle#getBundle(String,
 * Locale, java.util.ResourceBundle.Control)}, which a named module may not call with a {@code Control}. Patterns
 * are {@link MessageFormat}s with {@link Locale#ROOT}; callers pass figures as text, already written exactly.
 *
 * @implSpec Instances are immutable and thread-safe; each file is read once.
 */
final class Messages {
  private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();

  private final String file;
  private final Properties properties;

  private Messages(String file, Properties properties) {
    this.file = file;
    this.properties = properties;
  }

  /** {@return the file name of a bundle in a language, such as {@code report_zh_Hant.properties}} */
  static String fileName(String baseName, ReportLanguage language) {
    return switch (language) {
      case ZH_HANS -> baseName + ".properties";
      case ZH_HANT -> baseName + "_zh_Hant.properties";
      case EN -> baseName + "_en.properties";
    };
  }

  /**
   * Returns a bundle in a language.
   *
   * @throws MissingResourceException if the file does not exist
   */
  static Messages of(String baseName, ReportLanguage language) {
    return LOADED.computeIfAbsent(fileName(baseName, language), Messages::load);
  }

  private static Messages load(String file) {
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new MissingResourceException(
            "no message bundle " + file, Messages.class.getName(), file);
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return new Messages(file, properties);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + file, e);
    }
  }

  /** {@return the keys of the bundle} */
  Set<String> keys() {
    return properties.stringPropertyNames();
  }

  /** {@return the raw text of a key, if the bundle has it} */
  java.util.Optional<String> find(String key) {
    return java.util.Optional.ofNullable(properties.getProperty(key));
  }

  /**
   * Formats the sentence of a key.
   *
   * @throws MissingResourceException if the bundle has no such key
   */
  String format(String key, Object... arguments) {
    String pattern = properties.getProperty(key);
    if (pattern == null) {
      throw new MissingResourceException(
          "no key " + key + " in " + file, Messages.class.getName(), key);
    }
    return new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }
}
