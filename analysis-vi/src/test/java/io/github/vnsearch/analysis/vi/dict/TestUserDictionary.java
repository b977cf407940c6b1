package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestUserDictionary extends LuceneTestCase {

  public void testParsesWordsCostsAndComments() throws IOException {
    UserDictionary dictionary =
        UserDictionary.open(
            new StringReader(
                "# organisations\n"
                    + "Ngân hàng Nhà nước\n"
                    + "\n"
                    + "điện_toán đám mây 30   # a cost\n"
                    + "ngân hàng nhà nước 12\n"));
    assertEquals(2, dictionary.entries());
    // Listed twice: the lower cost (the default, 0) wins.
    assertEquals(0, TestTokenInfoDictionary.cost(dictionary, "ngân hàng nhà nước"));
    assertEquals(30, TestTokenInfoDictionary.cost(dictionary, "điện toán đám mây"));
    assertEquals(-1, TestTokenInfoDictionary.cost(dictionary, "đám mây"));
  }

  public void testEmptyDictionaryIsNull() throws IOException {
    assertNull(UserDictionary.open(new StringReader("# nothing here\n\n")));
  }

  public void testErrorsNameTheLine() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> UserDictionary.open(new StringReader("hà nội\nmạng xã hội 500\n")));
    assertTrue(e.getMessage(), e.getMessage().startsWith("user dictionary line 2: bad cost"));
    e =
        expectThrows(
            IllegalArgumentException.class,
            () -> UserDictionary.open(new StringReader("hà nội\n\nCOVID-19\n")));
    assertTrue(e.getMessage(), e.getMessage().startsWith("user dictionary line 3:"));
    e =
        expectThrows(
            IllegalArgumentException.class, () -> UserDictionary.open(new StringReader("12\n")));
    assertTrue(e.getMessage(), e.getMessage().contains("expected a word"));
  }
}
