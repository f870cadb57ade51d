// The finance bureau's review of a batch (`evalscore review`): every figure of
// the one-page dashboard as ONE value, computed from the batch's reports. The
// HTML dashboard, the xlsx dashboard sheet, `review -f json` and the summary
// report (复核汇总报告) only print it, so they cannot disagree.
//
// Totals are compared on a 100-point scale (折合百分制: total ÷ the form's
// maximum × 100), so forms worth 110, 90 or 60 points rank fairly with 100-point
// forms. A form is incomplete when its points do not reach 100 (a truncated
// table) or its funds row lacks the budget or the executed amount; incomplete
// forms are marked and never ranked with complete ones.
#ifndef EVALSCORE_CLI_DASHBOARD_DATA_H_
#define EVALSCORE_CLI_DASHBOARD_DATA_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/dashboard_forms.h"
#include "cli/file_report.h"

namespace evalscore::cli {

// One input of the batch, reduced to what the dashboard shows.
struct DashboardForm {
  size_t number = 0;  // 1-based position in the batch (input order): the anchor #form-N
  std::string path;
  std::string name;        // 项目名称 ("" when the file could not be scored)
  std::string department;  // 主管部门 ("" when not written)
  std::string unit;        // 实施单位
  bool scored = false;
  Message error;  // the first input error (not scored)
  bool incomplete = false;
  std::string incomplete_why;  // "分值合计 90，不足 100" / "资金栏缺预算数或执行数"
  double max_total = 0;
  double total = 0;      // recomputed, in points
  double total_pct = 0;  // recomputed, 折合百分制
  // The unit's own total: the printed 总分, else the sum of its printed row and
  // funds scores (self_score_from_rows), else none.
  std::optional<double> self_score;
  bool self_score_from_rows = false;
  std::optional<double> self_pct;  // 折合百分制
  std::optional<double> over;      // self_score − total, in points
  std::optional<double> over_pct;  // self_pct − total_pct
  std::optional<double> rate;      // execution rate (fraction) when the funds row was scored
  std::string grade;               // recomputed
  std::string reported_grade;      // printed, else the grade of the self-score, else ""
  size_t errors = 0, warnings = 0, infos = 0;
  std::vector<std::pair<std::string, size_t>> codes;  // findings per code, by code
  size_t rows = 0;                                    // named, scored-or-scorable rows
  size_t qualitative_rows = 0;                        // of them, judged as qualitative text
  size_t rows_self_scored = 0;                        // rows with a printed 得分 and 分值
  size_t rows_full_marks = 0;                         // of them, printed 得分 = 分值
  bool full_marks_no_money = false;      // the shaded quadrant: high self-score, low execution
  std::vector<std::string> reasons;      // why it needs attention (Chinese), empty when it does not
  std::optional<double> reviewed_total;  // the reviewer's total (复核得分 recorded), in points
  std::string reviewed_grade;

  bool GradeChanged() const { return !reported_grade.empty() && reported_grade != grade; }
  bool Overstates(double tolerance) const { return over && *over > tolerance + 1e-9; }
};

// Counts per grade: as the units reported them and as recomputed.
struct GradeCount {
  std::string grade;  // "未填报" for forms without a reported grade or total
  size_t reported = 0;
  size_t recomputed = 0;
};

// Findings of one check code over the batch.
struct CodeCount {
  std::string code;
  std::string name;
  Severity severity = Severity::kInfo;
  size_t findings = 0;
  size_t forms = 0;         // forms with at least one
  Message example;          // the first finding's message
  size_t example_form = 0;  // and the number of its form
};

// One row of the table per 主管部门 or per 实施单位.
struct DashboardGroup {
  std::string key;  // "（未填写）" when the forms name none
  size_t forms = 0, scored = 0, failed = 0, incomplete = 0;
  std::optional<double> mean_self_pct;  // over forms with a self-score
  double mean_total_pct = 0;            // over scored forms
  std::optional<double> mean_over_pct;  // over forms with a self-score
  size_t overstating = 0;
  size_t grade_changes = 0;
  std::optional<double> full_mark_share;    // rows self-scored at full marks ÷ rows self-scored
  std::optional<double> qualitative_share;  // qualitative rows ÷ rows
  std::optional<double> mean_rate;          // mean execution rate (fraction)
  std::vector<CodeCount> worst;             // up to 3 codes: errors first, then by count
};

// A bin of the histogram of recomputed totals (折合百分制), [low, high).
struct HistogramBin {
  double low = 0, high = 0;
  size_t complete = 0, incomplete = 0;
};

struct Dashboard {
  size_t files = 0, scored = 0, failed = 0, incomplete = 0;
  std::optional<double> mean_total_pct;  // over scored forms
  std::optional<double> mean_self_pct;   // over forms with a self-score
  double mean_total = 0;                 // points, as the batch summary prints it
  std::vector<GradeCount> grades;        // in band order, then 未填报
  size_t overstating = 0, understating = 0, grade_changes = 0;
  double over_points = 0;   // Σ (self − recomputed) over the forms that over-state, in points
  double over_pct_sum = 0;  // the same on the 100-point scale
  size_t full_marks_no_money = 0;
  size_t reviewed = 0;         // forms with the reviewer's 复核得分
  double tolerance = 0.01;     // differences up to this are equal (the profile's)
  double low_execution = 0.8;  // the quadrant: execution below this …
  double high_score = 90;      // … and a self-score (百分制) at or above this
  DashboardForms forms;        // input order (spooled: dashboard_forms.h)
  std::vector<HistogramBin> histogram;
  std::vector<size_t> top_overstating;                 // indices into forms: complete, up to 10
  std::vector<size_t> incomplete_overstating;          // indices: incomplete forms that over-state
  std::vector<CodeCount> codes;                        // by findings, most first, then code
  std::vector<DashboardGroup> by_department, by_unit;  // most over-stating first
  std::vector<size_t> attention;  // indices into forms needing attention, most urgent first
};

// Accumulates reports in input order (each form's record spooled: memory
// keeps 8 bytes a form) and builds the dashboard at the end.
class DashboardBuilder {
 public:
  // Records `report`; the quadrant thresholds and the tolerance are those of
  // the first scored report's profile.
  void Add(const FileReport& report);
  // The record of the report added last (its reasons are final).
  const DashboardForm& last() const { return last_; }
  // Differences up to this are equal (the first scored report's profile).
  double tolerance() const { return tolerance_ >= 0 ? tolerance_ : 0.01; }
  Dashboard Build() const&;
  // The same, moving the per-form records instead of copying them.
  Dashboard Build() &&;

 private:
  Dashboard Build(DashboardForms forms) const;

  DashboardForms forms_;
  DashboardForm last_;
  std::vector<std::string> grade_order_;
  std::vector<CodeCount> code_info_;  // code, name, severity as first seen
  double tolerance_ = -1, low_execution_ = -1, high_score_ = -1;
};

// The order of Dashboard::attention: true when `a` needs attention before `b`
// (problems by over-statement, largest first; then forms that could not be
// scored; then forms only incomplete; input order within).
bool MoreUrgent(const DashboardForm& a, const DashboardForm& b, double tolerance);

// Whole-batch convenience: Build() over `reports`.
Dashboard BuildDashboard(const std::vector<FileReport>& reports);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_DASHBOARD_DATA_H_
