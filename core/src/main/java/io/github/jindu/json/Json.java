package io.github.jindu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jindu.InvalidEvidenceException;
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

  private static final ObjectMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder()
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .streamReadConstraints(StreamReadConstraints.builder()
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
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(
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
      throw InvalidEvidenceException.of("$", "the document is larger than the limit of " + MAX_DOCUMENT_BYTES + " bytes");
    }
    return parse(bytes);
  }

  static JsonNode parse(String text) {
    if (text.length() > MAX_DOCUMENT_BYTES) {
      throw InvalidEvidenceException.of("$", "the document is larger than the limit of " + MAX_DOCUMENT_BYTES + " bytes");
    }
    return parseText(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Decodes strictly as UTF-8 (a leading byte-order mark is skipped): JSON is exchanged in UTF-8 (RFC 8259). */
  private static JsonNode parse(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw InvalidEvidenceException.of("$",
          "the document is not valid UTF-8: malformed byte sequence at byte offset " + in.position());
    }
    decoder.flush(out);
    return parseText(out.flip().toString());
  }

  private static JsonNode parseText(String text) {
    if (text.isBlank()) {
      throw InvalidEvidenceException.of("$", "the document is empty");
    }
    try {
      JsonNode tree = MAPPER.readTree(text);
      if (tree == null || tree.isMissingNode()) {
        throw InvalidEvidenceException.of("$", "the document is empty");
      }
      return tree;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null
          ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidEvidenceException(
          Violation.of("$", "not well-formed JSON" + where + ": " + plain(e.getOriginalMessage())), e);
    } catch (NumberFormatException | ArithmeticException e) {
      // A number Jackson cannot hold even as a BigDecimal, such as 1e2147483648.
      throw new InvalidEvidenceException(
          Violation.of("$", "not well-formed JSON: a number is beyond any value a count can take"), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document", e);
    }
  }

  /** Removes the parser's advice to its own programmers (feature and class names in backquotes) from a message. */
  private static String plain(String message) {
    return message
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
