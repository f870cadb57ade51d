#include <fmt/format.h>

#include "evalscore/vocabulary.h"

#include "cli/annotations.h"
#include "cli/documents.h"
#include "cli/render.h"
#include "cli/terminal_report.h"

namespace evalscore::cli {

std::unique_ptr<Renderer> MakeTextRenderer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<Renderer> MakeCsvRenderer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<Renderer> MakeJsonRenderer(const RenderOptions& options, std::ostream& out);

std::unique_ptr<Renderer> MakeRenderer(Format format, const RenderOptions& options,
                                       std::ostream& out) {
  switch (format) {
    case Format::kCsv:
      return MakeCsvRenderer(options, out);
    case Format::kJson:
      return MakeJsonRenderer(options, out);
    case Format::kMarkdown:  // control characters escaped, as for text (cat report.md)
      return MakeTerminalSafeRenderer(MakeMarkdownRenderer(options, out), true);
    case Format::kHtml:  // the same escapes: nothing a browser or a pager would act on
      return MakeTerminalSafeRenderer(MakeHtmlRenderer(options, out), true);
    case Format::kSarif:
      return MakeSarifRenderer(options, out);
    case Format::kGithub:
      return MakeGithubRenderer(options, out);
    case Format::kGitlab:
      return MakeGitlabRenderer(options, out);
    case Format::kXlsx:  // needs a path: MakeXlsxRenderer
    case Format::kText:
      break;
  }
  return MakeTerminalSafeRenderer(MakeTextRenderer(options, out));
}

std::string Fixed2(double x) {
  if (x == 0) x = 0;  // no "-0.00"
  return fmt::format("{:.2f}", x);
}

std::string Number(double x) {
  if (x == 0) x = 0;
  std::string s = fmt::format("{:.6f}", x);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string PercentText(double fraction) { return Fixed2(fraction * 100) + "%"; }

double GroupThreshold(const RenderOptions& options) { return options.fail_under.value_or(60); }

std::string GradeCounts(const GroupRow& row, const std::vector<std::string>& order) {
  std::string out;
  for (const std::string& grade : order) {
    const auto it = row.grades.find(grade);
    if (it == row.grades.end()) continue;
    out += (out.empty() ? "" : " ") + grade + ":" + std::to_string(it->second);
  }
  return out;
}

const char* StatusName(IndicatorStatus s) {
  switch (s) {
    case IndicatorStatus::kScored:
      return "scored";
    case IndicatorStatus::kFallback:
      return "fallback";
    case IndicatorStatus::kNotApplicable:
      return "not_applicable";
    case IndicatorStatus::kUnscored:
      return "unscored";
    case IndicatorStatus::kError:
      return "error";
  }
  return "";
}

const char* KindName(IndicatorKind k) {
  switch (k) {
    case IndicatorKind::kPositive:
      return "positive";
    case IndicatorKind::kReverse:
      return "reverse";
    case IndicatorKind::kEqual:
      return "equal";
    case IndicatorKind::kRange:
      return "range";
    case IndicatorKind::kQualitative:
      return "qualitative";
    case IndicatorKind::kDeadline:
      return "deadline";
    case IndicatorKind::kNone:
      return "none";
  }
  return "";
}

const char* BudgetStatusName(BudgetStatus s) {
  switch (s) {
    case BudgetStatus::kScored:
      return "scored";
    case BudgetStatus::kMissing:
      return "missing";
    case BudgetStatus::kZeroBudget:
      return "zero_budget";
    case BudgetStatus::kNotApplicable:
      return "not_applicable";
    case BudgetStatus::kIncomplete:
      return "incomplete";
  }
  return "";
}

const char* GradeName(QualitativeGradeKind g) {
  switch (g) {
    case QualitativeGradeKind::kAchieved:
      return "达成";
    case QualitativeGradeKind::kPartial:
      return "部分达成";
    case QualitativeGradeKind::kNotAchieved:
      return "未达成";
    case QualitativeGradeKind::kNone:
      break;
  }
  return "?";
}

namespace {

// The form label of a field (the vocabulary): its string_views view string
// literals, so data() is NUL-terminated.
const char* FormLabel(std::string_view section, std::string_view key) {
  return LabelOf(section, key).data();
}

}  // namespace

const char* DenominatorLabel(BudgetDenominator d) {
  switch (d) {
    case BudgetDenominator::kInitial:
      return FormLabel("fundsRow", "initial");
    case BudgetDenominator::kAdjusted:
      return FormLabel("fundsRow", "adjusted");
    case BudgetDenominator::kBudget:
      break;
  }
  return FormLabel("fundsRow", "budget");
}

const char* FundsRowLabel(FundsRowKind k) {
  if (k == FundsRowKind::kNamed) return "其他来源";  // the row's own label is in FundsRow::label
  return FormLabel("funds", FundsRowKey(k));
}

const char* DenominatorName(BudgetDenominator d) {
  switch (d) {
    case BudgetDenominator::kBudget:
      return "budget";
    case BudgetDenominator::kAdjusted:
      return "adjusted";
    case BudgetDenominator::kInitial:
      return "initial";
  }
  return "";
}

}  // namespace evalscore::cli
