package dev.pointsledger.core.program;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.id.Texts;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * A subsidy program defined in the ledger: its id, a name for people, and its policy. Several
 * programs live in one ledger; a program's policy never changes once defined.
 *
 * @param id the program's id
 * @param name the program's name, for reports
 * @param policy every setting of the program
 */
public record Program(ProgramId id, String name, ProgramPolicy policy) {
  /**
   * Checks that every part is present and the name is valid free text ({@link Texts}).
   *
   * @param id the program's id
   * @param name the program's name, for reports
   * @param policy every setting of the program
   * @throws NullPointerException if a part is missing
   * @throws IllegalArgumentException if the name is too long, holds a control character or a
   *     lone surrogate
   */
  public Program {
    requireNonNull(id, "id");
    Texts.check(name, "program name");
    requireNonNull(policy, "policy");
  }

  /**
   * Adds the program to a digest: its id, its name, then its policy ({@link
   * ProgramPolicy#describeTo}).
   *
   * @param d the digest
   */
  public void describeTo(CanonicalDigest d) {
    d.add(id.value()).add(name);
    policy.describeTo(d);
  }
}
