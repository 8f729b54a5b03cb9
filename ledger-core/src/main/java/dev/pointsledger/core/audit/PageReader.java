package dev.pointsledger.core.audit;

import dev.pointsledger.core.error.LedgerStoreException;
import dev.pointsledger.core.store.LedgerStore;
import dev.pointsledger.core.store.RawEntry;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a store's raw journal page by page on a thread of its own, one page ahead of the
 * verifier: while the verifier checks a page, the next one is fetched and decoded (on
 * PostgreSQL, the server's scan and the driver's and codec's decoding), so that reading and
 * checking overlap on two CPUs. At most three pages are alive at a time (the one being
 * checked, one waiting, one being read), so memory stays bounded by the page size. A failure
 * of the store is handed to the verifier's thread and thrown there, as a direct read would.
 */
final class PageReader implements AutoCloseable {
  /** What the reader hands over after the last page. */
  private static final Object END = new Object();

  private final LedgerStore store;
  private final int pageSize;
  private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
  private final Thread thread;
  private volatile boolean closed;

  private PageReader(LedgerStore store, int pageSize) {
    this.store = store;
    this.pageSize = pageSize;
    this.thread = new Thread(this::readAll, "ledger-verifier-reader");
    thread.setDaemon(true);
  }

  /**
   * Starts reading from the first entry.
   *
   * @param store the store
   * @param pageSize rows per read
   * @return the reader, already reading
   */
  static PageReader start(LedgerStore store, int pageSize) {
    PageReader r = new PageReader(store, pageSize);
    r.thread.start();
    return r;
  }

  /**
   * The next page, in sequence order.
   *
   * @return it, or null after the last
   * @throws LedgerStoreException if the store could not be read, or the wait was interrupted
   */
  @SuppressWarnings("unchecked")
  List<RawEntry> next() {
    Object got;
    try {
      got = ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerStoreException("interrupted while reading the stored journal", e);
    }
    if (got == END) {
      ready.offer(END);
      return null;
    }
    if (got instanceof Failure f) {
      ready.offer(f);
      if (f.cause instanceof RuntimeException r) {
        throw r;
      }
      if (f.cause instanceof Error e) {
        throw e;
      }
      throw new LedgerStoreException("reading the stored journal failed", f.cause);
    }
    return (List<RawEntry>) got;
  }

  /** Stops the reader if it is still reading (the verifier stopped early). */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }

  private void readAll() {
    try {
      long from = Long.MIN_VALUE;
      while (!closed) {
        List<RawEntry> page = store.rawEntries(from, pageSize);
        ready.put(page);
        if (page.size() < pageSize) {
          break;
        }
        long last = page.get(page.size() - 1).sequence();
        if (last == Long.MAX_VALUE) {
          break;
        }
        from = last + 1;
      }
      ready.put(END);
    } catch (InterruptedException e) {
      // closed: nobody waits for the rest
    } catch (Throwable t) {
      try {
        ready.put(new Failure(t));
      } catch (InterruptedException e) {
        // closed
      }
    }
  }

  /** A failure of the store, to be thrown on the verifier's thread. */
  private record Failure(Throwable cause) {}
}
