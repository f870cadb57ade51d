#include "cli/usage_errors.h"

#include <regex>
#include <vector>

namespace evalscore::cli {
namespace {

struct Rewrite {
  std::regex cli11;
  const char* en;
  const char* zh;
};

const std::vector<Rewrite>& Rewrites() {
  static const auto* rewrites = new std::vector<Rewrite>{
      {std::regex(R"(The following arguments? (?:was|were) not expected: (.*))"),
       "unknown option or argument: $1", "无法识别的选项或参数：$1"},
      {std::regex(R"((\S+): must be a number from 0 to 100, not '(.*)')"),
       "$1 must be a number from 0 to 100, not '$2'", "$1 必须是 0 到 100 之间的数，不能是“$2”"},
      {std::regex(R"((\S+): Value (.*) not in range \[(.*) - (.*)\])"),
       "$1 must be between $3 and $4, not $2", "$1 必须在 $3 到 $4 之间，不能是 $2"},
      {std::regex(R"((\S+): (.*) not in \{(.*)\})"), "$1 must be one of $3, not '$2'",
       "$1 只能是 $3 之一，不能是“$2”"},
      {std::regex(R"(Could not convert: (\S+) = (.*))"), "$1 needs a number, not '$2'",
       "$1 需要一个数字，不能是“$2”"},
      {std::regex(R"((\S+) excludes (\S+))"), "$1 and $2 cannot be used together",
       "$1 与 $2 不能同时使用"},
      {std::regex(R"((\S+): (?:\d+ required .*|.*requires at least .*))"), "$1 needs a value",
       "$1 需要一个值"},
      {std::regex(R"(A subcommand is required)"), "a subcommand is required (list, show)",
       "需要子命令（list、show）"},
      {std::regex(R"(.*is required)"), "$0", "缺少必需的参数：$0"},
  };
  return *rewrites;
}

}  // namespace

std::string UsageErrorText(const std::string& cli11_what, Lang lang) {
  std::string message = cli11_what;
  for (const Rewrite& r : Rewrites()) {
    std::smatch m;
    if (std::regex_match(cli11_what, m, r.cli11)) {
      message = m.format(lang == Lang::kZh ? r.zh : r.en);
      break;
    }
  }
  if (lang == Lang::kZh) {
    return "evalscore: 错误: " + message + "\n运行 evalscore --help 查看用法。\n";
  }
  return "evalscore: error: " + message + "\nRun 'evalscore --help' for usage.\n";
}

}  // namespace evalscore::cli
