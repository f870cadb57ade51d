#include "cli/xlsx_form_sheet.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "cli/display_width.h"
#include "cli/form_cells.h"
#include "cli/form_headings.h"
#include "cli/hostile_text.h"
#include "cli/render.h"

namespace evalscore::cli {
namespace {

constexpr lxw_col_t kLastCol = 8;  // the form spans columns A..I

// About how many lines `s` takes wrapped in `width` column units.
double Lines(const std::string& s, double width) {
  return std::ceil(static_cast<double>(DisplayWidth(s)) * 1.1 / width);
}

}  // namespace

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

namespace {

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

}  // namespace

void WriteFormSheet(Sheet& sheet, const Formats& f, const FileReport& r) {
  FormWriter(sheet, f, r).Write();
}

}  // namespace evalscore::cli
