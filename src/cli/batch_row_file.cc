#include "cli/batch_row_file.h"

#include <cstring>
#include <string_view>

namespace evalscore::cli {

void BatchRowFile::Append(const BatchRowHash& row) {
  rows_.Add(std::string_view(reinterpret_cast<const char*>(&row), sizeof row));
}

bool BatchRowFile::Flush() {
  rows_.Flush();
  return !rows_.write_failed();
}

bool BatchRowFile::ForEach(const std::function<void(const BatchRowHash&)>& each) const {
  bool whole = true;
  const bool read = rows_.ForEach([&](uint64_t, std::string_view bytes) {
    BatchRowHash row{};
    whole = whole && bytes.size() == sizeof row;
    if (!whole) return;
    std::memcpy(&row, bytes.data(), sizeof row);
    each(row);
  });
  return read && whole;
}

}  // namespace evalscore::cli
