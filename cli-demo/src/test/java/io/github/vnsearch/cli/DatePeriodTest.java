package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.search.SearchRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DatePeriodTest {

  private static DatePeriod date(String text) {
    return new DatePeriod.Converter().convert(text);
  }

  @Test
  void yearSpansTheWholeYear() {
    DatePeriod p = date("2025");
    assertEquals(LocalDate.of(2025, 1, 1), p.first());
    assertEquals(LocalDate.of(2025, 12, 31), p.last());
  }

  @Test
  void monthEndsOnItsLastDayIncludingLeapFebruary() {
    assertEquals(LocalDate.of(2024, 2, 29), date("2024-02").last());
    assertEquals(LocalDate.of(2025, 2, 28), date("2025-02").last());
    assertEquals(LocalDate.of(2025, 12, 1), date("2025-12").first());
  }

  @Test
  void dayIsItself() {
    DatePeriod p = date("2025-12-15");
    assertEquals(p.first(), p.last());
    assertEquals(LocalDate.of(2025, 12, 15), p.first());
  }

  @Test
  void badDatesNameTheAcceptedForms() {
    for (String bad : new String[] {"2025-13", "2025-02-30", "15/12/2025", "hôm qua", "25", ""}) {
      TypeConversionException e = assertThrows(TypeConversionException.class, () -> date(bad), bad);
      assertTrue(e.getMessage().contains(bad.isEmpty() ? "''" : bad), e.getMessage());
    }
    assertTrue(
        assertThrows(TypeConversionException.class, () -> date("2025/12"))
            .getMessage()
            .contains("2025-12-15"));
  }

  @Test
  void drillDownPathsAreNormalized() {
    DatePeriod.PathConverter c = new DatePeriod.PathConverter();
    assertEquals("2025", c.convert("2025"));
    assertEquals("2025/12", c.convert("2025/12"));
    assertEquals("2025/08", c.convert("2025-8"));
    assertEquals("2025/12/05", c.convert("2025/12/5"));
    assertEquals(SearchRequest.NO_DATE, c.convert("none"));
    assertThrows(TypeConversionException.class, () -> c.convert("2025/13"));
    assertThrows(TypeConversionException.class, () -> c.convert("tháng 12"));
  }
}
