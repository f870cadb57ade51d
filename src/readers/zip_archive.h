// A zip container (xlsx, docx) read from memory with libzip, with caps on what
// inflating may produce, so a zip bomb is an error and not an exhausted machine.
#ifndef EVALSCORE_READERS_ZIP_ARCHIVE_H_
#define EVALSCORE_READERS_ZIP_ARCHIVE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "evalscore/result.h"

namespace evalscore::readers {

inline constexpr size_t kMaxEntryBytes = 32u << 20;   // one inflated part (sheet XML)
inline constexpr size_t kMaxTotalBytes = 256u << 20;  // everything inflated from one file
inline constexpr size_t kMaxRatio = 250;              // inflated ÷ compressed, past 1 MiB

class ZipArchive {
 public:
  // Opens `bytes` (which must outlive the archive). Errors: not a zip, corrupt.
  static Result<std::unique_ptr<ZipArchive>> Open(std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool Has(const std::string& name) const;
  // The entry inflated; nullopt when absent. Errors: encrypted, corrupt, or
  // past the caps above.
  Result<std::optional<std::string>> Read(const std::string& name);

 private:
  struct Impl;
  explicit ZipArchive(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_ZIP_ARCHIVE_H_
