#include <algorithm>
#include <cctype>

#include "evalscore/check.h"
#include "evalscore/message.h"

namespace evalscore {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "";
}

namespace {

// One check as the table below lists it. Its words (CheckInfo::summary and
// ::fix) are the message catalogue's "check.CODE.summary" and "check.CODE.fix"
// (messages_checks.cc, English beside Chinese): the one copy of each text.
struct CheckRow {
  const char* code;
  const char* name;
  Severity severity;
};

std::string EnglishOf(const std::string& id) {
  const MessageTemplate* t = FindMessageTemplate(id);
  return t == nullptr ? std::string() : std::string(t->en);
}

// The catalogue is written in blocks (0.1's checks, then later ones); it is
// served ordered by code, each check with its English texts.
std::vector<CheckInfo> SortedByCode(const std::vector<CheckRow>& rows) {
  std::vector<CheckInfo> checks;
  checks.reserve(rows.size());
  for (const CheckRow& r : rows) {
    const std::string code = r.code;
    checks.push_back({code, r.name, r.severity, EnglishOf("check." + code + ".summary"),
                      EnglishOf("check." + code + ".fix")});
  }
  std::stable_sort(checks.begin(), checks.end(),
                   [](const CheckInfo& a, const CheckInfo& b) { return a.code < b.code; });
  return checks;
}

}  // namespace

const std::vector<CheckInfo>& CheckCatalogue() {
  using S = Severity;
  static const std::vector<CheckInfo> catalogue = SortedByCode({
      // Funds block (预算执行).
      {"ES101", "BREAKDOWN_SUM", S::kWarning},
      {"ES102", "RATE_MISMATCH", S::kWarning},
      {"ES103", "BUDGET_SCORE_MISMATCH", S::kWarning},
      {"ES104", "EXEC_OVER_BUDGET", S::kWarning},
      {"ES105", "ZERO_BUDGET", S::kWarning},
      {"ES106", "LOW_EXECUTION", S::kWarning},
      {"ES107", "INDICATORS_FULL_BUDGET_LOW", S::kWarning},
      {"ES108", "BUDGET_INCOMPLETE", S::kWarning},
      {"ES109", "ANNUAL_ZERO_ADJUSTED", S::kInfo},
      {"ES110", "NO_FUNDS_SCORE", S::kInfo},
      {"ES111", "FUNDS_POINTS_MISMATCH", S::kWarning},
      // Weights and points.
      {"ES201", "WEIGHT_SUM", S::kWarning},
      {"ES202", "TOTAL_POINTS", S::kWarning},
      {"ES203", "WEIGHT_DEVIATION", S::kWarning},
      {"ES204", "NONPOSITIVE_POINTS", S::kWarning},
      {"ES205", "MISSING_SATISFACTION", S::kWarning},
      // Indicator rows.
      {"ES301", "SCORE_GT_POINTS", S::kError},
      {"ES302", "SCORE_MISMATCH", S::kWarning},
      {"ES303", "MISSING_DEVIATION_REASON", S::kWarning},
      {"ES304", "QUAL_BAND", S::kWarning},
      {"ES305", "OVER_ACHIEVEMENT", S::kWarning},
      {"ES306", "TEXT_ACTUAL_FOR_NUMERIC", S::kWarning},
      {"ES307", "UNIT_MISMATCH", S::kError},
      {"ES308", "TARGET_IN_NAME", S::kInfo},
      {"ES309", "NEGATIVE_ACTUAL", S::kWarning},
      {"ES310", "DUPLICATE_INDICATOR", S::kWarning},
      {"ES311", "CONSTANT_FULL", S::kInfo},
      {"ES312", "ROW_NOT_SCORABLE", S::kError},
      {"ES313", "SCORED_BY_FALLBACK", S::kWarning},
      {"ES314", "APPROXIMATE_ACTUAL", S::kInfo},
      {"ES315", "SIGN_IN_ACTUAL", S::kWarning},
      {"ES316", "IMPLIED_SIGN", S::kInfo},
      {"ES317", "ROW_WITHOUT_POINTS", S::kInfo},
      {"ES318", "MISSING_SCORE", S::kInfo},
      // Totals.
      {"ES401", "TOTAL_MISMATCH", S::kWarning},
      {"ES402", "GRADE_MISMATCH", S::kWarning},
      // How the form was read (form model v2): layouts and readings a reviewer should know of.
      {"ES601", "POINTS_FROM_LEVEL", S::kInfo},
      {"ES602", "NA_RESCALED", S::kInfo},
      {"ES603", "NAME_MISSING", S::kWarning},
      {"ES604", "RATE_AS_FRACTION", S::kInfo},
      {"ES605", "FUNDS_SCORE_BLANK", S::kWarning},
      {"ES606", "TOTAL_FROM_BREAKDOWN", S::kWarning},
      {"ES607", "FUNDS_NOT_IN_TOTAL", S::kInfo},
      {"ES608", "PERCENT_WEIGHTS", S::kInfo},
      {"ES609", "BARE_ACTUAL_IN_TARGET_UNIT", S::kInfo},
      {"ES610", "DEPARTMENT_FORM", S::kInfo},
      // The reviewer's columns (复核得分, 复核意见, review:).
      {"ES801", "REVIEW_ABOVE_POINTS", S::kError},
      {"ES802", "REVIEW_WITHOUT_REASON", S::kWarning},
      {"ES803", "REVIEW_INCOMPLETE", S::kInfo},
      {"ES804", "REVIEW_UNSIGNED", S::kInfo},
      // Sense checks (audit v2): the numbers add up, the form does not make sense.
      {"ES112", "BUDGET_CUT_TO_EXECUTED", S::kWarning},
      {"ES206", "ROW_IN_FULL_LEVEL", S::kWarning},
      {"ES207", "MISSING_BENEFIT", S::kWarning},
      {"ES208", "QUALITATIVE_HEAVY", S::kInfo},
      {"ES319", "RATE_IN_COUNT_UNIT", S::kWarning},
      {"ES320", "TEMPLATE_PLACEHOLDER", S::kInfo},
      {"ES321", "VALUE_WITHOUT_UNIT", S::kInfo},
      {"ES322", "FUNDS_AS_OUTPUT", S::kWarning},
      {"ES323", "TIMELINESS_AS_PERCENT", S::kWarning},
      {"ES324", "YEAR_OUTSIDE_FORM", S::kWarning},
      {"ES325", "MISFILED_INDICATOR", S::kWarning},
      {"ES326", "PROGRESS_FOR_TIMELINESS", S::kInfo},
      {"ES327", "CAP_ON_OUTPUT_COUNT", S::kWarning},
      {"ES328", "PACKED_INDICATOR", S::kWarning},
      {"ES329", "ALL_AT_THRESHOLD", S::kInfo},
      {"ES330", "SUSTAINABILITY_IN_YEAR_ONE", S::kWarning},
      {"ES331", "UNIT_COST_VS_BUDGET", S::kWarning},
      {"ES332", "COST_CEILING_ABOVE_BUDGET", S::kWarning},
      {"ES333", "SATISFACTION_WITHOUT_SURVEY", S::kInfo},
      {"ES403", "TOTAL_CAPPED_BY_EXECUTION", S::kInfo},
      // Batch checks: several forms scored together.
      {"ES501", "UNIT_ALL_FULL_MARKS", S::kWarning},
      {"ES502", "COPIED_INDICATOR", S::kInfo},
      {"ES503", "UNIT_SATISFACTION_ALL_100", S::kWarning},
      {"ES504", "DUPLICATE_PROJECT", S::kWarning},
      // Goals and header.
      {"ES701", "GOAL_AMOUNTS_SUM", S::kWarning},
      {"ES702", "GOAL_ITEM_OVER_PLAN", S::kWarning},
      {"ES703", "GOALS_ONLY_MONEY", S::kInfo},
      {"ES704", "UNITS_SWAPPED", S::kWarning},
  });
  return catalogue;
}

const CheckInfo* FindCheck(const std::string& code_or_name) {
  std::string upper = code_or_name;
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  for (const CheckInfo& c : CheckCatalogue()) {
    if (c.code == upper || c.name == upper) return &c;
  }
  return nullptr;
}

}  // namespace evalscore
