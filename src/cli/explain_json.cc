#include <cmath>

#include <nlohmann/json.hpp>

#include "evalscore/printed_rate.h"

#include "cli/command_renderers.h"
#include "cli/explain.h"
#include "cli/input_error_codes.h"
#include "cli/message_json.h"
#include "cli/source_location.h"

namespace evalscore::cli {
namespace {

using Json = nlohmann::ordered_json;

// A printed figure against its recomputation, with the profile's tolerance.
Json Comparison(double printed, double recomputed, const RuleProfile& p) {
  const double difference = printed - recomputed;
  return {{"printed", printed},
          {"recomputed", recomputed},
          {"difference", RoundScore(difference, 6, RoundMode::kHalfUp)},
          {"agrees", std::abs(difference) <= p.checks.score_tolerance + 1e-9}};
}

// The printed 执行率, compared as the audit compares it (ES102, ES604).
Json RateComparison(const FundsRow& row, double rate) {
  const auto c = ComparePrintedRate(row, rate);
  if (!c) return nullptr;
  static const char* kReadings[] = {"agrees", "fraction", "differs"};
  return {{"printed", c->printed},
          {"recomputed_percent", RoundScore(rate * 100, 6, RoundMode::kHalfUp)},
          {"printed_decimals", c->decimals},
          {"tolerance", RoundScore(c->tolerance, 6, RoundMode::kHalfUp)},
          {"reading", kReadings[static_cast<int>(c->reading)]},
          {"agrees", c->reading != PrintedRateReading::kDiffers}};
}

Json OperandJson(const Value& v) {
  Json j = {{"text", v.text}};
  if (v.kind == ValueKind::kNumber || v.kind == ValueKind::kRange) {
    j["number"] = v.number;
    if (v.kind == ValueKind::kRange) j["upper"] = v.upper;
    j["unit"] = v.unit;
    if (v.scale != 1) j["scale"] = v.scale;
  }
  return j;
}

Json FundsJson(const FileReport& r) {
  const BudgetScore& b = r.eval.funds;
  Json j = {{"status", BudgetStatusName(b.status)}, {"points", b.points}};
  if (b.status != BudgetStatus::kScored) return j;
  j["formula"] = std::string("全年执行数 / ") + DenominatorLabel(b.denominator_used);
  j["executed"] = b.executed;
  j["denominator"] = b.denominator;
  j["denominator_fell_back"] = b.denominator_fell_back;
  j["from_breakdown"] = b.from_breakdown;
  j["rate"] = RoundScore(b.rate, 6, RoundMode::kHalfUp);
  j["rate_used"] = RoundScore(b.rate_used, 6, RoundMode::kHalfUp);
  j["raw"] = RoundScore(b.raw, 6, RoundMode::kHalfUp);
  j["score"] = b.score;
  j["capped"] = b.capped;
  j["in_total"] = b.counts;
  j["form_unscored"] = b.form_unscored;
  if (r.eval.project.funds && r.eval.project.funds->total) {
    const FundsRow& row = *r.eval.project.funds->total;
    j["reported_rate"] = RateComparison(row, b.rate);
    j["reported_score"] =
        row.reported_score ? Comparison(row.reported_score->value, b.score, *r.profile) : nullptr;
  }
  return j;
}

Json IndicatorJson(const IndicatorScore& s, const FileReport& r, Lang lang) {
  Json j = {{"category", s.category}, {"group", s.group}, {"name", s.name}};
  AddWhereJson(&j, s.where, r.eval.project.source_parts);
  j["kind"] = KindName(s.kind);
  j["status"] = StatusName(s.status);
  j["comparison"] = ComparisonSign(s.comparison);
  j["comparison_implied"] = s.comparison_implied;
  j["target"] = OperandJson(s.target);
  j["actual"] = OperandJson(s.actual);
  j["points"] = s.points;
  j["raw"] = RoundScore(s.raw, 6, RoundMode::kHalfUp);
  j["score"] = s.score;
  j["rule"] = DerivationWords(s, *r.profile, lang);
  j["reported"] = s.reported ? Comparison(*s.reported, s.score, *r.profile) : Json(nullptr);
  return j;
}

// Every level whose printed 得分 add up to something, with both sums.
Json GroupSumsJson(const FileReport& r) {
  Json list = Json::array();
  for (const CategoryEvaluation& cat : r.eval.categories) {
    for (const GroupEvaluation& g : cat.groups) {
      if (!g.sum.reported) continue;
      Json j = {{"category", cat.form->name.value},
                {"group", g.form->name.value},
                {"points", g.sum.points}};
      j["sum"] = Comparison(*g.sum.reported, g.sum.score, *r.profile);
      list.push_back(std::move(j));
    }
  }
  return list;
}

Json TotalJson(const FileReport& r) {
  const Totals& s = r.eval.totals;
  Json j = {{"indicator_sum", s.indicator_sum},
            {"indicator_points", s.indicator_points},
            {"rescale", s.rescale},
            {"indicator_score", s.indicator_score},
            {"funds", r.eval.funds.counts ? Json(r.eval.funds.score) : Json(nullptr)},
            {"uncapped_total", s.uncapped_total ? Json(*s.uncapped_total) : Json(nullptr)},
            {"execution_cap", s.execution_cap ? Json(*s.execution_cap) : Json(nullptr)},
            {"total", s.total},
            {"max_total", s.max_total},
            {"grade", s.grade}};
  Json bands = Json::array();
  for (const GradeBand& g : r.profile->grades) bands.push_back({{"name", g.name}, {"min", g.min}});
  j["grades"] = bands;
  const Project& p = r.eval.project;
  j["reported_total"] =
      p.reported_total ? Comparison(p.reported_total->value, s.total, *r.profile) : nullptr;
  j["reported_grade"] = p.reported_grade ? Json(p.reported_grade->value) : Json(nullptr);
  return j;
}

Json FindingsJson(const FileReport& r, Lang lang) {
  Json list = Json::array();
  for (const Diagnostic& d : r.eval.diagnostics) {
    Json j = {{"code", d.code}, {"name", d.name}, {"severity", SeverityName(d.severity)}};
    AddWhereJson(&j, d.where, r.eval.project.source_parts);
    j["message"] = RenderMessage(d.message, lang);
    AddMessageJson(&j, d.message);
    list.push_back(std::move(j));
  }
  return list;
}

Json ExplanationJson(const FileReport& r, Lang lang) {
  Json j = {{"path", r.path}};
  if (r.status == FileStatus::kError) {
    j["status"] = "error";
    Json errors = Json::array();
    for (const Error& e : r.errors) {
      const InputErrorCode& code = ClassifyInputError(e.message);
      Json ej = {
          {"code", code.code}, {"name", code.name}, {"message", RenderMessage(e.message, lang)}};
      AddWhereJson(&ej, e.where, r.eval.project.source_parts);
      AddMessageJson(&ej, e.message);
      errors.push_back(std::move(ej));
    }
    j["errors"] = errors;
    return j;
  }
  j["status"] = "scored";
  j["project"] = r.eval.project.name ? Json(r.eval.project.name->value) : Json(nullptr);
  j["year"] = r.eval.project.year ? Json(r.eval.project.year->value) : Json(nullptr);
  j["profile"] = {{"name", r.eval.profile.name}, {"source", r.eval.profile.source}};
  j["funds"] = FundsJson(r);
  Json rows = Json::array();
  for (const RowEvaluation* row : r.eval.Rows()) rows.push_back(IndicatorJson(row->score, r, lang));
  j["indicators"] = rows;
  j["group_sums"] = GroupSumsJson(r);
  j["total"] = TotalJson(r);
  j["findings"] = FindingsJson(r, lang);
  return j;
}

class ExplainJsonRenderer : public Renderer {
 public:
  ExplainJsonRenderer(const RenderOptions& options, std::ostream& out)
      : lang_(options.style.lang), out_(out) {}

  void Add(const FileReport& report) override {
    explanations_.push_back(ExplanationJson(report, lang_));
  }

  void Finish() override {
    const Json doc = {{"schema_version", 1},
                      {"evalscore_version", EVALSCORE_VERSION},
                      {"explanations", explanations_}};
    out_ << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }

 private:
  Lang lang_;
  std::ostream& out_;
  Json explanations_ = Json::array();
};

}  // namespace

std::unique_ptr<Renderer> MakeExplainJsonRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<ExplainJsonRenderer>(options, out);
}

}  // namespace evalscore::cli
