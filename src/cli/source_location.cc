#include "cli/source_location.h"

namespace evalscore::cli {

std::string WhereSuffix(const Location& where, const std::vector<SourcePart>& parts) {
  return where.known() ? ":" + FormatLocation(where, parts) : "";
}

std::string WherePhrase(const Location& where, const std::vector<SourcePart>& parts, bool zh) {
  if (!where.known()) return "";
  if (where.in_cell()) return FormatLocation(where, parts);
  const std::string line = std::to_string(where.line);
  return zh ? "第 " + line + " 行" : "line " + line;
}

void AddWhereJson(nlohmann::ordered_json* j, const Location& where,
                  const std::vector<SourcePart>& parts) {
  (*j)["line"] = where.line;
  (*j)["column"] = where.column;
  if (!where.in_cell()) return;
  const auto index = static_cast<size_t>(where.part - 1);
  const bool table = index < parts.size() && parts[index].is_table;
  const std::string name = index < parts.size() ? parts[index].name : "";
  (*j)[table ? "table" : "sheet"] = name;
  (*j)["row"] = where.line;
  (*j)["cell"] = ColumnLetters(where.column) + std::to_string(where.line);
}

}  // namespace evalscore::cli
