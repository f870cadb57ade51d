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
Result<GridSet> ReadXlsx(std::string_view bytes);
Result<GridSet> ReadDocx(std::string_view bytes);
Result<GridSet> ReadXls(const std::string& path, std::string_view bytes);
Result<GridSet> ReadXlsBytes(std::string_view bytes);  // through a memory file (fuzzing, stdin)

// Sniffs and dispatches. `path` is used by the xls reader and in messages.
Result<GridSet> ReadFormFile(const std::string& path);
Result<GridSet> ReadFormBytes(std::string_view bytes, const std::string& name);

// True when the xlsx at `path` was written by evalscore (-f xlsx): such a
// report is never read back as a form in a directory scan.
bool IsEvalscoreWorkbook(const std::string& path);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_READERS_H_
