package io.github.jindu.benchmarks;

import io.github.jindu.CriteriaSet;
import io.github.jindu.Evidence;
import io.github.jindu.catalogue.MunicipalModelCommunity;
import io.github.jindu.json.EvidenceJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample town (examples/data/sample-town-2025.json, copied into this module's resources), read once. */
public final class SampleTown {
  /** The resource, a copy of examples/data/sample-town-2025.json. */
  public static final String RESOURCE = "/sample-town-2025.json";

  private SampleTown() {}

  /** {@return the default criteria set} */
  public static CriteriaSet set() {
    return MunicipalModelCommunity.criteriaSet();
  }

  /** {@return the sample town's {@code evidence/1} document, as bytes} */
  public static byte[] bytes() {
    try (InputStream in = SampleTown.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the sample town's evidence, read with the default set} */
  public static Evidence evidence() {
    return EvidenceJson.read(new ByteArrayInputStream(bytes()), set());
  }
}
