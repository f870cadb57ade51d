// Where something is in an input: 1-based line and column of a text file, or
// a cell of a spreadsheet sheet or of a document table, or unknown.
#ifndef EVALSCORE_LOCATION_H_
#define EVALSCORE_LOCATION_H_

#include <string>
#include <vector>

namespace evalscore {

struct Location {
  int line = 0;    // 1-based; 0 = unknown. In a cell: the row
  int column = 0;  // 1-based; 0 = unknown. In a cell: the column (A = 1)
  // 0 = a text file (line:column). n >= 1 = a cell of the n-th part of the
  // source (SourcePart, listed in Project::source_parts): a sheet or a table.
  int part = 0;

  bool known() const { return line > 0; }
  bool in_cell() const { return part > 0 && line > 0; }
  bool operator==(const Location&) const = default;
};

// A sheet of a workbook or a table of a document that cells are located in.
struct SourcePart {
  std::string name;       // the sheet's name, or "表1" for a document's first table
  bool is_table = false;  // a document table (Word), not a sheet
};

// "F" for column 6, "AA" for 27.
std::string ColumnLetters(int column);

// How a location is shown after the file name: "25:28" for a text file,
// "自评表!F14" for a cell (sheet names with spaces or punctuation quoted as
// Excel does: 'my sheet'!F14), "" when unknown.
std::string FormatLocation(const Location& where, const std::vector<SourcePart>& parts);

// A value together with where it was written.
template <typename T>
struct Located {
  T value{};
  Location where;
};

}  // namespace evalscore

#endif  // EVALSCORE_LOCATION_H_
