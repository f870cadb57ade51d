// Running a reader built on a library that is not hardened against hostile
// input in a child process, with limits on its memory and time.
#ifndef EVALSCORE_READERS_ISOLATED_H_
#define EVALSCORE_READERS_ISOLATED_H_

#include <functional>
#include <string>

#include "evalscore/result.h"

#include "readers/grid.h"

namespace evalscore::readers {

inline constexpr unsigned kIsolatedSeconds = 30;             // then the child is killed
inline constexpr size_t kIsolatedMemoryBytes = 1024u << 20;  // address space of the child

// Calls `read` in a forked child and brings its result back through a pipe.
// A child that crashes, runs out of its memory or time is the error
// "reader.isolated_*" naming the reader `failure` ("xls") and what happened.
// Without fork (it fails), calls `read` here.
Result<GridSet> RunIsolated(const std::function<Result<GridSet>()>& read,
                            const std::string& failure);

// The wire format between child and parent (exposed for tests).
std::string EncodeGridSet(const Result<GridSet>& result);
Result<GridSet> DecodeGridSet(const std::string& bytes);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_ISOLATED_H_
