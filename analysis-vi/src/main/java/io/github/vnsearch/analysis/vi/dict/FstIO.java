package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.BufferedChecksumIndexInput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersIndexInput;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.OutputStreamIndexOutput;

/** Writes and reads a {@link WordDictionary} resource with a codec header and checksum footer. */
final class FstIO {

  static final String CODEC = "vnsearch_vi_words";
  static final int VERSION = 1;

  private FstIO() {}

  static void write(WordDictionary.Parts parts, OutputStream stream) throws IOException {
    try (IndexOutput out = new OutputStreamIndexOutput("dictionary", "dictionary", stream, 8192)) {
      CodecUtil.writeHeader(out, CODEC, VERSION);
      WordDictionary.write(parts, out);
      CodecUtil.writeFooter(out);
    }
  }

  /** A dictionary read by {@link #read}, with the CRC-32 checksum its footer records. */
  record Read(WordDictionary.Parts parts, long checksum) {}

  /** Reads what {@link #write} wrote, verifying header and checksum footer. */
  static Read read(InputStream stream) throws IOException {
    byte[] bytes = stream.readAllBytes();
    ByteBuffersDataInput data = new ByteBuffersDataInput(List.of(ByteBuffer.wrap(bytes)));
    try (ChecksumIndexInput in =
        new BufferedChecksumIndexInput(new ByteBuffersIndexInput(data, "dictionary"))) {
      CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
      WordDictionary.Parts parts = WordDictionary.read(in);
      return new Read(parts, CodecUtil.checkFooter(in));
    }
  }
}
