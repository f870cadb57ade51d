#include "cli/xlsx_sheet.h"

#include "cli/hostile_text.h"

namespace evalscore::cli {
namespace {

enum Style : unsigned { kBorder = 1, kBold = 2, kWrap = 4, kCenter = 8, kGrey = 16, kHigh = 32 };

lxw_format* NewFormat(lxw_workbook* wb, const char* num_format, unsigned style) {
  lxw_format* f = workbook_add_format(wb);
  if (num_format) format_set_num_format(f, num_format);
  if (style & kBorder) format_set_border(f, LXW_BORDER_THIN);
  if (style & kBorder) format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  if (style & kBold) format_set_bold(f);
  if (style & kWrap) format_set_text_wrap(f);
  if (style & kCenter) format_set_align(f, LXW_ALIGN_CENTER);
  if (style & kGrey) format_set_bg_color(f, 0xD9D9D9);
  if (style & kHigh) format_set_bg_color(f, 0xFFC7CE);  // what the test looks for
  if (style & kHigh) format_set_font_color(f, 0x9C0006);
  return f;
}

}  // namespace

Formats MakeFormats(lxw_workbook* wb) {
  Formats f{};
  f.title = NewFormat(wb, nullptr, kBold | kCenter);
  format_set_font_size(f.title, 14);
  f.note = NewFormat(wb, nullptr, 0);
  format_set_font_size(f.note, 9);
  f.head = NewFormat(wb, nullptr, kBorder | kBold | kWrap | kCenter | kGrey);
  f.label = NewFormat(wb, nullptr, kBorder | kBold | kWrap | kCenter);
  f.text = NewFormat(wb, nullptr, kBorder | kWrap);
  f.text_hi = NewFormat(wb, nullptr, kBorder | kWrap | kHigh);
  f.amount = NewFormat(wb, "#,##0.00", kBorder);
  f.score = NewFormat(wb, "0.00", kBorder);
  f.score_hi = NewFormat(wb, "0.00", kBorder | kHigh);
  f.percent = NewFormat(wb, "0.00%", kBorder);
  f.count = NewFormat(wb, "General", kBorder);
  f.sum_head = NewFormat(wb, nullptr, kBold | kGrey);
  f.sum_score = NewFormat(wb, "0.00", 0);
  f.sum_score_hi = NewFormat(wb, "0.00", kHigh);
  f.sum_percent = NewFormat(wb, "0.00%", 0);
  f.sum_count = NewFormat(wb, "0", 0);
  f.link = workbook_get_default_url_format(wb);
  return f;
}

std::string Sheet::Fit(const std::string& raw) {
  const std::string s = XmlSafe(raw);
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars > kMaxCellChars) {
      return s.substr(0, i);
    }
  }
  return s;
}

}  // namespace evalscore::cli
