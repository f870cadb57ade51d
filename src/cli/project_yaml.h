// A Project written back as a project file (format evalscore/1), each value
// followed by a comment naming the cell it was read from.
#ifndef EVALSCORE_CLI_PROJECT_YAML_H_
#define EVALSCORE_CLI_PROJECT_YAML_H_

#include <string>

#include "evalscore/project.h"

namespace evalscore::cli {

// `source` is the form file's name, for the heading comment.
std::string ProjectToYaml(const Project& project, const std::string& source);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_PROJECT_YAML_H_
