// One scored project as a form sheet of -f xlsx, laid out like the official
// 自评表: merged 一级/二级 cells, the funds block, 年度总体目标, the indicator
// rows with the recomputed 得分 beside the unit's 填报得分, 总分, the findings.
#ifndef EVALSCORE_CLI_XLSX_FORM_SHEET_H_
#define EVALSCORE_CLI_XLSX_FORM_SHEET_H_

#include <string>

#include "cli/file_report.h"
#include "cli/xlsx_sheet.h"

namespace evalscore::cli {

// Writes the form of `r` (scored) into `sheet` with the workbook's formats `f`.
void WriteFormSheet(Sheet& sheet, const Formats& f, const FileReport& r);

// "01 生存认证人脸识别技术系统费": the summary row number (zero-padded to
// `digits`, which makes names unique), then as much of `title` as fits in
// Excel's 31 characters, with the characters Excel forbids replaced by '_'.
std::string SheetName(size_t number, size_t digits, const std::string& raw_title);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_XLSX_FORM_SHEET_H_
