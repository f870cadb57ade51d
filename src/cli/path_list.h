// A list of paths (the files a verdict names) that can grow to every input of
// a batch: kept in a spool (SpooledRecords, made at the first Add), memory
// holding each path's offset and the first kShown paths, which is what stderr
// names; the JSON verdict reads them all back.
#ifndef EVALSCORE_CLI_PATH_LIST_H_
#define EVALSCORE_CLI_PATH_LIST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/spooled_names.h"

namespace evalscore::cli {

class PathList {
 public:
  static constexpr size_t kShown = 10;  // paths named on stderr, then "and N more"

  PathList() = default;
  PathList(const PathList& other);
  PathList& operator=(const PathList& other);
  PathList(PathList&&) = default;
  PathList& operator=(PathList&&) = default;

  void Add(const std::string& path);
  size_t size() const { return offsets_.size(); }
  bool empty() const { return offsets_.empty(); }
  // The first kShown paths, in the order added.
  const std::vector<std::string>& first() const { return first_; }
  // Path `i` (< size()); "" when it could not be read back.
  std::string At(size_t i) const;
  // Every path, in the order added.
  std::vector<std::string> All() const;

 private:
  std::unique_ptr<SpooledRecords> spool_;
  std::vector<uint64_t> offsets_;
  std::vector<std::string> first_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_PATH_LIST_H_
