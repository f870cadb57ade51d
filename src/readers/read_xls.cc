// The .xls (Excel 97 BIFF) reader: libfreexl reads the cells; our own walk
// of the BIFF8 records (readers/biff_records.h, the Workbook stream taken out
// of the OLE2 container with libgsf) adds what libfreexl does not report:
// hidden sheets, formula results and percent formats. libfreexl reads files by
// path only, so bytes are read through a memory file. Merged areas are not
// reported: the recognizer fills 一级/二级 down by itself.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <utility>

#include <freexl.h>

#include "readers/biff_records.h"
#include "readers/cell_text.h"
#include "readers/isolated.h"
#include "readers/ole2_stream.h"
#include "readers/readers.h"

namespace evalscore::readers {
namespace {

// Closes the handle however the read ends.
struct Handle {
  const void* h = nullptr;
  ~Handle() {
    if (h) freexl_close(h);
  }
};

Cell ToCell(const FreeXL_CellValue& v, int row, int column) {
  Cell cell;
  cell.row = row;
  cell.column = column;
  switch (v.type) {
    case FREEXL_CELL_INT:
      cell.number = v.value.int_value;
      cell.text = PlainNumber(*cell.number);
      break;
    case FREEXL_CELL_DOUBLE:
      cell.number = v.value.double_value;
      cell.text = PlainNumber(*cell.number);
      break;
    case FREEXL_CELL_DATE:
      // "2022-12-31" as the form would print it (and as the xlsx reader reads a date).
      if (int y = 0, m = 0, d = 0;
          v.value.text_value && std::sscanf(v.value.text_value, "%d-%d-%d", &y, &m, &d) == 3) {
        cell.text = std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
        break;
      }
      [[fallthrough]];
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
      if (v.value.text_value) cell.text = v.value.text_value;
      break;
    default:
      break;
  }
  return cell;
}

Result<bool> ReadSheet(const void* h, unsigned short index, Grid* grid, size_t* total) {
  const char* name = nullptr;
  if (freexl_get_worksheet_name(h, index, &name) != FREEXL_OK) {
    return Errors{{{"reader.xls_sheet_name", {CountArg("sheet", index + 1)}}, {}}};
  }
  grid->name = name ? name : "Sheet" + std::to_string(index + 1);
  if (freexl_select_active_worksheet(h, index) != FREEXL_OK) {
    return Errors{{{"reader.xls_sheet", {TextArg("sheet", grid->name)}}, {}}};
  }
  unsigned int rows = 0;
  unsigned short columns = 0;
  if (freexl_worksheet_dimensions(h, &rows, &columns) != FREEXL_OK) {
    return Errors{{{"reader.xls_sheet_size", {TextArg("sheet", grid->name)}}, {}}};
  }
  for (unsigned int r = 0; r < rows && r < static_cast<unsigned>(kMaxFormRows); ++r) {
    for (unsigned short c = 0; c < columns && c < kMaxFormColumns; ++c) {
      FreeXL_CellValue v;
      if (freexl_get_cell_value(h, r, c, &v) != FREEXL_OK) continue;
      Cell cell = ToCell(v, static_cast<int>(r) + 1, c + 1);
      if (cell.text.empty()) continue;
      if (++*total > kMaxCells) return Errors{{{"reader.xls_too_many_cells", {}}, {}}};
      grid->cells.push_back(std::move(cell));
    }
  }
  return true;
}

// The sheet of the record walk that freexl's sheet `index` is: the same
// position among the worksheets when the names agree, else the same name.
const BiffSheet* MatchingSheet(const BiffWorkbook& book, size_t index, const std::string& name) {
  std::vector<const BiffSheet*> worksheets;
  for (const BiffSheet& s : book.sheets) {
    if (s.worksheet) worksheets.push_back(&s);
  }
  if (index < worksheets.size() && worksheets[index]->name == name) return worksheets[index];
  for (const BiffSheet* s : worksheets) {
    if (s->name == name) return s;
  }
  return nullptr;
}

// What the record walk knows goes over what libfreexl read: a formula's cached
// result or a boolean/error constant replaces whatever libfreexl made of the
// cell, and a number shown as a percentage reads as one (as in the xlsx reader).
void AddWalked(const BiffSheet& sheet, Grid* grid, size_t* total) {
  grid->hidden = sheet.hidden;
  std::map<std::pair<int, int>, size_t> at;
  for (size_t i = 0; i < grid->cells.size(); ++i) {
    at[{grid->cells[i].row, grid->cells[i].column}] = i;
  }
  for (const auto& [row, column] : sheet.percent_cells) {
    const auto found = at.find({row, column});
    if (found == at.end()) continue;
    Cell& cell = grid->cells[found->second];
    if (!cell.number || cell.percent) continue;
    cell.percent = true;
    cell.text = PercentText(*cell.number);
  }
  for (const Cell& value : sheet.values) {
    const auto found = at.find({value.row, value.column});
    if (found != at.end()) {
      grid->cells[found->second] = value;
    } else if (++*total <= kMaxCells) {
      grid->cells.push_back(value);
    }
  }
}

// The BIFF8 record walk over the file's Workbook stream; an empty workbook
// (nothing known) when the file has no such stream (BIFF5 and older: "Book").
Result<BiffWorkbook> WalkWorkbook(std::string_view bytes) {
  auto stream = ReadOle2Stream(bytes, "Workbook");
  if (!stream) return stream.error();
  if (!stream.value()) return BiffWorkbook{};
  return WalkBiff(*stream.value());
}

}  // namespace

Result<GridSet> ReadXlsInProcess(const std::string& path, std::string_view bytes) {
  auto book = WalkWorkbook(bytes);
  if (!book) return book.error();
  Handle handle;
  const int opened = freexl_open(path.c_str(), &handle.h);
  if (opened != FREEXL_OK) {
    return Errors{{{"reader.xls_unreadable", {CountArg("code", opened)}}, {}}};
  }
  unsigned int password = 0;
  if (freexl_get_info(handle.h, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
      password == FREEXL_BIFF_OBFUSCATED) {
    return Errors{{{"reader.encrypted_workbook", {}}, {}}};
  }
  unsigned int sheets = 0;
  freexl_get_info(handle.h, FREEXL_BIFF_SHEET_COUNT, &sheets);
  GridSet set;
  set.kind = "xls";
  size_t total = 0;
  for (unsigned int i = 0; i < sheets && i < kMaxBiffSheets; ++i) {
    Grid grid;
    if (auto ok = ReadSheet(handle.h, static_cast<unsigned short>(i), &grid, &total); !ok) {
      return ok.error();
    }
    if (const BiffSheet* walked = MatchingSheet(book.value(), i, grid.name)) {
      AddWalked(*walked, &grid, &total);
    }
    set.grids.push_back(std::move(grid));
  }
  if (total > kMaxCells) return Errors{{{"reader.xls_too_many_cells", {}}, {}}};
  if (set.grids.empty()) return Errors{{{"reader.no_sheets", {}}, {}}};
  return set;
}

// libfreexl is not hardened against hostile files (fuzzing found stack reads
// out of bounds in freexl_open), nor is libgsf known to be: the whole reader
// runs in a child process, so a damaged file is an error for that file and
// never a crash of the batch.
Result<GridSet> ReadXls(const std::string& path, std::string_view bytes) {
  return RunIsolated([&] { return ReadXlsInProcess(path, bytes); }, "xls");
}

Result<GridSet> ReadXlsBytes(std::string_view bytes) {
  const int fd = memfd_create("evalscore-xls", MFD_CLOEXEC);
  if (fd < 0) return Errors{{{"reader.xls_memfile_create", {}}, {}}};
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) {
      ::close(fd);
      return Errors{{{"reader.xls_memfile_write", {}}, {}}};
    }
    written += static_cast<size_t>(n);
  }
  auto result = ReadXls("/proc/self/fd/" + std::to_string(fd), bytes);
  ::close(fd);
  return result;
}

}  // namespace evalscore::readers
