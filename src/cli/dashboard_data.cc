#include "cli/dashboard_data.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "cli/render.h"

namespace evalscore::cli {
namespace {

constexpr double kEpsilon = 1e-9;
const char* const kNotReported = "未填报";
const char* const kNoName = "（未填写）";

double Pct(double points, double max_total) { return max_total > 0 ? points / max_total * 100 : 0; }

// The unit's total as printed, else the sum of its printed row and funds
// scores when every counted row has one (nullopt otherwise).
std::optional<double> SelfScoreFromRows(const FileReport& r) {
  double sum = 0;
  bool any = false;
  bool complete = true;
  r.eval.ForEachRow([&](const RowEvaluation& row) {
    const IndicatorScore& s = row.score;
    if (s.blank || s.status == IndicatorStatus::kUnscored) return;
    if (s.status == IndicatorStatus::kNotApplicable || !s.reported) complete = false;
    sum += s.reported.value_or(0);
    any = true;
  });
  if (!complete) return std::nullopt;
  if (r.eval.funds.counts) {
    const auto& funds = r.eval.project.funds;
    if (!funds || !funds->total || !funds->total->reported_score) return std::nullopt;
    sum += funds->total->reported_score->value;
  }
  return any ? std::optional<double>(sum) : std::nullopt;
}

void CountRows(const FileReport& r, double tolerance, DashboardForm* f) {
  r.eval.ForEachRow([&](const RowEvaluation& row) {
    const IndicatorScore& s = row.score;
    if (s.blank || s.status == IndicatorStatus::kUnscored) return;
    ++f->rows;
    if (s.kind == IndicatorKind::kQualitative) ++f->qualitative_rows;
    if (s.reported && s.points > 0) {
      ++f->rows_self_scored;
      if (std::abs(*s.reported - s.points) <= tolerance + kEpsilon) ++f->rows_full_marks;
    }
  });
}

void CountCodes(const FileReport& r, DashboardForm* f) {
  std::map<std::string, size_t> codes;
  for (const Diagnostic& d : r.eval.diagnostics) ++codes[d.code];
  f->codes.assign(codes.begin(), codes.end());
  f->errors = r.Count(Severity::kError);
  f->warnings = r.Count(Severity::kWarning);
  f->infos = r.Count(Severity::kInfo);
}

// The totals, the self-score and what follows from them.
void ScoreFigures(const FileReport& r, DashboardForm* f) {
  const Project& p = r.eval.project;
  f->max_total = r.eval.totals.max_total;
  f->total = r.eval.totals.total;
  f->total_pct = Pct(f->total, f->max_total);
  f->grade = r.eval.totals.grade;
  if (p.reported_total) {
    f->self_score = p.reported_total->value;
  } else if ((f->self_score = SelfScoreFromRows(r))) {
    f->self_score_from_rows = true;
  }
  if (f->self_score) {
    f->self_pct = Pct(*f->self_score, f->max_total);
    f->over = *f->self_score - f->total;
    f->over_pct = *f->self_pct - f->total_pct;
  }
  if (p.reported_grade) {
    f->reported_grade = p.reported_grade->value;
  } else if (p.reported_total && r.profile) {
    f->reported_grade = GradeFor(p.reported_total->value, r.profile->grades);
  }
  if (r.eval.funds.status == BudgetStatus::kScored) f->rate = r.eval.funds.rate;
  if (f->max_total < 100 - kEpsilon) {
    f->incomplete = true;
    f->incomplete_why = "分值合计 " + Number(f->max_total) + "，不足 100（表不完整）";
  } else if (r.eval.funds.status == BudgetStatus::kIncomplete) {
    f->incomplete = true;
    f->incomplete_why = "资金栏缺预算数或执行数";
  }
}

// Why a form needs the reviewer's attention, most serious first.
void Reasons(double tolerance, DashboardForm* f) {
  if (!f->scored) {
    f->reasons.push_back("无法评分：" + RenderMessage(f->error, Lang::kZh));
    return;
  }
  if (f->Overstates(tolerance)) {
    f->reasons.push_back("自评高报 " + Fixed2(*f->over) + " 分" +
                         (std::abs(*f->over - *f->over_pct) > 0.005
                              ? "（折合百分制 " + Fixed2(*f->over_pct) + "）"
                              : ""));
  }
  if (f->GradeChanged()) f->reasons.push_back("等级 " + f->reported_grade + " → " + f->grade);
  if (f->full_marks_no_money) {
    f->reasons.push_back("执行率 " + PercentText(*f->rate) + "，自评 " + Number(*f->self_score) +
                         " 分（钱没花完却近满分）");
  }
  if (f->errors > 0) f->reasons.push_back("错误 " + std::to_string(f->errors) + " 条");
  if (f->incomplete) f->reasons.push_back(f->incomplete_why);
}

// Attention order: problems (by over-statement, largest first), then forms
// that could not be scored, then forms only incomplete; input order within.
int Tier(const DashboardForm& f, double tolerance) {
  if (!f.scored) return 1;
  if (f.Overstates(tolerance) || f.GradeChanged() || f.full_marks_no_money || f.errors > 0) {
    return 0;
  }
  return 2;
}

std::optional<double> Mean(double sum, size_t n) {
  return n ? std::optional<double>(sum / static_cast<double>(n)) : std::nullopt;
}

// The codes of `counts` ordered errors first, then by findings, then code.
std::vector<CodeCount> RankCodes(std::map<std::string, CodeCount> counts, bool by_severity) {
  std::vector<CodeCount> v;
  for (auto& [code, c] : counts) v.push_back(c);
  std::stable_sort(v.begin(), v.end(), [&](const CodeCount& a, const CodeCount& b) {
    if (by_severity && a.severity != b.severity) return a.severity > b.severity;
    return a.findings > b.findings;
  });
  return v;
}

// One table row, tallied form by form (in input order, so the sums are those
// of the forms in that order).
class GroupTally {
 public:
  void Add(const DashboardForm& f, double tolerance) {
    ++g_.forms;
    if (!f.scored) {
      ++g_.failed;
      return;
    }
    ++g_.scored;
    g_.incomplete += f.incomplete ? 1u : 0u;
    total_ += f.total_pct;
    if (f.self_pct) {
      ++n_self_;
      self_ += *f.self_pct;
      over_ += *f.over_pct;
    }
    g_.overstating += f.Overstates(tolerance) ? 1u : 0u;
    g_.grade_changes += f.GradeChanged() ? 1u : 0u;
    self_rows_ += f.rows_self_scored;
    full_rows_ += f.rows_full_marks;
    rows_ += f.rows;
    qual_ += f.qualitative_rows;
    if (f.rate) {
      ++n_rate_;
      rate_ += *f.rate;
    }
    for (const auto& [code, n] : f.codes) {
      Counted& c = codes_[code];
      c.findings += n;
      ++c.forms;
    }
  }

  DashboardGroup Finish(const std::string& key, const std::map<std::string, CodeCount>& info) {
    DashboardGroup g = g_;
    g.key = key;
    std::map<std::string, CodeCount> codes;
    for (const auto& [code, counted] : codes_) {
      CodeCount c = info.at(code);
      c.findings += counted.findings;
      c.forms += counted.forms;
      codes[code] = c;
    }
    g.mean_total_pct = Mean(total_, g.scored).value_or(0);
    g.mean_self_pct = Mean(self_, n_self_);
    g.mean_over_pct = Mean(over_, n_self_);
    g.full_mark_share = Mean(static_cast<double>(full_rows_), self_rows_);
    g.qualitative_share = Mean(static_cast<double>(qual_), rows_);
    g.mean_rate = Mean(rate_, n_rate_);
    g.worst = RankCodes(codes, true);
    if (g.worst.size() > 3) g.worst.resize(3);
    return g;
  }

 private:
  struct Counted {
    size_t findings = 0, forms = 0;
  };
  DashboardGroup g_;
  double self_ = 0, total_ = 0, over_ = 0, rate_ = 0;
  size_t n_self_ = 0, n_rate_ = 0, self_rows_ = 0, full_rows_ = 0, rows_ = 0, qual_ = 0;
  std::map<std::string, Counted> codes_;
};

// Rows per department and per unit, the most over-stating first, then by name.
void Groups(Dashboard* d, const std::map<std::string, CodeCount>& info) {
  std::map<std::string, GroupTally> departments, units;
  for (const DashboardForm& f : d->forms) {
    if (!f.scored) continue;  // no department is known for a file that could not be read
    departments[f.department.empty() ? kNoName : f.department].Add(f, d->tolerance);
    units[f.unit.empty() ? kNoName : f.unit].Add(f, d->tolerance);
  }
  const auto rows = [&](std::map<std::string, GroupTally>& tallies) {
    std::vector<DashboardGroup> groups;
    for (auto& [key, tally] : tallies) groups.push_back(tally.Finish(key, info));
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
      return a.mean_over_pct.value_or(-1e300) > b.mean_over_pct.value_or(-1e300);
    });
    return groups;
  };
  d->by_department = rows(departments);
  d->by_unit = rows(units);
}

void Headline(Dashboard* d) {
  double total = 0, total_pct = 0, self = 0;
  size_t n_self = 0;
  for (const DashboardForm& f : d->forms) {
    if (!f.scored) {
      ++d->failed;
      continue;
    }
    ++d->scored;
    d->incomplete += f.incomplete ? 1u : 0u;
    total += f.total;
    total_pct += f.total_pct;
    if (f.self_pct) {
      ++n_self;
      self += *f.self_pct;
    }
    if (f.Overstates(d->tolerance)) {
      ++d->overstating;
      d->over_points += *f.over;
      d->over_pct_sum += *f.over_pct;
    } else if (f.over && *f.over < -d->tolerance - kEpsilon) {
      ++d->understating;
    }
    d->grade_changes += f.GradeChanged() ? 1u : 0u;
    d->full_marks_no_money += f.full_marks_no_money ? 1u : 0u;
    d->reviewed += f.reviewed_total ? 1u : 0u;
  }
  d->mean_total = Mean(total, d->scored).value_or(0);
  d->mean_total_pct = Mean(total_pct, d->scored);
  d->mean_self_pct = Mean(self, n_self);
}

void Charts(Dashboard* d) {
  for (int i = 0; i < 10; ++i) d->histogram.push_back({i * 10.0, i * 10.0 + 10, 0, 0});
  // (index, over-statement on the 100-point scale) of the forms that over-state
  std::vector<std::pair<size_t, double>> over, incomplete;
  size_t i = 0;
  for (const DashboardForm& f : d->forms) {
    const size_t index = i++;
    if (!f.scored) continue;
    const auto bin = static_cast<size_t>(std::clamp(std::floor(f.total_pct / 10), 0.0, 9.0));
    ++(f.incomplete ? d->histogram[bin].incomplete : d->histogram[bin].complete);
    if (f.Overstates(d->tolerance))
      (f.incomplete ? incomplete : over).push_back({index, *f.over_pct});
  }
  const auto by_over = [](const auto& a, const auto& b) { return a.second > b.second; };
  std::stable_sort(over.begin(), over.end(), by_over);
  std::stable_sort(incomplete.begin(), incomplete.end(), by_over);
  if (over.size() > 10) over.resize(10);
  for (const auto& [index, pct] : over) d->top_overstating.push_back(index);
  for (const auto& [index, pct] : incomplete) d->incomplete_overstating.push_back(index);
}

// Dashboard::attention: the forms with a reason, most urgent first (MoreUrgent).
void Attention(Dashboard* d) {
  struct Key {
    int tier;
    double over_pct;
    size_t number, index;
  };
  std::vector<Key> keys;
  size_t i = 0;
  for (const DashboardForm& f : d->forms) {
    const size_t index = i++;
    if (f.reasons.empty()) continue;
    keys.push_back({Tier(f, d->tolerance), f.over_pct.value_or(-1e300), f.number, index});
  }
  std::stable_sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.tier != b.tier) return a.tier < b.tier;
    if (a.over_pct != b.over_pct) return a.over_pct > b.over_pct;
    return a.number < b.number;
  });
  for (const Key& k : keys) d->attention.push_back(k.index);
}

}  // namespace

void DashboardBuilder::Add(const FileReport& r) {
  DashboardForm f;
  f.number = forms_.size() + 1;
  f.path = r.path;
  f.scored = r.status == FileStatus::kScored;
  if (!f.scored) {
    f.error = r.errors.empty() ? Message{} : r.errors.front().message;
  } else {
    const Project& p = r.eval.project;
    f.name = p.name ? p.name->value : "";
    f.department = p.department ? p.department->value : "";
    f.unit = p.unit ? p.unit->value : "";
    if (r.profile && tolerance_ < 0) {
      tolerance_ = r.profile->checks.score_tolerance;
      low_execution_ = r.profile->checks.low_execution;
      high_score_ = r.profile->grades.empty() ? 90 : r.profile->grades.front().min;
    }
    if (r.profile) {
      for (const GradeBand& band : r.profile->grades) {
        if (std::find(grade_order_.begin(), grade_order_.end(), band.name) == grade_order_.end())
          grade_order_.push_back(band.name);
      }
    }
    ScoreFigures(r, &f);
    if (r.reviewed.any) {
      f.reviewed_total = r.reviewed.total;
      f.reviewed_grade = r.reviewed.grade;
    }
    CountRows(r, std::max(tolerance_, 0.0), &f);
    CountCodes(r, &f);
    for (const Diagnostic& d : r.eval.diagnostics) {
      const bool known = std::any_of(code_info_.begin(), code_info_.end(),
                                     [&](const CodeCount& c) { return c.code == d.code; });
      if (!known) code_info_.push_back({d.code, d.name, d.severity, 0, 0, d.message, f.number});
    }
    f.full_marks_no_money =
        f.rate && f.self_pct && *f.rate < low_execution_ && *f.self_pct >= high_score_ - kEpsilon;
  }
  Reasons(std::max(tolerance_, 0.01), &f);
  forms_.push_back(f);
  last_ = std::move(f);
}

Dashboard DashboardBuilder::Build() const& { return Build(forms_); }

Dashboard DashboardBuilder::Build() && { return Build(std::move(forms_)); }

Dashboard DashboardBuilder::Build(DashboardForms forms) const {
  Dashboard d;
  if (tolerance_ >= 0) {
    d.tolerance = tolerance_;
    d.low_execution = low_execution_;
    d.high_score = high_score_;
  }
  d.files = forms.size();
  d.forms = std::move(forms);
  Headline(&d);
  Charts(&d);
  std::map<std::string, CodeCount> info, batch;
  for (const CodeCount& c : code_info_) info[c.code] = c;
  for (const DashboardForm& f : d.forms) {
    for (const auto& [code, n] : f.codes) {
      CodeCount& c = batch[code];
      if (c.code.empty()) c = info.at(code);
      c.findings += n;
      ++c.forms;
    }
  }
  d.codes = RankCodes(batch, false);
  for (const std::string& g : grade_order_) d.grades.push_back({g, 0, 0});
  GradeCount none{kNotReported, 0, 0};
  for (const DashboardForm& f : d.forms) {
    if (!f.scored) continue;
    for (GradeCount& g : d.grades) {
      g.recomputed += g.grade == f.grade ? 1u : 0u;
      g.reported += g.grade == f.reported_grade ? 1u : 0u;
    }
    none.reported += f.reported_grade.empty() ? 1u : 0u;
  }
  if (none.reported > 0) d.grades.push_back(none);
  Groups(&d, info);
  Attention(&d);
  return d;
}

bool MoreUrgent(const DashboardForm& a, const DashboardForm& b, double tolerance) {
  const int ta = Tier(a, tolerance), tb = Tier(b, tolerance);
  if (ta != tb) return ta < tb;
  const double oa = a.over_pct.value_or(-1e300), ob = b.over_pct.value_or(-1e300);
  if (oa != ob) return oa > ob;
  return a.number < b.number;
}

Dashboard BuildDashboard(const std::vector<FileReport>& reports) {
  DashboardBuilder b;
  for (const FileReport& r : reports) b.Add(r);
  return b.Build();
}

}  // namespace evalscore::cli
