// The last step of -f xlsx: the small workbook libxlsxwriter wrote (summary,
// dashboard and group sheets, styles, properties) copied into the output zip,
// which already holds the form sheets, with the form sheets added to the
// package's lists.
//
// Contract. The libxlsxwriter workbook's worksheets are parts
// xl/worksheets/sheet1.xml ... sheetK.xml; the first `base` of them existed
// before any form sheet was made. Form sheet i (1-based, `names` in order) is
// the part sheet{base + i}.xml, already in `out`. The merged package lists the
// form sheets after all of libxlsxwriter's sheets (so every definedName's
// localSheetId, an index into <sheets>, stays right); libxlsxwriter's sheets
// numbered past `base` (continuation summaries) are renumbered past the forms.
// Entries are copied without inflating except the four parts patched:
// xl/workbook.xml, xl/_rels/workbook.xml.rels, [Content_Types].xml and
// docProps/app.xml, and the worksheets given links, whose <hyperlinks> element
// is added (xlsx_internal_links.h).
#ifndef EVALSCORE_CLI_XLSX_PACKAGE_MERGE_H_
#define EVALSCORE_CLI_XLSX_PACKAGE_MERGE_H_

#include <map>
#include <string>

#include "cli/spooled_names.h"
#include "cli/xlsx_internal_links.h"
#include "cli/zip_stream_writer.h"

namespace evalscore::cli {

// "xl/worksheets/sheet{number}.xml"
std::string WorksheetPart(size_t number);

// The links to add to libxlsxwriter's worksheets, by part name in its
// workbook ("xl/worksheets/sheet1.xml").
using SheetLinks = std::map<std::string, InternalLinks*>;

// Copies the zip `book_path` (unlinked once open) into `out`; false with
// `*error` set on failure (then `out` is unusable).
bool MergeWorkbookInto(const std::string& book_path, size_t base, SpooledNames& names,
                       const SheetLinks& links, ZipStreamWriter& out, std::string* error);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_XLSX_PACKAGE_MERGE_H_
