package io.github.vnsearch.elasticsearch;

import java.text.Normalizer;
import java.util.List;

/** Vietnamese text written for these tests, analyzed through Elasticsearch and directly. */
final class VietnameseTexts {

  private VietnameseTexts() {}

  /** News-style sentences: names, numbers, a percentage, punctuation. */
  static final String NEWS =
      "Sáng thứ Hai, Bộ Y tế họp báo tại Đà Nẵng về chương trình tiêm chủng mở rộng cho trẻ em"
          + " vùng cao. Giá cà phê xuất khẩu tăng 12,5% so với cùng kỳ; nông dân Tây Nguyên phấn"
          + " khởi vì được mùa.";

  /** Old-style tone placement, decomposed (NFD): normalization changes offsets. */
  static final String OLD_STYLE =
      Normalizer.normalize(
          "Hoà giải xong, ông Thuý về quê dưỡng sức khoẻ ở Quảng Ngãi.", Normalizer.Form.NFD);

  /** "điện gió" (wind power) is not in the system dictionary: user words add it. */
  static final String WIND_POWER = "Nhà máy điện gió ở Bạc Liêu phát điện từ năm 2019.";

  static final List<String> ALL = List.of(NEWS, OLD_STYLE, WIND_POWER);
}
