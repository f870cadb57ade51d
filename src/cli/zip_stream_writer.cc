#include "cli/zip_stream_writer.h"

#include <stdio.h>
#include <sys/types.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <limits>

namespace evalscore::cli {
namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kDirectoryHeader = 0x02014b50;
constexpr uint32_t kZip64End = 0x06064b50;
constexpr uint32_t kZip64Locator = 0x07064b50;
constexpr uint32_t kEnd = 0x06054b50;
constexpr uint16_t kVersion = 20;       // 2.0: deflate
constexpr uint16_t kVersionZip64 = 45;  // 4.5: ZIP64 fields
constexpr uint16_t kDeflated = 8;
constexpr uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01; the time is 00:00
constexpr uint32_t kMax32 = std::numeric_limits<uint32_t>::max();
constexpr uint16_t kMax16 = std::numeric_limits<uint16_t>::max();

// Little-endian fields, as zip stores them.
class Fields {
 public:
  Fields& U16(uint64_t v) { return Le(v, 2); }
  Fields& U32(uint64_t v) { return Le(v, 4); }
  Fields& U64(uint64_t v) { return Le(v, 8); }
  Fields& Bytes(std::string_view b) {
    bytes_.append(b);
    return *this;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  Fields& Le(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) bytes_ += static_cast<char>((v >> (8 * i)) & 0xFF);
    return *this;
  }
  std::string bytes_;
};

// The central directory record of an entry (its local header at `at`).
std::string DirectoryRecord(const std::string& name, uint64_t at, uint64_t packed, uint64_t size,
                            uint32_t crc) {
  const bool far = at >= kMax32;  // the offset goes in a ZIP64 extra field
  Fields f;
  f.U32(kDirectoryHeader).U16(far ? kVersionZip64 : kVersion).U16(far ? kVersionZip64 : kVersion);
  f.U16(0).U16(kDeflated).U16(0).U16(kDosDate).U32(crc).U32(packed).U32(size);
  f.U16(name.size()).U16(far ? 12 : 0).U16(0).U16(0).U16(0).U32(0).U32(far ? kMax32 : at);
  f.Bytes(name);
  if (far) f.U16(0x0001).U16(8).U64(at);
  return f.bytes();
}

}  // namespace

// One deflate stream reused for every entry (raw deflate, zlib's defaults,
// as minizip and libxlsxwriter write).
struct ZipStreamWriter::Deflater {
  z_stream z{};
  bool ready = false;
  Deflater() {
    ready = deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                         Z_DEFAULT_STRATEGY) == Z_OK;
  }
  ~Deflater() {
    if (ready) deflateEnd(&z);
  }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  // Deflates `in` (all of it, then the end of the stream when `finish`),
  // handing each piece of output to `out`; false when zlib or `out` fails.
  template <typename Out>
  bool Run(std::string_view in, bool finish, Out&& out) {
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    char buffer[1 << 16];
    int status = Z_OK;
    do {
      z.next_out = reinterpret_cast<Bytef*>(buffer);
      z.avail_out = sizeof buffer;
      status = deflate(&z, finish ? Z_FINISH : Z_NO_FLUSH);
      if (status == Z_STREAM_ERROR) return false;
      const size_t made = sizeof buffer - z.avail_out;
      if (made > 0 && !out(std::string_view(buffer, made))) return false;
    } while (z.avail_out == 0 || (finish && status != Z_STREAM_END));
    return z.avail_in == 0;
  }
};

ZipStreamWriter::ZipStreamWriter(const std::string& path, const std::string& shown)
    : deflater_(std::make_unique<Deflater>()),
      directory_(std::make_unique<SpooledRecords>()),
      path_(shown.empty() ? path : shown) {
  errno = 0;
  file_ = std::fopen(path.c_str(), "wb");
  if (file_ == nullptr) {
    error_ = "cannot create the xlsx file " + path_;
    if (errno != 0) error_ += std::string(": ") + std::strerror(errno);
  } else if (!deflater_->ready) {
    Fail("starting zlib");
  }
}

ZipStreamWriter::~ZipStreamWriter() {
  if (file_ != nullptr) std::fclose(file_);  // no central directory: not a zip
}

bool ZipStreamWriter::Fail(const std::string& what) {
  if (error_.empty()) {
    error_ = "writing the xlsx file " + path_ + " failed (" + what + ")";
    if (errno != 0) error_ += std::string(": ") + std::strerror(errno);
  }
  return false;
}

bool ZipStreamWriter::Refuse(const std::string& what) {
  errno = 0;  // not a system error: no strerror in the message
  return Fail(what);
}

bool ZipStreamWriter::Put(std::string_view bytes) {
  if (!ok()) return false;
  errno = 0;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) return Fail("writing");
  offset_ += bytes.size();
  return true;
}

bool ZipStreamWriter::PutPacked(std::string_view packed) {
  written_ += packed.size();
  return Put(packed);
}

bool ZipStreamWriter::Open(const std::string& name, bool raw) {
  if (!ok() || file_ == nullptr) return false;
  if (in_entry_) return Refuse("adding " + name + " before the last entry ended");
  if (name.size() > kMax16) return Refuse("an entry name over 65,535 bytes");
  in_entry_ = true;
  raw_ = raw;
  name_ = name;
  header_at_ = offset_;
  written_ = size_ = 0;
  crc_ = static_cast<uint32_t>(crc32(0, nullptr, 0));
  if (!raw && deflateReset(&deflater_->z) != Z_OK) return Fail("starting an entry");
  Fields f;  // the CRC and sizes are filled in by Finish()
  f.U32(kLocalHeader).U16(kVersion).U16(0).U16(kDeflated).U16(0).U16(kDosDate);
  f.U32(0).U32(0).U32(0).U16(name.size()).U16(0).Bytes(name);
  return Put(f.bytes());
}

bool ZipStreamWriter::Begin(const std::string& name) { return Open(name, false); }
bool ZipStreamWriter::BeginRaw(const std::string& name) { return Open(name, true); }

bool ZipStreamWriter::Write(std::string_view data) {
  if (!ok()) return false;
  if (!in_entry_) return Refuse("writing outside an entry");
  const auto out = [this](std::string_view packed) { return PutPacked(packed); };
  if (raw_) return out(data);
  size_ += data.size();
  for (std::string_view rest = data; !rest.empty();) {  // zlib takes an unsigned length
    const std::string_view piece = rest.substr(0, 1u << 30);
    crc_ = static_cast<uint32_t>(
        crc32(crc_, reinterpret_cast<const Bytef*>(piece.data()), static_cast<uInt>(piece.size())));
    if (!deflater_->Run(piece, false, out)) return ok() ? Fail("deflating") : false;
    rest.remove_prefix(piece.size());
  }
  return true;
}

bool ZipStreamWriter::End() {
  if (!ok()) return false;
  if (!in_entry_ || raw_) return Refuse("ending an entry that is not open or is raw");
  const auto out = [this](std::string_view packed) { return PutPacked(packed); };
  if (!deflater_->Run({}, true, out)) return ok() ? Fail("deflating") : false;
  return Finish(size_, crc_);
}

bool ZipStreamWriter::EndRaw(uint64_t size, uint32_t crc) {
  if (!ok()) return false;
  if (!in_entry_ || !raw_) return Refuse("ending a raw entry that is not open or is deflated");
  return Finish(size, crc);
}

// Fills in the entry's local header and spools its directory record.
bool ZipStreamWriter::Finish(uint64_t size, uint32_t crc) {
  in_entry_ = false;
  if (size >= kMax32 || written_ >= kMax32) return Refuse(name_ + " is over 4 GiB");
  Fields f;
  f.U32(crc).U32(written_).U32(size);
  errno = 0;
  const bool patched = ::fseeko(file_, static_cast<off_t>(header_at_ + 14), SEEK_SET) == 0 &&
                       std::fwrite(f.bytes().data(), 1, f.bytes().size(), file_) == 12 &&
                       ::fseeko(file_, static_cast<off_t>(offset_), SEEK_SET) == 0;
  if (!patched) return Fail("ending " + name_);
  directory_->Add(DirectoryRecord(name_, header_at_, written_, size, crc));
  return true;
}

bool ZipStreamWriter::Close() {
  if (file_ == nullptr) return false;
  if (in_entry_ && ok()) raw_ ? Refuse("closing with an entry open") : End();
  const uint64_t start = offset_;
  const uint64_t entries = directory_->size();
  if (ok() && !directory_->ForEach([this](uint64_t, std::string_view r) { Put(r); })) {
    Fail("reading back the directory from its temporary file");
  }
  const uint64_t size = offset_ - start;
  Fields f;
  // 0xFFFF and 0xFFFFFFFF in the end record mean "see the ZIP64 record".
  if (entries >= kMax16 || start >= kMax32 || size >= kMax32) {
    const uint64_t at = offset_;
    f.U32(kZip64End).U64(44).U16(kVersionZip64).U16(kVersionZip64).U32(0).U32(0);
    f.U64(entries).U64(entries).U64(size).U64(start);
    f.U32(kZip64Locator).U32(0).U64(at).U32(1);
  }
  const uint64_t short_entries = entries >= kMax16 ? kMax16 : entries;
  f.U32(kEnd).U16(0).U16(0).U16(short_entries).U16(short_entries);
  f.U32(size >= kMax32 ? kMax32 : size).U32(start >= kMax32 ? kMax32 : start).U16(0);
  Put(f.bytes());
  errno = 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!closed) Fail("closing");
  return ok();
}

}  // namespace evalscore::cli
