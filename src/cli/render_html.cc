// -f html: one self-contained page (inline CSS, no external resources) with
// each project as the paper form (header, funds block, indicator table with
// rowspan groups and the 总分 row) and its findings, then a summary table.
// Print rules put each project on its own page. All text is escaped.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "cli/batch_summary.h"
#include "cli/documents.h"
#include "cli/form_cells.h"
#include "cli/form_headings.h"
#include "cli/group_table.h"
#include "cli/markup_escape.h"
#include "cli/record_fields.h"
#include "cli/render.h"
#include "cli/source_location.h"
#include "cli/spooled_names.h"
#include "cli/style.h"

namespace evalscore::cli {
namespace {

constexpr const char* kStyle =
    R"(body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",SimSun,sans-serif;margin:2em;color:#000;line-height:1.4}
h1{font-size:1.5em}h2{font-size:1.25em;text-align:center}h3{font-size:1.05em;margin:1em 0 .3em}
table{border-collapse:collapse;margin:.3em 0 1em;width:100%}
th,td{border:1px solid #000;padding:3px 6px;vertical-align:middle}
th{background:#eee;font-weight:bold}
td.num{text-align:right;white-space:nowrap}
td.diff{background:#fde2e2;font-weight:bold}
tr.total td{font-weight:bold}
tr.part td.name{padding-left:2em}
.path{color:#555;font-size:.9em}
li.error{color:#a00}li.warning{color:#850}li.info{color:#555}
.project{page-break-after:always;break-after:page}
@media print{body{margin:0;font-size:10.5pt}@page{size:A4 landscape;margin:12mm}
.project{page-break-after:always;break-after:page}tr{page-break-inside:avoid;break-inside:avoid}
th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2,h3{break-after:avoid;page-break-after:avoid}thead{display:table-header-group}
table.indicators{break-inside:avoid;page-break-inside:avoid}}
)";

// `text` safe in HTML element content and attribute values; line breaks
// become <br>.
std::string Html(std::string_view text) { return MarkupEscape(text, LineBreaks::kBr); }

// One table cell: <td class="..."> with `text` escaped.
std::string Td(const std::string& text, const std::string& cls = "", size_t rowspan = 1) {
  std::string td = "<td";
  if (!cls.empty()) td += " class=\"" + cls + "\"";
  if (rowspan > 1) td += " rowspan=\"" + std::to_string(rowspan) + "\"";
  return td + ">" + Html(text) + "</td>";
}

class HtmlRenderer : public Renderer {
 public:
  HtmlRenderer(const RenderOptions& options, std::ostream& out) : options_(options), out_(out) {}

  void Add(const FileReport& r) override {
    StartDocument();
    Keep(SummaryRow(r), r.reviewed.any ? Fixed2(r.reviewed.total) + " " + r.reviewed.grade : "");
    WriteForm(r, "");
  }

  // One project as a <section> (with id `anchor` unless empty): the form, or
  // why it could not be scored.
  void WriteForm(const FileReport& r, const std::string& anchor) {
    out_ << "<section class=\"project\"" << (anchor.empty() ? "" : " id=\"" + anchor + "\"")
         << ">\n";
    if (r.status == FileStatus::kError) {
      WriteErrors(r);
    } else {
      const Project& p = r.eval.project;
      out_ << "<h2>" << Html(Text(p.name));
      if (p.year) out_ << "（" << p.year->value << " 年度）";
      out_ << "</h2>\n<p class=\"path\">文件：" << Html(r.path) << "</p>\n";
      WriteHeader(r);
      WriteFunds(r);
      WriteIndicators(r);
      WriteFindings(r);
    }
    out_ << "</section>\n";
  }

  // Batch findings (ES5xx): a section before the summary, each with its file;
  // several calls print what one call with all of them would.
  void AddBatch(const std::vector<BatchFinding>& findings) override {
    if (findings.empty()) return;
    StartDocument();
    if (!batch_open_)
      out_ << "<section class=\"batch\">\n<h2>批量复核发现</h2>\n<ul class=\"findings\">\n";
    batch_open_ = true;
    for (const BatchFinding& f : findings) {
      const Diagnostic& d = f.diagnostic;
      out_ << "<li class=\"" << SeverityName(d.severity) << "\"><strong>"
           << SeverityWord(d.severity, lang()) << ' ' << Html(d.code) << "</strong> "
           << Html(f.file + " " + Where(d.where, f.source_parts) + RenderMessage(d.message, lang()))
           << "</li>\n";
    }
  }

  // The summary table, then the end of the page.
  void Finish() override {
    StartDocument();
    if (batch_open_) out_ << "</ul>\n</section>\n";  // the end of the batch findings
    out_ << "<section class=\"summary\">\n<h2>汇总</h2>\n<table class=\"summary\">\n"
         << "<tr><th>文件</th><th>项目名称</th><th>总分</th><th>等级</th><th>填报总分</th>"
         << "<th>差额</th><th>错误</th><th>警告</th>";
    // The reviewer's total, only when some file records 复核得分.
    out_ << (reviewed_ ? "<th>复核</th>" : "") << "</tr>\n";
    const bool read = !rows_ || rows_->ForEach([&](uint64_t, std::string_view bytes) {
      RecordReader in(bytes);
      std::string row = in.Text();
      if (reviewed_) row.insert(row.rfind("</tr>"), Td(in.Text(), "num"));
      out_ << row;
    });
    out_ << "</table>\n";
    if (!read) out_ << "<p>evalscore: error: reading back the summary table failed</p>\n";
    if (options_.group_by != GroupBy::kNone) WriteGroups();
    out_ << "</section>\n</body>\n</html>\n";
  }

 private:
  Lang lang() const { return options_.style.lang; }

  std::string Where(const Location& where, const std::vector<SourcePart>& parts) const {
    return WherePrefix(where, parts, lang());
  }

  void StartDocument() {
    if (started_) return;
    started_ = true;
    out_ << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<title>项目支出绩效自评表（evalscore 复核）</title>\n<style>\n"
         << kStyle << "</style>\n</head>\n<body>\n<h1>项目支出绩效自评表（evalscore 复核）</h1>\n";
  }

  // One <tr> of the summary table.
  // The summary row and the reviewer's total ("" when none) go to the spool.
  void Keep(const std::string& row, const std::string& reviewed) {
    if (!rows_) rows_ = std::make_unique<SpooledRecords>();
    reviewed_ = reviewed_ || !reviewed.empty();
    RecordWriter w;
    w.Text(row).Text(reviewed);
    rows_->Add(w.bytes());
  }

  std::string SummaryRow(const FileReport& r) const {
    std::string row = "<tr>" + Td(r.path);
    if (r.status == FileStatus::kError) {
      const std::string why =
          r.errors.empty() ? "" : RenderMessage(r.errors.front().message, lang());
      return row + "<td colspan=\"7\">" + Html("无法评分：" + why) + "</td></tr>\n";
    }
    const Project& p = r.eval.project;
    const bool below = options_.fail_under && r.eval.totals.total < *options_.fail_under;
    row +=
        Td(Text(p.name)) + Td(Fixed2(r.eval.totals.total), below ? "num diff" : "num") +
        Td(r.eval.totals.grade) +
        Td(p.reported_total ? Number(p.reported_total->value) : "—", "num") +
        Td(p.reported_total ? Signed(p.reported_total->value - r.eval.totals.total) : "—", "num") +
        Td(std::to_string(r.Count(Severity::kError)), "num") +
        Td(std::to_string(r.Count(Severity::kWarning)), "num");
    return row + "</tr>\n";
  }

  // --group-by: the table per department, unit or year.
  void WriteGroups() {
    const auto cells = GroupTableCells(options_.summary->groups);
    out_ << "<h2>按" << GroupByLabel(options_.group_by) << "汇总</h2>\n<table class=\"groups\">\n";
    for (size_t i = 0; i < cells.size(); ++i) {
      out_ << "<tr>";
      for (size_t c = 0; c < cells[i].size(); ++c) {
        if (i == 0) {
          out_ << "<th>" << Html(cells[i][c]) << "</th>";
        } else {
          out_ << Td(cells[i][c], c == 0 || c == 4 ? "" : "num");
        }
      }
      out_ << "</tr>\n";
    }
    out_ << "</table>\n";
  }

  void WriteErrors(const FileReport& r) {
    out_ << "<h2>无法评分</h2>\n<p class=\"path\">文件：" << Html(r.path) << "</p>\n<ul>\n";
    for (const Error& e : r.errors) {
      out_ << "<li class=\"error\">"
           << Html(Where(e.where, r.eval.project.source_parts) + RenderMessage(e.message, lang()))
           << "</li>\n";
    }
    out_ << "</ul>\n";
  }

  void WriteHeader(const FileReport& r) {
    const Project& p = r.eval.project;
    const auto row = [&](const std::string& label, const std::string& value) {
      out_ << "<tr><th>" << label << "</th>" << Td(value) << "</tr>\n";
    };
    out_ << "<table class=\"header\">\n";
    row(FieldLabel("project", "name"), Text(p.name));
    row(FieldLabel("project", "department"), Text(p.department));
    row(FieldLabel("project", "unit"), Text(p.unit));
    row("评分规则", r.eval.profile.name + " (" + r.eval.profile.source + ")");
    if (p.goal_planned) row(GoalHeading("planned"), p.goal_planned->value);
    if (p.goal_achieved) row(GoalHeading("achieved"), p.goal_achieved->value);
    out_ << "</table>\n";
  }

  // The funds block as on the form; a 调整后预算数 column only when written.
  void WriteFunds(const FileReport& r) {
    out_ << "<h3>" << FieldLabel("", "funds") << "</h3>\n";
    if (!r.eval.project.funds) {
      out_ << "<p>表中无项目资金栏：预算执行不计分。</p>\n";
      return;
    }
    const Funds& f = *r.eval.project.funds;
    const FundsTable table = FundsTableOf(f, r.eval.funds);
    out_ << "<table class=\"funds\">\n<tr><th>" << FieldLabel("", "funds") << "（"
         << Html(f.currency) << "）</th>"
         << JoinHeadings(FundsHeadings(table.adjusted), "<th>", "</th>") << "</tr>\n";
    for (const FundsLine& line : table.lines) {
      out_ << "<tr>" << Td(line.name) << Td(line.initial, "num") << Td(line.budget, "num");
      if (table.adjusted) out_ << Td(line.adjusted, "num");
      out_ << Td(line.executed, "num");
      if (line.total) {
        out_ << Td(line.points, "num") << Td(line.rate, "num") << Td(line.score, "num funds-score");
      } else {
        out_ << Td("—", "num") << Td("—", "num") << Td("—", "num");
      }
      out_ << "</tr>\n";
    }
    out_ << "</table>\n";
    if (!f.total) out_ << "<p>无年度资金总额行：预算执行不计分。</p>\n";
  }

  // The indicator block: 一级/二级 cells span their rows, as on the paper form.
  void WriteIndicators(const FileReport& r) {
    out_ << "<h3>" << FieldLabel("", "indicators")
         << "</h3>\n<table class=\"indicators\">\n<thead><tr>"
         << JoinHeadings(IndicatorHeadings(r.reviewed.any), "<th>", "</th>")
         << "</tr></thead>\n<tbody>\n";
    for (const IndicatorLine& line : IndicatorLines(r.eval, true)) {
      if (line.kind == LineKind::kPart) {
        WritePart(*line.part);
        continue;
      }
      std::string lead;
      if (line.category_span)
        lead = Td(CategoryLabel(*line.category), "category", line.category_span);
      if (line.kind == LineKind::kEmptyCategory) {
        out_ << "<tr class=\"empty\">" << lead << "<td colspan=\"8\"></td></tr>\n";
        continue;
      }
      if (line.group_span) lead += Td(line.group->form->name.value, "group", line.group_span);
      if (line.kind == LineKind::kEmptyGroup) {
        out_ << "<tr class=\"empty\">" << lead << "<td colspan=\"7\"></td></tr>\n";
      }
      if (line.kind == LineKind::kRow) WriteRow(r, *line.row, lead);
    }
    WriteTotalRow(r);
    out_ << "</tbody>\n</table>\n";
    if (r.reviewed.any)
      out_ << "<p>复核：" << Html(ReviewedText(r.reviewed, r.eval.project)) << "</p>\n";
    if (r.eval.totals.rescale != 1) {
      out_ << "<p>注：不适用指标不计分，其余指标得分按 ×" << Number(r.eval.totals.rescale)
           << " 折算。</p>\n";
    }
  }

  // One scored row (class "indicator"); the recomputed 得分 is highlighted
  // where the unit's differs.
  void WriteRow(const FileReport& r, const RowEvaluation& row, const std::string& lead) {
    const Indicator& ind = *row.form;
    const IndicatorScore& s = row.score;
    const bool differs = row.differs;
    out_ << "<tr class=\"indicator" << (s.blank ? " blank" : "") << "\">" << lead
         << Td(s.blank ? "（空白行）" : s.name, "name") << Td(Text(ind.target))
         << Td(Text(ind.actual)) << Td(NumberText(ind.points).value_or(""), "num")
         << Td(ScoreCell(s), differs ? "num diff" : "num")
         << Td(s.reported ? Number(*s.reported) : "", "num") << Td(Text(ind.deviation));
    if (r.reviewed.any) {
      out_ << Td(ind.review_score ? Number(ind.review_score->value) : "", "num review")
           << Td(Text(ind.review_comment), "review");
    }
    out_ << "</tr>\n";
  }

  // A 其中 sub-row (class "part"): shown as printed, never scored.
  void WritePart(const Indicator& part) {
    out_ << "<tr class=\"part\">" << Td("其中：" + part.name.value, "name") << Td(Text(part.target))
         << Td(Text(part.actual)) << Td(NumberText(part.points).value_or(""), "num")
         << Td("—", "num") << Td(NumberText(part.score).value_or(""), "num")
         << Td(Text(part.deviation)) << "</tr>\n";
  }

  void WriteTotalRow(const FileReport& r) {
    const Project& p = r.eval.project;
    const Totals& s = r.eval.totals;
    std::string grade = "等级：" + s.grade;
    if (p.reported_grade && p.reported_grade->value != s.grade) {
      grade += " (填报 " + p.reported_grade->value + ")";
    }
    const bool differs = p.reported_total &&
                         Differs(p.reported_total->value, s.total, r.eval.profile.score_tolerance);
    out_ << "<tr class=\"total\"><td colspan=\"5\">总分</td>"
         << Td(WithReported(Number(s.max_total), NumberText(p.reported_points)), "num")
         << Td(Fixed2(s.total), differs ? "num total-score diff" : "num total-score")
         << Td(p.reported_total ? Number(p.reported_total->value) : "", "num") << Td(grade);
    if (r.reviewed.any) {
      out_ << Td(Fixed2(r.reviewed.total), "num review-total")
           << Td("复核等级：" + r.reviewed.grade);
    }
    out_ << "</tr>\n";
  }

  void WriteFindings(const FileReport& r) {
    out_ << "<h3>复核发现</h3>\n";
    if (r.eval.diagnostics.empty()) {
      out_ << "<p>无。</p>\n";
      return;
    }
    out_ << "<ul class=\"findings\">\n";
    for (const Diagnostic& d : r.eval.diagnostics) {
      out_ << "<li class=\"" << SeverityName(d.severity) << "\"><strong>"
           << SeverityWord(d.severity, lang()) << ' ' << Html(d.code) << "</strong> "
           << Html(Where(d.where, r.eval.project.source_parts) + RenderMessage(d.message, lang()))
           << "</li>\n";
    }
    out_ << "</ul>\n";
  }

  RenderOptions options_;
  std::ostream& out_;
  bool started_ = false;
  bool batch_open_ = false;  // the batch findings' section is open
  // The summary table's rows and the reviewer's total of each, written in
  // Finish() (made at the first Add: WriteHtmlForm needs none).
  std::unique_ptr<SpooledRecords> rows_;
  bool reviewed_ = false;  // some file records 复核得分: a column for it
};

}  // namespace

const char* HtmlFormStyle() { return kStyle; }

void WriteHtmlForm(const FileReport& report, const RenderOptions& options,
                   const std::string& anchor, std::ostream& out) {
  HtmlRenderer(options, out).WriteForm(report, anchor);
}

std::unique_ptr<Renderer> MakeHtmlRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<HtmlRenderer>(options, out);
}

}  // namespace evalscore::cli
