#include "cli/style.h"

#include <cstdlib>
#include <string_view>

#include "evalscore/diagnostic.h"

namespace evalscore::cli {
namespace {

std::string_view Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string_view(v) : std::string_view();
}

}  // namespace

bool DecideColor(const std::string& flag, bool stdout_is_tty) {
  if (flag == "always") return true;
  if (flag == "never") return false;
  if (!Env("NO_COLOR").empty()) return false;
  if (Env("TERM") == "dumb") return false;
  return stdout_is_tty;
}

Lang DecideLang(const std::string& flag) {
  if (flag == "zh") return Lang::kZh;
  if (flag == "en") return Lang::kEn;
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const std::string_view v = Env(var);
    if (v.empty()) continue;
    return v.substr(0, 2) == "zh" ? Lang::kZh : Lang::kEn;
  }
  return Lang::kEn;
}

std::string Paint(const std::string& text, Severity severity, const Style& style) {
  if (!style.color) return text;
  const char* code = severity == Severity::kError     ? "\x1b[1;31m"
                     : severity == Severity::kWarning ? "\x1b[33m"
                                                      : "\x1b[36m";
  return code + text + "\x1b[0m";
}

std::string Bold(const std::string& text, const Style& style) {
  return style.color ? "\x1b[1m" + text + "\x1b[0m" : text;
}

const char* SeverityWord(Severity s, Lang lang) {
  if (lang == Lang::kEn) return SeverityName(s);
  switch (s) {
    case Severity::kError:
      return "错误";
    case Severity::kWarning:
      return "警告";
    case Severity::kInfo:
      return "提示";
  }
  return "";
}

}  // namespace evalscore::cli
