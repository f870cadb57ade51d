#include "cli/config.h"

#include <filesystem>

#include "evalscore/load_config.h"

#include "cli/inputs.h"

namespace evalscore::cli {
namespace fs = std::filesystem;

std::optional<std::string> FindConfig(const std::string& start_dir) {
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir, ec);
  if (ec) return std::nullopt;
  for (int i = 0; i < 64; ++i) {
    const fs::path candidate = dir / kConfigName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

Result<Config> LoadConfig(const std::string& path) {
  auto text = ReadInputFile(path, "auto");
  if (!text) return Errors{{path + ": " + text.error().front().message, {}}};
  auto settings = ParseConfigText(text.value());
  if (!settings) {
    Errors errors = settings.error();
    for (Error& e : errors) {
      e.message = path + ":" + std::to_string(e.where.line) + ":" + std::to_string(e.where.column) +
                  ": " + e.message;
    }
    return errors;
  }
  const ConfigSettings& c = settings.value();
  return Config{path, c.rules, c.severity, c.select, c.ignore, c.min_severity};
}

}  // namespace evalscore::cli
