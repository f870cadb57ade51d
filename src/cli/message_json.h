// A message as data in the JSON outputs: its id and its arguments beside the
// rendered "message", so a program never parses the words.
#ifndef EVALSCORE_CLI_MESSAGE_JSON_H_
#define EVALSCORE_CLI_MESSAGE_JSON_H_

#include <nlohmann/json.hpp>

#include "evalscore/message.h"

namespace evalscore::cli {

// A message's arguments as data: numbers as numbers (a whole number stays
// one), names and values as text, a message inside the message as
// {"message_id", "args"}.
nlohmann::ordered_json MessageArgsJson(const Message& m);

// Sets "message_id" and "args" of `j` (beside its "message").
void AddMessageJson(nlohmann::ordered_json* j, const Message& m);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_MESSAGE_JSON_H_
