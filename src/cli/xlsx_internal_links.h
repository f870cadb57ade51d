// The links from a libxlsxwriter worksheet's cells to other sheets of the
// workbook, kept out of memory. libxlsxwriter keeps every hyperlink of a sheet
// until the workbook closes, even in constant_memory mode (~200 bytes a link);
// a summary of 100,000 forms links to 100,000 form sheets. So the cell is
// written as a plain string (in the hyperlink style) and its link goes here,
// as the <hyperlink> element libxlsxwriter would have written, into a
// SpooledRecords; the package merge puts them into the sheet's XML
// (xlsx_package_merge.h).
#ifndef EVALSCORE_CLI_XLSX_INTERNAL_LINKS_H_
#define EVALSCORE_CLI_XLSX_INTERNAL_LINKS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "cli/sheet_xml_writer.h"  // CellName
#include "cli/spooled_names.h"

namespace evalscore::cli {

class InternalLinks {
 public:
  // Spooled in `dir` (SpooledRecords: a file, else memory).
  explicit InternalLinks(const std::string& dir) : records_(dir) {}

  // Cell (`row`, `col`), 0-based, showing `shown`, links to cell A1 of the
  // sheet `sheet`. Links come in row order (the order of the <hyperlinks> list).
  void Add(uint32_t row, uint16_t col, const std::string& sheet, const std::string& shown);
  size_t size() const { return records_.size(); }
  // Calls `each(xml)` with the <hyperlinks> element's text in pieces (nothing
  // when there are no links); false when reading the spool back failed.
  bool Write(const std::function<bool(std::string_view)>& each);

 private:
  SpooledRecords records_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_XLSX_INTERNAL_LINKS_H_
