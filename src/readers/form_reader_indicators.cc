// The indicator table: 一级 and 二级 filled down (merged or left empty), one
// 三级 row per line, 其中 sub-rows attached to the row above, template
// placeholders skipped, and the 总分 row closing it.
#include <algorithm>

#include "evalscore/load_project.h"

#include "readers/form_reader.h"
#include "readers/text_norm.h"

namespace evalscore::readers {
namespace {

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

}  // namespace

bool FormReader::IsTotalRow(const GridView& view, int row) {
  for (int c = 1; c <= view.columns(); ++c) {
    if (view.Text(row, c).empty() || view.Origin(row, c).row != row) continue;
    return LabelRole(view, row, view.Origin(row, c).column) == Role::kTotal;
  }
  return false;
}

IndicatorColumns FormReader::ColumnsOf(const GridView& view, int header, int header_last) {
  IndicatorColumns cols;
  for (int c = 1; c <= view.columns(); ++c) {
    Role role = Role::kNone;
    if (header_last > header && view.StartsHere(header_last, c)) {
      role = LabelRole(view, header_last, view.Origin(header_last, c).column);
    }
    if (role == Role::kNone) {
      const Pos o = view.Origin(header, c);
      role = LabelRole(view, o.row, o.column);
      if (o.column != c && role != Role::kTarget) continue;  // a label spanning columns counts once
    }
    int* slot = role == Role::kLevel1          ? &cols.level1
                : role == Role::kLevel2        ? &cols.level2
                : role == Role::kName          ? &cols.name
                : role == Role::kTarget        ? &cols.target
                : role == Role::kSign          ? &cols.sign
                : role == Role::kMeasureUnit   ? &cols.unit
                : role == Role::kActual        ? &cols.actual
                : role == Role::kPoints        ? &cols.points
                : role == Role::kScore         ? &cols.score
                : role == Role::kReportedScore ? &cols.reported_score
                : role == Role::kDeviation     ? &cols.deviation
                                               : nullptr;
    if (slot && *slot == 0) *slot = c;
  }
  return cols;
}

// "found 一级指标/二级指标/三级指标 at 自评表!A9:C9 but no 年度指标值 column".
bool FormReader::CheckColumns(const IndicatorColumns& cols) {
  std::vector<std::string> missing;
  if (!cols.name) missing.push_back("三级指标");
  if (!cols.target) missing.push_back("年度指标值");
  if (!cols.actual) missing.push_back("实际完成值");
  if (missing.empty()) return true;
  std::vector<std::string> found;
  int first = 0, last = 0;
  for (int c = 1; c <= view_.columns(); ++c) {
    const Role role = LabelRole(view_, region_.header, c);
    if (role == Role::kNone) continue;
    found.push_back(CanonLabel(view_.Text(region_.header, c)));
    if (!first) first = c;
    last = c;
  }
  const std::string range =
      Ref(region_.header, first) + ":" + ColumnLetters(last) + std::to_string(region_.header);
  errors_.push_back({{"reader.missing_columns",
                      {TextArg("found", Join(found)), TextArg("range", range),
                       TextArg("missing", Join(missing))}},
                     Loc(region_.header, first)});
  return false;
}

// A new 一级 or 二级 where its column starts a new cell; empty cells and the
// rows a merge covers continue the one above.
void FormReader::EnterLevels(int row, const IndicatorColumns& cols) {
  const auto level = [&](int col, Pos* current) -> std::optional<Located<std::string>> {
    if (!col) return std::nullopt;
    const Pos o = view_.Origin(row, col);
    if (o == *current || view_.Text(row, col).empty()) return std::nullopt;
    if (IsPlaceholderName(view_.Text(row, col))) return std::nullopt;  // "……" under 一级
    *current = o;
    return Located<std::string>{view_.Text(row, col), Loc(o.row, o.column)};
  };
  auto l1 = level(cols.level1, &level1_at_);
  auto l2 = level(cols.level2, &level2_at_);
  // The same 一级/二级 written again on the next row (exports repeat them
  // instead of merging) continues it.
  const auto same = [](const std::optional<Located<std::string>>& text, const std::string& name) {
    std::string n;
    std::optional<double> w;
    if (text) SplitWeight(text->value, &n, &w);
    return text && n == name;
  };
  if (!project_.categories.empty() && same(l1, project_.categories.back().name.value)) {
    l1.reset();
    const auto& groups = project_.categories.back().groups;
    if (!groups.empty() && same(l2, groups.back().name.value)) l2.reset();
  } else if (!l1 && !project_.categories.empty() && !project_.categories.back().groups.empty() &&
             same(l2, project_.categories.back().groups.back().name.value)) {
    l2.reset();
  }
  if (l1) {
    IndicatorCategory cat;
    std::optional<double> weight;
    SplitWeight(l1->value, &cat.name.value, &weight);
    cat.name.where = l1->where;
    if (weight) cat.weight = Located<double>{*weight, l1->where};
    project_.categories.push_back(std::move(cat));
  }
  if (project_.categories.empty() && (l2 || !cols.level1)) {
    IndicatorCategory cat;
    cat.name = {"绩效指标", Loc(region_.header, 1)};
    project_.categories.push_back(std::move(cat));
  }
  if (project_.categories.empty()) return;
  IndicatorCategory& cat = project_.categories.back();
  if (l2) {
    IndicatorGroup group;
    std::optional<double> weight;
    SplitWeight(l2->value, &group.name.value, &weight);
    group.name.where = l2->where;
    if (weight) group.weight = Located<double>{*weight, l2->where};
    cat.groups.push_back(std::move(group));
  } else if (cat.groups.empty() && !cols.level2) {
    IndicatorGroup group;
    group.name = {cat.name.value, cat.name.where};
    cat.groups.push_back(std::move(group));
  }
}

// One 三级 row, or nullopt for a row that carries nothing (a placeholder).
std::optional<Indicator> FormReader::RowIndicator(int row, const IndicatorColumns& cols) {
  Indicator ind;
  ind.where = Loc(row, cols.name);
  const OptText name = TextAt(row, cols.name);
  if (cols.sign || cols.unit) {
    std::string text;
    Location where = Loc(row, cols.target);
    if (auto s = TextAt(row, cols.sign)) {
      if (s->value == "定性") {
        ind.qualitative_declared = true;
      } else {
        text += s->value;
      }
      where = s->where;
    }
    if (auto v = TextValueAt(row, cols.target, "年度指标值")) text += v->value;
    if (auto u = TextAt(row, cols.unit); u && !text.empty()) text += u->value;
    if (!text.empty()) ind.target = Located<std::string>{text, where};
  } else {
    ind.target = TextValueAt(row, cols.target, "年度指标值");
  }
  ind.actual = TextValueAt(row, cols.actual, "实际完成值");
  ind.points = NumberAt(row, cols.points, "分值");
  const int score_col = cols.reported_score ? cols.reported_score : cols.score;
  ind.score = NumberAt(row, score_col, "得分");
  ind.deviation = TextValueAt(row, cols.deviation, "偏差原因分析及改进措施");
  const bool has_values = ind.target || ind.actual;
  const bool placeholder = !name || IsPlaceholderName(name->value) || IsBlankRowMarker(name->value);
  if (placeholder && !has_values) {
    if (!ind.points ||
        (name && !IsBlankRowMarker(name->value) && !IsPlaceholderName(name->value))) {
      return std::nullopt;
    }
    ind.blank = true;  // numbers but no name: kept for the weight checks, never scored
    return ind;
  }
  if (!name || IsBlankRowMarker(name->value)) {
    errors_.push_back(
        {{"reader.row_without_name", {TextArg("cell", Ref(row, cols.name))}}, Loc(row, cols.name)});
    return std::nullopt;
  }
  ind.name = *name;
  return ind;
}

void FormReader::ReadIndicatorRow(int row, const IndicatorColumns& cols) {
  EnterLevels(row, cols);
  auto ind = RowIndicator(row, cols);
  if (!ind) return;
  if (++rows_read_ > kMaxIndicators) {
    if (rows_read_ == kMaxIndicators + 1) {
      errors_.push_back(
          {{"reader.too_many_rows", {CountArg("limit", static_cast<long long>(kMaxIndicators))}},
           Loc(row, 1)});
    }
    return;
  }
  if (project_.categories.empty() || project_.categories.back().groups.empty()) {
    errors_.push_back({{"reader.row_without_levels", {TextArg("cell", Ref(row, cols.name))}},
                       Loc(row, cols.name)});
    return;
  }
  std::vector<Indicator>& rows = project_.categories.back().groups.back().indicators;
  if (!ind->blank && IsPartName(ind->name.value) && !rows.empty()) {
    rows.back().parts.push_back(std::move(*ind));
  } else {
    rows.push_back(std::move(*ind));
  }
}

int FormReader::ReadIndicators() {
  const IndicatorColumns cols = ColumnsOf(view_, region_.header, region_.header_last);
  project_.indicators_where = Loc(region_.header, cols.name ? cols.name : 1);
  if (!CheckColumns(cols)) return 0;
  int total_row = 0;
  for (int r = region_.header_last + 1; r <= region_.last && !total_row; ++r) {
    if (IsTotalRow(view_, r)) total_row = r;
    if (!total_row) ReadIndicatorRow(r, cols);
  }
  // Drop the groups that only held placeholders (指标1:, ……).
  for (IndicatorCategory& cat : project_.categories) {
    std::erase_if(cat.groups, [](const IndicatorGroup& g) { return g.indicators.empty(); });
  }
  return total_row;
}

}  // namespace evalscore::readers
