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
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/** Builds, writes and reads the word FSTs (key chars → cost) with a codec header and footer. */
final class FstIO {

  static final String CODEC = "vnsearch_vi_words";
  static final int VERSION = 1;

  private FstIO() {}

  /** Builds an FST from keys in {@link String#compareTo} order with their costs. */
  static FST<Long> build(List<String> sortedKeys, List<Integer> costs) throws IOException {
    PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
    FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, outputs).build();
    IntsRefBuilder scratch = new IntsRefBuilder();
    for (int i = 0; i < sortedKeys.size(); i++) {
      String key = sortedKeys.get(i);
      scratch.clear();
      for (int j = 0; j < key.length(); j++) {
        scratch.append(key.charAt(j));
      }
      compiler.add(scratch.get(), (long) costs.get(i));
    }
    FST.FSTMetadata<Long> metadata = compiler.compile();
    return metadata == null ? null : FST.fromFSTReader(metadata, compiler.getFSTReader());
  }

  static void write(FST<Long> fst, int entries, OutputStream stream) throws IOException {
    try (IndexOutput out = new OutputStreamIndexOutput("dictionary", "dictionary", stream, 8192)) {
      CodecUtil.writeHeader(out, CODEC, VERSION);
      out.writeVInt(entries);
      fst.save(out, out);
      CodecUtil.writeFooter(out);
    }
  }

  /** Reads what {@link #write} wrote, verifying header and checksum footer. */
  static Loaded read(InputStream stream) throws IOException {
    byte[] bytes = stream.readAllBytes();
    ByteBuffersDataInput data = new ByteBuffersDataInput(List.of(ByteBuffer.wrap(bytes)));
    try (ChecksumIndexInput in =
        new BufferedChecksumIndexInput(new ByteBuffersIndexInput(data, "dictionary"))) {
      CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
      int entries = in.readVInt();
      FST<Long> fst = new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
      CodecUtil.checkFooter(in);
      return new Loaded(fst, entries, bytes.length);
    }
  }

  record Loaded(FST<Long> fst, int entries, int bytes) {}
}
