// How text output looks: colour (only where it helps: a terminal) and the
// interface language of labels and messages (--lang).
#ifndef EVALSCORE_CLI_STYLE_H_
#define EVALSCORE_CLI_STYLE_H_

#include <optional>
#include <string>

#include "evalscore/message.h"
#include "evalscore/profile.h"

namespace evalscore::cli {

// Lang is evalscore::Lang (include/evalscore/message.h): the core renders messages in it.

struct Style {
  bool color = false;
  Lang lang = Lang::kEn;
};

// --color auto|always|never: auto colours only when stdout is a terminal,
// TERM is not "dumb" and NO_COLOR is unset or empty. The flag beats NO_COLOR.
bool DecideColor(const std::string& flag, bool stdout_is_tty);

// --lang zh|en, else LC_ALL, LC_MESSAGES, LANG: zh for zh_*, en otherwise.
Lang DecideLang(const std::string& flag);

// `text` in the colour of a severity (red, yellow, cyan), or as it is.
std::string Paint(const std::string& text, Severity severity, const Style& style);
std::string Bold(const std::string& text, const Style& style);

// The severity word in the interface language: "warning" / "警告".
const char* SeverityWord(Severity s, Lang lang);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_STYLE_H_
