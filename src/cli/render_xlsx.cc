// -f xlsx: the 自评表 as a workbook. A summary sheet (the CSV columns, one row
// per input) comes first, then one sheet per scored project laid out like the
// official form, with the recomputed scores beside the reported ones.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "cli/batch_summary.h"
#include "cli/dashboard_data.h"
#include "cli/dashboard_xlsx.h"
#include "cli/display_width.h"
#include "cli/documents.h"
#include "cli/form_cells.h"
#include "cli/form_headings.h"
#include "cli/group_table.h"
#include "cli/hostile_text.h"
#include "cli/private_temp_dir.h"
#include "cli/sheet_xml_writer.h"
#include "cli/spooled_names.h"
#include "cli/xlsx_package_merge.h"
#include "cli/zip_stream_writer.h"

namespace evalscore::cli {
namespace {

constexpr lxw_col_t kLastCol = 8;  // the form spans columns A..I
constexpr double kLineHeight = 15;
constexpr size_t kMaxCellChars = 32767;  // Excel's limit for one cell
constexpr size_t kSummaryRows = 65530;   // Excel's limit of links in one worksheet

struct Formats {
  lxw_format *title, *note, *head, *label, *text, *text_hi, *amount, *score, *score_hi, *percent;
  lxw_format *count, *sum_head, *sum_score, *sum_score_hi, *sum_percent, *sum_count;
};

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

// Every cell style the workbook uses: form cells have borders, summary cells not.
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
  return f;
}

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
    Check(worksheet_write_string(ws_, r, c, Fit(s).c_str(), f));
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
    if (!xml_) return Check(worksheet_merge_range(ws_, r1, c1, r2, c2, Fit(s).c_str(), f));
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
  static std::string Fit(const std::string& raw) {
    const std::string s = XmlSafe(raw);
    size_t chars = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars > kMaxCellChars) {
        return s.substr(0, i);
      }
    }
    return s;
  }

 private:
  static int32_t Xf(lxw_format* f) { return f ? lxw_format_get_xf_index(f) : -1; }

  lxw_worksheet* ws_ = nullptr;
  SheetXmlWriter* xml_ = nullptr;
  std::string& error_;
};

std::string Opt(const OptText& t) { return t ? t->value : ""; }

// About how many lines `s` takes wrapped in `width` column units.
double Lines(const std::string& s, double width) {
  return std::ceil(static_cast<double>(DisplayWidth(s)) * 1.1 / width);
}

// "01 生存认证人脸识别技术系统费": the summary row number (zero-padded to
// `digits`, which makes names unique), then as much of `title` as fits in
// Excel's 31 characters, with the characters Excel forbids replaced by '_'.
std::string SheetName(size_t number, size_t digits, const std::string& raw_title) {
  const std::string title = XmlSafe(raw_title);
  std::string name = std::to_string(number);
  name.insert(0, digits > name.size() ? digits - name.size() : 0, '0');
  name += ' ';
  size_t chars = name.size();
  for (size_t i = 0; i < title.size(); ++i) {
    const auto byte = static_cast<unsigned char>(title[i]);
    const bool lead = (byte & 0xC0) != 0x80;
    if (lead && ++chars > 31) break;
    name += (std::strchr("[]:*?/\\'", title[i]) && byte < 0x80) || byte < 0x20 ? '_' : title[i];
  }
  while (name.back() == ' ') name.pop_back();
  return name;
}

// "{name}项目支出绩效自评表（2021年度）", without doubling a trailing 项目 or a
// title the name already carries.
std::string FormTitle(const Project& p) {
  std::string title = Opt(p.name);
  if (title.find("绩效自评表") == std::string::npos) {
    title += title.ends_with("项目") ? "支出绩效自评表" : "项目支出绩效自评表";
  }
  if (p.year) title += "（" + std::to_string(p.year->value) + "年度）";
  return title;
}

// Writes one scored project as the form, top to bottom; each step starts at
// row_ and leaves row_ on the first row after what it wrote.
class FormWriter {
 public:
  FormWriter(Sheet& sheet, const Formats& f, const FileReport& r) : s_(sheet), f_(f), r_(r) {}

  void Write() {
    Layout();
    Heading();
    FundsBlock();
    Goals();
    Indicators();
    Total();
    Findings();
  }

 private:
  void Layout() {
    const double widths[] = {16, 16, 26, 14, 14, 8, 9, 9, 34};
    for (lxw_col_t c = 0; c <= kLastCol; ++c) s_.Column(c, widths[c]);
    s_.PrintSetup();
  }

  // Title, source line, 项目名称, 主管部门 and 实施单位.
  void Heading() {
    const Project& p = r_.eval.project;
    s_.Merge(row_, 0, row_, kLastCol, FormTitle(p), f_.title);
    s_.Height(row_++, 24);
    s_.Merge(row_, 0, row_, kLastCol,
             "evalscore 复核 · 来源 " + r_.path + " · 评分规则 " + r_.ProfileLabel(), f_.note);
    ++row_;
    s_.Text(row_, 0, FieldLabel("project", "name"), f_.label);
    s_.Merge(row_, 1, row_, kLastCol, Opt(p.name), f_.text);
    ++row_;
    s_.Text(row_, 0, FieldLabel("project", "department"), f_.label);
    s_.Merge(row_, 1, row_, 3, Opt(p.department), f_.text);
    s_.Text(row_, 4, FieldLabel("project", "unit"), f_.label);
    s_.Merge(row_, 5, row_, kLastCol, Opt(p.unit), f_.text);
    ++row_;
  }

  // Recomputed score at `col`, the reported one beside it; both highlighted
  // when they differ.
  void ScorePair(lxw_col_t col, double recomputed, const OptNumber& reported) {
    const bool differs =
        reported && Differs(reported->value, recomputed, r_.eval.profile.score_tolerance);
    s_.Num(row_, col, recomputed, differs ? f_.score_hi : f_.score);
    s_.NumOr(row_, col + 1, reported, differs ? f_.score_hi : f_.score);
  }

  // Header, 年度资金总额 with the funds score, then the breakdown rows.
  void FundsBlock() {
    const auto& funds = r_.eval.project.funds;
    const std::string currency = funds ? funds->currency : "万元";
    // The form's columns, then the unit's own figures beside evalscore's.
    std::vector<std::string> heads = FundsHeadings(false);
    heads.push_back("填报" + FieldLabel("fundsRow", "reported_score"));
    heads.push_back("填报" + FieldLabel("fundsRow", "reported_rate"));
    s_.Text(row_, 0, FieldLabel("", "funds") + "（" + currency + "）", f_.head);
    for (lxw_col_t c = 1; c <= kLastCol; ++c) s_.Text(row_, c, heads[c - 1], f_.head);
    ++row_;
    if (!funds || !funds->total) {
      s_.Text(row_, 0, FundsRowLabel(FundsRowKind::kTotal), f_.text);
      s_.Merge(row_, 1, row_, kLastCol, "（未填报资金总额，无预算执行得分）", f_.text);
      ++row_;
      return;
    }
    FundsRow(FundsRowLabel(FundsRowKind::kTotal), *funds->total);
    FundsScore(*funds->total);
    ++row_;
    bool first = true;
    for (const auto& [kind, row] : funds->breakdown) {
      FundsRow(std::string(first ? "其中：" : "") + FundsRowText(kind, row.label), row);
      s_.Blank(row_, 4, kLastCol, f_.text);
      first = false;
      ++row_;
    }
  }

  void FundsRow(const std::string& label, const evalscore::FundsRow& row) {
    s_.Text(row_, 0, label, f_.text);
    s_.NumOr(row_, 1, row.initial, f_.amount);
    s_.NumOr(row_, 2, row.budget ? row.budget : row.adjusted, f_.amount);
    s_.NumOr(row_, 3, row.executed, f_.amount);
  }

  // 分值, 执行率, 得分 (recomputed) and what the unit printed, on the total row.
  void FundsScore(const evalscore::FundsRow& total) {
    const BudgetScore& b = r_.eval.funds;
    s_.Num(row_, 4, b.points, f_.count);
    const bool rate = b.status == BudgetStatus::kScored;
    rate ? s_.Num(row_, 5, b.rate_used, f_.percent) : s_.Blank(row_, 5, 5, f_.percent);
    if (b.form_unscored) {  // funds.scored: false: no 分值/得分 on this form
      s_.Blank(row_, 4, 4, f_.count);
      s_.Text(row_, 6, "（本表不计分）", f_.text);
      s_.NumOr(row_, 7, total.reported_score, f_.score);
    } else if (b.status == BudgetStatus::kNotApplicable) {
      s_.Text(row_, 6, "不适用", f_.text);
      s_.NumOr(row_, 7, total.reported_score, f_.score);
    } else {
      ScorePair(6, b.score, total.reported_score);
    }
    s_.NumOr(row_, 8, total.reported_rate, f_.percent, 0.01);  // printed in percent
  }

  // 年度总体目标: 预期目标 and 实际完成情况 side by side.
  void Goals() {
    const Project& p = r_.eval.project;
    s_.Merge(row_, 0, row_ + 1, 0, "年度总体目标", f_.label);
    s_.Merge(row_, 1, row_, 4, "预期目标", f_.head);
    s_.Merge(row_, 5, row_, kLastCol, "实际完成情况", f_.head);
    ++row_;
    s_.Merge(row_, 1, row_, 4, Opt(p.goal_planned), f_.text);
    s_.Merge(row_, 5, row_, kLastCol, Opt(p.goal_achieved), f_.text);
    s_.FitRow(row_, std::max(Lines(Opt(p.goal_planned), 70), Lines(Opt(p.goal_achieved), 60)));
    ++row_;
  }

  // The indicator table, with 一级 and 二级 cells merged over their rows.
  void Indicators() {
    const std::vector<std::string> heads = IndicatorHeadings(r_.reviewed.any);
    for (lxw_col_t c = 0; c <= kLastCol; ++c) s_.Text(row_, c, heads[c], f_.head);
    if (r_.reviewed.any) {  // the reviewer's columns, beside the form
      s_.Text(row_, kLastCol + 1, heads[kLastCol + 1], f_.head);
      s_.Text(row_, kLastCol + 2, heads[kLastCol + 2], f_.head);
      s_.Column(kLastCol + 1, 9);
      s_.Column(kLastCol + 2, 30);
    }
    ++row_;
    for (const CategoryEvaluation& cat : r_.eval.categories) {
      const lxw_row_t cat_first = row_;
      for (const GroupEvaluation& group : cat.groups) {
        const lxw_row_t group_first = row_;
        for (const RowEvaluation& row : group.rows) IndicatorRow(row);
        if (row_ == group_first) s_.Blank(row_++, 2, kLastCol, f_.text);  // an empty group
        s_.Merge(group_first, 1, row_ - 1, 1,
                 LevelLabel(group.form->name.value, group.form->weight), f_.label);
      }
      if (row_ == cat_first) s_.Blank(row_++, 1, kLastCol, f_.text);
      s_.Merge(cat_first, 0, row_ - 1, 0, CategoryLabel(cat), f_.label);
    }
  }

  // Columns C..I of one 三级 row: 得分 is blank for rows that are not scored.
  void IndicatorRow(const RowEvaluation& row) {
    const Indicator& ind = *row.form;
    const IndicatorScore& s = row.score;
    s_.Text(row_, 2, s.blank ? "（空行，不计分）" : ind.name.value, f_.text);
    s_.Text(row_, 3, Opt(ind.target), f_.text);
    s_.Text(row_, 4, Opt(ind.actual), f_.text);
    s_.NumOr(row_, 5, ind.points, f_.count);
    if (s.status == IndicatorStatus::kUnscored || s.status == IndicatorStatus::kNotApplicable) {
      s_.Text(row_, 6, s.status == IndicatorStatus::kUnscored ? "" : "不适用", f_.text);
      s_.NumOr(row_, 7, ind.score, f_.score);
    } else {
      lxw_format* hi = row.differs ? f_.score_hi : f_.score;
      s_.Num(row_, 6, s.score, hi);
      s_.NumOr(row_, 7, ind.score, hi);
    }
    s_.Text(row_, 8, Opt(ind.deviation), f_.text);
    if (r_.reviewed.any) {
      s_.NumOr(row_, kLastCol + 1, ind.review_score, f_.score);
      s_.Text(row_, kLastCol + 2, Opt(ind.review_comment), f_.text);
    }
    ++row_;
  }

  // 总分: maximum, recomputed and reported totals, and the grade.
  void Total() {
    const Project& p = r_.eval.project;
    s_.Merge(row_, 0, row_, 4, "总分", f_.label);
    s_.Num(row_, 5, r_.eval.totals.max_total, f_.count);
    ScorePair(6, r_.eval.totals.total, p.reported_total);
    std::string grade = "等级：" + r_.eval.totals.grade;
    const bool differs = p.reported_grade && p.reported_grade->value != r_.eval.totals.grade;
    if (differs) grade += "（填报：" + p.reported_grade->value + "）";
    s_.Text(row_, 8, grade, differs ? f_.text_hi : f_.text);
    if (r_.reviewed.any) {
      s_.Num(row_, kLastCol + 1, r_.reviewed.total, f_.score);
      s_.Text(row_, kLastCol + 2, "复核等级：" + r_.reviewed.grade, f_.text);
    }
    row_ += 2;
  }

  // One row per finding of the audit: severity, code, line, message.
  void Findings() {
    const char* heads[] = {"严重程度", "代码", "行"};
    for (lxw_col_t c = 0; c < 3; ++c) s_.Text(row_, c, heads[c], f_.head);
    s_.Merge(row_, 3, row_, kLastCol, "审核发现", f_.head);
    ++row_;
    if (r_.eval.diagnostics.empty()) s_.Merge(row_, 0, row_, kLastCol, "无审核发现", f_.text);
    for (const Diagnostic& d : r_.eval.diagnostics) {
      s_.Text(row_, 0, SeverityName(d.severity), f_.text);
      s_.Text(row_, 1, d.code, f_.text);
      if (d.where.in_cell()) {
        s_.Text(row_, 2, FormatLocation(d.where, r_.eval.project.source_parts), f_.text);
      } else {
        d.where.known() ? s_.Num(row_, 2, d.where.line, f_.count) : s_.Blank(row_, 2, 2, f_.count);
      }
      const std::string message = RenderMessage(d.message, Lang::kEn) + " [" + d.name + "]";
      s_.Merge(row_, 3, row_, kLastCol, message, f_.text);
      s_.FitRow(row_++, Lines(message, 88));
    }
  }

  Sheet& s_;
  const Formats& f_;
  const FileReport& r_;
  lxw_row_t row_ = 0;
};

// The CSV columns (render_csv.cc), in order. execution_rate is a fraction
// shown as a percentage; numbers are numbers.
const char* const kSummaryColumns[] = {
    "path",           "status",        "project",        "year",           "department",
    "unit",           "profile",       "execution_rate", "budget_score",   "indicator_score",
    "total",          "max_total",     "grade",          "reported_total", "reported_grade",
    "difference",     "errors",        "warnings",       "infos",          "message",
    "reviewed_total", "reviewed_grade"};
constexpr lxw_col_t kSummaryLast = 21;
constexpr lxw_col_t kSummaryMessage = 19;  // "message": empty on a scored row

// True when a text of `p` exceeds what one cell holds (Sheet::Fit cuts it).
bool HasOverlongText(const Project& p) {
  const auto too_long = [](const OptText& t) {
    return t && t->value.size() > kMaxCellChars && Sheet::Fit(t->value).size() < t->value.size();
  };
  if (too_long(p.name) || too_long(p.department) || too_long(p.unit) || too_long(p.goal_planned) ||
      too_long(p.goal_achieved)) {
    return true;
  }
  for (const IndicatorCategory& c : p.categories) {
    for (const IndicatorGroup& g : c.groups) {
      for (const Indicator& row : g.indicators) {
        if (too_long(OptText(row.name)) || too_long(row.target) || too_long(row.actual) ||
            too_long(row.deviation)) {
          return true;
        }
      }
    }
  }
  return false;
}

// One summary row for `r`; `sheet` names its form sheet (scored inputs).
void SummaryRow(Sheet& s, const Formats& f, lxw_row_t row, const FileReport& r,
                const std::string& sheet) {
  s.Text(row, 0, r.path, nullptr);
  if (r.status == FileStatus::kError) {
    s.Text(row, 1, "error", nullptr);
    if (r.errors.empty()) return;
    const Error& e = r.errors.front();
    std::string message = RenderMessage(e.message, Lang::kEn);
    if (e.where.known())
      message = FormatLocation(e.where, r.eval.project.source_parts) + ": " + message;
    return s.Text(row, kSummaryMessage, message, nullptr);
  }
  const Project& p = r.eval.project;
  const Totals& sc = r.eval.totals;
  const BudgetScore& funds = r.eval.funds;
  s.Text(row, 1, "scored", nullptr);
  const std::string link = "internal:'" + sheet + "'!A1";  // to the project's form sheet
  const std::string shown = Sheet::Fit(p.name ? p.name->value : sheet);
  s.Check(worksheet_write_url_opt(s.get(), row, 2, link.c_str(), nullptr, shown.c_str(), nullptr));
  if (p.year) s.Num(row, 3, p.year->value, f.sum_count);
  s.Text(row, 4, Opt(p.department), nullptr);
  s.Text(row, 5, Opt(p.unit), nullptr);
  s.Text(row, 6, r.ProfileLabel(), nullptr);
  if (funds.status == BudgetStatus::kScored) {
    s.Num(row, 7, RoundScore(funds.rate * 100, 2, RoundMode::kHalfUp) / 100, f.sum_percent);
  }
  if (funds.status != BudgetStatus::kMissing) s.Num(row, 8, funds.score, f.sum_score);
  s.Num(row, 9, sc.indicator_score, f.sum_score);
  s.Num(row, 10, sc.total, f.sum_score);
  s.Num(row, 11, sc.max_total, nullptr);
  s.Text(row, 12, sc.grade, nullptr);
  if (p.reported_total) {
    const double diff = p.reported_total->value - sc.total;
    s.Num(row, 13, p.reported_total->value, f.sum_score);
    s.Num(row, 15, diff,
          Differs(p.reported_total->value, sc.total, r.eval.profile.score_tolerance)
              ? f.sum_score_hi
              : f.sum_score);
  }
  s.Text(row, 14, Opt(p.reported_grade), nullptr);
  s.Num(row, 16, static_cast<double>(r.Count(Severity::kError)), f.sum_count);
  s.Num(row, 17, static_cast<double>(r.Count(Severity::kWarning)), f.sum_count);
  s.Num(row, 18, static_cast<double>(r.Count(Severity::kInfo)), f.sum_count);
  if (r.reviewed.any) {
    s.Num(row, 20, r.reviewed.total, f.sum_score);
    s.Text(row, 21, r.reviewed.grade, nullptr);
  }
  if (HasOverlongText(p)) {
    s.Text(row, kSummaryMessage,
           "text longer than Excel's 32,767-character cell limit was cut (see the other formats)",
           nullptr);
  }
}

// Conditional colours of the summary: over-statement red, under-statement
// blue, execution below `low_execution` amber, rows with errors red.
void SummaryColours(lxw_workbook* wb, Sheet& s, lxw_row_t last, double low_execution) {
  if (last == 0) return;
  const auto rule = [&](lxw_col_t col, uint8_t criteria, double value, lxw_color_t fill) {
    lxw_format* f = workbook_add_format(wb);
    format_set_bg_color(f, fill);
    lxw_conditional_format c{};
    c.type = LXW_CONDITIONAL_TYPE_CELL;
    c.criteria = criteria;
    c.value = value;
    c.format = f;
    s.Check(worksheet_conditional_format_range(s.get(), 1, col, last, col, &c));
  };
  rule(15, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, 0.01, 0xF4B6B0);  // difference > 0
  rule(15, LXW_CONDITIONAL_CRITERIA_LESS_THAN, -0.01, 0xBDD7EE);
  rule(7, LXW_CONDITIONAL_CRITERIA_LESS_THAN, low_execution, 0xFFE699);
  rule(16, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, 0, 0xF4B6B0);  // errors
  lxw_conditional_format bar{};
  bar.type = LXW_CONDITIONAL_DATA_BAR;
  s.Check(worksheet_conditional_format_range(s.get(), 1, 10, last, 10, &bar));  // total
}

time_t CreationTime() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch != nullptr && *epoch != '\0') {
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    if (*end == '\0' && seconds > 0) return static_cast<time_t>(seconds);
  }
  return 946684800;  // 2000-01-01T00:00:00Z
}

// Writes each report as it comes, in input order, and keeps none: its summary
// row goes to libxlsxwriter's summary sheet (constant_memory: the rows wait in
// a temporary file in a private directory) and, when scored, its form sheet is
// made as XML and written at once into the output zip, keeping only the
// sheet's name (in a file, SpooledNames). The dashboard and --group-by sheets
// come right after the first summary sheet but are filled in Finish() from a
// small record per form (DashboardBuilder, the batch summary). Finish() closes
// libxlsxwriter's workbook (in the private directory) and copies it into the
// output zip with the form sheets added (xlsx_package_merge.h).
class XlsxRenderer : public Renderer {
 public:
  XlsxRenderer(const RenderOptions& options, std::string path, std::string* error)
      : chinese_(options.style.lang == Lang::kZh || options.csv_chinese_headers),
        group_by_(options.group_by),
        summary_(options.summary),
        digits_(std::max<size_t>(2, std::to_string(options.expected_reports).size())),
        path_(std::move(path)),
        error_(*error) {
    Open();
  }
  // Finish() never ran or failed: the summary sheets' row files are closed
  // (lxw_workbook_free leaves them open); the caller drops the output file.
  ~XlsxRenderer() override {
    if (wb_ == nullptr) return;
    lxw_worksheet* ws = nullptr;
    LXW_FOREACH_WORKSHEET(ws, wb_) {
      if (ws->optimize_tmpfile != nullptr) std::fclose(ws->optimize_tmpfile);
      ws->optimize_tmpfile = nullptr;
      ws->file = nullptr;
    }
    lxw_workbook_free(wb_);
  }
  XlsxRenderer(const XlsxRenderer&) = delete;
  XlsxRenderer& operator=(const XlsxRenderer&) = delete;

  void Add(const FileReport& r) override {
    if (!Open()) return;
    const size_t i = added_++;
    if (i > 0 && i % kSummaryRows == 0) summaries_.push_back(AddSummary(summaries_.size() + 1));
    dashboard_.Add(r);
    const std::string title = r.eval.project.name ? r.eval.project.name->value : r.path;
    const std::string name = SheetName(i + 1, digits_, title);
    SummaryRow(summaries_.back(), *formats_, static_cast<lxw_row_t>(i % kSummaryRows + 1), r, name);
    if (r.status == FileStatus::kScored) WriteFormSheet(r, name);
  }

  // Fills the dashboard (and group) sheet, finishes the summary sheets and
  // writes the workbook to path_; any failure ends up in error_.
  void Finish() override {
    if (!Open()) return;
    double low_execution = 0;
    {  // the records go before the workbook is assembled
      const Dashboard dashboard = std::move(dashboard_).Build();
      WriteDashboardSheet(wb_, dashboard_sheet_, kDashboardName, dashboard, &write_error_);
      low_execution = dashboard.low_execution;
    }
    if (group_sheet_ != nullptr) WriteGroupSheet(*group_sheet_);
    for (size_t part = 0; part < summaries_.size(); ++part) {
      const size_t rows = std::min(kSummaryRows, added_ - part * kSummaryRows);
      FinishSummary(summaries_[part], rows, low_execution);
    }
    worksheet_activate(summaries_.front().get());
    if (write_error_.empty() && !names_->ok()) {
      write_error_ = "xlsx: writing the list of sheet names in " + temp_dir_->path() + " failed";
    }
    if (!write_error_.empty()) {  // a sheet may be incomplete: no file (the destructor frees)
      error_ = write_error_;
      return;
    }
    if (!CloseBook()) return;
    if (!MergeWorkbookInto(book_path_, base_sheets_, *names_, *zip_, &error_)) return;
    if (!zip_->Close()) error_ = zip_->error();
    zip_.reset();
    names_.reset();
    temp_dir_.reset();  // its files are gone; the directory goes too
  }

 private:
  static constexpr const char* kDashboardName = "概览 dashboard";

  // The form sheet of `r`, named `name`, into the output zip.
  void WriteFormSheet(const FileReport& r, const std::string& name) {
    SheetXmlWriter xml;
    Sheet sheet(&xml, &write_error_);
    FormWriter(sheet, *formats_, r).Write();
    names_->Add(name);
    const std::string part = WorksheetPart(base_sheets_ + names_->size());
    const bool written = zip_->Begin(part) && zip_->Write(xml.Xml()) && zip_->End();
    if (!written && write_error_.empty()) write_error_ = zip_->error();
  }

  // Writes libxlsxwriter's workbook to book_path_; false with error_ set.
  bool CloseBook() {
    temp_dir_->UnlinkOnSignal(book_path_);
    errno = 0;
    const lxw_error closed = workbook_close(wb_);
    wb_ = nullptr;
    if (closed == LXW_NO_ERROR) return true;
    error_ = "writing the xlsx workbook " + path_ + " failed: " + lxw_strerror(closed);
    if (errno != 0) error_ += std::string(" (") + std::strerror(errno) + ")";
    ::unlink(book_path_.c_str());
    return false;
  }

  // Creates the output zip, libxlsxwriter's workbook and its first sheets
  // (once, from the constructor); false (with error_ set) when it could not.
  bool Open() {
    if (wb_ != nullptr) return true;
    if (opened_) return false;
    opened_ = true;
    temp_dir_ = std::make_unique<PrivateTempDir>("evalscore-xlsx");
    if (!temp_dir_->ok()) {
      error_ = "cannot create a temporary directory for the xlsx workbook: " + temp_dir_->error();
      return false;
    }
    names_ = std::make_unique<SpooledNames>(temp_dir_->path());
    if (!names_->ok()) {
      error_ =
          "cannot create a temporary file in " + temp_dir_->path() + ": " + std::strerror(errno);
      return false;
    }
    zip_ = std::make_unique<ZipStreamWriter>(path_);
    if (!zip_->ok()) {
      error_ = zip_->error();
      return false;
    }
    book_path_ = temp_dir_->path() + "/book.xlsx";
    return OpenBook();
  }

  // libxlsxwriter's workbook with the summary, dashboard and group sheets.
  bool OpenBook() {
    std::string tmpdir = temp_dir_->path();  // copied by the library
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir.data();
    wb_ = workbook_new_opt(book_path_.c_str(), &options);
    if (!wb_) {
      error_ = "cannot create the xlsx workbook " + path_;
      return false;
    }
    // Reproducible bytes: the workbook's creation time is SOURCE_DATE_EPOCH when
    // set, else a fixed date (2000-01-01), never the clock.
    lxw_doc_properties properties{};
    properties.created = CreationTime();
    workbook_set_properties(wb_, &properties);
    formats_ = std::make_unique<Formats>(MakeFormats(wb_));
    // The mark a directory scan looks for, so this report is never read back as a form.
    workbook_set_custom_property_string(wb_, "evalscore", EVALSCORE_VERSION);
    summaries_.push_back(AddSummary(1));
    // The dashboard and group sheets are small, written out of row order, and
    // the dashboard's charts read their data back: in memory.
    wb_->options.constant_memory = LXW_FALSE;
    dashboard_sheet_ = workbook_add_worksheet(wb_, kDashboardName);
    if (group_by_ != GroupBy::kNone) {
      const std::string name = std::string("分组 ") + GroupByName(group_by_);
      group_sheet_ =
          std::make_unique<Sheet>(workbook_add_worksheet(wb_, name.c_str()), &write_error_);
    }
    base_sheets_ = wb_->num_worksheets;  // the form sheets are numbered after these
    return true;
  }

  // A summary sheet with its header row; `part` > 1 names a continuation
  // (Excel allows 65,530 links per sheet: every kSummaryRows projects start one).
  Sheet AddSummary(size_t part) {
    const std::string name =
        part == 1 ? std::string("汇总 summary") : "汇总 summary " + std::to_string(part);
    wb_->options.constant_memory = LXW_TRUE;  // its own temporary file, filled as reports come
    Sheet summary(workbook_add_worksheet(wb_, name.c_str()), &write_error_);
    wb_->options.constant_memory = LXW_FALSE;
    // The Chinese columns (--lang zh, --csv-headers zh) are the CSV's.
    const std::vector<std::string> zh = SummaryColumnsZh("");
    for (lxw_col_t c = 0; c <= kSummaryLast; ++c) {
      summary.Text(0, c, chinese_ ? zh[c] : kSummaryColumns[c], formats_->sum_head);
    }
    const double widths[] = {40, 8, 30, 6, 24, 24, 14};
    for (lxw_col_t c = 0; c < 7; ++c) {
      summary.Check(worksheet_set_column(summary.get(), c, c, widths[c], nullptr));
    }
    // Before any data row: in constant_memory mode rows already written are gone.
    summary.Check(worksheet_repeat_rows(summary.get(), 0, 0));
    return summary;
  }

  // Filters, frozen header, colours and print set-up of a summary sheet of `rows` rows.
  void FinishSummary(Sheet& summary, size_t rows, double low_execution) {
    const auto last = static_cast<lxw_row_t>(rows);
    summary.Check(worksheet_autofilter(summary.get(), 0, 0, last, kSummaryLast));
    worksheet_freeze_panes(summary.get(), 1, 0);
    SummaryColours(wb_, summary, last, low_execution);
    worksheet_set_landscape(summary.get());
    worksheet_set_paper(summary.get(), 9);  // A4
    worksheet_fit_to_pages(summary.get(), 1, 0);
  }

  // --group-by: the table per department, unit or year.
  void WriteGroupSheet(Sheet& sheet) {
    const auto cells = GroupTableCells(summary_->groups);
    for (size_t i = 0; i < cells.size(); ++i) {
      for (size_t c = 0; c < cells[i].size(); ++c) {
        const auto row = static_cast<lxw_row_t>(i);
        const auto col = static_cast<lxw_col_t>(c);
        const std::string& v = cells[i][c];
        const bool number = i > 0 && c != 0 && c != 4 && !v.empty() && v.back() != '%';
        if (number) {
          sheet.Num(row, col, std::stod(v), formats_->sum_score);
        } else {
          sheet.Text(row, col, v, i == 0 ? formats_->sum_head : nullptr);
        }
      }
    }
    sheet.Check(worksheet_set_column(sheet.get(), 0, 0, 30, nullptr));
    worksheet_freeze_panes(sheet.get(), 1, 0);
  }

  bool chinese_;
  GroupBy group_by_;
  const BatchSummary* summary_;  // the batch's --group-by tallies, among the rest
  DashboardBuilder dashboard_;
  size_t digits_;  // sheet numbers are zero-padded to the number of inputs
  std::string path_;
  std::string& error_;
  std::string write_error_;  // the first failed write
  std::unique_ptr<PrivateTempDir> temp_dir_;
  std::unique_ptr<SpooledNames> names_;   // the form sheets' names, in order
  std::unique_ptr<ZipStreamWriter> zip_;  // the output file
  std::string book_path_;                 // libxlsxwriter's workbook, in temp_dir_
  size_t base_sheets_ = 0;                // libxlsxwriter's sheets before the forms
  lxw_workbook* wb_ = nullptr;
  bool opened_ = false;
  std::unique_ptr<Formats> formats_;
  std::vector<Sheet> summaries_;
  lxw_worksheet* dashboard_sheet_ = nullptr;
  std::unique_ptr<Sheet> group_sheet_;
  size_t added_ = 0;
};

}  // namespace

std::unique_ptr<Renderer> MakeXlsxRenderer(const RenderOptions& options, const std::string& path,
                                           std::string* error) {
  return std::make_unique<XlsxRenderer>(options, path, error);
}

}  // namespace evalscore::cli
