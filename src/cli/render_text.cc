#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "cli/display_width.h"
#include "cli/documents.h"
#include "cli/explain.h"
#include "cli/form_cells.h"
#include "cli/group_sums.h"
#include "cli/render.h"

namespace evalscore::cli {
namespace {

// English or Chinese wording.
std::string W(bool zh, const char* en, const char* cn) { return zh ? cn : en; }

// One short phrase saying which rule gave the score.
std::string RulePhrase(const IndicatorScore& s, bool zh) {
  switch (s.status) {
    case IndicatorStatus::kUnscored:
      return s.blank ? W(zh, "blank row, not scored", "空行，不计分")
                     : W(zh, "no 分值, not scored", "无分值，不计分");
    case IndicatorStatus::kNotApplicable:
      return W(zh, "not applicable", "不适用");
    case IndicatorStatus::kError:
      return W(zh, "error: ", "错误：") + RenderMessage(s.note, zh ? Lang::kZh : Lang::kEn);
    case IndicatorStatus::kFallback:
      return (s.reported ? W(zh, "reported score taken: ", "采用填报得分：")
                         : W(zh, "no score: ", "不得分：")) +
             RenderMessage(s.note, zh ? Lang::kZh : Lang::kEn);
    case IndicatorStatus::kScored:
      break;
  }
  const std::string sign = std::string(ComparisonSign(s.comparison)) +
                           (s.comparison_implied ? W(zh, " (implied)", "（推定）") : "");
  const bool full = s.raw >= s.points;
  switch (s.kind) {
    case IndicatorKind::kQualitative: {
      std::string phrase = W(zh, "qualitative ", "定性 ") + GradeName(s.grade);
      if (s.grade_by_identity) phrase += W(zh, " (same as target)", "（与指标值相同）");
      if (s.reported_in_band) phrase += W(zh, ", reported score inside band", "，填报得分在区间内");
      return phrase;
    }
    case IndicatorKind::kDeadline:
      return sign +
             (full ? W(zh, " deadline met", " 按期完成") : W(zh, " deadline missed", " 未按期"));
    case IndicatorKind::kRange:
      return full ? W(zh, "inside range", "在区间内") : W(zh, "outside range", "超出区间");
    case IndicatorKind::kReverse:
      if (full) return sign + W(zh, " met", " 达标");
      return sign + (s.ratio_rule ? W(zh, " T/A", " 比值法 T/A")
                                  : W(zh, " linear (2 - A/T)", " 线性法 (2 - A/T)"));
    case IndicatorKind::kPositive:
    case IndicatorKind::kEqual:
      if (s.deducted_excess) return sign + W(zh, " over-achievement deducted", " 超额扣分");
      return sign + (full ? W(zh, " met", " 达标") : W(zh, " A/T", " 按比例 A/T"));
    case IndicatorKind::kNone:
      break;
  }
  return "";
}

std::string BudgetLine(const FileReport& r, bool zh) {
  const BudgetScore& b = r.score.budget;
  const std::string currency = r.project.funds ? r.project.funds->currency : "";
  std::string line;
  switch (b.status) {
    case BudgetStatus::kMissing:
      return W(zh, "no funds total row: no funds score", "没有年度资金总额行：不计资金得分");
    case BudgetStatus::kIncomplete:
      line = W(zh, "budget or executed amount missing: 0.00 / ", "缺少预算数或执行数：0.00 / ") +
             Number(b.points);
      break;
    case BudgetStatus::kZeroBudget:
      line = W(zh, "budget is 0: 0.00 / ", "预算数为 0：0.00 / ") + Number(b.points);
      break;
    case BudgetStatus::kNotApplicable:
      line = W(zh, "budget is 0: not applicable", "预算数为 0：不适用");
      break;
    case BudgetStatus::kScored:
      if (b.form_unscored) {
        line = fmt::format("{} / {} {} = {}", Number(b.executed), Number(b.denominator), currency,
                           PercentText(b.rate)) +
               W(zh, ", no funds score on this form", "，本表资金行不计分");
        return line;
      }
      line = fmt::format("{} / {} {} = {} × {} = {}{}", Number(b.executed), Number(b.denominator),
                         currency, PercentText(b.rate_used), Number(b.points), Fixed2(b.score),
                         b.capped ? W(zh, " (capped)", "（封顶）") : "");
      break;
  }
  if (!b.counts && b.status != BudgetStatus::kMissing)
    line += W(zh, ", not in total", "，不计入总分");
  const auto& total = r.project.funds->total;
  if (total && (total->reported_rate || total->reported_score)) {
    line += W(zh, "    reported", "    填报");
    if (total->reported_rate) line += " " + Number(total->reported_rate->value) + "%";
    if (total->reported_score) line += " → " + Number(total->reported_score->value);
  }
  return line;
}

class TextRenderer : public Renderer {
 public:
  TextRenderer(const RenderOptions& options, std::ostream& out)
      : options_(options), out_(out), groups_(options.group_by, GroupThreshold(options)) {}

  void Add(const FileReport& r) override {
    groups_.Add(r);
    rows_.push_back(Row{r.path, r.status == FileStatus::kScored, "", 0, "", std::nullopt, "", "",
                        r.Count(Severity::kError), r.Count(Severity::kWarning), ""});
    Row& row = rows_.back();
    if (r.status == FileStatus::kError) {
      for (const Error& e : r.errors) {
        PrintInputError(r.path, e, out_, options_.style, r.project.source_parts);
      }
      row.message =
          r.errors.empty() ? "" : RenderMessage(r.errors.front().message, options_.style.lang);
      if (!options_.quiet) out_ << '\n';
      return;
    }
    const Project& p = r.project;
    row.name = p.name ? p.name->value : "";
    row.total = r.score.total;
    row.grade = r.score.grade;
    if (p.reported_total) row.reported = p.reported_total->value;
    if (p.reported_grade) row.reported_grade = p.reported_grade->value;
    if (r.reviewed.any) row.reviewed = Fixed2(r.reviewed.total) + " " + r.reviewed.grade;
    if (options_.quiet && options_.text_mode != TextMode::kCheck) return;
    if (options_.text_mode == TextMode::kCheck) {
      for (const Diagnostic& d : r.diagnostics) CountFinding(d);
      if (options_.quiet) return;
      for (const Diagnostic& d : r.diagnostics) {
        PrintDiagnostic(r.path, d, out_, options_.style, r.project.source_parts);
      }
      return;
    }
    if (options_.text_mode == TextMode::kDraft) {
      WriteReportDraft(r, out_);
      return;
    }
    if (options_.text_mode == TextMode::kExplain) {
      ExplainReport(r, out_, options_.style);
      out_ << '\n';
      return;
    }

    out_ << r.path << " — " << row.name;
    if (p.year) out_ << " (" << p.year->value << ")";
    out_ << '\n';
    std::string who;
    if (p.department) who += "主管部门 " + p.department->value;
    if (p.unit) who += (who.empty() ? "" : " · ") + std::string("实施单位 ") + p.unit->value;
    who += (who.empty() ? "" : " · ") + T("rules ", "评分规则 ") + r.ProfileLabel();
    out_ << "  " << who << '\n';
    out_ << "  " << PadRight(T("预算执行 funds", "预算执行"), 30)
         << BudgetLine(r, options_.style.lang == Lang::kZh) << '\n';

    size_t index = 0;
    const std::vector<const Indicator*> rows = RowsInOrder(r.project);
    for (const CategoryScore& cat : r.score.categories) {
      std::string head = cat.name;
      if (cat.weight)
        head += T(" (declared ", "（设定 ") + Number(cat.weight->value) + T(")", "）");
      out_ << "  " << PadRight(head, 72) << PadLeft(Fixed2(cat.score), 8) << " / "
           << Number(cat.points) << '\n';
      for (const GroupScore& group : cat.groups) {
        out_ << "    " << group.name;
        if (GroupSumDiffers(r.score, cat, group, r.profile->checks.score_tolerance)) {
          out_ << T("    printed 得分 sum ", "    填报得分合计 ")
               << Number(*ReportedGroupSum(r.score, cat.name, group.name))
               << T(" · recomputed ", " · 复核合计 ") << Fixed2(group.score);
        }
        out_ << '\n';
        for (; index < r.score.indicators.size() && r.score.indicators[index].group == group.name &&
               r.score.indicators[index].category == cat.name;
             ++index) {
          const IndicatorScore& s = r.score.indicators[index];
          const std::string values = s.target.text + " → " + s.actual.text;
          std::string score =
              s.status == IndicatorStatus::kUnscored || s.status == IndicatorStatus::kNotApplicable
                  ? "-"
                  : Fixed2(s.score);
          out_ << "      " << PadRight(s.blank ? T("(blank row)", "（空行）") : s.name, 28) << ' '
               << PadRight(values, 26) << ' '
               << PadRight(RulePhrase(s, options_.style.lang == Lang::kZh), 24) << ' '
               << PadLeft(score, 6) << " / " << Number(s.points);
          if (s.reported && std::abs(*s.reported - s.score) > 1e-9 &&
              s.status != IndicatorStatus::kUnscored) {
            out_ << T("  (reported ", "  （填报 ") << Number(*s.reported) << T(")", "）");
          }
          if (index < rows.size() && rows[index]->review_score) {
            out_ << T("  [reviewed ", "  【复核 ") << ReviewCell(*rows[index]) << T("]", "】");
          }
          out_ << '\n';
        }
      }
    }
    out_ << "  " << PadRight(T("总分 total", "总分"), 30)
         << Bold(Fixed2(r.score.total), options_.style) << " / " << Number(r.score.max_total)
         << "  " << r.score.grade;
    if (r.score.rescale != 1) out_ << "  (indicators rescaled ×" << Number(r.score.rescale) << ")";
    if (r.score.uncapped_total) {
      out_ << T("  (capped by execution rate: ", "  （按执行率封顶：")
           << Fixed2(*r.score.uncapped_total) << " → " << Number(*r.score.execution_cap)
           << T(")", "）");
    }
    if (p.reported_total || p.reported_grade) {
      out_ << T("    reported", "    填报");
      if (p.reported_total) out_ << ' ' << Number(p.reported_total->value);
      if (p.reported_grade) out_ << ' ' << p.reported_grade->value;
    }
    if (r.reviewed.any) out_ << T("    reviewed ", "    复核 ") << ReviewedText(r.reviewed, p);
    out_ << '\n';
    for (const Diagnostic& d : r.diagnostics) {
      PrintDiagnostic(r.path, d, out_, options_.style, r.project.source_parts);
    }
    out_ << '\n';
  }

  // Batch findings are printed together after the last form, before the summary.
  void AddBatch(const std::vector<BatchFinding>& findings) override {
    if (options_.text_mode == TextMode::kDraft || findings.empty()) return;
    for (const BatchFinding& f : findings) {
      CountFinding(f.diagnostic);
      // The summary's E/W columns count them at the form they are located at.
      for (Row& row : rows_) {
        if (row.path != f.file) continue;
        if (f.diagnostic.severity == Severity::kError) ++row.errors;
        if (f.diagnostic.severity == Severity::kWarning) ++row.warnings;
        break;
      }
    }
    if (options_.quiet) return;
    if (options_.text_mode != TextMode::kCheck) out_ << T("batch findings:\n", "批量复核发现：\n");
    for (const BatchFinding& f : findings) {
      PrintDiagnostic(f.file, f.diagnostic, out_, options_.style);
    }
    if (options_.text_mode != TextMode::kCheck) out_ << '\n';
  }

  void Finish() override {
    if (options_.text_mode == TextMode::kDraft) return;
    if (options_.text_mode == TextMode::kCheck && !options_.quiet) out_ << '\n';
    std::vector<const Row*> order;
    for (const Row& row : rows_) order.push_back(&row);
    SortRows(&order);
    size_t path_width = 4;
    for (const Row& row : rows_) path_width = std::max(path_width, DisplayWidth(row.path));
    path_width = std::min<size_t>(path_width, 60);
    out_ << PadRight(T("file", "文件"), path_width) << "  " << PadRight(T("project", "项目"), 30)
         << "  " << PadLeft(T("total", "总分"), 7) << "  " << PadRight(T("grade", "等级"), 5)
         << "  " << PadLeft(T("reported", "填报"), 8) << "  " << PadLeft(T("diff", "差额"), 7)
         << "  " << PadLeft(T("E", "错"), 3) << "  " << PadLeft(T("W", "警"), 3);
    // The reviewer's total, only when some file records 复核得分.
    const bool reviewed = std::any_of(rows_.begin(), rows_.end(),
                                      [](const Row& row) { return !row.reviewed.empty(); });
    if (reviewed) out_ << "  " << T("reviewed", "复核");
    out_ << '\n';
    size_t scored = 0, failed = 0, errors = 0, warnings = 0;
    double sum = 0;
    for (const Row* row : order) {
      out_ << PadRight(row->path, path_width) << "  ";
      if (!row->scored) {
        out_ << Paint(SeverityWord(Severity::kError, options_.style.lang), Severity::kError,
                      options_.style)
             << ": " << row->message << '\n';
        continue;
      }
      ++scored;
      sum += row->total;
      errors += row->errors;
      warnings += row->warnings;
      const bool below = options_.fail_under && row->total < *options_.fail_under;
      if (below) ++failed;
      std::string grade = row->grade;
      if (!row->reported_grade.empty() && row->reported_grade != row->grade) {
        grade = row->reported_grade + "→" + row->grade;
      }
      out_ << PadRight(row->name, 30) << "  " << PadLeft(Fixed2(row->total), 7) << "  "
           << PadRight(grade, 5) << "  " << PadLeft(row->reported ? Fixed2(*row->reported) : "-", 8)
           << "  " << PadLeft(row->reported ? Signed(*row->reported - row->total) : "-", 7) << "  "
           << PadLeft(std::to_string(row->errors), 3) << "  "
           << PadLeft(std::to_string(row->warnings), 3);
      if (reviewed) out_ << "  " << (row->reviewed.empty() ? "-" : row->reviewed);
      if (below) {
        out_ << "  "
             << Paint(T("FAIL (< ", "不合格（< ") + Number(*options_.fail_under) + T(")", "）"),
                      Severity::kError, options_.style);
      }
      out_ << '\n';
    }
    const size_t bad = rows_.size() - scored;
    if (options_.style.lang == Lang::kZh) {
      out_ << fmt::format("共 {} 个文件：{} 个已评分，{} 个无法评分", rows_.size(), scored, bad);
      if (scored > 0) out_ << "；平均总分 " << Fixed2(sum / static_cast<double>(scored));
      out_ << "；发现 " << errors << " 个错误、" << warnings << " 个警告";
      if (options_.fail_under) out_ << "；" << failed << " 个低于 " << Number(*options_.fail_under);
      out_ << '\n';
    } else {
      out_ << fmt::format("{} file{}: {} scored, {} could not be scored", rows_.size(),
                          rows_.size() == 1 ? "" : "s", scored, bad);
      if (scored > 0) out_ << "; mean total " << Fixed2(sum / static_cast<double>(scored));
      out_ << "; findings: " << errors << " error" << (errors == 1 ? "" : "s") << ", " << warnings
           << " warning" << (warnings == 1 ? "" : "s");
      if (options_.fail_under) out_ << "; " << failed << " below " << Number(*options_.fail_under);
      out_ << '\n';
    }
    if (options_.group_by != GroupBy::kNone) PrintGroups();
    if (options_.text_mode == TextMode::kCheck) PrintCodeCounts();
  }

  // `check`: how many findings of each code, ordered by code.
  void PrintCodeCounts() {
    if (code_counts_.empty()) return;
    out_ << T("\nfindings by code:\n", "\n各检查项发现数：\n");
    for (const auto& [code, entry] : code_counts_) {
      out_ << "  " << PadRight(code, 6) << "  " << PadRight(entry.name, 28) << "  "
           << PadRight(SeverityWord(entry.severity, options_.style.lang), 7) << "  "
           << PadLeft(std::to_string(entry.count), 5) << '\n';
    }
  }

  void PrintGroups() {
    const std::vector<GroupRow> rows = groups_.Rows();
    size_t key_width = 10;
    for (const GroupRow& g : rows) key_width = std::max(key_width, DisplayWidth(g.key));
    key_width = std::min<size_t>(key_width, 40);
    const std::string below = "< " + Number(groups_.threshold());
    out_ << "\nby " << GroupByName(groups_.by()) << ":\n"
         << PadRight(GroupByName(groups_.by()), key_width) << "  " << PadLeft("projects", 8) << "  "
         << PadLeft("mean", 7) << "  " << PadRight("grades", 20) << "  " << PadLeft("exec.rate", 9)
         << "  " << PadLeft(below, 6) << "  " << PadLeft("over", 7) << "  " << PadLeft("overst.", 7)
         << '\n';
    for (const GroupRow& g : rows) {
      out_ << PadRight(g.key, key_width) << "  ";
      if (g.projects == 0) {
        out_ << PadLeft(std::to_string(g.errors), 8) << "  (inputs with errors)\n";
        continue;
      }
      const auto rate = g.MeanRate();
      out_ << PadLeft(std::to_string(g.projects), 8) << "  " << PadLeft(Fixed2(g.MeanTotal()), 7)
           << "  " << PadRight(GradeCounts(g, groups_.grade_order()), 20) << "  "
           << PadLeft(rate ? PercentText(*rate) : "-", 9) << "  "
           << PadLeft(std::to_string(g.below), 6) << "  "
           << PadLeft(g.MeanOverstatement() ? Signed(*g.MeanOverstatement()) : "-", 7) << "  "
           << PadLeft(std::to_string(g.overstating), 7) << '\n';
    }
  }

 private:
  struct Row {
    std::string path;
    bool scored;
    std::string name;
    double total;
    std::string grade;
    std::optional<double> reported;
    std::string message;
    std::string reported_grade;
    size_t errors = 0;
    size_t warnings = 0;
    std::string reviewed;  // "77.00 中" when the file records 复核得分
  };

  // The English or the Chinese label, by the interface language.
  std::string T(const char* en, const char* zh) const {
    return options_.style.lang == Lang::kZh ? zh : en;
  }

  static std::string Signed(double d) {
    const std::string s = Fixed2(d);
    return d > 0.004 ? "+" + s : s;
  }

  // Over-statement (reported − recomputed) largest first, or total highest
  // first; files that could not be scored last; ties by path.
  void SortRows(std::vector<const Row*>* order) const {
    if (options_.sort == SortKey::kPath) return;
    const auto key = [&](const Row* r) {
      if (!r->scored) return -1e300;
      if (options_.sort == SortKey::kTotal) return r->total;
      return r->reported ? *r->reported - r->total : -1e299;
    };
    std::stable_sort(order->begin(), order->end(),
                     [&](const Row* a, const Row* b) { return key(a) > key(b); });
  }
  struct CodeCount {
    std::string name;
    Severity severity = Severity::kInfo;
    size_t count = 0;
  };

  void CountFinding(const Diagnostic& d) {
    CodeCount& c = code_counts_[d.code];
    c.name = d.name;
    c.severity = std::max(c.severity, d.severity);
    ++c.count;
  }

  RenderOptions options_;
  std::ostream& out_;
  std::vector<Row> rows_;
  std::map<std::string, CodeCount> code_counts_;
  GroupSummary groups_;
};

}  // namespace

std::unique_ptr<Renderer> MakeTextRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<TextRenderer>(options, out);
}

}  // namespace evalscore::cli
