package io.github.vnsearch.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestArticle {

  private static final String BODY =
      "Hai bên nhất trí nối lại đàm phán hòa bình vào tháng tới tại Hà Nội.";

  @Test
  void builderSetsEveryField() {
    Article a =
        Article.builder("dt-2025-001", BODY)
            .title("Nối lại đàm phán hòa bình")
            .date(LocalDate.of(2025, 3, 2))
            .source("Dân trí")
            .url("https://dantri.com.vn/the-gioi/noi-lai-dam-phan.htm")
            .category("Thế giới")
            .build();
    assertEquals(
        new Article(
            "dt-2025-001",
            "Nối lại đàm phán hòa bình",
            LocalDate.of(2025, 3, 2),
            "Dân trí",
            "https://dantri.com.vn/the-gioi/noi-lai-dam-phan.htm",
            "Thế giới",
            BODY),
        a);
  }

  @Test
  void optionalFieldsDefaultToNullAndBlankOnesBecomeNull() {
    Article a = Article.builder("tin-1", BODY).title("  ").source(" Dân trí \n").build();
    assertNull(a.title());
    assertNull(a.date());
    assertEquals("Dân trí", a.source());
    assertNull(a.url());
    assertNull(a.category());
  }

  @Test
  void idAndBodyAreRequired() {
    assertThrows(NullPointerException.class, () -> Article.builder(null, BODY).build());
    assertThrows(NullPointerException.class, () -> Article.builder("tin-1", null).build());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> Article.builder("tin-1", " ").build());
    assertEquals("article body must not be blank: tin-1", blank.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Article.builder("", BODY).build());
  }
}
