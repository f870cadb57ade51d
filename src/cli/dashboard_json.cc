// `evalscore review -f json`: the Dashboard value as one JSON document, the
// figures every other review output prints (schema_version 1).
#include <nlohmann/json.hpp>

#include "cli/dashboard_data.h"
#include "cli/review.h"

namespace evalscore::cli {
namespace {

using Json = nlohmann::ordered_json;

Json Opt(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }

Json CodeJson(const CodeCount& c) {
  return {{"code", c.code},
          {"name", c.name},
          {"severity", SeverityName(c.severity)},
          {"findings", c.findings},
          {"forms", c.forms}};
}

Json FormJson(const DashboardForm& f) {
  Json j = {{"number", f.number}, {"path", f.path}, {"scored", f.scored}};
  if (!f.scored) {
    j["error"] = RenderMessage(f.error, Lang::kEn);
    j["reasons"] = f.reasons;
    return j;
  }
  j.update({{"name", f.name},
            {"department", f.department},
            {"unit", f.unit},
            {"incomplete", f.incomplete},
            {"max_total", f.max_total},
            {"total", f.total},
            {"total_pct", f.total_pct},
            {"self_score", Opt(f.self_score)},
            {"self_score_from_rows", f.self_score_from_rows},
            {"self_pct", Opt(f.self_pct)},
            {"over", Opt(f.over)},
            {"over_pct", Opt(f.over_pct)},
            {"rate", Opt(f.rate)},
            {"grade", f.grade},
            {"reported_grade", f.reported_grade},
            {"findings", {{"errors", f.errors}, {"warnings", f.warnings}, {"infos", f.infos}}},
            {"rows", f.rows},
            {"qualitative_rows", f.qualitative_rows},
            {"rows_self_scored", f.rows_self_scored},
            {"rows_full_marks", f.rows_full_marks},
            {"full_marks_no_money", f.full_marks_no_money},
            {"reasons", f.reasons},
            {"reviewed_total", Opt(f.reviewed_total)},
            {"reviewed_grade", f.reviewed_grade}});
  return j;
}

Json GroupJson(const DashboardGroup& g) {
  Json worst = Json::array();
  for (const CodeCount& c : g.worst) worst.push_back(CodeJson(c));
  return {{"key", g.key},
          {"forms", g.forms},
          {"scored", g.scored},
          {"incomplete", g.incomplete},
          {"mean_self_pct", Opt(g.mean_self_pct)},
          {"mean_total_pct", g.mean_total_pct},
          {"mean_over_pct", Opt(g.mean_over_pct)},
          {"overstating", g.overstating},
          {"grade_changes", g.grade_changes},
          {"full_mark_share", Opt(g.full_mark_share)},
          {"qualitative_share", Opt(g.qualitative_share)},
          {"mean_rate", Opt(g.mean_rate)},
          {"worst", worst}};
}

Json DashboardJson(const Dashboard& d) {
  Json j = {{"schema_version", 1}, {"evalscore_version", EVALSCORE_VERSION}};
  j["headline"] = {{"files", d.files},
                   {"scored", d.scored},
                   {"could_not_be_scored", d.failed},
                   {"incomplete", d.incomplete},
                   {"mean_total", d.mean_total},
                   {"mean_total_pct", Opt(d.mean_total_pct)},
                   {"mean_self_pct", Opt(d.mean_self_pct)},
                   {"overstating", d.overstating},
                   {"over_points", d.over_points},
                   {"over_pct_sum", d.over_pct_sum},
                   {"understating", d.understating},
                   {"grade_changes", d.grade_changes},
                   {"full_marks_no_money", d.full_marks_no_money},
                   {"reviewed", d.reviewed}};
  j["thresholds"] = {
      {"tolerance", d.tolerance}, {"low_execution", d.low_execution}, {"high_score", d.high_score}};
  j["grades"] = Json::array();
  for (const GradeCount& g : d.grades) {
    j["grades"].push_back(
        {{"grade", g.grade}, {"reported", g.reported}, {"recomputed", g.recomputed}});
  }
  for (const HistogramBin& b : d.histogram) {
    j["histogram"].push_back(
        {{"low", b.low}, {"high", b.high}, {"complete", b.complete}, {"incomplete", b.incomplete}});
  }
  // A form's number is its index + 1 (DashboardForm::number): no record is read back.
  j["top_overstating"] = Json::array();
  for (size_t i : d.top_overstating) j["top_overstating"].push_back(i + 1);
  j["incomplete_overstating"] = Json::array();
  for (size_t i : d.incomplete_overstating) j["incomplete_overstating"].push_back(i + 1);
  j["codes"] = Json::array();
  for (const CodeCount& c : d.codes) j["codes"].push_back(CodeJson(c));
  j["by_department"] = Json::array();
  for (const DashboardGroup& g : d.by_department) j["by_department"].push_back(GroupJson(g));
  j["by_unit"] = Json::array();
  for (const DashboardGroup& g : d.by_unit) j["by_unit"].push_back(GroupJson(g));
  j["attention"] = Json::array();
  for (size_t i : d.attention) j["attention"].push_back(i + 1);
  return j;
}

// Writes `j` as dump(2) would with the array `forms` (every form's record)
// under "forms", one form at a time: the records never sit in memory together.
void WriteDashboardJson(Json j, const DashboardForms& forms, std::ostream& out) {
  // A placeholder for the array, found by its line: no JSON string holds a raw quote.
  j["forms"] = "evalscore:forms";
  const std::string doc = j.dump(2, ' ', false, Json::error_handler_t::replace);
  const std::string key = "\n  \"forms\": ", value = "\"evalscore:forms\"";
  const size_t at = doc.find(key + value) + key.size();
  out << doc.substr(0, at);
  if (forms.empty()) out << "[]";
  bool first = true;
  for (const DashboardForm& f : forms) {
    out << (first ? "[\n    " : ",\n    ");
    first = false;
    // The record at depth 2: every line but the first indented by 4 more spaces
    // (a JSON string holds no raw line break).
    const std::string record = FormJson(f).dump(2, ' ', false, Json::error_handler_t::replace);
    for (char c : record) {
      out << c;
      if (c == '\n') out << "    ";
    }
  }
  if (!first) out << "\n  ]";
  out << doc.substr(at + value.size());
}

class DashboardJsonRenderer : public Renderer {
 public:
  explicit DashboardJsonRenderer(std::ostream& out) : out_(out) {}
  void Add(const FileReport& report) override { builder_.Add(report); }
  void Finish() override {
    const Dashboard d = builder_.Build();
    WriteDashboardJson(DashboardJson(d), d.forms, out_);
    out_ << '\n';
  }

 private:
  std::ostream& out_;
  DashboardBuilder builder_;
};

}  // namespace

std::unique_ptr<Renderer> MakeDashboardJsonRenderer(const RenderOptions&, std::ostream& out) {
  return std::make_unique<DashboardJsonRenderer>(out);
}

}  // namespace evalscore::cli
