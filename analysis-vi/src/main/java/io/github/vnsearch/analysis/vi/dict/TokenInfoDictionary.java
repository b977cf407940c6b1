package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.lucene.util.fst.FST;

/**
 * The system dictionary: Vietnamese words (keys spelled by {@link DictionaryKeys}) mapped to a
 * cost, {@code 100 × −ln p(word)} estimated from news text. It is an FST read once per JVM from the
 * classpath resource {@value #RESOURCE} and shared, read-only, by every tokenizer.
 */
public final class TokenInfoDictionary {

  /** Name of the classpath resource, beside this class. */
  public static final String RESOURCE = "TokenInfoDictionary.fst";

  private final FST<Long> fst;
  private final int entries;
  private final int resourceBytes;

  private TokenInfoDictionary(FstIO.Loaded loaded) {
    this.fst = loaded.fst();
    this.entries = loaded.entries();
    this.resourceBytes = loaded.bytes();
  }

  /** Returns the shared instance, loading it on first use. */
  public static TokenInfoDictionary getInstance() {
    return Holder.INSTANCE;
  }

  /** The word FST: key chars (UTF-16 code units) → cost. */
  public FST<Long> getFST() {
    return fst;
  }

  /** Number of words. */
  public int entries() {
    return entries;
  }

  /** Size of the compressed resource in bytes. */
  public int resourceBytes() {
    return resourceBytes;
  }

  /** Heap used by the FST in bytes. */
  public long ramBytesUsed() {
    return fst.ramBytesUsed();
  }

  private static final class Holder {
    static final TokenInfoDictionary INSTANCE = load();

    private static TokenInfoDictionary load() {
      try (InputStream in = TokenInfoDictionary.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        return new TokenInfoDictionary(FstIO.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read dictionary resource " + RESOURCE, e);
      }
    }
  }
}
