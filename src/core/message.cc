#include "evalscore/message.h"

#include <map>
#include <utility>

#include "messages.h"

namespace evalscore {
namespace {

bool IsNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// The length of the placeholder "{name}" starting at `at`, or 0.
size_t PlaceholderAt(const std::string& text, size_t at) {
  if (text[at] != '{') return 0;
  size_t end = at + 1;
  while (end < text.size() && IsNameChar(text[end])) ++end;
  if (end == at + 1 || end >= text.size() || text[end] != '}') return 0;
  return end - at + 1;
}

const MessageArg* FindArg(const Message& message, const std::string& name) {
  for (const MessageArg& arg : message.args) {
    if (arg.name == name) return &arg;
  }
  return nullptr;
}

std::string ArgText(const MessageArg& arg, Lang lang) {
  return arg.nested.empty() ? arg.text : RenderMessage(arg.nested.front(), lang);
}

const std::map<std::string, const MessageTemplate*>& Index() {
  static const auto* index = new std::map<std::string, const MessageTemplate*>([] {
    std::map<std::string, const MessageTemplate*> by_id;
    for (const MessageTemplate& t : MessageCatalogue()) by_id.emplace(t.id, &t);
    return by_id;
  }());
  return *index;
}

}  // namespace

MessageArg TextArg(std::string name, std::string text) {
  return MessageArg{std::move(name), std::move(text), std::nullopt, {}};
}

MessageArg NumberArg(std::string name, double value, std::string text) {
  return MessageArg{std::move(name), std::move(text), value, {}};
}

MessageArg CountArg(std::string name, long long value) {
  return MessageArg{std::move(name), std::to_string(value), static_cast<double>(value), {}};
}

MessageArg NestedArg(std::string name, Message inner) {
  return MessageArg{std::move(name), "", std::nullopt, {std::move(inner)}};
}

std::vector<std::string> TemplatePlaceholders(const std::string& text) {
  std::vector<std::string> names;
  for (size_t i = 0; i < text.size(); ++i) {
    if (const size_t n = PlaceholderAt(text, i)) {
      names.push_back(text.substr(i + 1, n - 2));
      i += n - 1;
    }
  }
  return names;
}

std::string RenderMessage(const Message& message, Lang lang) {
  const MessageTemplate* t = FindMessageTemplate(message.id);
  if (t == nullptr) return message.id;
  const std::string text = lang == Lang::kZh ? t->zh : t->en;
  std::string out;
  out.reserve(text.size() + 32);
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t n = PlaceholderAt(text, i);
    const MessageArg* arg = n ? FindArg(message, text.substr(i + 1, n - 2)) : nullptr;
    if (arg == nullptr) {
      out += text[i];
      continue;
    }
    out += ArgText(*arg, lang);
    i += n - 1;
  }
  return out;
}

const std::vector<MessageTemplate>& MessageCatalogue() {
  static const auto* all = new std::vector<MessageTemplate>([] {
    std::vector<MessageTemplate> joined;
    for (const auto* family : {&FindingMessages(), &InputErrorMessages(), &IoErrorMessages(),
                               &NoteMessages(), &CheckTextMessages()}) {
      joined.insert(joined.end(), family->begin(), family->end());
    }
    return joined;
  }());
  return *all;
}

std::string InputErrorCodeOf(const Message& message) {
  const MessageTemplate* t = FindMessageTemplate(message.id);
  if (t != nullptr && *t->code != '\0') return t->code;
  for (const MessageArg& arg : message.args) {
    if (!arg.nested.empty()) return InputErrorCodeOf(arg.nested.front());
  }
  return "ES000";
}

const MessageTemplate* FindMessageTemplate(const std::string& id) {
  const auto& index = Index();
  const auto it = index.find(id);
  return it == index.end() ? nullptr : it->second;
}

}  // namespace evalscore
