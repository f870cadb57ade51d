// Reading a submitted form file (xlsx, xls, docx) into grids. Which reader
// runs is decided by the bytes, not the name: an .xls that is really an
// xlsx is read as xlsx; HTML saved as .xls is a clear error.
#ifndef EVALSCORE_READERS_READERS_H_
#define EVALSCORE_READERS_READERS_H_

#include <string>
#include <string_view>

#include "evalscore/result.h"

#include "readers/grid.h"

namespace evalscore::readers {

inline constexpr size_t kMaxFormFileBytes = 64u << 20;  // a submitted workbook: a few MiB at most

enum class Container { kZip, kOle2, kHtml, kText, kPdf, kUnknown };

// What the first bytes say the file is.
Container Sniff(std::string_view bytes);

// True when `name` ends in one of the extensions read as a form document
// (.xlsx, .xlsm, .xls, .docx; any case).
bool IsFormDocumentName(const std::string& name);

// The readers, each from the whole file's bytes (xls from its path too:
// libfreexl reads files only; `bytes` are the same file's, for the record
// walk). Errors carry no location (the file as a whole).
// ReadXlsx with `stop_at_report`: a workbook evalscore wrote (-f xlsx, marked in
// its docProps) is not read further: the set comes back with
// written_by_evalscore and no grids.
Result<GridSet> ReadXlsx(std::string_view bytes, bool stop_at_report = false);
Result<GridSet> ReadDocx(std::string_view bytes);
Result<GridSet> ReadXls(const std::string& path, std::string_view bytes);
Result<GridSet> ReadXlsBytes(std::string_view bytes);  // through a memory file

// Sniffs and dispatches. `path` is used by the xls reader and in messages.
// The file is opened and read once. With `stop_at_report` (a directory scan,
// which never reads evalscore's own reports back), an xlsx written by
// evalscore comes back as an empty set with written_by_evalscore.
Result<GridSet> ReadFormFile(const std::string& path, bool stop_at_report = false);
Result<GridSet> ReadFormBytes(std::string_view bytes, const std::string& name,
                              bool stop_at_report = false);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_READERS_H_
