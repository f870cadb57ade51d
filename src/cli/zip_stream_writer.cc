#include "cli/zip_stream_writer.h"

#include <minizip/ioapi.h>
#include <minizip/zip.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace evalscore::cli {

// minizip's stdio file functions, with writes refused once the zip is
// abandoned: zipClose() (the only way to free a zipFile) then cannot write the
// central directory, so an unfinished file is never a valid zip.
struct ZipStreamWriter::Io {
  zlib_filefunc64_def stdio{};
  bool abandoned = false;

  static uLong ZCALLBACK Write(voidpf opaque, voidpf stream, const void* data, uLong size) {
    Io& io = *static_cast<Io*>(opaque);
    if (io.abandoned) return 0;
    return io.stdio.zwrite_file(io.stdio.opaque, stream, data, size);
  }
  zlib_filefunc64_def Functions() {
    fill_fopen64_filefunc(&stdio);
    zlib_filefunc64_def f = stdio;  // the others ignore their opaque argument
    f.zwrite_file = Write;
    f.opaque = this;
    return f;
  }
};

ZipStreamWriter::ZipStreamWriter(const std::string& path)
    : io_(std::make_unique<Io>()), path_(path) {
  errno = 0;
  zlib_filefunc64_def functions = io_->Functions();
  zip_ = zipOpen2_64(path.c_str(), APPEND_STATUS_CREATE, nullptr, &functions);
  if (zip_ == nullptr) {
    error_ = "cannot create the xlsx file " + path;
    if (errno != 0) error_ += std::string(": ") + std::strerror(errno);
  }
}

ZipStreamWriter::~ZipStreamWriter() {
  if (zip_ == nullptr) return;
  io_->abandoned = true;
  zipClose(static_cast<zipFile>(zip_), nullptr);
}

bool ZipStreamWriter::Fail(const std::string& what, int code) {
  if (error_.empty()) {
    error_ = "writing the xlsx file " + path_ + " failed (" + what + ", zip error " +
             std::to_string(code) + ")";
    if (errno != 0) error_ += std::string(": ") + std::strerror(errno);
  }
  return false;
}

bool ZipStreamWriter::Open(const std::string& name, bool raw) {
  if (!ok()) return false;
  zip_fileinfo info{};
  info.tmz_date.tm_mday = 1;
  info.tmz_date.tm_year = 1980;  // 1980-01-01 00:00: no clock in the bytes
  errno = 0;
  const int opened = zipOpenNewFileInZip3_64(
      static_cast<zipFile>(zip_), name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
      Z_DEFAULT_COMPRESSION, raw ? 1 : 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0,
      /*zip64=*/0);
  if (opened != ZIP_OK) return Fail("adding " + name, opened);
  in_entry_ = true;
  return true;
}

bool ZipStreamWriter::Begin(const std::string& name) { return Open(name, false); }
bool ZipStreamWriter::BeginRaw(const std::string& name) { return Open(name, true); }

bool ZipStreamWriter::Write(std::string_view data) {
  if (!ok() || !in_entry_) return false;
  while (!data.empty()) {  // zipWriteInFileInZip takes an unsigned length
    const size_t chunk = data.size() < (1u << 30) ? data.size() : (1u << 30);
    errno = 0;
    const int written =
        zipWriteInFileInZip(static_cast<zipFile>(zip_), data.data(), static_cast<unsigned>(chunk));
    if (written != ZIP_OK) return Fail("writing an entry", written);
    data.remove_prefix(chunk);
  }
  return true;
}

bool ZipStreamWriter::End() {
  if (!ok() || !in_entry_) return false;
  in_entry_ = false;
  errno = 0;
  const int closed = zipCloseFileInZip(static_cast<zipFile>(zip_));
  return closed == ZIP_OK || Fail("ending an entry", closed);
}

bool ZipStreamWriter::EndRaw(uint64_t size, uint32_t crc) {
  if (!ok() || !in_entry_) return false;
  in_entry_ = false;
  errno = 0;
  const int closed = zipCloseFileInZipRaw64(static_cast<zipFile>(zip_), size, crc);
  return closed == ZIP_OK || Fail("ending an entry", closed);
}

bool ZipStreamWriter::Close() {
  if (zip_ == nullptr) return false;
  if (in_entry_ && ok()) End();
  errno = 0;
  const int closed = zipClose(static_cast<zipFile>(zip_), nullptr);
  zip_ = nullptr;
  if (closed != ZIP_OK) Fail("writing the directory", closed);
  return ok();
}

}  // namespace evalscore::cli
