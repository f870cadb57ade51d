// `evalscore explain`: how every number of one project was obtained, in words
// a reviewer can paste into a 复核 note; and what a check code means.
#ifndef EVALSCORE_CLI_EXPLAIN_H_
#define EVALSCORE_CLI_EXPLAIN_H_

#include <ostream>

#include "evalscore/check.h"

#include "cli/file_report.h"
#include "cli/style.h"

namespace evalscore::cli {

void ExplainReport(const FileReport& report, std::ostream& out, const Style& style = {});
// What a check flags and how to fix it, in `lang` (the catalogue's check.* texts).
void ExplainCheck(const CheckInfo& check, std::ostream& out, Lang lang = Lang::kEn);
// The rule applied to one row and its arithmetic, in words ("positive ≥: 15.3 ≥ 15 → full 10").
std::string DerivationWords(const IndicatorScore& s, const RuleProfile& p, Lang lang);

// One diagnostic as `path:line:col: severity CODE: message [NAME]`, in the
// style's language and colour.
// `parts` names the sheets or tables of a workbook or document (cells).
void PrintDiagnostic(const std::string& path, const Diagnostic& d, std::ostream& out,
                     const Style& style = {}, const std::vector<SourcePart>& parts = {});
// One input error as `path:line:col: error: message`.
void PrintInputError(const std::string& path, const Error& e, std::ostream& out,
                     const Style& style = {}, const std::vector<SourcePart>& parts = {});

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_EXPLAIN_H_
