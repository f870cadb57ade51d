#include <cmath>

#include <nlohmann/json.hpp>

#include "cli/batch_summary.h"
#include "cli/form_cells.h"
#include "cli/gate.h"
#include "cli/input_error_codes.h"
#include "cli/json_stream.h"
#include "cli/message_json.h"
#include "cli/render.h"
#include "cli/source_location.h"

namespace evalscore::cli {
namespace {

using Json = nlohmann::ordered_json;

Json Opt(const OptNumber& n) { return n ? Json(n->value) : Json(nullptr); }
Json Opt(const OptText& t) { return t ? Json(t->value) : Json(nullptr); }
Json Opt(const std::optional<double>& d) { return d ? Json(*d) : Json(nullptr); }

// Every rate in the JSON is a percent rounded half up to 2 decimals, as the
// form prints it and as the CSV has it: 0.240071 -> 24.01.
double Percent(double fraction) { return RoundScore(fraction * 100, 2, RoundMode::kHalfUp); }

Json ValueJson(const Value& v) {
  static const char* kKinds[] = {"empty", "not_applicable", "number", "range", "text"};
  Json j;
  j["text"] = v.text;
  j["kind"] = kKinds[static_cast<int>(v.kind)];
  if (v.kind == ValueKind::kNumber || v.kind == ValueKind::kRange) {
    j["comparison"] = ComparisonSign(v.comparison);
    j["number"] = v.number;
    if (v.kind == ValueKind::kRange) j["upper"] = v.upper;
    j["unit"] = v.unit;
    if (v.approximate) j["approximate"] = true;
  }
  return j;
}

Json RowJson(const FundsRow& row) {
  Json j;
  j["initial"] = Opt(row.initial);
  j["budget"] = Opt(row.budget);
  j["adjusted"] = Opt(row.adjusted);
  j["executed"] = Opt(row.executed);
  j["reported_rate"] = Opt(row.reported_rate);
  j["reported_score"] = Opt(row.reported_score);
  // The printed precision when trailing zeros carry it ("83.00%": 2), so that readers
  // compare to it; left out where the number itself shows it.
  if (row.reported_rate && row.reported_rate_decimals > 0) {
    const double scaled = row.reported_rate->value * std::pow(10.0, row.reported_rate_decimals - 1);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) {
      j["reported_rate_decimals"] = row.reported_rate_decimals;
    }
  }
  return j;
}

Json BudgetJson(const FileReport& r) {
  const BudgetScore& b = r.eval.funds;
  Json j;
  j["status"] = BudgetStatusName(b.status);
  j["denominator"] = DenominatorName(b.denominator_used);
  j["points"] = b.points;
  if (b.status == BudgetStatus::kScored) {
    j["denominator_amount"] = b.denominator;
    j["executed_amount"] = b.executed;
    j["rate"] = Percent(b.rate);
    j["rate_used"] = Percent(b.rate_used);
    j["capped"] = b.capped;
  }
  j["score"] = b.status == BudgetStatus::kMissing ? Json(nullptr) : Json(b.score);
  j["in_total"] = b.counts;
  // Form model v2, written only when they apply (older readers see the same document).
  if (b.form_unscored) j["form_unscored"] = true;
  if (b.from_breakdown) j["from_breakdown"] = true;
  if (r.eval.project.funds) {
    j["currency"] = r.eval.project.funds->currency;
    j["total_row"] =
        r.eval.project.funds->total ? RowJson(*r.eval.project.funds->total) : Json(nullptr);
  }
  return j;
}

Json IndicatorJson(const IndicatorScore& s, const std::vector<SourcePart>& parts) {
  Json j;
  j["category"] = s.category;
  j["group"] = s.group;
  j["name"] = s.name;
  AddWhereJson(&j, s.where, parts);
  if (s.blank) j["blank"] = true;
  j["target"] = ValueJson(s.target);
  j["actual"] = ValueJson(s.actual);
  j["kind"] = KindName(s.kind);
  j["status"] = StatusName(s.status);
  j["points"] = s.points;
  j["score"] = s.status == IndicatorStatus::kUnscored ? Json(nullptr) : Json(s.score);
  j["reported"] = Opt(s.reported);
  if (!s.note.empty()) j["note"] = RenderMessage(s.note, Lang::kEn);
  if (s.points_implied) j["points_from"] = s.points_from;  // no 分值: a share of this level
  if (s.unweighted) j["unweighted"] = true;
  if (s.judgement) j["judgement"] = true;
  if (s.name_lost) j["name_lost"] = true;
  return j;
}

// A row with the reviewer's columns, when recorded.
Json RowJson(const RowEvaluation& row, const std::vector<SourcePart>& parts) {
  Json j = IndicatorJson(row.score, parts);
  if (row.form->review_score) {
    j["review_score"] = row.form->review_score->value;
    j["review_comment"] = Opt(row.form->review_comment);
  }
  return j;
}

// Why an input could not be scored: one entry per error, with its code.
Json ErrorsJson(const FileReport& r) {
  Json errors = Json::array();
  for (const Error& e : r.errors) {
    const InputErrorCode& code = ClassifyInputError(e.message);
    Json ej = {
        {"code", code.code}, {"name", code.name}, {"message", RenderMessage(e.message, Lang::kEn)}};
    AddWhereJson(&ej, e.where, r.eval.project.source_parts);
    AddMessageJson(&ej, e.message);
    errors.push_back(ej);
  }
  return errors;
}

// The 一级 levels with their 二级 groups (key "categories"), and the rows in
// document order (key "indicators"), as the output has always listed them.
void LevelsJson(const FileReport& r, Json* j) {
  Json cats = Json::array();
  Json inds = Json::array();
  for (const CategoryEvaluation& c : r.eval.categories) {
    Json groups = Json::array();
    for (const GroupEvaluation& g : c.groups) {
      groups.push_back({{"name", g.form->name.value},
                        {"weight", Opt(g.form->weight)},
                        {"points", g.sum.points},
                        {"score", g.sum.score}});
      for (const RowEvaluation& row : g.rows) {
        inds.push_back(RowJson(row, r.eval.project.source_parts));
      }
    }
    cats.push_back({{"name", c.form->name.value},
                    {"weight", Opt(c.form->weight)},
                    {"points", c.sum.points},
                    {"score", c.sum.score},
                    {"groups", groups}});
  }
  (*j)["categories"] = cats;
  (*j)["indicators"] = inds;
}

// The reviewer's block and the reviewed total (only when the form records 复核).
Json ReviewJson(const FileReport& r) {
  const auto& block = r.eval.project.review;
  return {{"reviewer", block ? Opt(block->reviewer) : Json(nullptr)},
          {"date", block ? Opt(block->date) : Json(nullptr)},
          {"comment", block ? Opt(block->comment) : Json(nullptr)},
          {"rows_reviewed", r.reviewed.rows_reviewed},
          {"rows_counted", r.reviewed.rows_counted},
          {"indicator_score", r.reviewed.indicator_score},
          {"total", r.reviewed.total},
          {"grade", r.reviewed.grade}};
}

Json DiagnosticJson(const Diagnostic& d, const std::vector<SourcePart>& parts) {
  Json dj;
  dj["code"] = d.code;
  dj["name"] = d.name;
  dj["severity"] = SeverityName(d.severity);
  AddWhereJson(&dj, d.where, parts);
  dj["message"] = RenderMessage(d.message, Lang::kEn);
  AddMessageJson(&dj, d.message);
  // A printed 执行率 and its recomputation are rates: percent, 2 decimals.
  const bool rate = d.name == "RATE_MISMATCH";
  if (d.reported)
    dj["reported"] = rate ? RoundScore(*d.reported, 2, RoundMode::kHalfUp) : *d.reported;
  if (d.recomputed) {
    dj["recomputed"] = rate ? RoundScore(*d.recomputed, 2, RoundMode::kHalfUp) : *d.recomputed;
  }
  return dj;
}

Json ProjectJson(const FileReport& r, const Gates& gates) {
  Json j;
  j["path"] = r.path;
  if (r.status == FileStatus::kError) {
    j["status"] = "error";
    j["errors"] = ErrorsJson(r);
    return j;
  }
  const Project& p = r.eval.project;
  const Totals& s = r.eval.totals;
  j["status"] = "scored";
  j["profile"] = {{"name", r.eval.profile.name}, {"source", r.eval.profile.source}};
  j["project"] = {{"name", Opt(p.name)},
                  {"year", p.year ? Json(p.year->value) : Json(nullptr)},
                  {"department", Opt(p.department)},
                  {"unit", Opt(p.unit)}};
  if (p.kind == FormKind::kDepartment) j["project"]["kind"] = "department";
  j["budget"] = BudgetJson(r);
  LevelsJson(r, &j);
  j["indicator_points"] = s.indicator_points;
  j["indicator_score"] = s.indicator_score;
  j["rescale"] = s.rescale;
  j["total"] = s.total;
  j["max_total"] = s.max_total;
  j["grade"] = s.grade;
  j["reported"] = {{"total", Opt(p.reported_total)},
                   {"points", Opt(p.reported_points)},
                   {"grade", Opt(p.reported_grade)}};
  j["difference"] = p.reported_total
                        ? Json(RoundScore(p.reported_total->value - s.total, 2, RoundMode::kHalfUp))
                        : Json(nullptr);
  if (r.reviewed.any) j["review"] = ReviewJson(r);
  Json diagnostics = Json::array();
  for (const Diagnostic& d : r.eval.diagnostics) {
    diagnostics.push_back(DiagnosticJson(d, p.source_parts));
  }
  j["diagnostics"] = diagnostics;
  j["findings"] = {{"errors", r.Count(Severity::kError)},
                   {"warnings", r.Count(Severity::kWarning)},
                   {"infos", r.Count(Severity::kInfo)}};
  const std::vector<std::string> failed = FailedGates(r, gates);
  j["gate"] = {{"passed", failed.empty()}, {"failed", failed}};
  return j;
}

class JsonRenderer : public Renderer {
 public:
  JsonRenderer(const RenderOptions& options, std::ostream& out) : options_(options), out_(out) {}

  // Each project is written as it comes (memory stays flat however many there
  // are); the bytes are those of dumping the whole document at once.
  void Add(const FileReport& r) override {
    if (projects_.size() == 0) out_ << Head() << "  \"projects\": ";
    projects_.Add(ProjectJson(r, gates_));
  }

  // Batch findings (ES5xx) go to a top-level "batch_findings" array, each with
  // the file it is located at; written only when there are some, each as it
  // comes (one call or several, in order: the same bytes).
  void AddBatch(const std::vector<BatchFinding>& findings) override {
    for (const BatchFinding& f : findings) {
      Json bj = {{"file", f.file},
                 {"code", f.diagnostic.code},
                 {"name", f.diagnostic.name},
                 {"severity", SeverityName(f.diagnostic.severity)}};
      AddWhereJson(&bj, f.diagnostic.where, f.source_parts);
      bj["message"] = RenderMessage(f.diagnostic.message, Lang::kEn);
      AddMessageJson(&bj, f.diagnostic.message);
      if (batch_.size() == 0) {
        CloseProjects();
        out_ << "  \"batch_findings\": ";
      }
      batch_.Add(bj);
    }
  }

  void Finish() override {
    CloseProjects();
    if (batch_.size() > 0) {
      batch_.Close();
      out_ << ",\n";
    }
    const BatchSummary& summary = *options_.summary;
    Json doc;
    const std::optional<double> mean = summary.MeanTotal();
    doc["summary"] = {
        {"files", summary.files},
        {"scored", summary.scored},
        {"errors", summary.unscorable},
        {"mean_total", mean ? Json(RoundScore(*mean, 2, RoundMode::kHalfUp)) : Json(nullptr)},
        {"fail_under", options_.fail_under ? Json(*options_.fail_under) : Json(nullptr)},
        {"below_fail_under", summary.below}};
    doc["summary"]["gates"] = {
        {"fail_under", options_.fail_under ? Json(*options_.fail_under) : Json(nullptr)},
        {"fail_level",
         options_.fail_level ? Json(SeverityName(*options_.fail_level)) : Json(nullptr)},
        {"failed", summary.failed_paths.All()},
        {"unscorable", summary.unscorable_paths.All()},
        {"exit_code", summary.ExitCode()}};
    if (options_.group_by != GroupBy::kNone) {
      Json groups = Json::array();
      const GroupSummary& tally = summary.groups;
      for (const GroupRow& g : tally.Rows()) {
        Json grades = Json::object();
        for (const std::string& name : tally.grade_order()) {
          const auto it = g.grades.find(name);
          if (it != g.grades.end()) grades[name] = it->second;
        }
        const auto rate = g.MeanRate();
        groups.push_back(
            {{"group", g.key},
             {"projects", g.projects},
             {"errors", g.errors},
             {"mean_total",
              g.projects ? Json(RoundScore(g.MeanTotal(), 2, RoundMode::kHalfUp)) : Json(nullptr)},
             {"grades", grades},
             {"mean_execution_rate", rate ? Json(Percent(*rate)) : Json(nullptr)},
             {"below_threshold", g.below},
             {"mean_overstatement", g.MeanOverstatement() ? Json(RoundScore(*g.MeanOverstatement(),
                                                                            2, RoundMode::kHalfUp))
                                                          : Json(nullptr)},
             {"overstating", g.overstating}});
      }
      doc["summary"]["group_by"] = GroupByName(options_.group_by);
      doc["summary"]["threshold"] = tally.threshold();
      doc["summary"]["groups"] = groups;
    }
    // {"summary": …} without its braces, as the tail of the document.
    const std::string tail = IndentedJson(doc, 0);
    out_ << tail.substr(2, tail.size() - 4) << "\n}\n";
  }

 private:
  // The document's first lines, up to "projects".
  std::string Head() const {
    Json head;
    head["schema_version"] = 2;
    head["evalscore_version"] = EVALSCORE_VERSION;
    head["config"] = options_.config_path.empty() ? Json(nullptr) : Json(options_.config_path);
    const std::string text = IndentedJson(head, 0);
    return text.substr(0, text.size() - 2) + ",\n";  // drop "\n}"
  }

  // Ends the "projects" array (opening the document first when no project
  // came); once, before the batch findings or the summary.
  void CloseProjects() {
    if (projects_closed_) return;
    projects_closed_ = true;
    if (projects_.size() == 0) out_ << Head() << "  \"projects\": ";
    projects_.Close();
    out_ << ",\n";
  }

  RenderOptions options_;
  std::ostream& out_;
  Gates gates_{options_.fail_under, options_.fail_level};
  JsonArrayStream projects_{out_, 2};  // "projects": a value of the document
  bool projects_closed_ = false;
  JsonArrayStream batch_{out_, 2};  // "batch_findings", written only when not empty
};

}  // namespace

std::unique_ptr<Renderer> MakeJsonRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<JsonRenderer>(options, out);
}

}  // namespace evalscore::cli
