package dev.pointsledger.core.state;

import static java.util.Objects.requireNonNull;

import dev.pointsledger.core.id.ClaimId;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.id.Ids;
import dev.pointsledger.core.id.ProgramId;
import dev.pointsledger.core.journal.CanonicalDigest;

/**
 * Which claim of a program an invoice (統一發票) last backed, keyed by the program and the invoice
 * number: the index by which one invoice cannot back two live claims. Written by the claim's
 * filing; a claim filed later with the same invoice, after the first one was rejected, writes a new
 * version naming the new claim. Whether the named claim is still live (pending, approved or
 * settled) is its {@link ClaimRecord}'s status.
 *
 * @param program the program
 * @param invoice the uniform invoice number ({@code AB12345678})
 * @param claim the claim the invoice backs
 * @param filedBy the entry that filed that claim
 */
public record InvoiceRecord(ProgramId program, String invoice, ClaimId claim, EntryId filedBy)
    implements LedgerRecord {
  /**
   * Checks the parts.
   *
   * @param program the program
   * @param invoice the uniform invoice number
   * @param claim the claim the invoice backs
   * @param filedBy the entry that filed that claim
   */
  public InvoiceRecord {
    requireNonNull(program, "program");
    Ids.check(invoice, "invoice number");
    requireNonNull(claim, "claim");
    requireNonNull(filedBy, "filedBy");
  }

  @Override
  public RecordKey key() {
    return RecordKey.invoice(program, invoice);
  }

  @Override
  public void describeTo(CanonicalDigest d) {
    d.add(program.value()).add(invoice).add(claim.value()).add(filedBy.value());
  }
}
