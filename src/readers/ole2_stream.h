// One stream of an OLE2 compound file (the container of .xls, .doc and of
// password-protected Office files), read from memory with libgsf. libgsf is
// not hardened against hostile files either: call this in the .xls reader's
// isolated child (readers/isolated.h), never in the batch process itself.
#ifndef EVALSCORE_READERS_OLE2_STREAM_H_
#define EVALSCORE_READERS_OLE2_STREAM_H_

#include <optional>
#include <string>
#include <string_view>

#include "evalscore/result.h"

namespace evalscore::readers {

// The stream named `name` (in any case) in the root storage of the compound
// file `bytes`; nullopt when there is none. Errors: not a readable compound file, a stream
// larger than the file could hold or that cannot be read to its end.
Result<std::optional<std::string>> ReadOle2Stream(std::string_view bytes, const char* name);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_OLE2_STREAM_H_
