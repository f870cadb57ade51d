#include <algorithm>
#include <functional>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "cli/batch_summary.h"
#include "cli/display_width.h"
#include "cli/documents.h"
#include "cli/explain.h"
#include "cli/form_cells.h"
#include "cli/record_fields.h"
#include "cli/render.h"
#include "cli/spooled_names.h"

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
  const BudgetScore& b = r.eval.funds;
  const std::string currency = r.eval.project.funds ? r.eval.project.funds->currency : "";
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
  const auto& total = r.eval.project.funds->total;
  if (total && (total->reported_rate || total->reported_score)) {
    line += W(zh, "    reported", "    填报");
    if (total->reported_rate) line += " " + Number(total->reported_rate->value) + "%";
    if (total->reported_score) line += " → " + Number(total->reported_score->value);
  }
  return line;
}

class TextRenderer : public Renderer {
 private:
  // What the summary table shows of one input.
  struct Row {
    std::string path;
    bool scored = false;
    std::string name;
    double total = 0;
    std::string grade;
    std::optional<double> reported;
    std::string message;
    std::string reported_grade;
    size_t errors = 0;
    size_t warnings = 0;
    std::string reviewed;  // "77.00 中" when the file records 复核得分
  };
  // The position of a row in the sorted table.
  struct SortEntry {
    double value;
    uint64_t offset;  // of its record in rows_
  };
  // A batch finding's count at its file (by the hash of the path).
  struct BatchCounts {
    size_t file = 0;
    uint32_t errors = 0, warnings = 0;
  };
  static constexpr uint32_t kTaken = UINT32_MAX;  // counted at a row already

 public:
  TextRenderer(const RenderOptions& options, std::ostream& out) : options_(options), out_(out) {}

  void Add(const FileReport& r) override {
    const Row row = SummaryRow(r);
    Keep(row);
    if (r.status == FileStatus::kError) {
      for (const Error& e : r.errors) {
        PrintInputError(r.path, e, out_, options_.style, r.eval.project.source_parts);
      }
      if (!options_.quiet) out_ << '\n';
      return;
    }
    if (options_.quiet && options_.text_mode != TextMode::kCheck) return;
    if (options_.text_mode == TextMode::kCheck) {
      for (const Diagnostic& d : r.eval.diagnostics) CountFinding(d);
      if (options_.quiet) return;
      for (const Diagnostic& d : r.eval.diagnostics) {
        PrintDiagnostic(r.path, d, out_, options_.style, r.eval.project.source_parts);
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

    WriteProject(r, row.name);
  }

  // The whole form: heading, funds line, levels with their rows, total, findings.
  void WriteProject(const FileReport& r, const std::string& name) {
    const Project& p = r.eval.project;
    out_ << r.path << " — " << name;
    if (p.year) out_ << " (" << p.year->value << ")";
    out_ << '\n';
    std::string who;
    if (p.department) who += "主管部门 " + p.department->value;
    if (p.unit) who += (who.empty() ? "" : " · ") + std::string("实施单位 ") + p.unit->value;
    who += (who.empty() ? "" : " · ") + T("rules ", "评分规则 ") + r.ProfileLabel();
    out_ << "  " << who << '\n';
    out_ << "  " << PadRight(T("预算执行 funds", "预算执行"), 30)
         << BudgetLine(r, options_.style.lang == Lang::kZh) << '\n';

    WriteLevels(r);
    WriteTotalLine(r);
    for (const Diagnostic& d : r.eval.diagnostics) {
      PrintDiagnostic(r.path, d, out_, options_.style, r.eval.project.source_parts);
    }
    out_ << '\n';
  }

  // 一级 levels with their sums, 二级 groups (the printed sum where it differs), rows.
  void WriteLevels(const FileReport& r) {
    for (const CategoryEvaluation& cat : r.eval.categories) {
      std::string head = cat.form->name.value;
      if (cat.form->weight)
        head += T(" (declared ", "（设定 ") + Number(cat.form->weight->value) + T(")", "）");
      out_ << "  " << PadRight(head, 72) << PadLeft(Fixed2(cat.sum.score), 8) << " / "
           << Number(cat.sum.points) << '\n';
      for (const GroupEvaluation& group : cat.groups) {
        out_ << "    " << group.form->name.value;
        if (group.sum.differs) {
          out_ << T("    printed 得分 sum ", "    填报得分合计 ") << Number(*group.sum.reported)
               << T(" · recomputed ", " · 重算合计 ") << Fixed2(group.sum.score);
        }
        out_ << '\n';
        for (const RowEvaluation& evaluated : group.rows) WriteRow(evaluated);
      }
    }
  }

  // 总分: recomputed, capped or rescaled, beside the unit's and the reviewer's.
  void WriteTotalLine(const FileReport& r) {
    const Project& p = r.eval.project;
    out_ << "  " << PadRight(T("总分 total", "总分"), 30)
         << Bold(Fixed2(r.eval.totals.total), options_.style) << " / "
         << Number(r.eval.totals.max_total) << "  " << r.eval.totals.grade;
    if (r.eval.totals.rescale != 1)
      out_ << "  (indicators rescaled ×" << Number(r.eval.totals.rescale) << ")";
    if (r.eval.totals.uncapped_total) {
      out_ << T("  (capped by execution rate: ", "  （按执行率封顶：")
           << Fixed2(*r.eval.totals.uncapped_total) << " → " << Number(*r.eval.totals.execution_cap)
           << T(")", "）");
    }
    if (p.reported_total || p.reported_grade) {
      out_ << T("    reported", "    填报");
      if (p.reported_total) out_ << ' ' << Number(p.reported_total->value);
      if (p.reported_grade) out_ << ' ' << p.reported_grade->value;
    }
    if (r.reviewed.any) out_ << T("    reviewed ", "    复核 ") << ReviewedText(r.reviewed, p);
    out_ << '\n';
  }

  // One 三级 row: values, rule, recomputed and printed score, the reviewer's.
  void WriteRow(const RowEvaluation& row) {
    const IndicatorScore& s = row.score;
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
    if (row.form->review_score) {
      out_ << T("  [reviewed ", "  【复核 ") << ReviewCell(*row.form) << T("]", "】");
    }
    out_ << '\n';
  }

  // Batch findings are printed together after the last form, before the
  // summary; several calls print what one call with all of them would.
  void AddBatch(const std::vector<BatchFinding>& findings) override {
    if (options_.text_mode == TextMode::kDraft || findings.empty()) return;
    for (const BatchFinding& f : findings) {
      CountFinding(f.diagnostic);
      // The summary's E/W columns count them at the form they are located at.
      const bool error = f.diagnostic.severity == Severity::kError;
      if (error || f.diagnostic.severity == Severity::kWarning) {
        batch_counts_.push_back(
            {std::hash<std::string>{}(f.file), error ? 1u : 0u, error ? 0u : 1u});
      }
    }
    if (options_.quiet) return;
    if (options_.text_mode != TextMode::kCheck && !batch_open_) {
      out_ << T("batch findings:\n", "批量复核发现：\n");
      batch_open_ = true;
    }
    for (const BatchFinding& f : findings) {
      PrintDiagnostic(f.file, f.diagnostic, out_, options_.style, f.source_parts);
    }
  }

  void Finish() override {
    if (options_.text_mode == TextMode::kDraft) return;
    if (batch_open_) out_ << '\n';  // the end of the batch findings
    if (options_.text_mode == TextMode::kCheck && !options_.quiet) out_ << '\n';
    const size_t path_width = std::min<size_t>(path_width_, 60);
    out_ << PadRight(T("file", "文件"), path_width) << "  " << PadRight(T("project", "项目"), 30)
         << "  " << PadLeft(T("total", "总分"), 7) << "  " << PadRight(T("grade", "等级"), 5)
         << "  " << PadLeft(T("reported", "填报"), 8) << "  " << PadLeft(T("diff", "差额"), 7)
         << "  " << PadLeft(T("E", "错"), 3) << "  " << PadLeft(T("W", "警"), 3);
    // The reviewer's total, only when some file records 复核得分.
    if (reviewed_) out_ << "  " << T("reviewed", "复核");
    out_ << '\n';
    const std::vector<std::pair<uint64_t, BatchCounts>> added = BatchCountsByRow();
    const bool read = ForEachRow([&](uint64_t offset, Row row) {
      const auto it = std::lower_bound(added.begin(), added.end(), offset,
                                       [](const auto& a, uint64_t o) { return a.first < o; });
      if (it != added.end() && it->first == offset) {
        row.errors += it->second.errors;
        row.warnings += it->second.warnings;
      }
      WriteSummaryRow(row, path_width);
    });
    if (!read) out_ << "evalscore: error: reading back the summary table failed\n";
    PrintTotals();
    if (options_.group_by != GroupBy::kNone) PrintGroups();
    if (options_.text_mode == TextMode::kCheck) PrintCodeCounts();
  }

  // One line of the summary table.
  void WriteSummaryRow(const Row& row, size_t path_width) {
    out_ << PadRight(row.path, path_width) << "  ";
    if (!row.scored) {
      out_ << Paint(SeverityWord(Severity::kError, options_.style.lang), Severity::kError,
                    options_.style)
           << ": " << row.message << '\n';
      return;
    }
    const bool below = options_.fail_under && row.total < *options_.fail_under;
    std::string grade = row.grade;
    if (!row.reported_grade.empty() && row.reported_grade != row.grade) {
      grade = row.reported_grade + "→" + row.grade;
    }
    out_ << PadRight(row.name, 30) << "  " << PadLeft(Fixed2(row.total), 7) << "  "
         << PadRight(grade, 5) << "  " << PadLeft(row.reported ? Fixed2(*row.reported) : "-", 8)
         << "  " << PadLeft(row.reported ? Signed(*row.reported - row.total) : "-", 7) << "  "
         << PadLeft(std::to_string(row.errors), 3) << "  "
         << PadLeft(std::to_string(row.warnings), 3);
    if (reviewed_) out_ << "  " << (row.reviewed.empty() ? "-" : row.reviewed);
    if (below) {
      out_ << "  "
           << Paint(T("FAIL (< ", "不合格（< ") + Number(*options_.fail_under) + T(")", "）"),
                    Severity::kError, options_.style);
    }
    out_ << '\n';
  }

  // The batch's line: files, scored, mean total, findings, below --fail-under.
  void PrintTotals() {
    const BatchSummary& summary = *options_.summary;
    const size_t scored = summary.scored, bad = summary.unscorable, failed = summary.below;
    const size_t errors = summary.errors, warnings = summary.warnings;
    if (options_.style.lang == Lang::kZh) {
      out_ << fmt::format("共 {} 个文件：{} 个已评分，{} 个无法评分", summary.files, scored, bad);
      if (scored > 0) out_ << "；平均总分 " << Fixed2(*summary.MeanTotal());
      out_ << "；发现 " << errors << " 个错误、" << warnings << " 个警告";
      if (options_.fail_under) out_ << "；" << failed << " 个低于 " << Number(*options_.fail_under);
      out_ << '\n';
    } else {
      out_ << fmt::format("{} file{}: {} scored, {} could not be scored", summary.files,
                          summary.files == 1 ? "" : "s", scored, bad);
      if (scored > 0) out_ << "; mean total " << Fixed2(*summary.MeanTotal());
      out_ << "; findings: " << errors << " error" << (errors == 1 ? "" : "s") << ", " << warnings
           << " warning" << (warnings == 1 ? "" : "s");
      if (options_.fail_under) out_ << "; " << failed << " below " << Number(*options_.fail_under);
      out_ << '\n';
    }
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
    const GroupSummary& groups = options_.summary->groups;
    const std::vector<GroupRow> rows = groups.Rows();
    size_t key_width = 10;
    for (const GroupRow& g : rows) key_width = std::max(key_width, DisplayWidth(g.key));
    key_width = std::min<size_t>(key_width, 40);
    const std::string below = "< " + Number(groups.threshold());
    out_ << "\nby " << GroupByName(groups.by()) << ":\n"
         << PadRight(GroupByName(groups.by()), key_width) << "  " << PadLeft("projects", 8) << "  "
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
           << "  " << PadRight(GradeCounts(g, groups.grade_order()), 20) << "  "
           << PadLeft(rate ? PercentText(*rate) : "-", 9) << "  "
           << PadLeft(std::to_string(g.below), 6) << "  "
           << PadLeft(g.MeanOverstatement() ? Signed(*g.MeanOverstatement()) : "-", 7) << "  "
           << PadLeft(std::to_string(g.overstating), 7) << '\n';
    }
  }

 private:
  // The English or the Chinese label, by the interface language.
  std::string T(const char* en, const char* zh) const {
    return options_.style.lang == Lang::kZh ? zh : en;
  }

  static std::string Signed(double d) {
    const std::string s = Fixed2(d);
    return d > 0.004 ? "+" + s : s;
  }

  // Over-statement (reported − recomputed) largest first, or total highest
  // first; files that could not be scored last; ties by path (input order).
  double SortValue(const Row& r) const {
    if (!r.scored) return -1e300;
    if (options_.sort == SortKey::kTotal) return r.total;
    return r.reported ? *r.reported - r.total : -1e299;
  }

  static Row SummaryRow(const FileReport& r, Lang lang) {
    Row row{r.path,
            r.status == FileStatus::kScored,
            "",
            0,
            "",
            std::nullopt,
            "",
            "",
            r.Count(Severity::kError),
            r.Count(Severity::kWarning),
            ""};
    if (r.status == FileStatus::kError) {
      row.message = r.errors.empty() ? "" : RenderMessage(r.errors.front().message, lang);
      return row;
    }
    const Project& p = r.eval.project;
    row.name = p.name ? p.name->value : "";
    row.total = r.eval.totals.total;
    row.grade = r.eval.totals.grade;
    if (p.reported_total) row.reported = p.reported_total->value;
    if (p.reported_grade) row.reported_grade = p.reported_grade->value;
    if (r.reviewed.any) row.reviewed = Fixed2(r.reviewed.total) + " " + r.reviewed.grade;
    return row;
  }
  Row SummaryRow(const FileReport& r) const { return SummaryRow(r, options_.style.lang); }

  // The row goes to the spool; memory keeps only what sorting needs.
  void Keep(const Row& row) {
    path_width_ = std::max(path_width_, DisplayWidth(row.path));
    reviewed_ = reviewed_ || !row.reviewed.empty();
    RecordWriter w;
    w.Text(row.path).Number<uint8_t>(row.scored ? 1 : 0).Text(row.name).Number(row.total);
    w.Text(row.grade).Optional(row.reported).Text(row.message).Text(row.reported_grade);
    w.Number<uint64_t>(row.errors).Number<uint64_t>(row.warnings).Text(row.reviewed);
    const uint64_t offset = rows_.Add(w.bytes());
    if (options_.sort != SortKey::kPath) order_.push_back({SortValue(row), offset});
  }

  static Row ParseRow(std::string_view bytes) {
    RecordReader in(bytes);
    Row row;
    row.path = in.Text();
    row.scored = in.Number<uint8_t>() != 0;
    row.name = in.Text();
    row.total = in.Number<double>();
    row.grade = in.Text();
    row.reported = in.Optional();
    row.message = in.Text();
    row.reported_grade = in.Text();
    row.errors = static_cast<size_t>(in.Number<uint64_t>());
    row.warnings = static_cast<size_t>(in.Number<uint64_t>());
    row.reviewed = in.Text();
    return row;
  }

  // Calls `each(offset, row)` in the table's order; false when reading failed.
  bool ForEachRow(const std::function<void(uint64_t, Row)>& each) {
    if (options_.sort == SortKey::kPath) {
      return rows_.ForEach(
          [&](uint64_t offset, std::string_view bytes) { each(offset, ParseRow(bytes)); });
    }
    std::stable_sort(order_.begin(), order_.end(),
                     [](const SortEntry& a, const SortEntry& b) { return a.value > b.value; });
    for (const SortEntry& entry : order_) {
      const std::optional<std::string> bytes = rows_.Read(entry.offset);
      if (!bytes) return false;
      each(entry.offset, ParseRow(*bytes));
    }
    return true;
  }

  // The batch findings' counts by the row they go to: the first row (in input
  // order) of the file they are located at. Files are matched by the hash of
  // their path (64 bits: two paths of a batch sharing one are not expected).
  // Sorted by offset (the order ForEach gives).
  std::vector<std::pair<uint64_t, BatchCounts>> BatchCountsByRow() {
    std::vector<std::pair<uint64_t, BatchCounts>> by_row;
    if (batch_counts_.empty()) return by_row;
    std::sort(batch_counts_.begin(), batch_counts_.end(),
              [](const BatchCounts& a, const BatchCounts& b) { return a.file < b.file; });
    rows_.ForEach([&](uint64_t offset, std::string_view bytes) {
      const size_t file = std::hash<std::string>{}(RecordReader(bytes).Text());
      auto it = std::lower_bound(batch_counts_.begin(), batch_counts_.end(), file,
                                 [](const BatchCounts& c, size_t f) { return c.file < f; });
      BatchCounts sum{file, 0, 0};
      for (; it != batch_counts_.end() && it->file == file && it->errors != kTaken; ++it) {
        sum.errors += it->errors;
        sum.warnings += it->warnings;
        it->errors = kTaken;  // only the first row of the file gets them
      }
      if (sum.errors + sum.warnings > 0) by_row.emplace_back(offset, sum);
    });
    return by_row;
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
  SpooledRecords rows_;                    // the summary table's rows, in input order
  std::vector<SortEntry> order_;           // --sort other than path: the key of every row
  size_t path_width_ = 4;                  // the widest path (the file column's width, up to 60)
  bool reviewed_ = false;                  // some file records 复核得分: a column for it
  bool batch_open_ = false;                // the batch findings' heading is printed
  std::vector<BatchCounts> batch_counts_;  // one per batch error or warning
  std::map<std::string, CodeCount> code_counts_;
};

}  // namespace

std::unique_ptr<Renderer> MakeTextRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<TextRenderer>(options, out);
}

}  // namespace evalscore::cli
