#include "cli/group_table.h"

#include "evalscore/vocabulary.h"

#include "cli/form_cells.h"
#include "cli/render.h"

namespace evalscore::cli {

const char* GroupByLabel(GroupBy by) {
  switch (by) {
    // The form's labels of the fields grouped by (string literals: see vocabulary.h).
    case GroupBy::kDepartment:
      return LabelOf("project", "department").data();
    case GroupBy::kUnit:
      return LabelOf("project", "unit").data();
    case GroupBy::kYear:
      return LabelOf("project", "year").data();
    case GroupBy::kNone:
      break;
  }
  return "";
}

std::vector<std::vector<std::string>> GroupTableCells(const GroupSummary& groups) {
  std::vector<std::vector<std::string>> cells = {
      {GroupByLabel(groups.by()), "项目数", "无法评分", "平均总分", "等级分布", "平均执行率",
       "低于 " + Number(groups.threshold()), "平均高报（填报−重算）", "高报项目数"}};
  for (const GroupRow& g : groups.Rows()) {
    if (g.projects == 0) {
      cells.push_back({"（无法评分）", "0", std::to_string(g.errors), "", "", "", "", "", ""});
      continue;
    }
    const auto rate = g.MeanRate();
    const auto over = g.MeanOverstatement();
    cells.push_back({g.key == "(none)" ? "（未填写）" : g.key, std::to_string(g.projects),
                     std::to_string(g.errors), Fixed2(g.MeanTotal()),
                     GradeCounts(g, groups.grade_order()), rate ? PercentText(*rate) : "",
                     std::to_string(g.below), over ? Signed(*over) : "",
                     std::to_string(g.overstating)});
  }
  return cells;
}

}  // namespace evalscore::cli
