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
import java.nio.charset.StandardCharsets;

/**
 * The strict Jackson set-up shared by the codecs: duplicate keys, trailing content, floats read as exact
 * decimals, and limits on size, nesting, string and number lengths, so that absurd documents are refused early
 * with a clear message rather than an {@link OutOfMemoryError}. Output is indented by two spaces with {@code \n}
 * line ends on every platform.
 */
final class Json {
  /** The largest document read, in bytes: 64 MiB. */
  static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

  /** The deepest nesting of arrays and objects read. */
  static final int MAX_NESTING_DEPTH = 64;

  /** The longest string read, in characters. */
  static final int MAX_STRING_LENGTH = 1024 * 1024;

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
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode parse(byte[] bytes) {
    if (isBlank(bytes)) {
      throw InvalidEvidenceException.of("$", "the document is empty");
    }
    try {
      JsonNode tree = MAPPER.readTree(bytes);
      if (tree == null || tree.isMissingNode()) {
        throw InvalidEvidenceException.of("$", "the document is empty");
      }
      return tree;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null
          ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidEvidenceException(
          Violation.of("$", "not well-formed JSON" + where + ": " + e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document", e);
    }
  }

  private static boolean isBlank(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
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
}
