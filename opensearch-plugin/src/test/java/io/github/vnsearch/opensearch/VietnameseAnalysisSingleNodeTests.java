package io.github.vnsearch.opensearch;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/** The plugin on one in-process node: {@code _analyze}, mapping, highlighting, aggregations. */
public class VietnameseAnalysisSingleNodeTests extends OpenSearchSingleNodeTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(VietnameseAnalysisPlugin.class);
  }

  public void testFoldingFilterMatchesAnalysisVi() throws Exception {
    String text = "Đàm phán thượng đỉnh ở Hà Nội kết thúc sớm";
    AnalyzeAction.Response response =
        client()
            .admin()
            .indices()
            .prepareAnalyze(text)
            .setTokenizer("standard")
            .addTokenFilter("vi_folding")
            .get();
    Analyzer direct =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(
                tokenizer, new VietnameseFoldingFilter(tokenizer, false));
          }
        };
    assertEquals(TokenLists.of(direct, text), TokenLists.of(response));
    assertEquals("Dam", response.getTokens().get(0).getTerm());
  }
}
