// The dashboard (dashboard_data.h) as a worksheet with native Excel charts.
#ifndef EVALSCORE_CLI_DASHBOARD_XLSX_H_
#define EVALSCORE_CLI_DASHBOARD_XLSX_H_

#include <string>

#include <xlsxwriter.h>

#include "cli/dashboard_data.h"

namespace evalscore::cli {

// The dashboard's worksheets and their names in the workbook. `scatter` holds
// a row per form with an execution rate and a self-score: it may be (and for
// large batches should be) a constant_memory sheet with nothing written yet.
struct DashboardSheets {
  lxw_worksheet* dashboard;
  const char* dashboard_name;
  lxw_worksheet* scatter;
  const char* scatter_name;
};

// Writes `d` into `sheets`: on the dashboard, headline figures, charts, the
// data of all charts but the scatter and the tables per 主管部门 and 实施单位;
// the scatter's points on their own sheet. The first failed write is reported
// in `*error` (left as it is when already set).
void WriteDashboardSheet(lxw_workbook* wb, const DashboardSheets& sheets, const Dashboard& d,
                         std::string* error);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_DASHBOARD_XLSX_H_
