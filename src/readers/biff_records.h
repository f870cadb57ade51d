// What the records of an Excel 97-2003 (BIFF8) Workbook stream say that
// libfreexl does not report: which sheets are hidden, the cached results of
// formula cells, and which number cells are formatted as percentages. The
// walk reads only these records (BOF, EOF, BOUNDSHEET, XF, FORMAT, DATEMODE,
// FILEPASS, FORMULA, STRING, CONTINUE, BOOLERR, NUMBER, RK, MULRK); libfreexl keeps
// reading every other cell. Layouts from [MS-XLS] 2.4; the stream is hostile
// input: every length and offset is checked before it is read.
#ifndef EVALSCORE_READERS_BIFF_RECORDS_H_
#define EVALSCORE_READERS_BIFF_RECORDS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "evalscore/result.h"

#include "readers/grid.h"

namespace evalscore::readers {

// One sheet as its BOUNDSHEET record and its substream describe it.
struct BiffSheet {
  std::string name;       // UTF-8
  bool hidden = false;    // hidden or very hidden
  bool worksheet = true;  // a worksheet (not a chart, macro or VB module sheet)
  // Cells libfreexl reads wrongly or not at all: formula cells (their cached
  // result, or formula_without_value) and boolean/error constants (BOOLERR,
  // which libfreexl gives as 1/0): "TRUE", "FALSE", "#DIV/0!" as in xlsx.
  std::vector<Cell> values;
  std::vector<std::pair<int, int>> percent_cells;  // (row, column), 1-based
};

struct BiffWorkbook {
  // False for streams the walk does not read (BIFF5 and older, or encrypted):
  // then nothing below is known and libfreexl's reading stands alone.
  bool read = false;
  std::vector<BiffSheet> sheets;  // in BOUNDSHEET order
};

inline constexpr size_t kMaxBiffSheets = 1000;  // as many as the .xls reader reads

// Walks a Workbook stream. Errors (the file is damaged): a record running past
// the end of the stream, a sheet starting past the end or not at a BOF, two
// sheets starting at one offset, a FORMULA record shorter than its fixed part,
// more than kMaxCells formula and percent cells. A STRING record with no FORMULA before it
// is ignored; a string FORMULA with no STRING after it is a formula without
// its value (a located error for the form reader).
Result<BiffWorkbook> WalkBiff(std::string_view stream);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_BIFF_RECORDS_H_
