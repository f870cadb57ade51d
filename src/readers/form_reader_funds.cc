// The funds block (项目资金): a header row with 年初预算数 / 全年预算数 / 全年执行数
// …, then 年度资金总额 and its breakdown rows, labelled to the left.
#include <algorithm>
#include <cmath>

#include "readers/form_reader.h"
#include "readers/text_norm.h"

namespace evalscore::readers {
namespace {

bool IsAmountRole(Role r) {
  return r == Role::kInitial || r == Role::kBudget || r == Role::kAdjusted || r == Role::kExecuted;
}

}  // namespace

// The row above the indicator table with at least two amount headings.
int FormReader::FundsHeaderRow() const {
  for (int r = region_.first; r < region_.header; ++r) {
    int amounts = 0;
    for (int c = 1; c <= view_.columns(); ++c) amounts += IsAmountRole(LabelRole(view_, r, c));
    if (amounts >= 2) return r;
  }
  return 0;
}

void FormReader::ReadFundsRow(int row, const std::vector<Role>& roles, FundsRow* out, bool total) {
  for (int c = 1; c < static_cast<int>(roles.size()); ++c) {
    const Role role = roles[static_cast<size_t>(c)];
    OptNumber* field = role == Role::kInitial    ? &out->initial
                       : role == Role::kBudget   ? &out->budget
                       : role == Role::kAdjusted ? &out->adjusted
                       : role == Role::kExecuted ? &out->executed
                                                 : nullptr;
    if (field && !*field) *field = NumberAt(row, c, CanonLabel(view_.Text(funds_header_, c)));
    if (!total) continue;
    bool percent = false;
    if (role == Role::kRate || role == Role::kReportedRate) {
      auto rate = NumberAt(row, c, "执行率", &percent);
      if (rate && (role == Role::kReportedRate || !out->reported_rate)) out->reported_rate = rate;
    }
    if (role == Role::kScore || role == Role::kReportedScore) {
      auto score = NumberAt(row, c, "项目资金 得分", &percent);
      if (score && (role == Role::kReportedScore || !out->reported_score)) {
        out->reported_score = score;
      }
    }
    if (role == Role::kPoints && project_.funds && !project_.funds->points) {
      project_.funds->points = NumberAt(row, c, "项目资金 分值", &percent);
    }
  }
}

// A rate printed as a fraction ("1", "0.24" without a % format) is read as
// 100% / 24% when that is what the amounts give.
void FormReader::FixRate(FundsRow* row) const {
  if (!row->reported_rate) return;
  const OptNumber& den = row->budget ? row->budget : row->adjusted ? row->adjusted : row->initial;
  if (!den || !row->executed || den->value <= 0) return;
  const double computed = row->executed->value / den->value * 100;
  const double x = row->reported_rate->value;
  if (x <= 1.5 && std::abs(x * 100 - computed) < std::abs(x - computed)) {
    row->reported_rate->value = x * 100;
  }
}

void FormReader::ReadFunds() {
  const int header = FundsHeaderRow();
  if (!header) return;
  funds_header_ = header;
  Funds funds;
  funds.where = Loc(header, 1);
  std::vector<Role> roles(static_cast<size_t>(view_.columns()) + 1, Role::kNone);
  int first_role_col = view_.columns() + 1;
  for (int c = 1; c <= view_.columns(); ++c) {
    const Pos o = view_.Origin(header, c);
    const Role role = LabelRole(view_, o.row, o.column);
    if (role == Role::kFundsBlock) {
      const std::string text = FoldWidth(view_.Text(o.row, o.column));
      if (text.find("万元") == std::string::npos && text.find("元") != std::string::npos) {
        funds.currency = "元";
      }
      continue;
    }
    if (o.column != c || role == Role::kNone) continue;
    roles[static_cast<size_t>(c)] = role;
    first_role_col = std::min(first_role_col, c);
    const std::string text = FoldWidth(view_.Text(header, c));
    if (IsAmountRole(role) && text.find("(元)") != std::string::npos) funds.currency = "元";
  }
  // A form with 调整后预算数 but no 全年预算数 column (Sichuan) prints its
  // full-year budget there: it is the budget (every profile's denominator).
  if (std::find(roles.begin(), roles.end(), Role::kBudget) == roles.end()) {
    std::replace(roles.begin(), roles.end(), Role::kAdjusted, Role::kBudget);
  }
  project_.funds = funds;
  for (int r = header + 1; r < region_.header; ++r) {
    bool is_total = false, labelled = false;
    std::optional<FundsRowKind> kind;
    for (int c = 1; c < first_role_col && !labelled; ++c) {
      if (!view_.StartsHere(r, c) || !view_.FirstColumn(r, c)) continue;
      kind = FundsRowOf(CanonLabel(view_.Text(r, c)), &is_total);
      labelled = is_total || kind.has_value();
    }
    if (!labelled) {
      if (r > header + 1 && project_.funds->total) break;  // past the block
      continue;
    }
    FundsRow row;
    row.where = Loc(r, 1);
    ReadFundsRow(r, roles, &row, is_total);
    if (is_total && !project_.funds->total) {
      FixRate(&row);
      project_.funds->total = row;
    } else if (kind) {
      project_.funds->breakdown.emplace_back(*kind, row);
    }
  }
  std::stable_sort(project_.funds->breakdown.begin(), project_.funds->breakdown.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

}  // namespace evalscore::readers
