#include <string>
#include <vector>

#include "cli/form_headings.h"
#include "cli/hostile_text.h"
#include "cli/render.h"

namespace evalscore::cli {
namespace {

// RFC 4180: quote fields holding a comma, quote or line break.
std::string Field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const char* kHeader =
    "path,status,project,year,department,unit,profile,execution_rate,budget_score,"
    "indicator_score,total,max_total,grade,reported_total,reported_grade,difference,errors,"
    "warnings,infos,message,reviewed_total,reviewed_grade";

const char* kGroupHeader =
    "group_by,group,projects,errors,mean_total,grades,mean_execution_rate,threshold,below_"
    "threshold,mean_overstatement,overstating";

// The same columns with the form's Chinese labels (--csv-headers zh, for Excel).
std::string HeaderZh() { return JoinHeadings(SummaryColumnsZh("(%)"), "", "", ","); }
const char* kGroupHeaderZh =
    "分组依据,分组,项目数,无法评分数,平均总分,等级分布,平均执行率(%),阈值,低于阈值数,"
    "平均高报,高报项目数";

class CsvRenderer : public Renderer {
 public:
  CsvRenderer(const RenderOptions& options, std::ostream& out)
      : options_(options), out_(out), groups_(options.group_by, GroupThreshold(options)) {
    if (options.csv_bom) out_ << "\xEF\xBB\xBF";
    if (options.csv_chinese_headers) {
      out_ << (options.group_by == GroupBy::kNone ? HeaderZh() : kGroupHeaderZh) << "\r\n";
    } else {
      out_ << (options.group_by == GroupBy::kNone ? kHeader : kGroupHeader) << "\r\n";
    }
  }

  void Add(const FileReport& r) override {
    if (options_.group_by != GroupBy::kNone) {
      groups_.Add(r);
      return;
    }
    std::vector<std::string> f;
    f.push_back(r.path);
    if (r.status == FileStatus::kError) {
      f.push_back("error");
      f.resize(19);
      const Error& e = r.errors.front();
      std::string message = RenderMessage(e.message, Lang::kEn);
      if (e.where.known()) {
        message = FormatLocation(e.where, r.project.source_parts) + ": " + message;
      }
      f.push_back(message);
      f.resize(22);
    } else {
      const Project& p = r.project;
      const ProjectScore& s = r.score;
      f.push_back("scored");
      f.push_back(p.name ? p.name->value : "");
      f.push_back(p.year ? std::to_string(p.year->value) : "");
      f.push_back(p.department ? p.department->value : "");
      f.push_back(p.unit ? p.unit->value : "");
      f.push_back(r.ProfileLabel());
      const bool rate = s.budget.status == BudgetStatus::kScored;
      f.push_back(rate ? Number(RoundScore(s.budget.rate * 100, 2, RoundMode::kHalfUp)) : "");
      f.push_back(s.budget.status == BudgetStatus::kMissing ? "" : Fixed2(s.budget.score));
      f.push_back(Fixed2(s.indicator_score));
      f.push_back(Fixed2(s.total));
      f.push_back(Number(s.max_total));
      f.push_back(s.grade);
      f.push_back(p.reported_total ? Number(p.reported_total->value) : "");
      f.push_back(p.reported_grade ? p.reported_grade->value : "");
      f.push_back(p.reported_total ? Fixed2(p.reported_total->value - s.total) : "");
      f.push_back(std::to_string(r.Count(Severity::kError)));
      f.push_back(std::to_string(r.Count(Severity::kWarning)));
      f.push_back(std::to_string(r.Count(Severity::kInfo)));
      f.push_back("");
      f.push_back(r.reviewed.any ? Fixed2(r.reviewed.total) : "");
      f.push_back(r.reviewed.any ? r.reviewed.grade : "");
    }
    // Text a form supplied never starts a formula when a spreadsheet opens the file.
    for (size_t i : {0u, 2u, 4u, 5u, 6u, 12u, 14u, 19u}) f[i] = SpreadsheetSafe(f[i]);
    for (size_t i = 0; i < f.size(); ++i) out_ << (i ? "," : "") << Field(f[i]);
    out_ << "\r\n";
  }

  // With --group-by, one row per group instead of one per project.
  void Finish() override {
    if (options_.group_by == GroupBy::kNone) return;
    for (const GroupRow& g : groups_.Rows()) {
      const auto rate = g.MeanRate();
      const std::vector<std::string> f = {
          GroupByName(options_.group_by),
          SpreadsheetSafe(g.key),
          std::to_string(g.projects),
          std::to_string(g.errors),
          g.projects ? Fixed2(g.MeanTotal()) : "",
          GradeCounts(g, groups_.grade_order()),
          rate ? Number(RoundScore(*rate * 100, 2, RoundMode::kHalfUp)) : "",
          Number(groups_.threshold()),
          std::to_string(g.below),
          g.MeanOverstatement() ? Fixed2(*g.MeanOverstatement()) : "",
          std::to_string(g.overstating)};
      for (size_t i = 0; i < f.size(); ++i) out_ << (i ? "," : "") << Field(f[i]);
      out_ << "\r\n";
    }
  }

 private:
  RenderOptions options_;
  std::ostream& out_;
  GroupSummary groups_;
};

}  // namespace

std::unique_ptr<Renderer> MakeCsvRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<CsvRenderer>(options, out);
}

}  // namespace evalscore::cli
