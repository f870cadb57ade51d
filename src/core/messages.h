// Internal: the families of the message catalogue (messages_*.cc), joined by
// MessageCatalogue() in message.cc.
#ifndef EVALSCORE_CORE_MESSAGES_H_
#define EVALSCORE_CORE_MESSAGES_H_

#include <vector>

#include "evalscore/message.h"

namespace evalscore {

const std::vector<MessageTemplate>& FindingMessages();     // messages_findings.cc
const std::vector<MessageTemplate>& InputErrorMessages();  // messages_input.cc
const std::vector<MessageTemplate>& NoteMessages();        // messages_notes.cc
const std::vector<MessageTemplate>& IoErrorMessages();     // messages_io.cc
const std::vector<MessageTemplate>& CheckTextMessages();   // messages_checks.cc

}  // namespace evalscore

#endif  // EVALSCORE_CORE_MESSAGES_H_
