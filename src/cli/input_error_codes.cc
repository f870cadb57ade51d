#include "cli/input_error_codes.h"

#include <regex>
#include <utility>

namespace evalscore::cli {
namespace {

enum Index { kOther, kIo, kEncoding, kSyntax, kSlip, kKey, kMissing, kPlaceholder, kValue, kRules };

}  // namespace

const std::vector<InputErrorCode>& InputErrorCodes() {
  static const std::vector<InputErrorCode> codes = {
      {"ES000", "INPUT_ERROR", "any other reason the file could not be scored"},
      {"ES001", "IO_ERROR", "missing, unreadable, a directory, too large, or empty of inputs"},
      {"ES002", "ENCODING", "not UTF-8 or GBK text, or binary data"},
      {"ES003", "YAML_SYNTAX", "not YAML, several documents, empty, too deeply nested"},
      {"ES004", "YAML_SLIP",
       "a typing slip: full-width colon, no space after ':', an unquoted "
       "sign, an amount split at its comma, a tab"},
      {"ES005", "UNKNOWN_KEY", "an unknown, duplicate or twice-given key"},
      {"ES006", "MISSING_FIELD", "a required field is missing"},
      {"ES007", "PLACEHOLDER", "a template placeholder 请填写… was left in"},
      {"ES008", "BAD_VALUE", "a value of the wrong type or out of range"},
      {"ES009", "RULES", "the project's rule profile cannot be loaded"},
  };
  return codes;
}

const InputErrorCode& ClassifyInputError(const std::string& message) {
  static const auto* patterns = new std::vector<std::pair<std::regex, Index>>([] {
    const std::vector<std::pair<const char*, Index>> table = {
        {R"(no such file|is a directory|cannot open.*|larger than .*|no \*\.yaml .*)", kIo},
        {R"(not valid UTF-8.*|binary data.*)", kEncoding},
        {R"(a tab in the indentation.*|full-width colon.*|no space after ':'.*)", kSlip},
        {R"(the value '.*' starts with .*|'.*' looks like the rest of an amount.*)", kSlip},
        {R"('.*' is indented more than .*)", kSlip},
        {R"(YAML syntax.*|the file holds .*|the file is empty.*|nested too deeply.*)", kSyntax},
        {R"(a project file must be a YAML mapping.*|',' where a value should start.*)", kSyntax},
        {R"(more than \d+ indicator rows.*)", kSyntax},
        {R"(unknown key.*|duplicate key.*|'.*' and '.*' are the same field.*)", kKey},
        {R"(missing .*|indicator row without a name.*|.* without a name)", kMissing},
        {R"(fill in .*)", kPlaceholder},
        {R"(rule profile .*|.*profile.*)", kRules},
        {R"(.* must .*|.* is absurdly large.*|unsupported format.*|year must be.*)", kValue},
        {R"(.*given twice|parts .*|.*must be a list of rows)", kValue},
    };
    std::vector<std::pair<std::regex, Index>> compiled;
    for (const auto& [pattern, index] : table) compiled.emplace_back(std::regex(pattern), index);
    return compiled;
  }());
  for (const auto& [pattern, index] : *patterns) {
    if (std::regex_match(message, pattern)) return InputErrorCodes()[index];
  }
  return InputErrorCodes()[kOther];
}

}  // namespace evalscore::cli
