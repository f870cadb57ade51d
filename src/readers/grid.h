// The neutral form of a spreadsheet sheet or a document table: cells with
// their text (and number, where the file stored one) and the merged areas.
// Every container reader (xlsx, xls, docx; later a PDF text layer) produces
// this, and the one form recognizer reads only this.
#ifndef EVALSCORE_READERS_GRID_H_
#define EVALSCORE_READERS_GRID_H_

#include <optional>
#include <string>
#include <vector>

namespace evalscore::readers {

struct Cell {
  int row = 0;                   // 1-based
  int column = 0;                // 1-based (A = 1)
  std::string text;              // as a person reads it (numbers written plainly)
  std::optional<double> number;  // what the file stored as a number (or a formula's cached value)
  bool percent = false;          // the number is formatted as a percentage (0.24 shows 24%)
  bool formula_without_value = false;  // a formula the file saved without its result
};

// A merged area, 1-based and inclusive; only its top-left cell holds a value.
struct Merge {
  int first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

// One sheet of a workbook or one table of a document.
struct Grid {
  std::string name;         // sheet name, or "表1" for a document's first table
  bool is_table = false;    // a document table
  bool hidden = false;      // a hidden sheet (not read as a form)
  std::vector<Cell> cells;  // the non-empty cells, in any order
  std::vector<Merge> merges;
  // Document tables: the paragraphs just before the table (its title and year).
  std::vector<std::string> preamble;
};

// What one input file holds.
struct GridSet {
  std::string kind;  // "xlsx", "xls", "docx"
  std::vector<Grid> grids;
  bool written_by_evalscore = false;  // an evalscore report (-f xlsx), not a submitted form
};

// Limits that keep a hostile file from taking unbounded memory or time.
inline constexpr size_t kMaxCells = 2'000'000;  // cells in one file, all sheets together
inline constexpr int kMaxFormRows = 20'000;     // rows of a sheet the recognizer looks at
inline constexpr int kMaxFormColumns = 256;     // columns likewise

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_GRID_H_
