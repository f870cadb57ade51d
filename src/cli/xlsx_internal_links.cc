#include "cli/xlsx_internal_links.h"

#include "cli/markup_escape.h"

namespace evalscore::cli {
namespace {

// libxlsxwriter's longest attribute (LXW_MAX_ATTRIBUTE_LENGTH less its NUL):
// it cut a longer display text there, byte-wise; here at a character boundary.
constexpr size_t kMaxDisplayBytes = 2079;

std::string CutAtCharacter(const std::string& text, size_t bytes) {
  if (text.size() <= bytes) return text;
  size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

void InternalLinks::Add(uint32_t row, uint16_t col, const std::string& sheet,
                        const std::string& shown) {
  records_.Add("<hyperlink ref=\"" + CellName(row, col) + "\" location=\"" +
               XmlEscape("'" + sheet + "'!A1") + "\" display=\"" +
               XmlEscape(CutAtCharacter(shown, kMaxDisplayBytes)) + "\"/>");
}

bool InternalLinks::Write(const std::function<bool(std::string_view)>& each) {
  if (records_.size() == 0) return true;
  bool written = each("<hyperlinks>");
  const bool read =
      records_.ForEach([&](uint64_t, std::string_view link) { written = written && each(link); });
  return read && written && each("</hyperlinks>");
}

}  // namespace evalscore::cli
