package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Categories come from JSON Lines input: counted as a facet and usable as a filter. */
class CategoryFacetTest {

  @TempDir Path tmp;

  @Test
  void categoriesAreCountedAndFiltered() throws IOException {
    Path jsonl = tmp.resolve("tin.jsonl");
    Files.writeString(
        jsonl,
        String.join(
            "\n",
            "{\"id\": \"t1\", \"title\": \"Bão số 3 đổ bộ Quảng Ninh\", \"date\": \"2024-09-07\","
                + " \"category\": \"Thời sự\", \"body\": \"Bão số 3 đổ bộ Quảng Ninh với sức gió"
                + " rất mạnh, nhiều cây xanh bị gãy đổ.\"}",
            "{\"id\": \"t2\", \"title\": \"Hà Nội khắc phục hậu quả bão\", \"date\":"
                + " \"2024-09-09\", \"category\": \"Thời sự\", \"body\": \"Sau bão, Hà Nội huy"
                + " động lực lượng dọn dẹp cây đổ trên các tuyến phố.\"}",
            "{\"id\": \"k1\", \"title\": \"Bão giá vật liệu xây dựng\", \"date\": \"2024-10-01\","
                + " \"category\": \"Kinh doanh\", \"body\": \"Giá thép và xi măng tăng mạnh, các"
                + " nhà thầu gọi đây là cơn bão giá.\"}",
            ""),
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", jsonl.toString(), "--index", index.toString()).code());

    ObjectMapper json = new ObjectMapper();
    Cli.Result all = Cli.run("search", "bão", "--index", index.toString(), "--json");
    assertEquals(0, all.code(), all::toString);
    Map<String, Long> categories = new HashMap<>();
    for (JsonNode bucket : json.readTree(all.out()).get("facets").get("category")) {
      categories.put(bucket.get("label").asText(), bucket.get("count").asLong());
    }
    assertEquals(Map.of("Thời sự", 2L, "Kinh doanh", 1L), categories, all::toString);

    Cli.Result news =
        Cli.run("search", "bão", "--category", "Thời sự", "--index", index.toString(), "--json");
    JsonNode result = json.readTree(news.out());
    assertEquals(2, result.get("total").asLong(), news::toString);
    for (JsonNode hit : result.get("hits")) {
      assertTrue(hit.get("id").asText().startsWith("t"), news::toString);
      assertEquals("Thời sự", hit.get("category").asText(), news::toString);
    }

    Cli.Result text = Cli.run("search", "bão", "--index", index.toString());
    assertTrue(text.out().contains("By category\n"), text::toString);
    assertTrue(text.out().contains("Thời sự     2"), text::toString);
  }
}
