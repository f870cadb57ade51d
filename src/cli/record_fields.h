// Fields of a spooled record (SpooledRecords) as bytes and back: texts with
// their length, numbers in native byte order (for this process's own file
// only). Read them back in the order they were put.
#ifndef EVALSCORE_CLI_RECORD_FIELDS_H_
#define EVALSCORE_CLI_RECORD_FIELDS_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace evalscore::cli {

class RecordWriter {
 public:
  template <typename T>
  RecordWriter& Number(T value) {
    static_assert(std::is_arithmetic_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
    return *this;
  }
  RecordWriter& Text(std::string_view text) {
    Number<uint64_t>(text.size());
    bytes_.append(text);
    return *this;
  }
  RecordWriter& Optional(const std::optional<double>& value) {
    Number<uint8_t>(value ? 1 : 0);
    return Number<double>(value.value_or(0));
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// ok() false once a field ran short (then every value is zero or empty).
class RecordReader {
 public:
  explicit RecordReader(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  bool done() const { return bytes_.empty(); }  // every byte read
  template <typename T>
  T Number() {
    T value{};
    if (bytes_.size() < sizeof value) return ok_ = false, T{};
    std::memcpy(&value, bytes_.data(), sizeof value);
    bytes_.remove_prefix(sizeof value);
    return value;
  }
  std::string Text() {
    const auto size = Number<uint64_t>();
    if (!ok_ || bytes_.size() < size) return ok_ = false, std::string();
    std::string text(bytes_.substr(0, static_cast<size_t>(size)));
    bytes_.remove_prefix(static_cast<size_t>(size));
    return text;
  }
  std::optional<double> Optional() {
    const bool has = Number<uint8_t>() != 0;
    const double value = Number<double>();
    if (!has) return std::nullopt;
    return value;
  }

 private:
  std::string_view bytes_;
  bool ok_ = true;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_RECORD_FIELDS_H_
