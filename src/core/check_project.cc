#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "evalscore/severity_override.h"

#include "check_context.h"

namespace evalscore {

std::string Num(double x) {
  if (x == 0) x = 0;  // no "-0"
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed, 6);
  std::string s(buffer, result.ptr);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

int PrintedDecimals(double x) {
  for (int d = 0; d < 6; ++d) {
    const double scaled = x * std::pow(10.0, d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return d;
  }
  return 6;
}

std::string FixedText(double x, int decimals) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed,
                                    std::clamp(decimals, 0, 6));
  return std::string(buffer, result.ptr);
}

MessageArg NumArg(std::string name, double x) { return NumberArg(std::move(name), x, Num(x)); }

namespace {

// The catalogue entry of a check's code ("ES107"), by hash: every finding
// looks its check up.
const CheckInfo* CheckOfCode(std::string_view code) {
  static const std::unordered_map<std::string_view, const CheckInfo*> by_code = [] {
    std::unordered_map<std::string_view, const CheckInfo*> index;
    for (const CheckInfo& c : CheckCatalogue()) index.emplace(c.code, &c);
    return index;
  }();
  const auto it = by_code.find(code);
  return it == by_code.end() ? FindCheck(std::string(code)) : it->second;
}

}  // namespace

void CheckContext::Add(const char* code, Location where, Message message,
                       std::optional<double> reported, std::optional<double> recomputed) {
  const CheckInfo* info = CheckOfCode(code);
  found.push_back(Diagnostic{info->code, info->name, info->severity, where, std::move(message),
                             reported, recomputed});
}

std::vector<CheckContext::Row> CheckContext::Rows() const {
  std::vector<Row> rows;
  size_t i = 0;
  for (const IndicatorCategory& cat : project.categories) {
    for (const IndicatorGroup& group : cat.groups) {
      for (const Indicator& ind : group.indicators) {
        if (i < score.indicators.size()) rows.push_back({&ind, &score.indicators[i++]});
      }
    }
  }
  return rows;
}

std::vector<Diagnostic> CheckProject(const Project& project, const ProjectScore& score,
                                     const RuleProfile& profile) {
  CheckContext c(project, score, profile);
  CheckFunds(c);
  CheckWeights(c);
  CheckRows(c);
  CheckTotals(c);
  CheckReview(c);
  CheckSenseMoney(c);
  CheckSenseRows(c);
  CheckSenseStructure(c);
  CheckSenseGoals(c);
  CheckExecutionCap(c);
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : c.found) {
    if (ApplySeverityOverride(profile.checks.severity, &d)) kept.push_back(std::move(d));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    if (a.where.column != b.where.column) return a.where.column < b.where.column;
    return a.code < b.code;
  });
  return kept;
}

}  // namespace evalscore
