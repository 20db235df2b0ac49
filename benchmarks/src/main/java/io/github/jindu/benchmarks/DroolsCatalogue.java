package io.github.jindu.benchmarks;

import io.github.jindu.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The 51 criteria of the default set as Drools DRL rules ({@value #RESOURCE}), what a team would build on a
 * rules engine instead of Jindu: one {@link DroolsFigures} fact with the unit's figures and one {@link
 * DroolsEvent} fact per event; one rule per criterion writes its outcome into a {@link DroolsOutcomes} global,
 * in exact long arithmetic; a last rule (lowest salience) decides the overall outcome as {@link Baseline} does.
 * The {@link KieBase} is compiled once; each assessment runs in a new {@link KieSession}. {@code
 * DroolsAgreementTest} proves it agrees with Jindu on every criterion and the overall outcome.
 */
public final class DroolsCatalogue {
  /** The DRL resource on the class path. */
  public static final String RESOURCE = "/io/github/jindu/benchmarks/criteria.drl";

  private final KieBase base;

  private DroolsCatalogue(KieBase base) {
    this.base = base;
  }

  /**
   * Compiles the rules (slow: do it once).
   *
   * @return the catalogue
   */
  public static DroolsCatalogue load() {
    String drl;
    try (InputStream in = DroolsCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE);
      }
      drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KieHelper helper = new KieHelper().addContent(drl, ResourceType.DRL);
    var results = helper.verify();
    if (results.hasMessages(org.kie.api.builder.Message.Level.ERROR)) {
      throw new IllegalStateException("the rules do not compile: " + results.getMessages());
    }
    return new DroolsCatalogue(helper.build());
  }

  /**
   * Assesses evidence: extracts its figures, then runs the rules on them.
   *
   * @param evidence evidence that the default set accepts
   * @param out where each criterion's outcome code goes, in catalogue order; at least {@link Baseline#CRITERIA}
   *     long
   * @return the overall outcome code: {@link Baseline#QUALIFIED}, {@link Baseline#NOT_QUALIFIED} or {@link
   *     Baseline#INCOMPLETE}
   */
  public int assess(Evidence evidence, byte[] out) {
    return assess(DroolsFigures.of(evidence), out);
  }

  /**
   * Runs the rules on extracted figures in a new session.
   *
   * @param figures the unit's figures
   * @param out where each criterion's outcome code goes, in catalogue order
   * @return the overall outcome code
   */
  public int assess(DroolsFigures figures, byte[] out) {
    DroolsOutcomes outcomes = new DroolsOutcomes(out);
    KieSession session = base.newKieSession();
    try {
      session.setGlobal("outcomes", outcomes);
      session.insert(figures);
      for (DroolsEvent e : figures.events()) {
        session.insert(e);
      }
      int fired = session.fireAllRules();
      if (fired != Baseline.CRITERIA + 1) {
        throw new IllegalStateException(fired + " rules fired, not " + (Baseline.CRITERIA + 1));
      }
    } finally {
      session.dispose();
    }
    return outcomes.overall();
  }
}
