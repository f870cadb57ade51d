// Keeps the rows of the constant_memory form sheets in one file.
//
// In constant_memory mode libxlsxwriter gives every worksheet a temporary file
// of its own and a 128 KiB row array, both kept until workbook_close(): a
// workbook of 10,000 form sheets would hold 10,000 open files and as many
// mappings (the process limits are about 1,024 files and 65,530 mappings), and
// creating and deleting a file per sheet costs the filesystem more as the
// batch grows. Instead a form sheet is added as an ordinary (in-memory) sheet
// and Begin() turns it into a constant_memory one whose rows go straight to one
// shared, unlinked spool file, through one row array reused by every sheet.
// Seal() then hands the finished sheet a small read-only stream over its part
// of the spool (and trims its column tables, made for 128 columns, to 16),
// which is all workbook_close() does with it: fflush, rewind, fread to the
// end, fclose. One sheet is written at a time.
//
// This leans on libxlsxwriter's worksheet fields (optimize, optimize_tmpfile,
// file, array, col_options, col_formats; public in worksheet.h) and on how
// 1.1.x writes and assembles an optimized sheet; the xlsx tests read every
// sheet back, so a library that did it differently would fail them.
#ifndef EVALSCORE_CLI_XLSX_SHEET_SPOOL_H_
#define EVALSCORE_CLI_XLSX_SHEET_SPOOL_H_

#include <sys/types.h>

#include <string>
#include <vector>

#include <xlsxwriter.h>

namespace evalscore::cli {

class SheetSpool {
 public:
  // An unlinked file in `dir` (a private directory); check ok().
  explicit SheetSpool(const std::string& dir);
  ~SheetSpool();  // after workbook_close(), which reads the spool
  SheetSpool(const SheetSpool&) = delete;
  SheetSpool& operator=(const SheetSpool&) = delete;

  bool ok() const { return fd_ >= 0 && array_ != nullptr; }
  // Makes `ws`, just added while the workbook's constant_memory option was
  // off, write its rows (in ascending order from now on) to the spool. False,
  // with `*error` set when empty, on failure: then `ws` is left as it was.
  bool Begin(lxw_worksheet* ws, std::string* error);
  // Ends the sheet begun last: nothing more is written to it.
  bool Seal(lxw_worksheet* ws, std::string* error);
  // Lets go of a sheet begun and not sealed (a run that ends early), so the
  // workbook can be freed: the sheet keeps neither the stream nor the array.
  void Abandon();
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
  off_t end_ = 0;               // where the next sheet's rows go
  lxw_cell** array_ = nullptr;  // the row array of the sheet being written
  FILE* writing_ = nullptr;     // its stream into the spool
  lxw_worksheet* writing_ws_ = nullptr;
  std::vector<Sealed> sealed_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_XLSX_SHEET_SPOOL_H_
