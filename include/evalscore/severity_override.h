// Applying the per-check severity overrides of a profile or config file.
#ifndef EVALSCORE_SEVERITY_OVERRIDE_H_
#define EVALSCORE_SEVERITY_OVERRIDE_H_

#include <optional>
#include <string_view>

#include "evalscore/diagnostic.h"
#include "evalscore/profile.h"

namespace evalscore {

// Sets `level` to the override `word` stands for: off (nullopt), info, warning
// or error. False when `word` is none of them.
bool ParseSeverityOverride(std::string_view word, std::optional<Severity>* level);

// "off", "info", "warning" or "error".
const char* SeverityOverrideName(const std::optional<Severity>& level);

// Gives `d` the severity an override names for its code (else its name).
// False when the override turns the check off (drop the finding).
bool ApplySeverityOverride(const SeverityOverrides& overrides, Diagnostic* d);

}  // namespace evalscore

#endif  // EVALSCORE_SEVERITY_OVERRIDE_H_
