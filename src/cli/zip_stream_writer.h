// A zip file written entry by entry (minizip's zip.h), so a part of an xlsx
// package is on disk as soon as it is made and never kept. Every entry carries
// the same fixed time (1980-01-01 00:00, as libxlsxwriter writes), so the same
// entries give the same bytes. The first failure is kept in error(); every
// later call then does nothing, and Close() reports it.
#ifndef EVALSCORE_CLI_ZIP_STREAM_WRITER_H_
#define EVALSCORE_CLI_ZIP_STREAM_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace evalscore::cli {

class ZipStreamWriter {
 public:
  // Creates (truncates) the zip file `path`; check ok().
  explicit ZipStreamWriter(const std::string& path);
  // A writer not Close()d leaves its file without a central directory: not a
  // zip any reader opens (the caller drops the file anyway).
  ~ZipStreamWriter();
  ZipStreamWriter(const ZipStreamWriter&) = delete;
  ZipStreamWriter& operator=(const ZipStreamWriter&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // A deflated entry named `name`, filled by Write() until End().
  bool Begin(const std::string& name);
  bool Write(std::string_view data);
  bool End();
  // The entry `name`, `raw` being its deflated bytes as another zip holds them
  // (`size` and `crc` of the inflated data): copied without inflating.
  bool BeginRaw(const std::string& name);
  bool EndRaw(uint64_t size, uint32_t crc);

  // Writes the central directory and closes the file; false on any failure so far.
  bool Close();

 private:
  struct Io;
  bool Open(const std::string& name, bool raw);
  bool Fail(const std::string& what, int code);

  std::unique_ptr<Io> io_;
  void* zip_ = nullptr;  // zipFile
  std::string path_;
  std::string error_;
  bool in_entry_ = false;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_ZIP_STREAM_WRITER_H_
