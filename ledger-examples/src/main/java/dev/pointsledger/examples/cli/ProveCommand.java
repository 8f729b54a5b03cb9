package dev.pointsledger.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pointsledger.core.audit.LedgerProofs;
import dev.pointsledger.core.audit.SignedCheckpoint;
import dev.pointsledger.core.audit.merkle.ConsistencyProof;
import dev.pointsledger.core.audit.merkle.InclusionProof;
import dev.pointsledger.core.audit.merkle.MerkleProofs;
import dev.pointsledger.core.audit.merkle.MerkleTree;
import dev.pointsledger.core.id.EntryId;
import dev.pointsledger.core.journal.EntryHash;
import dev.pointsledger.core.journal.JournalEntry;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.jdbc.PostgresStoreOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code prove}: RFC 6962 Merkle proofs over the journal's entry hashes ({@link LedgerProofs}):
 * {@code inclusion}, that an entry is in the tree a checkpoint signed; {@code consistency}, that
 * a later tree extends an earlier one; the trees named by size or by a signed checkpoint, whose
 * root the ledger must still have. Each proof is checked ({@link MerkleProofs}) before it is
 * written, as JSON anyone can check without the ledger.
 */
@Command(
    name = "prove",
    mixinStandardHelpOptions = true,
    subcommands = {ProveCommand.Inclusion.class, ProveCommand.Consistency.class})
final class ProveCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CliContext ctx;

  @Spec CommandSpec spec;

  ProveCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(ctx.err());
    return ExitCode.BAD_INPUT;
  }

  private static LedgerSession open(CliContext ctx, LedgerOptions where) {
    return LedgerSession.open(
        ctx, where, Clock.systemUTC(), LedgerSession.Access.READ,
        PostgresStoreOptions.DEFAULT_SCHEMA);
  }

  /**
   * The tree a checkpoint signed, its size checked against the journal, and whether the ledger's
   * tree of that size has the checkpoint's root; a checkpoint the ledger does not extend is exit
   * code 1.
   */
  private static long size(CliContext ctx, LedgerStore store, Path checkpoint, Long asked) {
    if (checkpoint == null) {
      return size(store, asked);
    }
    SignedCheckpoint signed = AuditFiles.checkpoint(ctx, checkpoint);
    long head = store.headSequence();
    if (signed.sequence() > head) {
      throw new CliException(
          ExitCode.FINDINGS,
          "error.prove.beyondHead",
          ctx.resolve(checkpoint).toString(),
          Long.toString(signed.sequence()),
          Long.toString(head));
    }
    long size = size(store, signed.sequence());
    EntryHash root = LedgerProofs.tree(store, size).root();
    if (!root.equals(signed.rootHash())) {
      throw new CliException(
          ExitCode.FINDINGS,
          "error.prove.notExtended",
          ctx.resolve(checkpoint).toString(),
          Long.toString(size),
          signed.rootHash().hex(),
          root.hex());
    }
    return size;
  }

  /** The tree size asked for, or the head; checked against the journal. */
  private static long size(LedgerStore store, Long asked) {
    long head = store.headSequence();
    long size = asked == null ? head : asked;
    if (size < 1 || size > head) {
      throw new CliException(ExitCode.BAD_INPUT, "error.prove.treeSize", size, head);
    }
    return size;
  }

  private static void write(CliContext ctx, Path output, String json) {
    if (output == null) {
      ctx.out().print(json);
    } else {
      Path file = ctx.resolve(output);
      OutputFiles.write(file, json);
      ctx.err().println(ctx.text().get("prove.written", file.toString()));
    }
  }

  private static void path(JsonGenerator g, List<EntryHash> path) throws IOException {
    g.writeArrayFieldStart("path");
    for (EntryHash h : path) {
      g.writeString(h.hex());
    }
    g.writeEndArray();
  }

  /** Which entry: by sequence number or by id. */
  static final class Which {
    @Option(names = "--sequence", paramLabel = "N", descriptionKey = "option.sequence")
    Long sequence;

    @Option(names = "--entry", paramLabel = "ID", descriptionKey = "option.entry")
    String entry;
  }

  /**
   * Which tree: of a size, or the one a signed checkpoint names; never both (a usage error, since
   * one of them would have to be ignored).
   */
  static final class Tree {
    @Option(names = "--tree-size", paramLabel = "N", descriptionKey = "option.treeSize")
    Long size;

    @Option(
        names = "--checkpoint",
        paramLabel = "FILE",
        descriptionKey = "option.proofCheckpoint")
    Path checkpoint;
  }

  /** {@code prove inclusion}: an entry is in the tree of the first N entries. */
  @Command(name = "inclusion", mixinStandardHelpOptions = true)
  static final class Inclusion implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin LedgerOptions where;

    @ArgGroup(multiplicity = "1")
    Which which;

    /** The tree, one way or the other; neither is the tree of every entry. */
    @ArgGroup(multiplicity = "0..1")
    Tree tree = new Tree();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    Path output;

    Inclusion(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
      try (LedgerSession session = open(ctx, where)) {
        LedgerStore store = session.store();
        JournalEntry entry = entry(store);
        long size = size(ctx, store, tree.checkpoint, tree.size);
        if (entry.sequence() > size) {
          throw new CliException(
              ExitCode.BAD_INPUT, "error.prove.notInTree", Long.toString(entry.sequence()), size);
        }
        MerkleTree tree = LedgerProofs.tree(store, size);
        InclusionProof proof = tree.inclusionProof(entry.sequence() - 1, size);
        EntryHash leaf = LedgerProofs.leafOf(entry.hash());
        if (!MerkleProofs.verifyInclusion(leaf, proof, tree.root())) {
          throw new IllegalStateException("the proof made does not check out");
        }
        write(ctx, output, json(entry, proof, tree.root()));
        ctx.err()
            .println(
                ctx.text()
                    .get(
                        "prove.inclusion",
                        Long.toString(entry.sequence()),
                        entry.id().value(),
                        size,
                        tree.root().hex()));
        return ExitCode.CLEAN;
      }
    }

    private JournalEntry entry(LedgerStore store) {
      if (which.entry != null) {
        return store
            .entry(EntryId.of(which.entry))
            .orElseThrow(
                () -> new CliException(ExitCode.BAD_INPUT, "error.prove.noEntry", which.entry));
      }
      long sequence = which.sequence;
      List<JournalEntry> found = sequence < 1 ? List.of() : store.entries(sequence, 1);
      if (found.isEmpty()) {
        throw new CliException(
            ExitCode.BAD_INPUT, "error.prove.noSequence", Long.toString(sequence));
      }
      return found.get(0);
    }

    /** The proof as JSON, with the entry and the root it leads to. */
    static String json(JournalEntry entry, InclusionProof proof, EntryHash root)
        throws IOException {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = JSON.getFactory().createGenerator(text).useDefaultPrettyPrinter()) {
        g.writeStartObject();
        g.writeStringField("format", "points-ledger/inclusion-proof/v1");
        g.writeNumberField("sequence", entry.sequence());
        g.writeStringField("entryId", entry.id().value());
        g.writeStringField("entryHash", entry.hash().hex());
        g.writeNumberField("leafIndex", proof.leafIndex());
        g.writeNumberField("treeSize", proof.treeSize());
        g.writeStringField("rootHash", root.hex());
        path(g, proof.path());
        g.writeEndObject();
      }
      return text + System.lineSeparator();
    }
  }

  /** {@code prove consistency}: the tree of the first M entries extends that of the first N. */
  @Command(name = "consistency", mixinStandardHelpOptions = true)
  static final class Consistency implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin LedgerOptions where;

    @Option(names = "--first", paramLabel = "N", descriptionKey = "option.first")
    Long firstSize;

    @Option(
        names = "--first-checkpoint",
        paramLabel = "FILE",
        descriptionKey = "option.firstCheckpoint")
    Path firstCheckpoint;

    @Option(names = "--second", paramLabel = "M", descriptionKey = "option.second")
    Long second;

    @Option(
        names = "--second-checkpoint",
        paramLabel = "FILE",
        descriptionKey = "option.secondCheckpoint")
    Path secondCheckpoint;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    Path output;

    Consistency(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
      try (LedgerSession session = open(ctx, where)) {
        LedgerStore store = session.store();
        if ((firstSize == null) == (firstCheckpoint == null)) {
          throw new CliException(ExitCode.BAD_INPUT, "error.prove.firstOne");
        }
        long later = size(ctx, store, secondCheckpoint, second);
        long first = size(ctx, store, firstCheckpoint, firstSize);
        if (first > later) {
          throw new CliException(ExitCode.BAD_INPUT, "error.prove.first", first, later);
        }
        MerkleTree tree = LedgerProofs.tree(store, later);
        ConsistencyProof proof = tree.consistencyProof(first, later);
        EntryHash firstRoot = tree.root(first);
        if (!MerkleProofs.verifyConsistency(firstRoot, tree.root(), proof)) {
          throw new IllegalStateException("the proof made does not check out");
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(text).useDefaultPrettyPrinter()) {
          g.writeStartObject();
          g.writeStringField("format", "points-ledger/consistency-proof/v1");
          g.writeNumberField("firstSize", proof.firstSize());
          g.writeStringField("firstRootHash", firstRoot.hex());
          g.writeNumberField("secondSize", proof.secondSize());
          g.writeStringField("secondRootHash", tree.root().hex());
          path(g, proof.path());
          g.writeEndObject();
        }
        write(ctx, output, text + System.lineSeparator());
        ctx.err()
            .println(ctx.text().get("prove.consistency", first, later, tree.root().hex()));
        return ExitCode.CLEAN;
      }
    }
  }
}
