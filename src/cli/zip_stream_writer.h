// A zip file written entry by entry, so a part of an xlsx package is on disk as
// soon as it is made and never kept: not even its central directory record,
// which waits in a temporary file (SpooledRecords) until Close(). Every entry
// carries the same fixed time (1980-01-01 00:00, as libxlsxwriter writes), so
// the same entries give the same bytes. The first failure is kept in error();
// every later call then does nothing, and Close() reports it.
//
// Layout (PKWARE APPNOTE 6.3): per entry a local header and its deflated
// data, no data descriptor (the header's CRC and sizes are filled in when the
// entry ends: the file must be seekable); then the central directory; ZIP64
// end records when there are more than 65,535 entries or the directory lies
// past 4 GiB (an entry starting past 4 GiB gets a ZIP64 extra field); the end
// of central directory record. An entry must stay under 4 GiB.
#ifndef EVALSCORE_CLI_ZIP_STREAM_WRITER_H_
#define EVALSCORE_CLI_ZIP_STREAM_WRITER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "cli/spooled_names.h"

namespace evalscore::cli {

class ZipStreamWriter {
 public:
  // Creates (truncates) the zip file `path`; check ok(). Messages name it
  // `shown` (the user's name for a file written through /proc/self/fd/N), else `path`.
  explicit ZipStreamWriter(const std::string& path, const std::string& shown = "");
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
  struct Deflater;
  bool Open(const std::string& name, bool raw);
  bool Finish(uint64_t size, uint32_t crc);
  bool Put(std::string_view bytes);
  bool PutPacked(std::string_view packed);  // Put, counted as the entry's deflated bytes
  bool Fail(const std::string& what);       // after a system call: with strerror(errno)
  bool Refuse(const std::string& what);     // a limit or a misuse

  std::FILE* file_ = nullptr;
  std::unique_ptr<Deflater> deflater_;
  std::unique_ptr<SpooledRecords> directory_;  // a central directory record per entry
  std::string path_;
  std::string error_;
  uint64_t offset_ = 0;  // bytes written so far
  // The entry being written.
  bool in_entry_ = false;
  bool raw_ = false;
  std::string name_;
  uint64_t header_at_ = 0;  // its local header's offset
  uint64_t written_ = 0;    // its deflated bytes so far
  uint64_t size_ = 0;       // its inflated bytes so far (not raw)
  uint32_t crc_ = 0;        // of those
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_ZIP_STREAM_WRITER_H_
