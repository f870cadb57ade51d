// A message of the core (a finding, an input error, a scoring note) as data: a
// stable id and typed arguments, rendered in English or Chinese by one
// catalogue (RenderMessage). No prose is stored: the words live in the
// catalogue, the values in the arguments.
//
//   Message m{"ES106.low_execution", {TextArg("arithmetic", "10 / 20 = 50%"),
//                                     NumberArg("threshold", 60, "60")}};
//   RenderMessage(m, Lang::kZh);  // "预算执行率 10 / 20 = 50%，低于 60%"
#ifndef EVALSCORE_MESSAGE_H_
#define EVALSCORE_MESSAGE_H_

#include <optional>
#include <string>
#include <vector>

namespace evalscore {

// The language of messages and labels.
enum class Lang { kEn, kZh };

struct Message;

// One argument: a name (the placeholder {name} in the templates), the exact text
// a message shows for it, the number when it is one, or a message inside the
// message (a row's note inside a finding, rendered in the same language).
struct MessageArg {
  std::string name;
  std::string text;
  std::optional<double> number;
  std::vector<Message> nested;  // empty, or one message shown in place of text

  bool operator==(const MessageArg&) const = default;
};

struct Message {
  std::string id;  // stable: "ES101.breakdown_sum", "yaml.syntax"
  std::vector<MessageArg> args;

  bool empty() const { return id.empty(); }
  bool operator==(const Message&) const = default;
};

MessageArg TextArg(std::string name, std::string text);
// `text` is how the number is shown ("22.41", "83.00").
MessageArg NumberArg(std::string name, double value, std::string text);
// A whole number shown in decimal.
MessageArg CountArg(std::string name, long long value);
MessageArg NestedArg(std::string name, Message inner);

// The message in `lang`: its template with each {name} replaced by the
// argument's text. An unknown id renders as the id itself.
std::string RenderMessage(const Message& message, Lang lang);

// One entry of the catalogue. `code` is the ES0xx code of an input error
// ("" for findings and notes).
struct MessageTemplate {
  const char* id;
  const char* code;
  const char* en;
  const char* zh;
};

// Every message id with its templates, in a fixed order (for tests and docs).
const std::vector<MessageTemplate>& MessageCatalogue();

// The template of `id`, or nullptr.
const MessageTemplate* FindMessageTemplate(const std::string& id);

// The ES0xx code of an input error message (a message wrapping another, such
// as "in base.yaml: …", has the code of the inner one); "ES000" when the
// catalogue gives none.
std::string InputErrorCodeOf(const Message& message);

// The placeholder names of a template, in order of appearance ("{name}" with
// name made of a-z, 0-9 and _).
std::vector<std::string> TemplatePlaceholders(const std::string& text);

}  // namespace evalscore

#endif  // EVALSCORE_MESSAGE_H_
