#include "cli/input_error_codes.h"

namespace evalscore::cli {
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
      {"ES010", "FORM_UNREADABLE",
       "a workbook or document that cannot be read as a form: damaged, encrypted, refused (zip "
       "bomb, DOCTYPE), a PDF, HTML or .doc file, no 自评表 found, or a column missing"},
  };
  return codes;
}

const InputErrorCode& ClassifyInputError(const Message& message) {
  const std::string code = InputErrorCodeOf(message);
  for (const InputErrorCode& c : InputErrorCodes()) {
    if (code == c.code) return c;
  }
  return InputErrorCodes().front();
}

}  // namespace evalscore::cli
