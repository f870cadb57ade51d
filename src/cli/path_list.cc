#include "cli/path_list.h"

namespace evalscore::cli {

PathList::PathList(const PathList& other) {
  for (const std::string& path : other.All()) Add(path);
}

PathList& PathList::operator=(const PathList& other) {
  if (this != &other) {
    PathList copy(other);
    *this = std::move(copy);
  }
  return *this;
}

void PathList::Add(const std::string& path) {
  if (first_.size() < kShown) first_.push_back(path);
  if (!spool_) spool_ = std::make_unique<SpooledRecords>();
  offsets_.push_back(spool_->Add(path));
}

std::string PathList::At(size_t i) const {
  if (i < first_.size()) return first_[i];
  if (i >= offsets_.size()) return "";
  return spool_->Read(offsets_[i]).value_or("");
}

std::vector<std::string> PathList::All() const {
  std::vector<std::string> all;
  all.reserve(size());
  for (size_t i = 0; i < size(); ++i) all.push_back(At(i));
  return all;
}

}  // namespace evalscore::cli
