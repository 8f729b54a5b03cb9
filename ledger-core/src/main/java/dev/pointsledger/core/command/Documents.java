package dev.pointsledger.core.command;

import dev.pointsledger.core.journal.CanonicalDigest;
import dev.pointsledger.core.state.DocumentRef;
import java.util.List;

/** The stored form of a command's document references, shared by the commands that carry them. */
final class Documents {
  private Documents() {}

  /**
   * Adds the documents to a command's fingerprint: their count, then each one's kind and number,
   * in order (the stored format, docs/model.md).
   */
  static void describeTo(CanonicalDigest d, List<DocumentRef> documents) {
    d.add(documents.size());
    for (DocumentRef doc : documents) {
      d.add(doc.kind()).add(doc.number());
    }
  }
}
