// The --group-by table as cells, with Chinese headers, for the document
// formats (Markdown, HTML, xlsx): one row per group, the over-statement
// columns included.
#ifndef EVALSCORE_CLI_GROUP_TABLE_H_
#define EVALSCORE_CLI_GROUP_TABLE_H_

#include <string>
#include <vector>

#include "cli/group_summary.h"

namespace evalscore::cli {

// "主管部门" / "实施单位" / "年度".
const char* GroupByLabel(GroupBy by);

// The header row, then one row per group (GroupSummary::Rows() order); every
// cell is text as printed ("" for no value).
std::vector<std::vector<std::string>> GroupTableCells(const GroupSummary& groups);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_GROUP_TABLE_H_
