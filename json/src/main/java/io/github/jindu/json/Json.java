package io.github.jindu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Utf8;
import io.github.jindu.InvalidEvidenceException;
import io.github.jindu.Location;
import io.github.jindu.RuleCode;
import io.github.jindu.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The strict Jackson set-up shared by the codecs: duplicate keys, trailing content, floats read as exact
 * decimals, and limits on size, nesting, string and number lengths, so that absurd documents are refused early
 * with a clear message rather than an {@link OutOfMemoryError}. Output is indented by two spaces with {@code \n}
 * line ends on every platform.
 */
final class Json {
  /** The largest document read, in bytes: 16 MiB (the sample town is 10 KiB). */
  static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** The most JSON tokens read (each name, value and bracket is one): 500,000, some 50,000 events. */
  static final long MAX_TOKENS = 500_000;

  /** The deepest nesting of arrays and objects read. */
  static final int MAX_NESTING_DEPTH = 64;

  /** The longest string read, in characters. */
  static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** The longest member name read, in characters. */
  static final int MAX_NAME_LENGTH = 1024;

  /** The longest number read, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          .maxDocumentLength(MAX_DOCUMENT_BYTES)
                          .maxTokenCount(MAX_TOKENS)
                          .maxNameLength(MAX_NAME_LENGTH)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // 4.0 stays 4.0 (not 4) in the tree, so that "must be a whole number, not 4.0" shows what
          // was written.
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** The objects of evidence/1 whose member names are data: their members are map keys. */
  private static final Set<Location> MAPS =
      Set.of(
          Location.root().member("counts"),
          Location.root().member("previous"),
          Location.root().member("attestations"));

  /** The message of a limit of the parser: what, the value reached, the limit. */
  private static final Pattern LIMIT =
      Pattern.compile("^(.*?)\\s*\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  static JsonNode parse(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document", e);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw InvalidEvidenceException.of(
          RuleCode.DOCUMENT_TOO_LARGE, Location.root(), MAX_DOCUMENT_BYTES);
    }
    return parse(bytes);
  }

  static JsonNode parse(String text) {
    if (text.length() > MAX_DOCUMENT_BYTES) {
      throw InvalidEvidenceException.of(
          RuleCode.DOCUMENT_TOO_LARGE, Location.root(), MAX_DOCUMENT_BYTES);
    }
    return parseText(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Decodes strictly as UTF-8 (a leading byte-order mark is skipped): JSON is exchanged in UTF-8 (RFC 8259). */
  private static JsonNode parse(byte[] bytes) {
    if (bytes.length >= 2 && (isUtf16ByteOrderMark(bytes) || bytes[0] == 0 || bytes[1] == 0)) {
      throw InvalidEvidenceException.of(RuleCode.DOCUMENT_UTF16, Location.root());
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    if (Utf8.isWellFormed(bytes, start, bytes.length - start)) {
      JsonNode tree = parseBytes(bytes, start);
      if (tree != null) {
        return tree;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw InvalidEvidenceException.of(RuleCode.DOCUMENT_NOT_UTF8, Location.root(), in.position());
    }
    decoder.flush(out);
    return parseText(out.flip().toString());
  }

  /**
   * Parses well-formed UTF-8 directly, without decoding it to a text first: the common case, and a third of the
   * reading's memory. Any problem (a syntax error, a limit, an empty document, a huge number) returns null, and
   * the caller parses the decoded text instead, so that every violation names the same line and column (counted
   * in characters, not bytes) as before.
   *
   * @return the tree, or null if the document is not one valid, non-empty JSON value within the limits
   */
  private static @Nullable JsonNode parseBytes(byte[] bytes, int start) {
    try {
      JsonNode tree = MAPPER.readTree(bytes, start, bytes.length - start);
      return tree == null || tree.isMissingNode() ? null : tree;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean isUtf16ByteOrderMark(byte[] bytes) {
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    return first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE;
  }

  private static JsonNode parseText(String text) {
    if (text.isBlank()) {
      throw InvalidEvidenceException.of(RuleCode.DOCUMENT_EMPTY, Location.root());
    }
    try {
      JsonNode tree = MAPPER.readTree(text);
      if (tree == null || tree.isMissingNode()) {
        throw InvalidEvidenceException.of(RuleCode.DOCUMENT_EMPTY, Location.root());
      }
      return tree;
    } catch (StreamConstraintsException e) {
      throw new InvalidEvidenceException(limit(plain(e.getOriginalMessage())), e);
    } catch (JsonProcessingException e) {
      // A duplicate key is named by its path, $.counts["users.new"]; other syntax errors by line
      // and column only, since the parser's context there may still hold the member before the
      // error.
      String message = String.valueOf(e.getOriginalMessage());
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      Violation violation;
      if (e.getProcessor() instanceof JsonParser && message.startsWith("Duplicate field")) {
        JsonStreamContext context = ((JsonParser) e.getProcessor()).getParsingContext();
        violation =
            Violation.of(
                RuleCode.JSON_DUPLICATE_KEY,
                path(context),
                line,
                column,
                String.valueOf(context.getCurrentName()));
      } else if (message.startsWith("Trailing token")) {
        violation = Violation.of(RuleCode.JSON_TRAILING, Location.root(), line, column);
      } else {
        violation =
            Violation.of(RuleCode.JSON_SYNTAX, Location.root(), line, column, plain(message));
      }
      throw new InvalidEvidenceException(violation, e);
    } catch (NumberFormatException | ArithmeticException e) {
      // A number Jackson cannot hold even as a BigDecimal, such as 1e2147483648: find where it is.
      throw new InvalidEvidenceException(hugeNumber(text), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document", e);
    }
  }

  /** {@return the violation of a limit of the parser, from its message such as "Token count (500001) exceeds…"} */
  private static Violation limit(String message) {
    Matcher m = LIMIT.matcher(message);
    if (!m.find()) {
      return Violation.of(RuleCode.LIMIT_OTHER, Location.root(), message);
    }
    String what = m.group(1).toLowerCase(java.util.Locale.ROOT);
    RuleCode code =
        what.contains("nesting")
            ? RuleCode.LIMIT_NESTING
            : what.contains("string")
                ? RuleCode.LIMIT_STRING
                : what.contains("number")
                    ? RuleCode.LIMIT_NUMBER
                    : what.contains("token")
                        ? RuleCode.LIMIT_TOKENS
                        : what.contains("name")
                            ? RuleCode.LIMIT_NAME
                            : what.contains("document")
                                ? RuleCode.DOCUMENT_TOO_LARGE
                                : RuleCode.LIMIT_OTHER;
    if (code == RuleCode.DOCUMENT_TOO_LARGE) {
      return Violation.of(code, Location.root(), m.group(3));
    }
    return code == RuleCode.LIMIT_OTHER
        ? Violation.of(code, Location.root(), message)
        : Violation.of(code, Location.root(), m.group(2), m.group(3));
  }

  /**
   * Reads the document again, token by token, to the number whose exponent no {@code BigDecimal} can hold, and
   * returns the violation at its path ({@code $.counts["users.new"]}).
   */
  private static Violation hugeNumber(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isNumeric()) {
          try {
            parser.getDecimalValue();
          } catch (NumberFormatException | ArithmeticException e) {
            return Violation.of(
                RuleCode.NUMBER_EXPONENT_OUT_OF_RANGE,
                path(parser.getParsingContext()),
                Reading.abbreviate(parser.getText()),
                Long.MAX_VALUE);
          }
        }
      }
    } catch (IOException e) {
      // Not expected, the first parse having failed on a number and not on the syntax before it:
      // name the document.
    }
    return Violation.of(RuleCode.NUMBER_EXPONENT_OUT_OF_RANGE, Location.root(), "", Long.MAX_VALUE);
  }

  /** {@return the location of the value a parser is at} */
  private static Location path(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.addFirst(c);
    }
    Location path = Location.root();
    for (JsonStreamContext c : chain) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = path.index(c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        String name = c.getCurrentName();
        path = MAPS.contains(path) ? path.key(name) : path.member(name);
      } else {
        break; // at the start of an array or object: the path of the container itself
      }
    }
    return path;
  }

  /** Removes the parser's advice to its own programmers (feature and class names in backquotes) from a message. */
  private static String plain(String message) {
    return message
        .replaceAll("\\(([0-9]+), from `[^`]*`\\)", "($1)")
        .replaceAll(
            ":?\\s*not allowed as per `[^`]*`", ": only one JSON value is allowed in a document")
        .replaceAll("\\s*\\([^()]*`[^`]*`[^()]*\\)", "")
        .replaceAll(",?\\s*from `[^`]*`", "")
        .replaceAll("`[^`]*`", "")
        .replaceAll("\\s+", " ")
        .trim();
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  static String write(JsonNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** {@return the tree on one line, without indentation, and a final {@code \n}: one line of JSON Lines} */
  static String writeLine(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
