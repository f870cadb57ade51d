#include "cli/sheet_xml_writer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

#include "evalscore/location.h"

namespace evalscore::cli {
namespace {

constexpr double kDefaultHeight = 15;

// %.16G, as libxlsxwriter writes numbers and heights.
std::string G16(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.16G", x);
  return buffer;
}

// Whether s[i..] reads as an escape "_xHHHH_" (ECMA-376 ST_Xstring).
bool LooksLikeEscape(std::string_view s, size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i + 2),
                     s.begin() + static_cast<std::ptrdiff_t>(i + 6),
                     [](char h) { return std::isxdigit(static_cast<unsigned char>(h)) != 0; });
}

}  // namespace

std::string CellName(uint32_t row, uint16_t col) {
  return ColumnLetters(static_cast<int>(col) + 1) + std::to_string(row + 1u);
}

std::string ProtectEscapeLikeText(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && LooksLikeEscape(text, i)) out += "_x005F";
    out += text[i];
  }
  return out;
}

namespace {

// Cell text: &, < and > escaped, control characters other than tab and line
// feed as _xHHHH_ (what libxlsxwriter's constant_memory mode writes), and a
// "_" that would start such an escape as _x005F_, so that Excel (and our own
// reader) reads back the text as written.
void AppendText(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '_' && LooksLikeEscape(s, i)) {
      out += "_x005F_";
    } else if (ch == '&') {
      out += "&amp;";
    } else if (ch == '<') {
      out += "&lt;";
    } else if (ch == '>') {
      out += "&gt;";
    } else if (byte < 0x20 && ch != '\t' && ch != '\n') {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "_x%04X_", byte);
      out += escaped;
    } else {
      out += ch;
    }
  }
}

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Excel's stored width of a column `width` characters wide (7-pixel digits,
// 5 pixels of padding, rounded to the pixel), as libxlsxwriter computes it.
double StoredWidth(double width) {
  constexpr double digit = 7, padding = 5;
  const double pixels = width < 1 ? static_cast<int>(width * (digit + padding) + 0.5)
                                  : static_cast<int>(width * digit + 0.5) + padding;
  return static_cast<int>(pixels / digit * 256.0) / 256.0;
}

}  // namespace

void SheetXmlWriter::Put(Row r, Col c, Cell cell) {
  cells_.insert_or_assign({r, c}, std::move(cell));
}

void SheetXmlWriter::Text(Row r, Col c, std::string text, int32_t xf) {
  if (text.empty()) return Blank(r, c, xf);  // as worksheet_write_string
  Put(r, c, Cell{Cell::Kind::kText, xf, 0, std::move(text)});
}

void SheetXmlWriter::Number(Row r, Col c, double x, int32_t xf) {
  Put(r, c, Cell{Cell::Kind::kNumber, xf, x, {}});
}

void SheetXmlWriter::Blank(Row r, Col c, int32_t xf) {
  if (xf < 0) return;  // no format: nothing to keep (a blank cell is its format)
  Put(r, c, Cell{Cell::Kind::kBlank, xf, 0, {}});
}

void SheetXmlWriter::Height(Row r, double height) { heights_[r] = height; }
void SheetXmlWriter::Column(Col c, double width) { widths_[c] = width; }
void SheetXmlWriter::Merge(Row r1, Col c1, Row r2, Col c2) { merges_.push_back({r1, r2, c1, c2}); }

// "A1:I34": from the first to the last row and column written ("A1" when empty).
std::string SheetXmlWriter::Dimension() const {
  if (cells_.empty() && heights_.empty()) return "A1";
  Row r1 = UINT32_MAX, r2 = 0;
  Col c1 = UINT16_MAX, c2 = 0;
  for (const auto& [at, cell] : cells_) {
    r1 = std::min(r1, at.first), r2 = std::max(r2, at.first);
    c1 = std::min(c1, at.second), c2 = std::max(c2, at.second);
  }
  for (const auto& [r, height] : heights_) r1 = std::min(r1, r), r2 = std::max(r2, r);
  if (c1 == UINT16_MAX) c1 = c2 = 0;
  const std::string first = CellName(r1, c1), last = CellName(r2, c2);
  return first == last ? first : first + ":" + last;
}

void SheetXmlWriter::AppendRows(std::string& out) const {
  auto cell = cells_.begin();
  auto height = heights_.begin();
  while (cell != cells_.end() || height != heights_.end()) {
    const Row r =
        height == heights_.end() || (cell != cells_.end() && cell->first.first < height->first)
            ? cell->first.first
            : height->first;
    out += "<row r=\"" + std::to_string(r + 1u) + "\"";
    if (height != heights_.end() && height->first == r) {
      if (height->second != kDefaultHeight)
        out += " ht=\"" + G16(height->second) + "\" customHeight=\"1\"";
      ++height;
    }
    if (cell == cells_.end() || cell->first.first != r) {
      out += "/>";
      continue;
    }
    out += ">";
    for (; cell != cells_.end() && cell->first.first == r; ++cell) {
      const Cell& c = cell->second;
      out += "<c r=\"" + CellName(r, cell->first.second) + "\"";
      if (c.xf > 0) out += " s=\"" + std::to_string(c.xf) + "\"";
      if (c.kind == Cell::Kind::kBlank) {
        out += "/>";
      } else if (c.kind == Cell::Kind::kNumber) {
        out += "><v>" + G16(c.number) + "</v></c>";
      } else {
        const bool keep_space =
            !c.text.empty() && (IsSpace(c.text.front()) || IsSpace(c.text.back()));
        out += keep_space ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                          : " t=\"inlineStr\"><is><t>";
        AppendText(out, c.text);
        out += "</t></is></c>";
      }
    }
    out += "</row>";
  }
}

std::string SheetXmlWriter::Xml() const {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
  if (landscape_a4_) out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";
  out += "<dimension ref=\"" + Dimension() + "\"/>";
  out += "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>";
  out += "<sheetFormatPr defaultRowHeight=\"15\"/>";
  if (!widths_.empty()) {
    out += "<cols>";
    for (const auto& [c, width] : widths_) {
      const std::string n = std::to_string(c + 1u);
      out += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + G16(StoredWidth(width)) +
             "\" customWidth=\"1\"/>";
    }
    out += "</cols>";
  }
  out += "<sheetData>";
  AppendRows(out);
  out += "</sheetData>";
  if (!merges_.empty()) {
    out += "<mergeCells count=\"" + std::to_string(merges_.size()) + "\">";
    std::vector<Range> merges = merges_;  // by first row, then in the order merged
    std::stable_sort(merges.begin(), merges.end(),
                     [](const Range& a, const Range& b) { return a.r1 < b.r1; });
    for (const Range& m : merges) {
      out += "<mergeCell ref=\"" + CellName(m.r1, m.c1) + ":" + CellName(m.r2, m.c2) + "\"/>";
    }
    out += "</mergeCells>";
  }
  out +=
      "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
      "footer=\"0.3\"/>";
  if (landscape_a4_)
    out += "<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>";
  out += "</worksheet>";
  return out;
}

}  // namespace evalscore::cli
