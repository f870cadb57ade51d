// -f markdown: each project as the paper form (header, funds block, indicator
// table with the 总分 row) followed by its findings, then a summary table.
// Every cell is plain text escaped for Markdown; scores are the recomputed
// ones, with what the unit printed beside them.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "cli/batch_summary.h"
#include "cli/documents.h"
#include "cli/form_cells.h"
#include "cli/form_headings.h"
#include "cli/group_table.h"
#include "cli/record_fields.h"
#include "cli/render.h"
#include "cli/source_location.h"
#include "cli/spooled_names.h"
#include "cli/style.h"

namespace evalscore::cli {
namespace {

// `text` safe inside a Markdown paragraph, heading or table cell: the ASCII
// punctuation Markdown would interpret is backslash-escaped and line breaks
// become <br> (a table row must stay on one line).
std::string Md(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
      continue;
    }
    if (std::string_view("\\`*_[]<|~&#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// `text` as a code span, whatever backticks it holds.
std::string CodeSpan(const std::string& text) {
  if (text.find('`') == std::string::npos) return "`" + text + "`";
  return "`` " + text + " ``";
}

class MarkdownRenderer : public Renderer {
 public:
  MarkdownRenderer(const RenderOptions& options, std::ostream& out)
      : options_(options), out_(out) {}

  void Add(const FileReport& r) override {
    StartDocument();
    Keep(SummaryRow(r, lang()));
    if (r.status == FileStatus::kError) {
      WriteErrors(r);
      return;
    }
    const Project& p = r.eval.project;
    out_ << "## " << Md(Text(p.name));
    if (p.year) out_ << "（" << p.year->value << " 年度）";
    out_ << "\n\n文件：" << CodeSpan(r.path) << "\n\n";
    WriteHeader(r);
    WriteFunds(r);
    WriteIndicators(r);
    WriteFindings(r);
  }

  // Batch findings (ES5xx): a section before the summary, each with its file;
  // several calls print what one call with all of them would.
  void AddBatch(const std::vector<BatchFinding>& findings) override {
    if (findings.empty()) return;
    StartDocument();
    if (!batch_open_) out_ << "## 批量复核发现\n\n";
    batch_open_ = true;
    for (const BatchFinding& f : findings) {
      const Diagnostic& d = f.diagnostic;
      out_ << "- **" << SeverityWord(d.severity, lang()) << ' ' << d.code << "** "
           << CodeSpan(f.file) << ' ' << Where(d.where, f.source_parts)
           << Md(RenderMessage(d.message, lang())) << '\n';
    }
  }

  // The summary table: one row per input, in the order they were added.
  void Finish() override {
    StartDocument();
    if (batch_open_) out_ << '\n';  // the end of the batch findings
    // The reviewer's total, only when some file records 复核得分.
    out_ << "## 汇总\n\n| 文件 | 项目名称 | 总分 | 等级 | 填报总分 | 差额 | 错误 | 警告 |"
         << (reviewed_ ? " 复核 |" : "") << "\n|---|---|---:|---|---:|---:|---:|---:|"
         << (reviewed_ ? "---:|" : "") << "\n";
    const bool read = rows_.ForEach([&](uint64_t, std::string_view bytes) {
      RecordReader in(bytes);
      out_ << in.Text();
      const bool scored = in.Number<uint8_t>() != 0;
      const std::string reviewed = in.Text();
      if (scored && reviewed_) out_ << ' ' << (reviewed.empty() ? "—" : reviewed) << " |";
      out_ << '\n';
    });
    if (!read) out_ << "\nevalscore: error: reading back the summary table failed\n";
    if (options_.group_by != GroupBy::kNone) WriteGroups();
  }

 private:
  // --group-by: the table per department, unit or year.
  void WriteGroups() {
    const auto cells = GroupTableCells(options_.summary->groups);
    out_ << "\n## 按" << GroupByLabel(options_.group_by) << "汇总\n\n";
    for (size_t i = 0; i < cells.size(); ++i) {
      out_ << '|';
      for (const std::string& c : cells[i]) out_ << ' ' << Md(c) << " |";
      out_ << '\n';
      if (i == 0) out_ << "|---|---:|---:|---:|---|---:|---:|---:|---:|\n";
    }
  }

  // What the summary table needs of one input.
  struct Row {
    std::string path;
    bool scored = false;
    std::string name;  // the project's name, or why the file could not be scored
    double total = 0;
    std::string grade;
    std::optional<double> reported;
    size_t errors = 0;
    size_t warnings = 0;
    std::string reviewed;  // "77.00 中" when the file records 复核得分
  };

  static Row SummaryRow(const FileReport& r, Lang lang) {
    Row row{r.path,
            r.status == FileStatus::kScored,
            "",
            r.eval.totals.total,
            r.eval.totals.grade,
            std::nullopt,
            r.Count(Severity::kError),
            r.Count(Severity::kWarning),
            ""};
    if (!row.scored) {
      row.name = r.errors.empty() ? std::string() : RenderMessage(r.errors.front().message, lang);
    } else {
      row.name = Text(r.eval.project.name);
      if (r.eval.project.reported_total) row.reported = r.eval.project.reported_total->value;
      if (r.reviewed.any) row.reviewed = Fixed2(r.reviewed.total) + " " + r.reviewed.grade;
    }
    return row;
  }

  // The row's line of the summary table without the reviewer's column (added
  // in Finish() when some file has one) goes to the spool.
  void Keep(const Row& row) {
    std::string line = "| " + CodeSpan(row.path) + " | ";
    if (!row.scored) {
      line += "无法评分：" + Md(row.name) + " | | | | | | |";
    } else {
      std::string total = Fixed2(row.total);
      if (options_.fail_under && row.total < *options_.fail_under) {
        total += " (低于 " + Number(*options_.fail_under) + ")";
      }
      line += Md(row.name) + " | " + total + " | " + Md(row.grade) + " | " +
              (row.reported ? Number(*row.reported) : "—") + " | " +
              (row.reported ? Signed(*row.reported - row.total) : "—") + " | " +
              std::to_string(row.errors) + " | " + std::to_string(row.warnings) + " |";
    }
    reviewed_ = reviewed_ || !row.reviewed.empty();
    RecordWriter w;
    w.Text(line).Number<uint8_t>(row.scored ? 1 : 0).Text(row.reviewed);
    rows_.Add(w.bytes());
  }

  Lang lang() const { return options_.style.lang; }

  std::string Where(const Location& where, const std::vector<SourcePart>& parts) const {
    return WherePrefix(where, parts, lang());
  }

  void StartDocument() {
    if (started_) return;
    started_ = true;
    out_ << "# 项目支出绩效自评表（evalscore 复核）\n\n";
  }

  void WriteErrors(const FileReport& r) {
    out_ << "## 无法评分\n\n文件：" << CodeSpan(r.path) << "\n\n";
    for (const Error& e : r.errors) {
      out_ << "- " << Where(e.where, r.eval.project.source_parts)
           << Md(RenderMessage(e.message, lang())) << '\n';
    }
    out_ << '\n';
  }

  void WriteHeader(const FileReport& r) {
    const Project& p = r.eval.project;
    out_ << "| " << FieldLabel("project", "name") << " | " << Md(Text(p.name)) << " |\n|---|---|\n"
         << "| " << FieldLabel("project", "department") << " | " << Md(Text(p.department)) << " |\n"
         << "| " << FieldLabel("project", "unit") << " | " << Md(Text(p.unit)) << " |\n"
         << "| 评分规则 | " << Md(r.eval.profile.name) << " (" << Md(r.eval.profile.source)
         << ") |\n";
    if (p.goal_planned)
      out_ << "| " << GoalHeading("planned") << " | " << Md(p.goal_planned->value) << " |\n";
    if (p.goal_achieved) {
      out_ << "| " << GoalHeading("achieved") << " | " << Md(p.goal_achieved->value) << " |\n";
    }
    out_ << '\n';
  }

  // The funds block as on the form; a 调整后预算数 column only when written.
  void WriteFunds(const FileReport& r) {
    out_ << "### " << FieldLabel("", "funds") << "\n\n";
    if (!r.eval.project.funds) {
      out_ << "表中无项目资金栏：预算执行不计分。\n\n";
      return;
    }
    const Funds& f = *r.eval.project.funds;
    const FundsTable table = FundsTableOf(f, r.eval.funds);
    out_ << "| " << FieldLabel("", "funds") << "（" << Md(f.currency) << "） | "
         << JoinHeadings(FundsHeadings(table.adjusted), "", "", " | ") << " |\n|---|"
         << (table.adjusted ? "---:|" : "") << "---:|---:|---:|---:|---:|---:|\n";
    for (const FundsLine& line : table.lines) {
      out_ << "| " << line.name << " | " << line.initial << " | " << line.budget << " | ";
      if (table.adjusted) out_ << line.adjusted << " | ";
      out_ << line.executed << " | ";
      if (line.total) {
        out_ << line.points << " | " << Md(line.rate) << " | " << Md(line.score) << " |\n";
      } else {
        out_ << "— | — | — |\n";
      }
    }
    if (!f.total) out_ << "\n无年度资金总额行：预算执行不计分。\n";
    out_ << '\n';
  }

  void WriteIndicators(const FileReport& r) {
    const bool reviewed = r.reviewed.any;  // the reviewer's columns, when recorded
    out_ << "### " << FieldLabel("", "indicators") << "\n\n| "
         << JoinHeadings(IndicatorHeadings(reviewed), "", "", " | ") << " |"
         << "\n|---|---|---|---|---|---:|---:|---:|---|" << (reviewed ? "---:|---|" : "") << "\n";
    for (const IndicatorLine& line : IndicatorLines(r.eval, true)) {
      if (line.kind == LineKind::kPart) {
        WritePart(*line.part);
        continue;
      }
      std::string lead = "| " + (line.category_span ? Md(CategoryLabel(*line.category)) + " " : "");
      if (line.kind == LineKind::kEmptyCategory) {
        out_ << lead << "| | | | | | | | |\n";
        continue;
      }
      lead += "| " + (line.group_span ? Md(line.group->form->name.value) + " " : "") + "| ";
      if (line.kind == LineKind::kEmptyGroup) out_ << lead << "| | | | | | |\n";
      if (line.kind == LineKind::kRow) WriteRow(r, *line.row, lead);
    }
    WriteTotalRow(r);
  }

  // One scored row: the recomputed 得分 in bold where the unit's differs.
  void WriteRow(const FileReport& r, const RowEvaluation& row, const std::string& lead) {
    const Indicator& ind = *row.form;
    const IndicatorScore& s = row.score;
    std::string score = Md(ScoreCell(s));
    if (row.differs) score = "**" + score + "**";
    out_ << lead << (s.blank ? "（空白行）" : Md(s.name)) << " | " << Md(Text(ind.target)) << " | "
         << Md(Text(ind.actual)) << " | " << NumberText(ind.points).value_or("") << " | " << score
         << " | " << (s.reported ? Number(*s.reported) : "") << " | " << Md(Text(ind.deviation))
         << " |";
    if (r.reviewed.any) {
      out_ << ' ' << (ind.review_score ? Number(ind.review_score->value) : "") << " | "
           << Md(Text(ind.review_comment)) << " |";
    }
    out_ << '\n';
  }

  // A 其中 sub-row: shown as printed, never scored.
  void WritePart(const Indicator& part) {
    out_ << "| | | 其中：" << Md(part.name.value) << " | " << Md(Text(part.target)) << " | "
         << Md(Text(part.actual)) << " | " << NumberText(part.points).value_or("") << " | — | "
         << NumberText(part.score).value_or("") << " | " << Md(Text(part.deviation)) << " |\n";
  }

  void WriteTotalRow(const FileReport& r) {
    const Project& p = r.eval.project;
    const Totals& s = r.eval.totals;
    std::string grade = "等级：" + s.grade;
    if (p.reported_grade && p.reported_grade->value != s.grade) {
      grade += " (填报 " + p.reported_grade->value + ")";
    }
    out_ << "| **总分** | | | | | "
         << WithReported(Number(s.max_total), NumberText(p.reported_points)) << " | **"
         << Fixed2(s.total) << "** | " << (p.reported_total ? Number(p.reported_total->value) : "")
         << " | " << Md(grade) << " |";
    if (r.reviewed.any) {
      out_ << " **" << Fixed2(r.reviewed.total) << "** | " << Md("复核等级：" + r.reviewed.grade)
           << " |";
    }
    out_ << "\n\n";
    if (r.reviewed.any) out_ << "复核：" << Md(ReviewedText(r.reviewed, p)) << "\n\n";
    if (s.rescale != 1) {
      out_ << "注：不适用指标不计分，其余指标得分按 ×" << Number(s.rescale) << " 折算。\n\n";
    }
  }

  void WriteFindings(const FileReport& r) {
    out_ << "### 复核发现\n\n";
    if (r.eval.diagnostics.empty()) out_ << "无。\n";
    for (const Diagnostic& d : r.eval.diagnostics) {
      out_ << "- **" << SeverityWord(d.severity, lang()) << ' ' << d.code << "** "
           << Where(d.where, r.eval.project.source_parts) << Md(RenderMessage(d.message, lang()))
           << '\n';
    }
    out_ << '\n';
  }

  RenderOptions options_;
  std::ostream& out_;
  bool started_ = false;
  bool batch_open_ = false;  // the batch findings' heading is written
  SpooledRecords rows_;      // the summary table's lines, in input order
  bool reviewed_ = false;    // some file records 复核得分: a column for it
};

}  // namespace

std::unique_ptr<Renderer> MakeMarkdownRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<MarkdownRenderer>(options, out);
}

}  // namespace evalscore::cli
