// One form: its heading (项目名称, 主管部门, 实施单位, year), goals and 总分 row;
// the funds block and the indicator table are in form_reader_funds.cc and
// form_reader_indicators.cc.
#include "readers/form_reader.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "evalscore/load_profile.h"

#include "core/utf8.h"
#include "readers/cell_text.h"
#include "readers/text_norm.h"

namespace evalscore::readers {
namespace {

// A four-digit year followed by 年度 ("（2021年度）"), else by 年 ("2021年").
std::optional<int> YearIn(const std::string& text, const char* mark) {
  const std::string s = WithoutSpaces(FoldWidth(text));
  for (size_t at = s.find(mark); at != std::string::npos; at = s.find(mark, at + 1)) {
    if (at < 4) continue;
    const std::string digits = s.substr(at - 4, 4);
    if (digits.find_first_not_of("0123456789") != std::string::npos) continue;
    if (at >= 5 && s[at - 5] >= '0' && s[at - 5] <= '9') continue;
    const int year = std::atoi(digits.c_str());
    if (year >= 1990 && year <= 2100) return year;
  }
  return std::nullopt;
}

std::optional<int> YearIn(const std::string& text) {
  if (auto y = YearIn(text, "年度")) return y;
  return YearIn(text, "年");
}

// The project name inside a title: "…项目支出绩效自评表" → "…".
std::string NameInTitle(const std::string& title) {
  std::string s = CleanText(title);
  for (const char* tail : {"项目支出绩效自评表", "支出绩效自评表", "绩效自评表"}) {
    const size_t at = s.find(tail);
    if (at != std::string::npos) return s.substr(0, at);
  }
  return "";
}

// "51011723T000007943391-项目" → "项目": review scripts strip such codes.
std::string WithoutProjectCode(const std::string& name) {
  size_t i = 0, digits = 0;
  while (i < name.size() && std::isalnum(static_cast<unsigned char>(name[i]))) {
    if (std::isdigit(static_cast<unsigned char>(name[i]))) ++digits;
    ++i;
  }
  if (i >= 12 && digits >= 8 && i < name.size() && (name[i] == '-' || name[i] == ' ')) {
    return name.substr(i + 1);
  }
  return name;
}

}  // namespace

void SplitWeight(const std::string& text, std::string* name, std::optional<double>* weight) {
  std::string s = WithoutSpaces(FoldWidth(text));
  *weight = std::nullopt;
  std::string inner = s;
  if (s.ends_with(")")) {
    const size_t open = s.rfind('(');
    if (open != std::string::npos && open > 0) {
      inner = s.substr(open + 1, s.size() - open - 2);
      s.erase(open);
    }
  }
  if (inner.ends_with("分")) {
    const size_t end = inner.size() - std::string_view("分").size();
    size_t start = end;
    while (start > 0 && (std::isdigit(static_cast<unsigned char>(inner[start - 1])) ||
                         inner[start - 1] == '.')) {
      --start;
    }
    if (start < end && (inner != s || start > 0)) {
      *weight = std::atof(inner.substr(start, end - start).c_str());
      if (inner == s) s.erase(start);
    }
  }
  *name = s;
}

std::string FormReader::Ref(int row, int column) const {
  return FormatLocation(Loc(row, column), parts_);
}

OptText FormReader::TextAt(int row, int column) const {
  if (column <= 0 || !view_.StartsHere(row, column)) return std::nullopt;
  const Cell* cell = view_.At(row, column);
  if (!cell) return std::nullopt;
  const Pos o = view_.Origin(row, column);
  std::string text = CleanText(cell->text);
  if (text.empty()) return std::nullopt;
  return Located<std::string>{text, Loc(o.row, o.column)};
}

OptText FormReader::TextValueAt(int row, int column, const std::string& what) {
  if (column > 0 && view_.StartsHere(row, column)) {
    const Cell* cell = view_.At(row, column);
    if (cell && cell->formula_without_value) {
      const Pos o = view_.Origin(row, column);
      errors_.push_back(
          {{"reader.formula_without_value", {TextArg("field", what)}}, Loc(o.row, o.column)});
      return std::nullopt;
    }
  }
  return TextAt(row, column);
}

OptNumber FormReader::NumberAt(int row, int column, const std::string& what, bool* percent) {
  if (percent) *percent = false;
  if (column <= 0 || !view_.StartsHere(row, column)) return std::nullopt;
  const Cell* cell = view_.At(row, column);
  if (!cell) return std::nullopt;
  const Pos o = view_.Origin(row, column);
  if (cell->formula_without_value) {
    errors_.push_back(
        {{"reader.formula_without_value", {TextArg("field", what)}}, Loc(o.row, o.column)});
    return std::nullopt;
  }
  if (cell->number) {
    if (percent) *percent = cell->percent;
    return Located<double>{cell->percent && percent ? *cell->number * 100 : *cell->number,
                           Loc(o.row, o.column)};
  }
  if (IsBlankMark(cell->text)) return std::nullopt;
  bool has_percent = false;
  if (auto x = NumberInText(cell->text, &has_percent)) {
    if (percent) *percent = has_percent;
    return Located<double>{*x, Loc(o.row, o.column)};
  }
  errors_.push_back(
      {{"reader.not_a_number", {TextArg("field", what), TextArg("written", CleanText(cell->text))}},
       Loc(o.row, o.column)});
  return std::nullopt;
}

Role FormReader::LabelRole(const GridView& view, int row, int column) {
  if (view.Origin(row, column) != Pos{row, column}) return Role::kNone;
  const std::string& text = view.Text(row, column);
  if (text.empty() || text.size() > 90) return Role::kNone;
  return RoleOf(CanonLabel(text));
}

// The first filled cell right of the label at (row, column) that is not a
// label itself: a heading's value.
std::optional<Located<std::string>> FormReader::ValueRightOf(int row, int column) const {
  const Pos label = view_.Origin(row, column);
  for (int c = column + 1; c <= view_.columns(); ++c) {
    const Pos o = view_.Origin(row, c);
    if (o == label || o.column != c) continue;
    if (view_.Text(row, c).empty()) continue;
    if (o.row == row && LabelRole(view_, row, c) != Role::kNone) return std::nullopt;
    if (auto t = TextAt(o.row, c)) return t;
  }
  return std::nullopt;
}

// The first filled cell under the label at (row, column), within 3 rows.
std::optional<Located<std::string>> FormReader::ValueBelow(int row, int column) const {
  const Pos label = view_.Origin(row, column);
  for (int r = row + 1; r <= std::min(region_.header - 1, row + 3); ++r) {
    const Pos o = view_.Origin(r, column);
    if (o == label || o.row != r) continue;
    if (LabelRole(view_, r, o.column) != Role::kNone) return std::nullopt;
    if (auto t = TextAt(r, o.column)) return t;
  }
  return std::nullopt;
}

// "主管部门：某县财政局" in one cell: the label's role and the value after the colon.
std::optional<std::pair<Role, std::string>> InlineHeading(const std::string& text) {
  const std::string folded = FoldWidth(text);
  const size_t colon = folded.find(':');
  if (colon == std::string::npos) return std::nullopt;
  const Role role = RoleOf(CanonLabel(folded.substr(0, colon)));
  const std::string value = CleanText(folded.substr(colon + 1));
  if (role == Role::kNone || value.empty()) return std::nullopt;
  return std::make_pair(role, value);
}

void FormReader::ReadHeading() {
  for (int r = region_.first; r < region_.header; ++r) {
    for (int c = 1; c <= view_.columns(); ++c) {
      if (view_.StartsHere(r, c) && view_.FirstColumn(r, c)) ReadInlineHeading(r, c);
      const Role role = LabelRole(view_, r, c);
      OptText* field = role == Role::kProjectName  ? &project_.name
                       : role == Role::kDepartment ? &project_.department
                       : role == Role::kUnit       ? &project_.unit
                                                   : nullptr;
      if (field && !*field) {
        *field = ValueRightOf(r, c);
        if (*field && role == Role::kProjectName) {
          (*field)->value = WithoutProjectCode((*field)->value);
        }
      }
      if (role == Role::kYear && !project_.year) {
        if (auto v = ValueRightOf(r, c)) {
          if (auto y = YearIn(v->value + "年")) project_.year = Located<int>{*y, v->where};
        }
      }
    }
  }
  ReadTitle();
}

void FormReader::ReadInlineHeading(int row, int column) {
  const auto found = InlineHeading(view_.Text(row, column));
  if (!found) return;
  OptText* field = found->first == Role::kProjectName  ? &project_.name
                   : found->first == Role::kDepartment ? &project_.department
                   : found->first == Role::kUnit       ? &project_.unit
                                                       : nullptr;
  if (field && !*field) *field = Located<std::string>{found->second, Loc(row, column)};
}

// Year and, failing a 项目名称 cell, the name: from the title rows above the
// form (or, for a document table, the paragraphs before it).
void FormReader::ReadTitle() {
  // The title rows: above the first heading label (not the goals' texts, which
  // may name other years).
  int title_end = region_.header;
  for (int r = region_.first; r < title_end; ++r) {
    for (int c = 1; c <= view_.columns(); ++c) {
      const Role role = LabelRole(view_, r, c);
      if (role == Role::kProjectName || role == Role::kDepartment || role == Role::kUnit ||
          role == Role::kFundsBlock) {
        title_end = r;
        break;
      }
    }
  }
  for (int r = region_.first; r < title_end && !project_.year; ++r) {
    for (int c = 1; c <= view_.columns() && !project_.year; ++c) {
      if (!view_.StartsHere(r, c) || !view_.FirstColumn(r, c)) continue;
      if (auto y = YearIn(view_.Text(r, c))) project_.year = Located<int>{*y, Loc(r, c)};
    }
  }
  for (const std::string& line : view_.grid().preamble) {
    if (!project_.year) {
      if (auto y = YearIn(line)) project_.year = Located<int>{*y, Loc(1, 1)};
    }
    if (!project_.name) {
      if (std::string name = NameInTitle(line); !name.empty()) {
        project_.name = Located<std::string>{name, Loc(1, 1)};
      }
    }
  }
  for (int r = region_.first; r < region_.header && !project_.name; ++r) {
    for (int c = 1; c <= view_.columns() && !project_.name; ++c) {
      if (!view_.StartsHere(r, c) || !view_.FirstColumn(r, c)) continue;
      std::string name = NameInTitle(view_.Text(r, c));
      if (const auto y = YearIn(name); y && name.find("年度") != std::string::npos) {
        name = name.substr(name.find("年度") + std::string_view("年度").size());
      }
      if (!name.empty()) project_.name = Located<std::string>{name, Loc(r, c)};
    }
  }
}

// "评分规则 hubei-20" (as evalscore's own form prints it): the rule profile
// the form was scored under.
void FormReader::ReadRules() {
  static const std::string kLabel = "评分规则";
  for (int r = region_.first; r < region_.header && !project_.rules; ++r) {
    for (int c = 1; c <= view_.columns(); ++c) {
      const std::string text = FoldWidth(view_.Text(r, c));
      const size_t at = text.find(kLabel);
      if (at == std::string::npos || !view_.StartsHere(r, c)) continue;
      size_t start = at + kLabel.size();
      while (start < text.size() && (text[start] == ' ' || text[start] == ':')) ++start;
      size_t end = start;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                                   text[end] == '-' || text[end] == '_')) {
        ++end;
      }
      const std::string name = text.substr(start, end - start);
      const auto& builtin = BuiltinProfileNames();
      if (std::find(builtin.begin(), builtin.end(), name) != builtin.end()) {
        project_.rules = Located<std::string>{name, Loc(r, c)};
        break;
      }
    }
  }
}

void FormReader::ReadGoals() {
  for (int r = region_.first; r < region_.header; ++r) {
    for (int c = 1; c <= view_.columns(); ++c) {
      const Role role = LabelRole(view_, r, c);
      OptText* field = role == Role::kGoalPlanned    ? &project_.goal_planned
                       : role == Role::kGoalAchieved ? &project_.goal_achieved
                                                     : nullptr;
      if (field && !*field) {
        *field = ValueBelow(r, c);
        if (!*field) *field = ValueRightOf(r, c);
      }
    }
  }
  // A 年度总体目标 cell with one text beside it and no 预期目标 column.
  for (int r = region_.first; r < region_.header && !project_.goal_planned; ++r) {
    for (int c = 1; c <= view_.columns(); ++c) {
      if (LabelRole(view_, r, c) == Role::kGoals) {
        project_.goal_planned = ValueRightOf(r, c);
        break;
      }
    }
  }
}

// 总分: 分值 and 得分 under their columns (the unit's 填报得分 where the form
// has one), else the numbers along the row; a grade word anywhere on it.
void FormReader::ReadTotal(int row) {
  project_.reported_where = Loc(row, 1);
  const IndicatorColumns cols = ColumnsOf(view_, region_.header, region_.header_last);
  // evalscore's own form prints the recomputed 得分 and grade beside the unit's
  // 填报得分: only the unit's figures are read back.
  const bool own_form = cols.reported_score != 0;
  const int total_col = own_form ? cols.reported_score : cols.score;
  std::vector<Located<double>> numbers;
  for (int c = 1; c <= view_.columns(); ++c) {
    if (!view_.StartsHere(row, c) || !view_.FirstColumn(row, c)) continue;
    const Cell* cell = view_.At(row, c);
    if (!cell) continue;
    bool percent = false;
    const std::string text = WithoutSpaces(FoldWidth(cell->text));
    if (IsGradeWord(text) && !own_form)
      project_.reported_grade = Located<std::string>{text, Loc(row, c)};
    if (text.starts_with("等级:")) {
      std::string grade = text.substr(std::string_view("等级:").size());
      if (const size_t at = grade.find("(填报:"); at != std::string::npos) {
        grade = grade.substr(at + std::string_view("(填报:").size());
        grade = grade.substr(0, grade.find(')'));
      }
      const bool reported = !own_form || text.find("(填报:") != std::string::npos;
      if (IsGradeWord(grade) && reported) {
        project_.reported_grade = Located<std::string>{grade, Loc(row, c)};
      }
    }
    if (LabelRole(view_, row, c) == Role::kGrade) {
      if (auto v = ValueRightOf(row, c); v && IsGradeWord(v->value)) project_.reported_grade = v;
    }
    if (cell->number || NumberInText(cell->text, &percent)) {
      if (auto x = NumberAt(row, c, "总分")) numbers.push_back(*x);
    }
  }
  bool percent = false;
  if (cols.points && view_.At(row, cols.points) && !own_form)
    project_.reported_points = NumberAt(row, cols.points, "总分 分值", &percent);
  if (total_col && view_.At(row, total_col))
    project_.reported_total = NumberAt(row, total_col, "总分 得分", &percent);
  if (!project_.reported_total && !numbers.empty() && !own_form) {
    project_.reported_total = numbers.back();
    if (!project_.reported_points && numbers.size() >= 2)
      project_.reported_points = numbers.front();
  }
}

Result<Project> FormReader::Read() {
  project_.source_parts = parts_;
  ReadHeading();
  ReadRules();
  ReadGoals();
  ReadFunds();
  const int total_row = ReadIndicators();
  if (total_row) ReadTotal(total_row);
  if (!project_.name || project_.name->value.empty()) {
    errors_.push_back({{"reader.table_without_name", {TextArg("cell", Ref(region_.header, 1))}},
                       Loc(region_.header, 1)});
  }
  if (!errors_.empty()) return errors_;
  return project_;
}

}  // namespace evalscore::readers
