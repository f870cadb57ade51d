// A grid laid out densely for the recognizer: the cell at a position, and the
// top-left cell of the merged area a position lies in.
#ifndef EVALSCORE_READERS_GRID_VIEW_H_
#define EVALSCORE_READERS_GRID_VIEW_H_

#include <string>
#include <vector>

#include "readers/grid.h"

namespace evalscore::readers {

struct Pos {
  int row = 0, column = 0;
  bool operator==(const Pos&) const = default;
};

class GridView {
 public:
  explicit GridView(const Grid& grid);

  int rows() const { return rows_; }
  int columns() const { return columns_; }
  const Grid& grid() const { return grid_; }

  // The top-left cell of the merged area holding (row, column), or itself.
  Pos Origin(int row, int column) const;
  // The cell holding what (row, column) shows (its merge origin's), or null.
  const Cell* At(int row, int column) const;
  // Its text, "" when empty.
  const std::string& Text(int row, int column) const;
  // True when (row, column) is the first row of what it shows (not a row a
  // vertical merge continues into).
  bool StartsHere(int row, int column) const { return Origin(row, column).row == row; }
  // True when (row, column) shows a merge origin at its own column (not a
  // horizontal continuation).
  bool FirstColumn(int row, int column) const { return Origin(row, column).column == column; }

 private:
  size_t Index(int row, int column) const {
    return static_cast<size_t>(row - 1) * static_cast<size_t>(columns_) +
           static_cast<size_t>(column - 1);
  }
  const Grid& grid_;
  int rows_ = 0, columns_ = 0;
  std::vector<int> cell_;   // index into grid.cells, -1 if empty
  std::vector<int> merge_;  // index into grid.merges, -1 if none
};

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_GRID_VIEW_H_
