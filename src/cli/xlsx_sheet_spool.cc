#include "cli/xlsx_sheet_spool.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <type_traits>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace evalscore::cli {
namespace {

// One sheet's part of the spool, read as a stream.
struct Part {
  int fd;
  off_t begin;
  off_t size;
  off_t at = 0;  // read position within the part
};

ssize_t ReadPart(void* cookie, char* buffer, size_t size) {
  Part& part = *static_cast<Part*>(cookie);
  const auto left = static_cast<size_t>(part.size - part.at);
  const size_t want = size < left ? size : left;
  if (want == 0) return 0;
  const ssize_t got = ::pread(part.fd, buffer, want, part.begin + part.at);
  if (got > 0) part.at += got;
  return got;
}

int SeekPart(void* cookie, off64_t* offset, int whence) {
  Part& part = *static_cast<Part*>(cookie);
  const off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? part.at : part.size;
  const off64_t to = base + *offset;
  if (to < 0 || to > part.size) return -1;
  part.at = static_cast<off_t>(to);
  *offset = to;
  return 0;
}

int ClosePart(void* cookie) {
  delete static_cast<Part*>(cookie);
  return 0;
}

// Writes all of `data` at `offset` of `fd`.
bool WriteAt(int fd, const char* data, size_t size, off_t offset) {
  while (size > 0) {
    const ssize_t put = ::pwrite(fd, data, size, offset);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) return false;
    data += put;
    size -= static_cast<size_t>(put);
    offset += put;
  }
  return true;
}

// The column tables are made for 128 columns; a form sheet uses its first
// eleven. Cut them to `keep` entries (the size the library grows them from
// when a later column is set) unless a column beyond is in use.
void ShrinkColumnTables(lxw_worksheet* ws) {
  constexpr uint16_t keep = 16;
  const auto shrink = [&](auto*& table, uint16_t& size) {
    if (size <= keep) return;
    for (uint16_t c = keep; c < size; ++c) {
      if (table[c] != nullptr) return;
    }
    using Entry = std::remove_reference_t<decltype(*table)>;
    if (auto* smaller = static_cast<Entry*>(std::realloc(table, keep * sizeof(Entry)))) {
      table = smaller;
      size = keep;
    }
  };
  shrink(ws->col_options, ws->col_options_max);
  shrink(ws->col_formats, ws->col_formats_max);
}

}  // namespace

SheetSpool::SheetSpool(const std::string& dir) {
  const std::string path = dir + "/sheets.spool";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd_ >= 0) ::unlink(path.c_str());  // gone with the process, whatever happens
}

SheetSpool::~SheetSpool() {
  if (fd_ >= 0) ::close(fd_);
}

bool SheetSpool::Seal(lxw_worksheet* ws, std::string* error) {
  const auto fail = [&](const char* what) {
    if (error->empty()) *error = std::string("xlsx: ") + what + ": " + std::strerror(errno);
    return false;
  };
  lxw_worksheet_write_single_row(ws);  // the last row still in memory
  FILE* rows = ws->optimize_tmpfile;
  if (rows == nullptr || std::fflush(rows) != 0) return fail("flushing a sheet's rows");
  std::rewind(rows);
  const off_t begin = end_;
  std::vector<char> buffer(1 << 16);
  while (const size_t got = std::fread(buffer.data(), 1, buffer.size(), rows)) {
    if (!WriteAt(fd_, buffer.data(), got, end_)) return fail("writing the sheet spool");
    end_ += static_cast<off_t>(got);
  }
  if (std::ferror(rows)) return fail("reading a sheet's rows");
  // Until the stream exists the sheet keeps its own file (and stays whole).
  const Sealed sheet{ws, begin, end_ - begin};
  if (!Attach(sheet, error)) return false;
  std::fclose(rows);
  sealed_.push_back(sheet);
  std::free(ws->array);  // no cell is left in it: the last row was written out
  ws->array = nullptr;
  ShrinkColumnTables(ws);
  return true;
}

// Points the sheet at a new read-only stream over its part of the spool.
bool SheetSpool::Attach(const Sealed& sheet, std::string* error) {
  auto* part = new Part{fd_, sheet.begin, sheet.size};
  FILE* stream = ::fopencookie(part, "r", {ReadPart, nullptr, SeekPart, ClosePart});
  if (stream == nullptr) {
    delete part;
    if (error->empty())
      *error = std::string("xlsx: opening the sheet spool: ") + std::strerror(errno);
    return false;
  }
  sheet.ws->optimize_tmpfile = stream;
  sheet.ws->file = stream;
  return true;
}

void SheetSpool::PrepareForClose(std::string* error) {
  for (auto it = sealed_.rbegin(); it != sealed_.rend(); ++it) {  // newest first: at the front
    std::fclose(it->ws->optimize_tmpfile);
    it->ws->optimize_tmpfile = nullptr;
    it->ws->file = nullptr;
  }
  for (auto it = sealed_.rbegin(); it != sealed_.rend(); ++it) {
    if (!Attach(*it, error)) return;  // workbook_close() must not run then
  }
}

}  // namespace evalscore::cli
