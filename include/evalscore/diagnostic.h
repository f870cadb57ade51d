// A finding of the audit: something on the form that does not add up.
#ifndef EVALSCORE_DIAGNOSTIC_H_
#define EVALSCORE_DIAGNOSTIC_H_

#include <optional>
#include <string>

#include "evalscore/location.h"
#include "evalscore/message.h"
#include "evalscore/profile.h"

namespace evalscore {

struct Diagnostic {
  std::string code;  // stable: "ES101"
  std::string name;  // stable: "BREAKDOWN_SUM"
  Severity severity = Severity::kWarning;
  Location where;                    // the YAML node it concerns
  Message message;                   // id and arguments; RenderMessage() words it
  std::optional<double> reported;    // for mismatches: what the unit printed
  std::optional<double> recomputed;  // and what evalscore computed
};

const char* SeverityName(Severity s);  // "error", "warning", "info"

}  // namespace evalscore

#endif  // EVALSCORE_DIAGNOSTIC_H_
