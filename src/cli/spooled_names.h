// A list of one-line strings (sheet names) kept in an unlinked file in a
// private directory instead of memory: a batch of 100,000 forms costs the
// process nothing per name. Read back in the order added, as often as needed.
#ifndef EVALSCORE_CLI_SPOOLED_NAMES_H_
#define EVALSCORE_CLI_SPOOLED_NAMES_H_

#include <cstdio>
#include <functional>
#include <string>

namespace evalscore::cli {

class SpooledNames {
 public:
  // A new file in `dir`, unlinked at once; check ok().
  explicit SpooledNames(const std::string& dir);
  ~SpooledNames();
  SpooledNames(const SpooledNames&) = delete;
  SpooledNames& operator=(const SpooledNames&) = delete;

  bool ok() const { return file_ != nullptr && !failed_; }
  size_t size() const { return count_; }
  // `name` must not hold a line feed (sheet names cannot).
  void Add(const std::string& name);
  // Calls `each(i, name)` for every name, i from 1; false when reading failed.
  bool ForEach(const std::function<void(size_t, const std::string&)>& each);

 private:
  FILE* file_ = nullptr;
  size_t count_ = 0;
  bool failed_ = false;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SPOOLED_NAMES_H_
