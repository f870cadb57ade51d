// Keeps the rows of finished constant_memory worksheets in one file.
//
// In constant_memory mode libxlsxwriter gives every worksheet a temporary file
// of its own and a 128 KiB row array, both kept until workbook_close(): a
// workbook of 10,000 form sheets would hold 10,000 open files and as many
// mappings (the process limits are about 1,024 files and 65,530 mappings). Once
// a sheet is finished, Seal() appends its rows to one shared, unlinked spool
// file, closes the sheet's own file, frees its row array (and trims its column
// tables, made for 128 columns, to 16) and hands the sheet a
// small read-only stream over its part of the spool, which is all
// workbook_close() does with it (fflush, rewind, fread to the end, fclose).
//
// This leans on libxlsxwriter's worksheet fields (optimize_tmpfile, file,
// array; public in worksheet.h) and on how 1.1.x assembles an optimized sheet;
// the xlsx tests read every sheet back, so a library that did it differently
// would fail them.
#ifndef EVALSCORE_CLI_XLSX_SHEET_SPOOL_H_
#define EVALSCORE_CLI_XLSX_SHEET_SPOOL_H_

#include <string>
#include <vector>

#include <sys/types.h>
#include <xlsxwriter.h>

namespace evalscore::cli {

class SheetSpool {
 public:
  // An unlinked file in `dir` (a private directory); check ok().
  explicit SheetSpool(const std::string& dir);
  ~SheetSpool();  // after workbook_close(), which reads the spool
  SheetSpool(const SheetSpool&) = delete;
  SheetSpool& operator=(const SheetSpool&) = delete;

  bool ok() const { return fd_ >= 0; }
  // Moves the rows of `ws` (a constant_memory worksheet nothing more will be
  // written to) into the spool. False, with `*error` set when empty, on failure.
  bool Seal(lxw_worksheet* ws, std::string* error);
  // Just before workbook_close(): makes the sealed sheets' streams anew, the
  // first sheet's last. glibc finds a stream to close by walking the list of
  // open streams from the newest, and workbook_close() closes them first sheet
  // first: in the order they were sealed that walk is quadratic (100,000 sheets:
  // minutes); in this order each stream is at the front of the list.
  void PrepareForClose(std::string* error);

 private:
  struct Sealed {
    lxw_worksheet* ws;
    off_t begin;
    off_t size;
  };
  bool Attach(const Sealed& sheet, std::string* error);

  int fd_ = -1;
  off_t end_ = 0;  // where the next sheet's rows go
  std::vector<Sealed> sealed_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_XLSX_SHEET_SPOOL_H_
