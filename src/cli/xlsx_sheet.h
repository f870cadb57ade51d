// The cells of -f xlsx: the cell formats of the workbook and Sheet, which
// writes a sheet either through libxlsxwriter (summary, group) or as the XML
// of a form sheet (SheetXmlWriter).
#ifndef EVALSCORE_CLI_XLSX_SHEET_H_
#define EVALSCORE_CLI_XLSX_SHEET_H_

#include <cstdint>
#include <string>

#include <xlsxwriter.h>

#include "evalscore/project.h"

#include "cli/sheet_xml_writer.h"

namespace evalscore::cli {

inline constexpr double kLineHeight = 15;       // points: a row of one line (the default height)
inline constexpr size_t kMaxCellChars = 32767;  // Excel's limit for one cell

// Every cell style the workbook uses: form cells have borders, summary cells not.
struct Formats {
  lxw_format *title, *note, *head, *label, *text, *text_hi, *amount, *score, *score_hi, *percent;
  lxw_format *count, *sum_head, *sum_score, *sum_score_hi, *sum_percent, *sum_count;
  lxw_format* link;  // libxlsxwriter's hyperlink style (blue, underlined)
};

Formats MakeFormats(lxw_workbook* wb);

// A worksheet that remembers the first failed write in `*error`: one of
// libxlsxwriter's (the summary and group sheets), written through, or a form
// sheet made as XML (SheetXmlWriter, which takes the cells in any order: the
// form is written top to bottom with its merged 一级/二级 cells added after
// their rows), whose cells carry the xf index libxlsxwriter gives their format
// (lxw_format_get_xf_index marks the format used, so styles.xml has it).
class Sheet {
 public:
  Sheet(lxw_worksheet* ws, std::string* error) : ws_(ws), error_(*error) {}
  Sheet(SheetXmlWriter* xml, std::string* error) : xml_(xml), error_(*error) {}
  lxw_worksheet* get() const { return ws_; }

  void Text(lxw_row_t r, lxw_col_t c, const std::string& s, lxw_format* f) {
    if (xml_) return xml_->Text(r, c, Fit(s), Xf(f));
    Check(worksheet_write_string(ws_, r, c, ProtectEscapeLikeText(Fit(s)).c_str(), f));
  }
  void Num(lxw_row_t r, lxw_col_t c, double x, lxw_format* f) {
    if (xml_) return xml_->Number(r, c, x, Xf(f));
    Check(worksheet_write_number(ws_, r, c, x, f));
  }
  // `x` × `scale` as a number, or a blank cell (keeping the border) when absent.
  void NumOr(lxw_row_t r, lxw_col_t c, const OptNumber& x, lxw_format* f, double scale = 1) {
    if (x) return Num(r, c, x->value * scale, f);
    Blank(r, c, c, f);
  }
  void Blank(lxw_row_t r, lxw_col_t first, lxw_col_t last, lxw_format* f) {
    for (lxw_col_t c = first; c <= last; ++c) {
      xml_ ? xml_->Blank(r, c, Xf(f)) : Check(worksheet_write_blank(ws_, r, c, f));
    }
  }
  // Merges the range and writes `s` into it; a single cell is just written.
  void Merge(lxw_row_t r1, lxw_col_t c1, lxw_row_t r2, lxw_col_t c2, const std::string& s,
             lxw_format* f) {
    if (r1 == r2 && c1 == c2) return Text(r1, c1, s, f);
    if (!xml_) {
      const std::string text = ProtectEscapeLikeText(Fit(s));
      return Check(worksheet_merge_range(ws_, r1, c1, r2, c2, text.c_str(), f));
    }
    // What worksheet_merge_range does: the range, its first cell, then a
    // formatted blank in every other cell.
    xml_->Merge(r1, c1, r2, c2);
    Text(r1, c1, s, f);
    for (lxw_row_t r = r1; r <= r2; ++r) Blank(r, r == r1 ? c1 + 1 : c1, c2, f);
  }
  // Tall enough for `lines` lines of text (merged cells never autofit).
  void FitRow(lxw_row_t r, double lines) {
    if (lines > 1) Height(r, kLineHeight * lines);
  }
  void Height(lxw_row_t r, double height) {
    xml_ ? xml_->Height(r, height) : Check(worksheet_set_row(ws_, r, height, nullptr));
  }
  void Column(lxw_col_t c, double width) {
    xml_ ? xml_->Column(c, width) : Check(worksheet_set_column(ws_, c, c, width, nullptr));
  }
  // Printed landscape on A4, one page wide.
  void PrintSetup() {
    if (xml_) return xml_->PrintLandscapeA4OnePageWide();
    worksheet_set_landscape(ws_);
    worksheet_set_paper(ws_, 9);  // A4
    worksheet_fit_to_pages(ws_, 1, 0);
  }
  void Check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_.empty()) error_ = std::string("xlsx: ") + lxw_strerror(e);
  }

  // Excel's cell limit is 32767 characters: cut longer text at a character
  // boundary. What XML 1.0 forbids (a vertical tab from Word...) is replaced.
  static std::string Fit(const std::string& raw);

 private:
  static int32_t Xf(lxw_format* f) { return f ? lxw_format_get_xf_index(f) : -1; }

  lxw_worksheet* ws_ = nullptr;
  SheetXmlWriter* xml_ = nullptr;
  std::string& error_;
};

inline std::string Opt(const OptText& t) { return t ? t->value : ""; }

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_XLSX_SHEET_H_
