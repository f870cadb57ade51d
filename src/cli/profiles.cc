#include "cli/profiles.h"

#include <filesystem>

#include "evalscore/load_profile.h"
#include "evalscore/profile_choice.h"

#include "cli/inputs.h"

namespace evalscore::cli {
namespace fs = std::filesystem;
namespace {

std::string Resolve(const std::string& path, const std::string& base_dir) {
  fs::path p(path);
  if (p.is_relative() && !base_dir.empty()) p = fs::path(base_dir) / p;
  return p.lexically_normal().string();
}

// True when `path` (an existing file, links followed) lies in `root` or
// below it.
bool InsideOne(const std::string& path, const std::string& root) {
  std::error_code ec;
  const fs::path file = fs::canonical(path, ec);
  if (ec) return false;
  const fs::path dir = fs::canonical(root.empty() ? "." : root, ec);
  if (ec) return false;
  auto f = file.begin();
  for (auto d = dir.begin(); d != dir.end(); ++d, ++f) {
    if (f == file.end() || *f != *d) return false;
  }
  return true;
}

bool Inside(const std::string& path, const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    if (InsideOne(path, root)) return true;
  }
  return false;
}

Message OutsideError(const std::string& name) {
  return {"rules.outside_project", {TextArg("profile", name)}};
}

// Reads the file an `extends:` names, relative to the extending file; with a
// `confine_root`, only files inside it.
ProfileResolver FileResolver(const std::vector<std::string>& confine_roots) {
  return [confine_roots](const std::string& name,
                         const std::string& from) -> std::optional<ProfileText> {
    std::string base;
    if (from != "built-in") base = fs::path(from).parent_path().string();
    const std::string path = Resolve(name, base);
    if (!confine_roots.empty() && !Inside(path, confine_roots)) return std::nullopt;
    auto text = ReadInputFile(path, "utf-8");
    if (!text) return std::nullopt;
    return ProfileText{text.value(), path};
  };
}

}  // namespace

Result<RuleProfile> LoadProfileNamed(const std::string& name_or_path, const std::string& base_dir,
                                     const std::vector<std::string>& confine_roots) {
  if (name_or_path == kDefaultProfile) return DefaultProfile();
  if (auto builtin = BuiltinProfileText(name_or_path)) {
    return LoadProfile(*builtin, "built-in");
  }
  const std::string path = Resolve(name_or_path, base_dir);
  if (!confine_roots.empty() && fs::exists(path) && !Inside(path, confine_roots)) {
    return Errors{{OutsideError(name_or_path), {}}};
  }
  auto text = ReadInputFile(path, "utf-8");
  if (!text) {
    std::string known;
    for (const std::string& n : BuiltinProfileNames()) known += (known.empty() ? "" : ", ") + n;
    return Errors{{{"rules.unreadable",
                    {TextArg("profile", name_or_path), TextArg("known", known),
                     NestedArg("reason", text.error().front().message)}},
                   {}}};
  }
  auto loaded = LoadProfile(text.value(), path, FileResolver(confine_roots));
  if (!loaded) {
    Errors errors = loaded.error();
    for (Error& e : errors) {
      const std::string at =
          path + ":" + std::to_string(e.where.line) + ":" + std::to_string(e.where.column);
      // A file the user did not name is never quoted: the message could hold its lines.
      if (confine_roots.empty()) {
        e.message = {"rules.in_file", {TextArg("at", at), NestedArg("inner", e.message)}};
      } else {
        e.message = {"rules.not_valid_hidden", {TextArg("at", at), TextArg("path", path)}};
        e.where = {};  // located at the project's `rules:` instead
      }
    }
    return errors;
  }
  return loaded;
}

ProfileProvider::ProfileProvider(std::string cli_rules, std::string config_rules,
                                 std::string config_dir, SeverityOverrides severity,
                                 std::vector<std::string> profile_dirs)
    : cli_rules_(std::move(cli_rules)),
      config_rules_(std::move(config_rules)),
      config_dir_(std::move(config_dir)),
      severity_(std::move(severity)),
      profile_dirs_(std::move(profile_dirs)) {}

Result<std::shared_ptr<const RuleProfile>> ProfileProvider::Load(
    const std::string& name_or_path, const std::string& base_dir,
    const std::vector<std::string>& confine_roots) {
  std::string key =
      BuiltinProfileText(name_or_path) ? name_or_path : Resolve(name_or_path, base_dir);
  if (!confine_roots.empty() && !BuiltinProfileText(name_or_path)) {
    key += "\n" + confine_roots.front() + "\n" + name_or_path;  // errors quote the name as written
  }
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  auto loaded = LoadProfileNamed(name_or_path, base_dir, confine_roots);
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
  return Load(ChooseProfile(cli_rules_, "", config_rules_), "");
}

Result<std::shared_ptr<const RuleProfile>> ProfileProvider::For(const std::string& project_path,
                                                                const std::string& project_rules) {
  return Load(ChooseProfile(cli_rules_, project_rules, config_rules_), project_path);
}

Result<std::shared_ptr<const RuleProfile>> ProfileProvider::Load(const ProfileChoice& choice,
                                                                 const std::string& project_path) {
  switch (choice.origin) {
    case ProfileOrigin::kFlag:
    case ProfileOrigin::kDefault:
      return Load(choice.name, "");
    case ProfileOrigin::kConfig:
      return Load(choice.name, config_dir_);
    case ProfileOrigin::kProject:
      break;
  }
  // A form is untrusted: what it names must stay inside its own directory tree
  // (or a directory of profile_dirs).
  const std::string& name = choice.name;
  const std::string dir = fs::path(project_path).parent_path().string();
  std::vector<std::string> roots = {dir.empty() ? "." : dir};
  roots.insert(roots.end(), profile_dirs_.begin(), profile_dirs_.end());
  std::error_code ec;
  if (!BuiltinProfileText(name) && !fs::exists(Resolve(name, dir), ec)) {
    for (const std::string& shared : profile_dirs_) {  // a name relative to profile_dirs
      if (fs::exists(Resolve(name, shared), ec)) return Load(name, shared, roots);
    }
  }
  return Load(name, dir, roots);
}

}  // namespace evalscore::cli
