#include <algorithm>
#include <cmath>
#include <map>

#include "evalscore/batch_check.h"
#include "evalscore/batch_index.h"

#include "batch_findings.h"
#include "text_scan.h"

namespace evalscore {
namespace {

// The name without a template prefix ("指标1:" …), as in check_rows.cc.
std::string WithoutTemplatePrefix(const std::string& name) {
  const std::string folded = FoldText(name);
  const size_t colon = folded.find(':');
  if (folded.rfind("指标", 0) == 0 && colon != std::string::npos && colon <= 10) {
    return folded.substr(colon + 1);
  }
  return folded;
}

bool SelfFull(const Evaluation& e) {
  const Project& p = e.project;
  if (p.reported_total) {
    const double full = p.reported_points ? p.reported_points->value : 100;
    return p.reported_total->value >= full - 0.01;
  }
  size_t rows = 0;
  bool full = true;
  e.ForEachRow([&](const RowEvaluation& r) {
    const IndicatorScore& row = r.score;
    if (row.status == IndicatorStatus::kUnscored || row.status == IndicatorStatus::kNotApplicable) {
      return;
    }
    if (!row.reported || *row.reported < row.points - 1e-9) full = false;
    ++rows;
  });
  if (!full || rows == 0) return false;
  if (p.funds && p.funds->total && e.funds.status != BudgetStatus::kMissing) {
    const OptNumber& r = p.funds->total->reported_score;
    if (!r || r->value < e.funds.points - 1e-9) return false;
  }
  return true;
}

}  // namespace

BatchForm SummariseForBatch(const std::string& file, const Evaluation& e) {
  const Project& p = e.project;
  BatchForm f;
  f.file = file;
  f.source_parts = p.source_parts;
  if (p.name) f.name = p.name->value, f.name_where = p.name->where;
  if (p.year) f.year = p.year->value;
  const OptText& unit = p.unit ? p.unit : p.department;
  if (unit) f.unit = unit->value, f.unit_where = unit->where;
  f.self_full = SelfFull(e);
  f.total_where = p.reported_total ? p.reported_total->where : p.indicators_where;
  f.satisfaction_all_100 = true;
  e.ForEachRow([&f](const RowEvaluation& r) {
    const Indicator& ind = *r.form;
    const IndicatorScore& row = r.score;
    if (ind.blank) return;
    if (Contains(ind.name.value, "满意") && row.actual.kind == ValueKind::kNumber &&
        row.actual.unit == "%") {
      if (!f.has_satisfaction) f.satisfaction_where = ind.actual->where;
      f.has_satisfaction = true;
      f.satisfaction_all_100 = f.satisfaction_all_100 && row.actual.number >= 100;
    }
    const std::string name = NormaliseForCompare(WithoutTemplatePrefix(ind.name.value));
    const std::string target = ind.target ? NormaliseForCompare(ind.target->value) : "";
    f.rows.push_back({ind.name.value, name + "|" + target, CodePoints(name), ind.where});
  });
  if (!f.has_satisfaction) f.satisfaction_all_100 = false;
  return f;
}

namespace {

class BatchChecker {
 public:
  BatchChecker(const std::vector<BatchForm>& forms, const RuleProfile& profile)
      : forms_(forms), profile_(profile) {
    for (const BatchForm& f : forms) units_.push_back(NormaliseForCompare(f.unit));
  }

  std::vector<BatchFinding> Run() {
    Duplicates();
    Units();
    Copies();
    std::stable_sort(found_.begin(), found_.end(), batch::FoundBefore);
    std::vector<BatchFinding> out;
    for (batch::Found& f : found_) out.push_back(std::move(f.finding));
    return out;
  }

 private:
  void Add(const char* code, size_t form, Location where, Message message) {
    auto finding = batch::MakeFinding(code, forms_[form], where, std::move(message), profile_);
    if (finding) found_.push_back({form, std::move(*finding)});
  }

  std::string Others(const std::vector<size_t>& group, size_t self) const {
    return batch::Others(batch::GroupOf(group), self, [this](size_t i) { return forms_[i].file; });
  }

  // ES504: the same name, year and unit twice.
  void Duplicates() {
    std::map<std::string, std::vector<size_t>> by_key;
    for (size_t i = 0; i < forms_.size(); ++i) {
      std::string key = BatchDuplicateKey(forms_[i]);
      if (!key.empty()) by_key[std::move(key)].push_back(i);
    }
    for (const auto& [key, group] : by_key) {
      if (group.size() < 2) continue;
      for (size_t i : group) {
        Add("ES504", i, forms_[i].name_where, batch::Es504(forms_[i], Others(group, i)));
      }
    }
  }

  // ES501 and ES503: every form of a unit at full marks / satisfaction 100%.
  void Units() {
    std::map<std::string, std::vector<size_t>> by_unit;
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (!units_[i].empty()) by_unit[units_[i]].push_back(i);
    }
    const size_t min = static_cast<size_t>(profile_.checks.batch_min_unit_projects);
    for (const auto& entry : by_unit) {
      const std::vector<size_t>& group = entry.second;  // a named reference: lambdas capture it
      if (group.size() < min) continue;
      const auto all = [&](bool BatchForm::*flag) {
        return std::all_of(group.begin(), group.end(), [&](size_t i) { return forms_[i].*flag; });
      };
      if (all(&BatchForm::self_full)) {
        for (size_t i : group) {
          Add("ES501", i, forms_[i].total_where,
              batch::Es501(forms_[i], group.size(), Others(group, i)));
        }
      }
      if (all(&BatchForm::satisfaction_all_100)) {
        for (size_t i : group) {
          Add("ES503", i, forms_[i].satisfaction_where,
              batch::Es503(forms_[i], group.size(), Others(group, i)));
        }
      }
    }
  }

  struct RowRef {
    size_t form;
    size_t row;
  };

  // ES502: a row whose name and target also appear (or nearly) on a form of
  // another unit. Rows are bucketed by target so near-duplicates are compared
  // only among rows with the same target.
  void Copies() {
    std::map<std::string, std::vector<RowRef>> by_target;
    const size_t min = static_cast<size_t>(profile_.checks.batch_min_text_chars);
    for (size_t i = 0; i < forms_.size(); ++i) {
      if (units_[i].empty()) continue;
      for (size_t r = 0; r < forms_[i].rows.size(); ++r) {
        const BatchForm::Row& row = forms_[i].rows[r];
        if (row.name_chars < min) continue;
        by_target[std::string(BatchRowTarget(row))].push_back({i, r});
      }
    }
    for (const auto& [target, refs] : by_target) {
      const bool near = refs.size() <= batch::kNearGroupMax;  // beyond: exact copies only
      for (const RowRef& a : refs) {
        const BatchForm& fa = forms_[a.form];
        const BatchForm::Row& ra = fa.rows[a.row];
        for (const RowRef& b : refs) {
          const BatchForm& fb = forms_[b.form];
          if (units_[a.form] == units_[b.form]) continue;
          const BatchForm::Row& rb = fb.rows[b.row];
          const bool exact = ra.key == rb.key;
          if (!exact && !(near && batch::Similar(ra, rb, profile_))) continue;
          Add("ES502", a.form, ra.where, batch::Es502(exact, ra, fb, rb));
          break;
        }
      }
    }
  }

  const std::vector<BatchForm>& forms_;
  const RuleProfile& profile_;
  std::vector<std::string> units_;  // normalised unit of each form
  std::vector<batch::Found> found_;
};

}  // namespace

std::vector<BatchFinding> CheckBatch(const std::vector<BatchForm>& forms,
                                     const RuleProfile& profile) {
  return BatchChecker(forms, profile).Run();
}

}  // namespace evalscore
