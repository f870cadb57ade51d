// evalscore import: each form of the given workbooks and documents written as
// a project file, never over an existing file.
#ifndef EVALSCORE_CLI_IMPORT_FORMS_H_
#define EVALSCORE_CLI_IMPORT_FORMS_H_

#include <ostream>
#include <string>
#include <vector>

#include "cli/inputs.h"
#include "cli/style.h"

namespace evalscore::cli {

// Writes form.yaml (form-SHEET.yaml, form-SHEET-2.yaml when a file holds
// several forms) beside each input, or into `output` (a directory, created if
// missing; or a .yaml file name when there is exactly one form). Says on
// `err` where each form went. Returns the exit code: 0, or 2 when a form could
// not be read or its project file already exists (the others are written).
// Errors are worded in `lang`: first those of inputs that are no files (and
// stdin), then, in input order, a line for each form. Each form is written as
// it is read (the first held until a second shows up), so memory does not
// grow with the forms, beyond their lines for `err`.
int ImportForms(const InputList& inputs, const std::string& output, std::ostream& err,
                Lang lang = Lang::kEn);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_IMPORT_FORMS_H_
