// Internal: the YAML slips a clerk makes typing a form by hand (a full-width
// colon, no space after ':', an unquoted >=90%, an amount split at its comma),
// explained in plain words with what to type instead (messages "slip.*" and
// "yaml.syntax.*" of the catalogue, messages_input.cc).
#ifndef EVALSCORE_CORE_YAML_SLIPS_H_
#define EVALSCORE_CORE_YAML_SLIPS_H_

#include <optional>
#include <string>
#include <string_view>

#include "evalscore/result.h"

namespace evalscore {

// For a key or scalar that holds "key：value" or "key:value" (a mapping the
// clerk meant to write): the message saying how to write it; else nullopt.
std::optional<Message> ExplainColonSlip(std::string_view written);

// For a key made only of digits (the "457.6" of an unquoted 215, 457.6 in a
// {…} row): the message saying to quote the amount; else nullopt.
std::optional<Message> ExplainSplitNumberKey(std::string_view key);

// For a YAML syntax error reported at `reported` (yaml-cpp often reports the
// line after the slip): the slip on that line or the lines before it, located
// where it is, with what to type instead; nullopt when no known slip is found.
std::optional<Error> ExplainSyntaxSlip(std::string_view text, Location reported);

// The '{' or '[' that is never closed (yaml-cpp reports its error where the
// text ends); quotes and comments are skipped. nullopt when all are closed.
std::optional<Location> FindUnclosedBracket(std::string_view text);

// yaml-cpp's terse syntax message ("illegal map value") as a message: where
// known, one that says what it usually means on a hand-typed form and how to fix
// it; else "yaml.syntax" with yaml-cpp's words.
Message PlainSyntaxMessage(const std::string& yaml_cpp_message);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_YAML_SLIPS_H_
