// evalscore explain [CODE...]: what a check means and how to fix the form,
// as text or as the catalogue's entries in JSON. (`explain FILE` is a scoring
// command: command_score.cc with the explain renderers.)
#include <nlohmann/json.hpp>

#include "evalscore/check.h"

#include "cli/commands.h"
#include "cli/explain.h"

namespace evalscore::cli {
namespace {

using Json = nlohmann::ordered_json;

Json CheckJson(const CheckInfo& c) {
  return {{"code", c.code},
          {"name", c.name},
          {"severity", SeverityName(c.severity)},
          {"summary", c.summary},
          {"summary_message_id", CheckSummary(c).id},
          {"fix", c.fix},
          {"fix_message_id", CheckFix(c).id}};
}

// The checks named (in the order given), or every check when none is.
std::vector<const CheckInfo*> NamedChecks(const std::vector<std::string>& names) {
  std::vector<const CheckInfo*> checks;
  if (names.empty()) {
    for (const CheckInfo& c : CheckCatalogue()) checks.push_back(&c);
  }
  for (const std::string& name : names) checks.push_back(FindCheck(name));
  return checks;
}

}  // namespace

int ExplainCodesCommand(const Options& o, Format format, std::ostream& out) {
  const std::vector<const CheckInfo*> checks = NamedChecks(o.explain_args);
  if (format == Format::kJson) {
    Json list = Json::array();
    for (const CheckInfo* c : checks) list.push_back(CheckJson(*c));
    out << Json{{"schema_version", 1}, {"checks", list}}.dump(2, ' ', false,
                                                              Json::error_handler_t::replace)
        << '\n';
    return Code(ExitCode::kOk);
  }
  if (o.explain_args.empty()) {
    for (const CheckInfo* c : checks) {
      out << c->code << "  " << c->name << "  (" << SeverityName(c->severity) << ")\n    "
          << RenderMessage(CheckSummary(*c), DecideLang(o.lang)) << '\n';
    }
    return Code(ExitCode::kOk);
  }
  for (size_t i = 0; i < checks.size(); ++i) {
    if (i) out << '\n';
    ExplainCheck(*checks[i], out, DecideLang(o.lang));
  }
  return Code(ExitCode::kOk);
}

}  // namespace evalscore::cli
