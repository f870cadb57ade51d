// Parsing one XML part of an Office container with pugixml, refusing what a
// genuine part never holds (a DOCTYPE, hence entity declarations).
#ifndef EVALSCORE_READERS_XML_PART_H_
#define EVALSCORE_READERS_XML_PART_H_

#include <string>

#include <pugixml.hpp>

#include "evalscore/result.h"

namespace evalscore::readers {

// Parses `text` into `doc`. Errors name `part`.
Result<bool> ParseXmlPart(const std::string& text, const std::string& part,
                          pugi::xml_document* doc);

// The local name of a node ("t" for "w:t" or "t").
const char* LocalName(const pugi::xml_node& node);
// The attribute by local name, whatever its prefix.
pugi::xml_attribute AttributeLocal(const pugi::xml_node& node, const char* local);
// The first child element with that local name.
pugi::xml_node ChildLocal(const pugi::xml_node& node, const char* local);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_XML_PART_H_
