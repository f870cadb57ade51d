#include "cli/message_json.h"

#include <cmath>

namespace evalscore::cli {

using Json = nlohmann::ordered_json;

Json MessageArgsJson(const Message& m) {
  Json args = Json::object();
  for (const MessageArg& a : m.args) {
    if (!a.nested.empty()) {
      args[a.name] = {{"message_id", a.nested.front().id},
                      {"args", MessageArgsJson(a.nested.front())}};
    } else if (a.number && std::trunc(*a.number) == *a.number && std::fabs(*a.number) < 1e15) {
      args[a.name] = static_cast<long long>(*a.number);  // a whole number stays one: 10, not 10.0
    } else if (a.number) {
      args[a.name] = *a.number;
    } else {
      args[a.name] = a.text;
    }
  }
  return args;
}

void AddMessageJson(Json* j, const Message& m) {
  (*j)["message_id"] = m.id;
  (*j)["args"] = MessageArgsJson(m);
}

}  // namespace evalscore::cli
