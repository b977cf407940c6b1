package io.github.vnsearch.restore;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.tests.util.LuceneTestCase;

/** The bundled model matches its committed checksum and reads back consistently. */
public class TestRestorerModel extends LuceneTestCase {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RestorerModel.class.getResourceAsStream(name)) {
      assertNotNull("missing resource " + name, in);
      return in.readAllBytes();
    }
  }

  public void testResourceMatchesCommittedChecksum() throws Exception {
    byte[] model = resource(RestorerModel.RESOURCE);
    String expected =
        new String(resource(RestorerModel.RESOURCE + ".sha256"), StandardCharsets.US_ASCII).strip();
    assertEquals(
        "regenerate with restore/scripts/build-restorer-model.sh",
        expected,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model)));
  }

  public void testVocabularyIsGroupedByFoldedForm() throws IOException {
    RestorerModel model =
        RestorerModel.read(new ByteArrayInputStream(resource(RestorerModel.RESOURCE)));
    assertTrue(model.size > 10_000);
    assertTrue(model.bigramCount() > 100_000);
    assertTrue(model.trigramCount() > 100_000);
    assertEquals("<s>", model.syllable(RestorerModel.BOS));
    assertEquals("<unk>", model.syllable(RestorerModel.UNK));
    String previous = "";
    for (int id = 3; id < model.size; id++) {
      String fold = VietnameseFoldingFilter.fold(model.syllable(id));
      assertTrue(fold + " after " + previous, fold.compareTo(previous) >= 0);
      assertEquals(fold.length(), model.length(id));
      previous = fold;
    }
  }

  public void testProbabilitiesPreferCommonBigrams() throws IOException {
    RestorerModel model = RestorerModel.bundled();
    Lattice lattice = new Lattice(model);
    int dam = idOf(model, "đàm");
    int phan = idOf(model, "phán");
    int phan2 = idOf(model, "phản");
    assertTrue(model.logProb(dam, phan) > model.logProb(dam, phan2));
    assertTrue(model.logProb(dam, phan) <= 0f);
    assertNotNull(lattice);
  }

  public void testTrigramsSeeFurtherThanBigrams() {
    RestorerModel model = RestorerModel.bundled();
    int uy = idOf(model, "ủy");
    int ban = idOf(model, "ban");
    int nhan = idOf(model, "nhân");
    // After "ủy ban", "nhân" (dân) is far likelier than after "ban" alone.
    assertTrue(model.logProb(uy, ban, nhan) > model.logProb(ban, nhan) + 0.5f);
    assertTrue(model.logProb(uy, ban, nhan) <= 0f);
  }

  private static int idOf(RestorerModel model, String syllable) {
    for (int id = 3; id < model.size; id++) {
      if (model.syllable(id).equals(syllable)) {
        return id;
      }
    }
    throw new AssertionError("not in vocabulary: " + syllable);
  }

  public void testRejectsForeignData() {
    byte[] junk = "not a restorer model at all".getBytes(StandardCharsets.UTF_8);
    expectThrows(
        CorruptIndexException.class, () -> RestorerModel.read(new ByteArrayInputStream(junk)));
  }
}
