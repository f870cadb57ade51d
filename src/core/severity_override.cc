#include "evalscore/severity_override.h"

namespace evalscore {

bool ParseSeverityOverride(std::string_view word, std::optional<Severity>* level) {
  if (word == "off") {
    level->reset();
  } else if (word == "info") {
    *level = Severity::kInfo;
  } else if (word == "warning") {
    *level = Severity::kWarning;
  } else if (word == "error") {
    *level = Severity::kError;
  } else {
    return false;
  }
  return true;
}

const char* SeverityOverrideName(const std::optional<Severity>& level) {
  return level ? SeverityName(*level) : "off";
}

bool ApplySeverityOverride(const SeverityOverrides& overrides, Diagnostic* d) {
  auto it = overrides.find(d->code);
  if (it == overrides.end()) it = overrides.find(d->name);
  if (it == overrides.end()) return true;
  if (!it->second) return false;
  d->severity = *it->second;
  return true;
}

}  // namespace evalscore
