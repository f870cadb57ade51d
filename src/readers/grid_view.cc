#include "readers/grid_view.h"

#include <algorithm>

namespace evalscore::readers {

GridView::GridView(const Grid& grid) : grid_(grid) {
  for (const Cell& c : grid.cells) {
    if (c.row <= kMaxFormRows && c.column <= kMaxFormColumns) {
      rows_ = std::max(rows_, c.row);
      columns_ = std::max(columns_, c.column);
    }
  }
  cell_.assign(static_cast<size_t>(rows_) * static_cast<size_t>(columns_), -1);
  merge_.assign(cell_.size(), -1);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const Cell& c = grid.cells[i];
    if (c.row >= 1 && c.column >= 1 && c.row <= rows_ && c.column <= columns_) {
      cell_[Index(c.row, c.column)] = static_cast<int>(i);
    }
  }
  // Each position belongs to the first merge covering it; the work is bounded
  // by the grid's size however many (overlapping) merges a file declares.
  size_t budget = cell_.size() * 4 + 1024;
  for (size_t m = 0; m < grid.merges.size() && budget > 0; ++m) {
    const Merge& g = grid.merges[m];
    for (int r = std::max(1, g.first_row); r <= std::min(rows_, g.last_row) && budget; ++r) {
      for (int c = std::max(1, g.first_column); c <= std::min(columns_, g.last_column) && budget;
           ++c, --budget) {
        int& slot = merge_[Index(r, c)];
        if (slot < 0) slot = static_cast<int>(m);
      }
    }
  }
}

Pos GridView::Origin(int row, int column) const {
  if (row < 1 || column < 1 || row > rows_ || column > columns_) return {row, column};
  const int m = merge_[Index(row, column)];
  if (m < 0) return {row, column};
  const Merge& g = grid_.merges[static_cast<size_t>(m)];
  return {std::max(1, g.first_row), std::max(1, g.first_column)};
}

const Cell* GridView::At(int row, int column) const {
  const Pos o = Origin(row, column);
  if (o.row < 1 || o.column < 1 || o.row > rows_ || o.column > columns_) return nullptr;
  const int i = cell_[Index(o.row, o.column)];
  return i < 0 ? nullptr : &grid_.cells[static_cast<size_t>(i)];
}

const std::string& GridView::Text(int row, int column) const {
  static const std::string kEmpty;
  const Cell* c = At(row, column);
  return c ? c->text : kEmpty;
}

}  // namespace evalscore::readers
