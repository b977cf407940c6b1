package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The system dictionary: about 40,000 Vietnamese words with costs ({@code 7 × −ln p(word)},
 * estimated from news text). Read once per JVM, on first use, from the classpath resource {@value
 * #RESOURCE} and shared, read-only, by every tokenizer.
 */
public final class TokenInfoDictionary extends WordDictionary {

  /** Name of the classpath resource, beside this class. */
  public static final String RESOURCE = "TokenInfoDictionary.dat";

  private final long loadNanos;
  private final long checksum;

  private TokenInfoDictionary(Parts parts, long checksum, long loadNanos) {
    super(parts);
    this.checksum = checksum;
    this.loadNanos = loadNanos;
  }

  /** Returns the shared instance, loading it on first use. */
  public static TokenInfoDictionary getInstance() {
    return Holder.INSTANCE;
  }

  /**
   * The CRC-32 checksum of the resource, as eight hex digits: it identifies the dictionary, so an
   * index can record which one analyzed it.
   */
  public String checksum() {
    return String.format(java.util.Locale.ROOT, "%08x", checksum);
  }

  /** Time it took to read the resource, in nanoseconds. */
  public long loadNanos() {
    return loadNanos;
  }

  private static final class Holder {
    static final TokenInfoDictionary INSTANCE = load();

    private static TokenInfoDictionary load() {
      long start = System.nanoTime();
      try (InputStream in = TokenInfoDictionary.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "missing classpath resource " + RESOURCE + " beside " + TokenInfoDictionary.class);
        }
        FstIO.Read read = FstIO.read(in);
        return new TokenInfoDictionary(read.parts(), read.checksum(), System.nanoTime() - start);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read dictionary resource " + RESOURCE, e);
      }
    }
  }
}
