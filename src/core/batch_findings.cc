#include "batch_findings.h"

#include <algorithm>

#include "evalscore/check.h"
#include "evalscore/severity_override.h"

#include "edit_distance.h"

namespace evalscore::batch {

std::optional<BatchFinding> MakeFinding(const char* code, const BatchForm& form, Location where,
                                        Message message, const RuleProfile& profile) {
  const CheckInfo* info = FindCheck(code);
  Diagnostic d{info->code, info->name, info->severity, where, std::move(message), {}, {}};
  if (!ApplySeverityOverride(profile.checks.severity, &d)) return std::nullopt;
  return BatchFinding{form.file, std::move(d), form.source_parts};
}

bool Reported(const char* code, const RuleProfile& profile) {
  const CheckInfo* info = FindCheck(code);
  Diagnostic d{info->code, info->name, info->severity, {}, {}, {}, {}};
  return ApplySeverityOverride(profile.checks.severity, &d);
}

const char* KindCode(BatchFindingList::Kind kind) {
  switch (kind) {
    case BatchFindingList::Kind::kEs501:
      return "ES501";
    case BatchFindingList::Kind::kEs502Exact:
    case BatchFindingList::Kind::kEs502Near:
      return "ES502";
    case BatchFindingList::Kind::kEs503:
      return "ES503";
    case BatchFindingList::Kind::kEs504:
      return "ES504";
  }
  return "ES504";  // not reached
}

BatchFindingList::Group GroupOf(const std::vector<size_t>& group) {
  BatchFindingList::Group g;
  g.size = static_cast<uint32_t>(group.size());
  for (size_t k = 0; k < group.size() && k < g.first.size(); ++k) {
    g.first[k] = static_cast<uint32_t>(group[k]);
  }
  return g;
}

std::string Others(const BatchFindingList::Group& group, size_t self,
                   const std::function<std::string(size_t)>& file_of) {
  std::string text;
  size_t shown = 0;
  for (size_t k = 0; k < group.size && k < group.first.size() && shown < 2; ++k) {
    if (group.first[k] == self) continue;
    text += (shown ? ", " : "") + file_of(group.first[k]);
    ++shown;
  }
  const size_t rest = group.size - 1 - shown;  // `self` is one of the group
  if (rest > 0) text += " and " + std::to_string(rest) + " more";
  return text;
}

Message Es504(const BatchForm& form, const std::string& others) {
  return {"ES504.project_repeated", {TextArg("project", form.name), TextArg("others", others)}};
}

Message Es501(const BatchForm& form, size_t forms, const std::string& others) {
  return {"ES501.unit_full_marks",
          {CountArg("forms", static_cast<long long>(forms)), TextArg("unit", form.unit),
           TextArg("others", others)}};
}

Message Es503(const BatchForm& form, size_t forms, const std::string& others) {
  return {"ES503.unit_satisfaction_full",
          {CountArg("forms", static_cast<long long>(forms)), TextArg("unit", form.unit),
           TextArg("others", others)}};
}

Message Es502(bool exact, const BatchForm::Row& row, const BatchForm& other_form,
              const BatchForm::Row& other_row) {
  return {exact ? "ES502.row_repeated" : "ES502.row_nearly_repeated",
          {TextArg("indicator", row.name),
           TextArg("other", other_form.file + ":" + std::to_string(other_row.where.line)),
           TextArg("other_indicator", other_row.name), TextArg("unit", other_form.unit)}};
}

bool Similar(const BatchForm::Row& a, const BatchForm::Row& b, const RuleProfile& profile) {
  const std::string_view ka = a.key, kb = b.key;
  const std::string_view ta = ka.substr(ka.find('|')), tb = kb.substr(kb.find('|'));
  if (ta != tb) return false;  // targets must agree
  const size_t longer = std::max(a.name_chars, b.name_chars);
  const size_t shorter = std::min(a.name_chars, b.name_chars);
  const double allowed = (1 - profile.checks.batch_similarity) * static_cast<double>(longer);
  if (static_cast<double>(longer - shorter) > allowed) return false;
  const size_t d = EditDistance(ka.substr(0, ka.find('|')), kb.substr(0, kb.find('|')));
  return static_cast<double>(d) <= allowed;
}

bool FoundBefore(const Found& a, const Found& b) {
  if (a.form != b.form) return a.form < b.form;
  const Location& x = a.finding.diagnostic.where;
  const Location& y = b.finding.diagnostic.where;
  if (x.line != y.line) return x.line < y.line;
  if (x.column != y.column) return x.column < y.column;
  return a.finding.diagnostic.code < b.finding.diagnostic.code;
}

}  // namespace evalscore::batch
