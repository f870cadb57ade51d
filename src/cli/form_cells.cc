#include "cli/form_cells.h"

#include <cmath>

#include "cli/render.h"
#include "cli/source_location.h"

namespace evalscore::cli {

// "2.40", or "2.40 (填报 2.4)" when the form printed the figure differently.
std::string WithReported(const std::string& ours, const std::optional<std::string>& theirs) {
  if (!theirs || *theirs == ours) return ours;
  return ours + " (填报 " + *theirs + ")";
}

std::optional<std::string> NumberText(const OptNumber& n, const std::string& suffix) {
  if (!n) return std::nullopt;
  return Number(n->value) + suffix;
}

std::vector<std::pair<FundsRowKind, const FundsRow*>> FundsRows(const Funds& f) {
  std::vector<std::pair<FundsRowKind, const FundsRow*>> rows;
  if (f.total) rows.emplace_back(FundsRowKind::kTotal, &*f.total);
  for (const auto& [kind, row] : f.breakdown) rows.emplace_back(kind, &row);
  return rows;
}

std::string WherePrefix(const Location& where, const std::vector<SourcePart>& parts, Lang lang) {
  if (!where.known()) return "";
  return WherePhrase(where, parts, lang == Lang::kZh) + (lang == Lang::kZh ? "：" : ": ");
}

FundsTable FundsTableOf(const Funds& f, const BudgetScore& b) {
  FundsTable table;
  const std::vector<std::pair<FundsRowKind, const FundsRow*>> rows = FundsRows(f);
  table.adjusted = AnyAdjusted(rows);
  for (const auto& [kind, row] : rows) {
    FundsLine line;
    line.name = FundsRowName(kind, row->label);
    line.initial = NumberText(row->initial).value_or("");
    line.budget = NumberText(row->budget).value_or("");
    line.adjusted = NumberText(row->adjusted).value_or("");
    line.executed = NumberText(row->executed).value_or("");
    line.total = kind == FundsRowKind::kTotal;
    if (line.total) {
      line.points = WithReported(Number(b.points), NumberText(f.points));
      line.rate = RateCell(b, *row);
      line.score = FundsScoreCell(b, *row);
    }
    table.lines.push_back(std::move(line));
  }
  return table;
}

bool AnyAdjusted(const std::vector<std::pair<FundsRowKind, const FundsRow*>>& rows) {
  for (const auto& [kind, row] : rows) {
    if (row->adjusted) return true;
  }
  return false;
}

std::string FundsRowText(FundsRowKind k, const std::string& printed) {
  return k == FundsRowKind::kNamed && !printed.empty() ? printed : std::string(FundsRowLabel(k));
}

std::string FundsRowName(FundsRowKind k, const std::string& printed) {
  const std::string label = FundsRowText(k, printed);
  return k == FundsRowKind::kAppropriation ? "其中：" + label : label;
}

// 执行率 of the total row as recomputed (with the printed rate beside it).
std::string RateCell(const BudgetScore& b, const FundsRow& total) {
  switch (b.status) {
    case BudgetStatus::kScored:
      return WithReported(PercentText(b.rate), NumberText(total.reported_rate, "%"));
    case BudgetStatus::kZeroBudget:
      return "— (预算数为 0)";
    case BudgetStatus::kNotApplicable:
      return "不适用";
    case BudgetStatus::kIncomplete:
      return "— (缺预算数或执行数)";
    case BudgetStatus::kMissing:
      break;
  }
  return "—";
}

// 得分 of the total row as recomputed (with the printed score beside it).
std::string FundsScoreCell(const BudgetScore& b, const FundsRow& total) {
  if (b.status == BudgetStatus::kNotApplicable) return "不适用";
  if (b.form_unscored) return "（本表不计分）";
  std::string cell = WithReported(Fixed2(b.score), NumberText(total.reported_score));
  if (!b.counts) cell += " (不计入总分)";
  return cell;
}

std::string LevelLabel(const std::string& name, const OptNumber& weight) {
  return weight ? name + "（" + Number(weight->value) + "分）" : name;
}

std::string CategoryLabel(const IndicatorCategory& c) { return LevelLabel(c.name.value, c.weight); }

std::string CategoryLabel(const Project& p, const IndicatorCategory& c) {
  if (c.block < 0 || static_cast<size_t>(c.block) >= p.blocks.size()) return CategoryLabel(c);
  const IndicatorBlock& b = p.blocks[static_cast<size_t>(c.block)];
  return LevelLabel(b.name.value, b.weight) + " · " + CategoryLabel(c);
}

std::string CategoryLabel(const CategoryEvaluation& c) {
  if (c.block == nullptr) return CategoryLabel(*c.form);
  return LevelLabel(c.block->name.value, c.block->weight) + " · " + CategoryLabel(*c.form);
}

// The recomputed 得分 of a row, in words where there is no number.
std::string ScoreCell(const IndicatorScore& s) {
  switch (s.status) {
    case IndicatorStatus::kScored:
      return Fixed2(s.score);
    case IndicatorStatus::kFallback:
      return Fixed2(s.score) + (s.reported ? " (取填报)" : " (无法计分)");
    case IndicatorStatus::kError:
      return Fixed2(s.score) + " (无法比较)";
    case IndicatorStatus::kNotApplicable:
      return "不适用";
    case IndicatorStatus::kUnscored:
      break;
  }
  return "—";
}

bool Differs(double reported, double recomputed, double tolerance) {
  return std::abs(reported - recomputed) > tolerance + 1e-9;
}

std::string Text(const OptText& t) { return t ? t->value : ""; }

// "+0.60" / "-0.60" / "0.00": reported minus recomputed.
std::string Signed(double d) { return d > 0.004 ? "+" + Fixed2(d) : Fixed2(d); }

namespace {

// The lines of one 二级 level (at least one).
void AddGroupLines(const CategoryEvaluation& c, const GroupEvaluation& g, bool with_parts,
                   std::vector<IndicatorLine>* lines) {
  const size_t first = lines->size();
  if (g.rows.empty()) lines->push_back({LineKind::kEmptyGroup, &c, &g, nullptr, nullptr, 0, 0});
  for (const RowEvaluation& row : g.rows) {
    lines->push_back({LineKind::kRow, &c, &g, &row, nullptr, 0, 0});
    if (!with_parts) continue;
    for (const Indicator& part : row.form->parts) {
      lines->push_back({LineKind::kPart, &c, &g, &row, &part, 0, 0});
    }
  }
  (*lines)[first].group_span = lines->size() - first;
}

}  // namespace

std::vector<IndicatorLine> IndicatorLines(const Evaluation& e, bool with_parts) {
  std::vector<IndicatorLine> lines;
  for (const CategoryEvaluation& c : e.categories) {
    const size_t first = lines.size();
    if (c.groups.empty()) {
      lines.push_back({LineKind::kEmptyCategory, &c, nullptr, nullptr, nullptr, 0, 0});
    }
    for (const GroupEvaluation& g : c.groups) AddGroupLines(c, g, with_parts, &lines);
    lines[first].category_span = lines.size() - first;
  }
  return lines;
}

std::string ReviewedText(const ReviewedScore& r, const Project& p) {
  std::string text = Fixed2(r.total) + " " + r.grade;
  std::string who;
  if (p.review && p.review->reviewer) who = p.review->reviewer->value;
  if (p.review && p.review->date) who += (who.empty() ? "" : " ") + p.review->date->value;
  return who.empty() ? text : text + "（" + who + "）";
}

std::string ReviewCell(const Indicator& row) {
  if (!row.review_score) return "";
  std::string cell = Number(row.review_score->value);
  if (row.review_comment && !row.review_comment->value.empty()) {
    cell += "（" + row.review_comment->value + "）";
  }
  return cell;
}

}  // namespace evalscore::cli
