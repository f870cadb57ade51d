// The dashboard (dashboard_data.h) as a worksheet with native Excel charts.
#ifndef EVALSCORE_CLI_DASHBOARD_XLSX_H_
#define EVALSCORE_CLI_DASHBOARD_XLSX_H_

#include <string>

#include <xlsxwriter.h>

#include "cli/dashboard_data.h"

namespace evalscore::cli {

// Writes `d` into `ws` (named `name` in `wb`): headline figures, charts, the
// charts' data and the tables per 主管部门 and 实施单位. The first failed
// write is reported in `*error` (left as it is when already set).
void WriteDashboardSheet(lxw_workbook* wb, lxw_worksheet* ws, const char* name, const Dashboard& d,
                         std::string* error);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_DASHBOARD_XLSX_H_
