#include "cli/input_list.h"

#include <algorithm>

namespace evalscore::cli {

void InputList::Append(std::string_view path, uint64_t flags) {
  paths_.append(path);
  entries_.push_back(static_cast<uint64_t>(paths_.size()) << kFlagBits | flags);
}

void InputList::AddFile(std::string_view path, bool found_in_scan) {
  Append(path, found_in_scan ? kFoundInScan : 0);
}

void InputList::AddStdin() { Append("-", kStdin); }

void InputList::AddProblem(std::string_view path, Message problem) {
  problems_.emplace_back(entries_.size(), std::move(problem));
  Append(path, kProblem);
}

void InputList::Add(const Input& input) {
  if (input.problem) problems_.emplace_back(entries_.size(), *input.problem);
  Append(input.path, (input.is_stdin ? kStdin : 0) | (input.found_in_scan ? kFoundInScan : 0) |
                         (input.problem ? kProblem : 0));
}

std::string_view InputList::PathAt(size_t i) const {
  const size_t begin = Begin(i);
  return std::string_view(paths_).substr(begin,
                                         static_cast<size_t>(entries_[i] >> kFlagBits) - begin);
}

Input InputList::At(size_t i) const {
  Input input;
  input.is_stdin = IsStdin(i);
  input.found_in_scan = (entries_[i] & kFoundInScan) != 0;
  input.path = input.is_stdin && stdin_name_ ? *stdin_name_ : std::string(PathAt(i));
  if ((entries_[i] & kProblem) != 0) {
    const auto found =
        std::lower_bound(problems_.begin(), problems_.end(), i,
                         [](const auto& p, size_t index) { return p.first < index; });
    input.problem = found->second;  // kProblem is set only with an entry here
  }
  return input;
}

size_t InputList::StdinCount() const {
  return static_cast<size_t>(std::count_if(entries_.begin(), entries_.end(),
                                           [](uint64_t e) { return (e & kStdin) != 0; }));
}

void InputList::ShrinkToFit() {
  paths_.shrink_to_fit();
  entries_.shrink_to_fit();
  problems_.shrink_to_fit();
}

size_t InputList::HeapBytes() const {
  return paths_.capacity() + entries_.capacity() * sizeof(uint64_t) +
         problems_.capacity() * sizeof(problems_[0]);
}

}  // namespace evalscore::cli
