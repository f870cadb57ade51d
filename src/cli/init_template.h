// `evalscore init`: a commented template of a project file.
#ifndef EVALSCORE_CLI_INIT_TEMPLATE_H_
#define EVALSCORE_CLI_INIT_TEMPLATE_H_

namespace evalscore::cli {

// A project file (format evalscore/1) with every field of the paper form,
// blank where the unit fills in figures, explained by Chinese comments. It
// loads as it is (and scores 0 until filled in).
const char* ProjectTemplate();

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_INIT_TEMPLATE_H_
