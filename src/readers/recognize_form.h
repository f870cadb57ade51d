// The form recognizer: finds every 自评表 in a file's grids by the labels the
// form prints (never by position) and reads each into a Project, every value
// located at its cell.
#ifndef EVALSCORE_READERS_RECOGNIZE_FORM_H_
#define EVALSCORE_READERS_RECOGNIZE_FORM_H_

#include <string>
#include <vector>

#include "evalscore/project.h"
#include "evalscore/result.h"

#include "readers/grid.h"

namespace evalscore::readers {

struct Recognition {
  // One entry per form found, in sheet and row order: the project, or why it
  // could not be read (located errors). When no form is found at all, one
  // entry with the error saying what was looked for and what was found.
  std::vector<Result<Project>> forms;
  // What was skipped and why (hidden sheets, sheets without a form), for -v.
  std::vector<Message> notes;
  // The sheets and tables of the file (Location::part n is parts[n - 1]).
  std::vector<SourcePart> parts;
};

Recognition RecognizeForms(const GridSet& set);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_RECOGNIZE_FORM_H_
