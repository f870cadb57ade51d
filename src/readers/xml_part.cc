#include "readers/xml_part.h"

#include <cstring>

namespace evalscore::readers {

Result<bool> ParseXmlPart(const std::string& text, const std::string& part,
                          pugi::xml_document* doc) {
  const unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single;
  const pugi::xml_parse_result parsed =
      doc->load_buffer(text.data(), text.size(), options, pugi::encoding_auto);
  if (!parsed) {
    return Errors{{{"reader.broken_xml",
                    {TextArg("part", part), TextArg("detail", parsed.description()),
                     CountArg("offset", static_cast<long long>(parsed.offset))}},
                   {}}};
  }
  for (const pugi::xml_node& n : doc->children()) {
    if (n.type() == pugi::node_doctype) {
      return Errors{{{"reader.doctype", {TextArg("part", part)}}, {}}};
    }
  }
  return true;
}

const char* LocalName(const pugi::xml_node& node) {
  const char* name = node.name();
  const char* colon = std::strchr(name, ':');
  return colon ? colon + 1 : name;
}

pugi::xml_attribute AttributeLocal(const pugi::xml_node& node, const char* local) {
  for (const pugi::xml_attribute& a : node.attributes()) {
    const char* name = a.name();
    const char* colon = std::strchr(name, ':');
    if (std::strcmp(colon ? colon + 1 : name, local) == 0) return a;
  }
  return {};
}

pugi::xml_node ChildLocal(const pugi::xml_node& node, const char* local) {
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() == pugi::node_element && std::strcmp(LocalName(c), local) == 0) return c;
  }
  return {};
}

}  // namespace evalscore::readers
