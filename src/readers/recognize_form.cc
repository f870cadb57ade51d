#include "readers/recognize_form.h"

#include <set>

#include "readers/form_reader.h"
#include "readers/grid_view.h"
#include "readers/text_norm.h"

namespace evalscore::readers {
namespace {

bool IsIndicatorHeaderRole(Role r) {
  return r == Role::kLevel1 || r == Role::kLevel2 || r == Role::kName || r == Role::kTarget ||
         r == Role::kSign || r == Role::kActual || r == Role::kPoints || r == Role::kScore ||
         r == Role::kDeviation || r == Role::kMeasureUnit || r == Role::kReportedScore;
}

// The indicator roles a row's label cells carry.
std::set<Role> RowRoles(const GridView& view, int row) {
  std::set<Role> roles;
  for (int c = 1; c <= view.columns(); ++c) {
    const Role role = FormReader::LabelRole(view, row, c);
    if (IsIndicatorHeaderRole(role)) roles.insert(role);
  }
  return roles;
}

bool IsIndicatorHeader(const std::set<Role>& roles) {
  const bool names =
      roles.count(Role::kName) || (roles.count(Role::kLevel1) && roles.count(Role::kLevel2));
  return names && roles.size() >= 3;
}

// A second header line: every cell starting on it is a label (指标性质 | 指标值 | 度量单位).
bool IsSecondHeaderLine(const GridView& view, int row) {
  bool any = false;
  for (int c = 1; c <= view.columns(); ++c) {
    if (view.Text(row, c).empty() || view.Origin(row, c) != Pos{row, c}) continue;
    if (!IsIndicatorHeaderRole(FormReader::LabelRole(view, row, c))) return false;
    any = true;
  }
  return any;
}

// A row where another form begins: its 项目名称, funds block or title.
bool IsFormStart(const GridView& view, int row) {
  for (int c = 1; c <= view.columns(); ++c) {
    const Role role = FormReader::LabelRole(view, row, c);
    if (role == Role::kProjectName || role == Role::kFundsBlock) return true;
    if (view.Origin(row, c) == Pos{row, c} &&
        view.Text(row, c).find("绩效自评表") != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::vector<FormRegion> FindRegions(const GridView& view) {
  std::vector<FormRegion> regions;
  int first = 1;
  for (int r = 1; r <= view.rows(); ++r) {
    if (!IsIndicatorHeader(RowRoles(view, r))) continue;
    FormRegion region{first, view.rows(), r, r};
    if (r + 1 <= view.rows() && IsSecondHeaderLine(view, r + 1)) region.header_last = r + 1;
    for (int b = region.header_last + 1; b <= view.rows(); ++b) {
      if (IsFormStart(view, b) || IsIndicatorHeader(RowRoles(view, b))) {
        region.last = b - 1;
        break;
      }
      if (FormReader::IsTotalRow(view, b)) {
        region.last = b;
        break;
      }
    }
    regions.push_back(region);
    first = region.last + 1;
    r = region.last;
  }
  return regions;
}

// What a sheet without an indicator header shows of a form, to say what is missing.
std::optional<Message> FormTraces(const GridView& view, const std::string& sheet) {
  for (int r = 1; r <= view.rows(); ++r) {
    const std::set<Role> roles = RowRoles(view, r);
    if (roles.size() >= 2 &&
        (roles.count(Role::kLevel1) || roles.count(Role::kName) || roles.count(Role::kLevel2))) {
      return Message{"reader.labels_without_name_column",
                     {CountArg("row", r), TextArg("sheet", sheet)}};
    }
    for (int c = 1; c <= view.columns(); ++c) {
      if (FormReader::LabelRole(view, r, c) == Role::kProjectName) {
        return Message{"reader.name_without_table", {CountArg("row", r), TextArg("sheet", sheet)}};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

Recognition RecognizeForms(const GridSet& set) {
  Recognition out;
  for (const Grid& g : set.grids) out.parts.push_back({g.name, g.is_table});
  std::vector<Message> traces;
  for (size_t i = 0; i < set.grids.size(); ++i) {
    const Grid& grid = set.grids[i];
    if (grid.hidden) {
      out.notes.push_back({"reader.sheet_hidden", {TextArg("sheet", grid.name)}});
      continue;
    }
    const GridView view(grid);
    const std::vector<FormRegion> regions = FindRegions(view);
    if (regions.empty()) {
      if (auto trace = FormTraces(view, grid.name)) traces.push_back(*trace);
      out.notes.push_back(
          {grid.is_table ? "reader.table_without_form" : "reader.sheet_without_form",
           {TextArg("sheet", grid.name)}});
      continue;
    }
    for (const FormRegion& region : regions) {
      out.forms.push_back(FormReader(view, static_cast<int>(i) + 1, out.parts, region).Read());
    }
  }
  if (out.forms.empty()) {
    Message message = traces.empty() ? Message{"reader.no_form", {}} : traces.front();
    out.forms.push_back(Errors{{message, {}}});
  }
  return out;
}

}  // namespace evalscore::readers
