#include <nlohmann/json.hpp>

#include "cli/render.h"
#include "cli/source_location.h"

namespace evalscore::cli {
namespace {

using Json = nlohmann::ordered_json;

Json Opt(const OptNumber& n) { return n ? Json(n->value) : Json(nullptr); }
Json Opt(const OptText& t) { return t ? Json(t->value) : Json(nullptr); }
Json Opt(const std::optional<double>& d) { return d ? Json(*d) : Json(nullptr); }

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
  return j;
}

Json BudgetJson(const FileReport& r) {
  const BudgetScore& b = r.score.budget;
  Json j;
  j["status"] = BudgetStatusName(b.status);
  j["denominator"] = DenominatorName(b.denominator_used);
  j["points"] = b.points;
  if (b.status == BudgetStatus::kScored) {
    j["denominator_amount"] = b.denominator;
    j["executed_amount"] = b.executed;
    j["rate"] = b.rate;
    j["rate_used"] = b.rate_used;
    j["capped"] = b.capped;
  }
  j["score"] = b.status == BudgetStatus::kMissing ? Json(nullptr) : Json(b.score);
  j["in_total"] = b.counts;
  if (r.project.funds) {
    j["currency"] = r.project.funds->currency;
    j["total_row"] = r.project.funds->total ? RowJson(*r.project.funds->total) : Json(nullptr);
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
  if (!s.note.empty()) j["note"] = s.note;
  return j;
}

Json ProjectJson(const FileReport& r) {
  Json j;
  j["path"] = r.path;
  if (r.status == FileStatus::kError) {
    j["status"] = "error";
    Json errors = Json::array();
    for (const Error& e : r.errors) {
      Json ej = {{"message", e.message}};
      AddWhereJson(&ej, e.where, r.project.source_parts);
      errors.push_back(ej);
    }
    j["errors"] = errors;
    return j;
  }
  const Project& p = r.project;
  const ProjectScore& s = r.score;
  j["status"] = "scored";
  j["profile"] = {{"name", r.profile_name}, {"source", r.profile_source}};
  j["project"] = {{"name", Opt(p.name)},
                  {"year", p.year ? Json(p.year->value) : Json(nullptr)},
                  {"department", Opt(p.department)},
                  {"unit", Opt(p.unit)}};
  j["budget"] = BudgetJson(r);
  Json cats = Json::array();
  for (const CategoryScore& c : s.categories) {
    Json groups = Json::array();
    for (const GroupScore& g : c.groups) {
      groups.push_back(
          {{"name", g.name}, {"weight", Opt(g.weight)}, {"points", g.points}, {"score", g.score}});
    }
    cats.push_back({{"name", c.name},
                    {"weight", Opt(c.weight)},
                    {"points", c.points},
                    {"score", c.score},
                    {"groups", groups}});
  }
  j["categories"] = cats;
  Json inds = Json::array();
  for (const IndicatorScore& i : s.indicators) inds.push_back(IndicatorJson(i, p.source_parts));
  j["indicators"] = inds;
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
  Json diagnostics = Json::array();
  for (const Diagnostic& d : r.diagnostics) {
    Json dj;
    dj["code"] = d.code;
    dj["name"] = d.name;
    dj["severity"] = SeverityName(d.severity);
    AddWhereJson(&dj, d.where, r.project.source_parts);
    dj["message"] = d.message;
    if (d.reported) dj["reported"] = *d.reported;
    if (d.recomputed) dj["recomputed"] = *d.recomputed;
    diagnostics.push_back(dj);
  }
  j["diagnostics"] = diagnostics;
  j["findings"] = {{"errors", r.Count(Severity::kError)},
                   {"warnings", r.Count(Severity::kWarning)},
                   {"infos", r.Count(Severity::kInfo)}};
  return j;
}

class JsonRenderer : public Renderer {
 public:
  JsonRenderer(const RenderOptions& options, std::ostream& out)
      : options_(options), out_(out), groups_(options.group_by, GroupThreshold(options)) {}

  void Add(const FileReport& r) override {
    groups_.Add(r);
    projects_.push_back(ProjectJson(r));
    if (r.status == FileStatus::kScored) {
      ++scored_;
      sum_ += r.score.total;
      if (options_.fail_under && r.score.total < *options_.fail_under) ++below_;
    }
  }

  void Finish() override {
    Json doc;
    doc["schema_version"] = 1;
    doc["evalscore_version"] = EVALSCORE_VERSION;
    doc["projects"] = std::move(projects_);
    const size_t files = doc["projects"].size();
    doc["summary"] = {
        {"files", files},
        {"scored", scored_},
        {"errors", files - scored_},
        {"mean_total",
         scored_ ? Json(RoundScore(sum_ / static_cast<double>(scored_), 2, RoundMode::kHalfUp))
                 : Json(nullptr)},
        {"fail_under", options_.fail_under ? Json(*options_.fail_under) : Json(nullptr)},
        {"below_fail_under", below_}};
    if (options_.group_by != GroupBy::kNone) {
      Json groups = Json::array();
      for (const GroupRow& g : groups_.Rows()) {
        Json grades = Json::object();
        for (const std::string& name : groups_.grade_order()) {
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
             {"mean_execution_rate", rate ? Json(*rate) : Json(nullptr)},
             {"below_threshold", g.below}});
      }
      doc["summary"]["group_by"] = GroupByName(options_.group_by);
      doc["summary"]["threshold"] = groups_.threshold();
      doc["summary"]["groups"] = groups;
    }
    out_ << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }

 private:
  RenderOptions options_;
  std::ostream& out_;
  GroupSummary groups_;
  Json projects_ = Json::array();
  size_t scored_ = 0;
  size_t below_ = 0;
  double sum_ = 0;
};

}  // namespace

std::unique_ptr<Renderer> MakeJsonRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<JsonRenderer>(options, out);
}

}  // namespace evalscore::cli
