#include "cli/config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "evalscore/load_config.h"

#include "cli/inputs.h"

namespace evalscore::cli {
namespace fs = std::filesystem;

namespace {

// Why the config `path` (which exists, as `st`) must not be honoured, or
// nullopt when it may be.
std::optional<Message> Untrusted(const std::string& path, const struct stat& st) {
  if (!S_ISREG(st.st_mode)) return Message{"config.ignored_not_regular", {TextArg("path", path)}};
  if (st.st_uid != ::geteuid() && st.st_uid != 0) {
    return Message{"config.ignored_other_user",
                   {TextArg("path", path), CountArg("uid", static_cast<long long>(st.st_uid))}};
  }
  if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
    return Message{"config.ignored_writable", {TextArg("path", path)}};
  }
  return std::nullopt;
}

// True when the walk must not go above `dir`.
bool IsWalkBoundary(const fs::path& dir, const char* home) {
  std::error_code ec;
  if (fs::exists(dir / ".git", ec)) return true;  // a repository's root
  if (home != nullptr && *home != '\0' && fs::equivalent(dir, home, ec)) return true;
  struct stat here {
  }, above{};
  if (::stat(dir.c_str(), &here) != 0 || ::stat(dir.parent_path().c_str(), &above) != 0) {
    return true;
  }
  return here.st_dev != above.st_dev;  // a mount point: the filesystem ends here
}

}  // namespace

ConfigSearch FindConfig(const std::string& start_dir) {
  ConfigSearch search;
  std::error_code ec;
  fs::path dir = fs::canonical(start_dir, ec);
  if (ec) return search;
  const char* home = std::getenv("HOME");
  for (int i = 0; i < 256; ++i) {
    const fs::path candidate = dir / kConfigName;
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0) {
      std::optional<Message> why = Untrusted(candidate.string(), st);
      if (!why) {
        search.path = candidate.string();
        return search;
      }
      search.warnings.push_back(std::move(*why));
    }
    if (IsWalkBoundary(dir, home) || !dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return search;
}

Result<Config> LoadConfig(const std::string& path) {
  auto text = ReadInputFile(path, "auto");
  if (!text) {
    return Errors{{{"config.in_file",
                    {TextArg("at", path), NestedArg("inner", text.error().front().message)}},
                   {}}};
  }
  auto settings = ParseConfigText(text.value());
  if (!settings) {
    Errors errors = settings.error();
    for (Error& e : errors) {
      e.message = {"config.in_file",
                   {TextArg("at", path + ":" + std::to_string(e.where.line) + ":" +
                                      std::to_string(e.where.column)),
                    NestedArg("inner", e.message)}};
    }
    return errors;
  }
  const ConfigSettings& c = settings.value();
  Config config{path, c.rules, c.severity, c.select, c.ignore, c.min_severity, {}};
  for (const std::string& dir : c.profile_dirs) {
    fs::path p(dir);
    if (p.is_relative()) p = fs::path(path).parent_path() / p;
    config.profile_dirs.push_back(p.lexically_normal().string());
  }
  return config;
}

}  // namespace evalscore::cli
