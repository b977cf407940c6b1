package io.github.vnsearch.core.suggest;

import io.github.vnsearch.core.index.ArticleSchema;
import io.github.vnsearch.core.index.LeadText;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.IOUtils;

/**
 * The completion table of one index view ({@link ViewKey}), kept beside the index in its directory
 * as {@code vnsearch-suggest-KEY.fst} (a name Lucene leaves alone), so that opening suggestions for
 * an unchanged index reads one file instead of counting every article again. The file is
 * checksummed and stamped with the analysis settings; a file that does not match is ignored and
 * rebuilt.
 */
final class StoredTable {

  static final String PREFIX = "vnsearch-suggest-";
  static final String SUFFIX = ".fst";
  private static final String CODEC = "VnsearchSuggest";
  private static final int FORMAT = 3;

  private StoredTable() {}

  static String fileName(long key) {
    return PREFIX + Long.toUnsignedString(key, Character.MAX_RADIX) + SUFFIX;
  }

  /** The stored table of the view {@code key}, or {@code null} when none (or a stale one). */
  static CompletionTable read(Directory dir, long key) throws IOException {
    String name = fileName(key);
    try (ChecksumIndexInput in = dir.openChecksumInput(name)) {
      CodecUtil.checkHeader(in, CODEC, FORMAT, FORMAT);
      if (!in.readString().equals(stamp())) {
        return null;
      }
      CompletionTable table = CompletionTable.read(in);
      CodecUtil.checkFooter(in);
      return table;
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      return null;
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      return null;
    }
  }

  /**
   * Stores {@code table} as that of the view {@code key} and deletes the tables of other views.
   * Best effort: a directory that cannot be written (a read-only copy) keeps no table.
   */
  static void write(Directory dir, long key, CompletionTable table) {
    String name = fileName(key);
    IndexOutput out = null;
    try {
      out = dir.createTempOutput(PREFIX + "tmp", "", IOContext.DEFAULT);
      CodecUtil.writeHeader(out, CODEC, FORMAT);
      out.writeString(stamp());
      table.write(out);
      CodecUtil.writeFooter(out);
      out.close();
      dir.sync(java.util.List.of(out.getName()));
      dir.rename(out.getName(), name);
      dir.syncMetaData();
      out = null;
      for (String file : dir.listAll()) {
        if (file.startsWith(PREFIX) && !file.equals(name)) {
          dir.deleteFile(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (out != null) {
        IOUtils.closeWhileHandlingException(out);
        IOUtils.deleteFilesIgnoringExceptions(dir, out.getName());
      }
    }
  }

  /** What a table depends on besides the articles: the analysis of the index. */
  private static String stamp() {
    return ArticleSchema.VERSION
        + "|"
        + ArticleSchema.analyzerSettings()
        + "|"
        + LeadText.LEAD_CHARS
        + "|"
        + CompletionCounts.MAX_PHRASE_WORDS;
  }
}
