// Helpers shared by the unit tests.
#ifndef EVALSCORE_TESTS_TEST_UTIL_H_
#define EVALSCORE_TESTS_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>

#include "evalscore/message.h"

namespace evalscore {

// A message of the core in English, as the tests compare it.
inline std::string En(const Message& m) { return RenderMessage(m, Lang::kEn); }

}  // namespace evalscore

namespace evalscore::testing {

inline std::string SourcePath(const std::string& relative) {
  return std::string(EVALSCORE_SOURCE_DIR) + "/" + relative;
}

inline std::string ReadSource(const std::string& relative) {
  std::ifstream in(SourcePath(relative), std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace evalscore::testing

#endif  // EVALSCORE_TESTS_TEST_UTIL_H_
