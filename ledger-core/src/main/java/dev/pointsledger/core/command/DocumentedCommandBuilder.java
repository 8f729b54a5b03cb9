package dev.pointsledger.core.command;

import dev.pointsledger.core.state.DocumentRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder of a command that carries references to documents (a grant's application, R-D5; a
 * claim's invoice and contract, R-P4): its document setters. The documents default to none; the
 * rules, not the builder, refuse a command without the documents its rule asks for.
 *
 * @param <B> the builder's own type, which every setter returns
 */
abstract class DocumentedCommandBuilder<B extends DocumentedCommandBuilder<B>>
    extends CommandBuilder<B> {
  private final List<DocumentRef> documents = new ArrayList<>();

  DocumentedCommandBuilder(String command) {
    super(command);
  }

  /**
   * Sets the references to the command's documents, replacing any set before.
   *
   * @param documents the values
   * @return this builder
   * @throws NullPointerException if the list or one of its values is null
   */
  public B documents(List<DocumentRef> documents) {
    return replaceAll(this.documents, documents, "documents", "document");
  }

  /**
   * Adds a reference to one of the command's documents.
   *
   * @param document the value
   * @return this builder
   * @throws NullPointerException if the value is null
   */
  public B document(DocumentRef document) {
    return add(this.documents, document, "document");
  }

  /** The documents at {@code build()}. */
  final List<DocumentRef> builtDocuments() {
    return documents;
  }
}
