// The inputs of a run, held compactly: a batch of 100,000 forms keeps its
// list for the whole run, so an input costs its path's bytes and 8 more.
#ifndef EVALSCORE_CLI_INPUT_LIST_H_
#define EVALSCORE_CLI_INPUT_LIST_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "evalscore/message.h"

namespace evalscore::cli {

// One input, as a worker scores it (InputList::At makes it).
struct Input {
  std::string path;  // as found, to open
  bool is_stdin = false;
  std::optional<Message> problem;  // found but unusable (unreadable directory...)
  bool found_in_scan = false;      // found walking a directory (not named): evalscore's own
                                   // reports met there are skipped when read (readers.h)
};

// The inputs in the order they were added. The paths live end to end in one
// string, each input's end offset and flags packed in one 64-bit word; the
// rare problems (an unreadable directory...) sit in a side list by index.
// At(i) materialises input i. Not thread-safe to modify; const use is.
class InputList {
 public:
  // Appends a file to read (`found_in_scan`: met walking a directory).
  void AddFile(std::string_view path, bool found_in_scan = false);
  // Appends standard input, shown as "-" until NameStdin.
  void AddStdin();
  // Appends something found but unusable, reported as `problem` under `path`.
  void AddProblem(std::string_view path, Message problem);
  // Appends `input` as it is (the inverse of At).
  void Add(const Input& input);

  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // Input `i` (< size()), a copy.
  Input At(size_t i) const;
  // Input `i`'s path as added (standard input's is "-" whatever NameStdin said).
  std::string_view PathAt(size_t i) const;
  bool IsStdin(size_t i) const { return (entries_[i] & kStdin) != 0; }
  size_t StdinCount() const;

  // The path standard input is reported under from now on (--stdin-filename).
  void NameStdin(std::string name) { stdin_name_ = std::move(name); }

  // Gives back the spare capacity of growing (once everything is added).
  void ShrinkToFit();
  // Heap bytes held (paths, entries, problems' slots), for measurement.
  size_t HeapBytes() const;

 private:
  static constexpr uint64_t kStdin = 1;
  static constexpr uint64_t kFoundInScan = 2;
  static constexpr uint64_t kProblem = 4;
  static constexpr unsigned kFlagBits = 3;

  void Append(std::string_view path, uint64_t flags);
  size_t Begin(size_t i) const {
    return i == 0 ? 0 : static_cast<size_t>(entries_[i - 1] >> kFlagBits);
  }

  std::string paths_;                                 // every path, end to end
  std::vector<uint64_t> entries_;                     // end offset << kFlagBits | flags
  std::vector<std::pair<size_t, Message>> problems_;  // by input index, ascending
  std::optional<std::string> stdin_name_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_INPUT_LIST_H_
