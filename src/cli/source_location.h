// How the CLI shows where a finding or an error is: line:column in a project
// file, the cell (自评表!F14, 表1!C5) in a workbook or document.
#ifndef EVALSCORE_CLI_SOURCE_LOCATION_H_
#define EVALSCORE_CLI_SOURCE_LOCATION_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "evalscore/location.h"

namespace evalscore::cli {

// ":25:28", ":自评表!F14", or "" when unknown: what follows the path.
std::string WhereSuffix(const Location& where, const std::vector<SourcePart>& parts);
// "line 25" / "第 25 行", or the cell "自评表!F14"; "" when unknown.
std::string WherePhrase(const Location& where, const std::vector<SourcePart>& parts, bool zh);
// Adds "line" and "column" (always), and for a cell "sheet" (or "table") with
// "row" and "cell" ("F14").
void AddWhereJson(nlohmann::ordered_json* j, const Location& where,
                  const std::vector<SourcePart>& parts);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SOURCE_LOCATION_H_
