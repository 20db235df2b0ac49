package io.github.jindu.cli;

import io.github.jindu.Attribution;
import io.github.jindu.InvalidAttributionException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options {@code --assessed-on DATE} and {@code --assessor TEXT} of {@code assess}, {@code assess-batch} and
 * {@code select}, a picocli mixin: the assessment date and the assessor printed in the audit block of the report and
 * written in {@code result/1} and {@code district/1}. Neither is ever read from a clock or the environment; a date
 * not written yyyy-MM-dd, or an assessor that is blank or holds a control or format character, is a usage error.
 */
final class AttributionOptions {
  /** yyyy-MM-dd in ASCII digits, as {@code result/1} writes dates. */
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Option(
      names = "--assessed-on",
      paramLabel = "DATE",
      descriptionKey = "option.assessed-on",
      converter = DateConverter.class,
      description =
          "the day of the assessment, yyyy-MM-dd (such as 2026-01-15), printed in the audit block")
  Optional<LocalDate> assessedOn = Optional.empty();

  @Option(
      names = "--assessor",
      paramLabel = "TEXT",
      descriptionKey = "option.assessor",
      converter = AssessorConverter.class,
      description = "who assessed (such as \"区禁毒办 考评组\"), printed in the audit block")
  Optional<String> assessor = Optional.empty();

  /** {@return the attribution the options give; {@link Attribution#none()} when neither is given} */
  Attribution attribution() {
    return Attribution.of(assessedOn, assessor);
  }

  /** Converts {@code --assessed-on}: yyyy-MM-dd, a day of the calendar. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      if (!ISO_DATE.matcher(value).matches()) {
        throw new TypeConversionException("not a date yyyy-MM-dd: " + value);
      }
      try {
        return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("not a day of the calendar: " + value);
      }
    }
  }

  /** Converts {@code --assessor}: a name, read in NFC, checked as {@link Attribution} checks it. */
  static final class AssessorConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return Attribution.of(Optional.empty(), Optional.of(value)).assessor().orElseThrow();
      } catch (InvalidAttributionException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
