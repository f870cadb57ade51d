#include "cli/documents.h"

namespace evalscore::cli {

void WriteReportDraft(const FileReport&, std::ostream&) {}

}  // namespace evalscore::cli
