// `evalscore init`: a commented template of a project file.
#ifndef EVALSCORE_CLI_INIT_TEMPLATE_H_
#define EVALSCORE_CLI_INIT_TEMPLATE_H_

#include <string>

namespace evalscore::cli {

enum class TemplateKeys { kChinese, kEnglish };

// A project file (format evalscore/1) laid out like the paper form, one field
// per line (no {…} rows that need quoting), every cell a placeholder
// "请填写…" with a Chinese comment saying which cell of the form goes there.
// Rows and weights a form may not have are commented out, not pre-filled.
// Untouched, it does not score: each placeholder is an input error ("fill in
// 项目名称"). Keys in Chinese (the form's labels) or English.
std::string ProjectTemplate(TemplateKeys keys);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_INIT_TEMPLATE_H_
