#include "cli/profiles.h"

#include <filesystem>

#include "evalscore/load_profile.h"

#include "cli/inputs.h"

namespace evalscore::cli {
namespace fs = std::filesystem;
namespace {

std::string Resolve(const std::string& path, const std::string& base_dir) {
  fs::path p(path);
  if (p.is_relative() && !base_dir.empty()) p = fs::path(base_dir) / p;
  return p.lexically_normal().string();
}

std::optional<ProfileText> ReadProfileFile(const std::string& name, const std::string& from) {
  std::string base;
  if (from != "built-in") base = fs::path(from).parent_path().string();
  const std::string path = Resolve(name, base);
  auto text = ReadInputFile(path, "utf-8");
  if (!text) return std::nullopt;
  return ProfileText{text.value(), path};
}

}  // namespace

Result<RuleProfile> LoadProfileNamed(const std::string& name_or_path, const std::string& base_dir) {
  if (name_or_path == kDefaultProfile) return DefaultProfile();
  if (auto builtin = BuiltinProfileText(name_or_path)) {
    return LoadProfile(*builtin, "built-in");
  }
  const std::string path = Resolve(name_or_path, base_dir);
  auto text = ReadInputFile(path, "utf-8");
  if (!text) {
    std::string known;
    for (const std::string& n : BuiltinProfileNames()) known += (known.empty() ? "" : ", ") + n;
    return Errors{{"rule profile '" + name_or_path + "' is not a built-in profile (" + known +
                       ") and cannot be read as a file: " + text.error().front().message,
                   {}}};
  }
  auto loaded = LoadProfile(text.value(), path, ReadProfileFile);
  if (!loaded) {
    Errors errors = loaded.error();
    for (Error& e : errors)
      e.message = path + ":" + std::to_string(e.where.line) + ":" + std::to_string(e.where.column) +
                  ": " + e.message;
    return errors;
  }
  return loaded;
}

ProfileProvider::ProfileProvider(std::string cli_rules, std::string config_rules,
                                 std::string config_dir,
                                 std::map<std::string, std::string> severity)
    : cli_rules_(std::move(cli_rules)),
      config_rules_(std::move(config_rules)),
      config_dir_(std::move(config_dir)),
      severity_(std::move(severity)) {}

Result<std::shared_ptr<const RuleProfile>> ProfileProvider::Load(const std::string& name_or_path,
                                                                 const std::string& base_dir) {
  const std::string key =
      BuiltinProfileText(name_or_path) ? name_or_path : Resolve(name_or_path, base_dir);
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  auto loaded = LoadProfileNamed(name_or_path, base_dir);
  if (loaded) {
    for (const auto& [code, level] : severity_) loaded.value().checks.severity[code] = level;
  }
  Result<std::shared_ptr<const RuleProfile>> result =
      loaded ? Result<std::shared_ptr<const RuleProfile>>(
                   std::make_shared<const RuleProfile>(std::move(loaded).value()))
             : Result<std::shared_ptr<const RuleProfile>>(loaded.error());
  cache_.emplace(key, result);
  return result;
}

Result<std::shared_ptr<const RuleProfile>> ProfileProvider::Preload() {
  if (!cli_rules_.empty()) return Load(cli_rules_, "");
  if (!config_rules_.empty()) return Load(config_rules_, config_dir_);
  return Load(kDefaultProfile, "");
}

Result<std::shared_ptr<const RuleProfile>> ProfileProvider::For(const std::string& project_path,
                                                                const std::string& project_rules) {
  if (!cli_rules_.empty()) return Load(cli_rules_, "");
  if (!project_rules.empty()) {
    return Load(project_rules, fs::path(project_path).parent_path().string());
  }
  if (!config_rules_.empty()) return Load(config_rules_, config_dir_);
  return Load(kDefaultProfile, "");
}

}  // namespace evalscore::cli
