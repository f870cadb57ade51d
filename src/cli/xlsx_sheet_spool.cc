#include "cli/xlsx_sheet_spool.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <type_traits>
#include <vector>

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

// Appends to the part (the sheet being written, at the spool's end).
ssize_t WritePart(void* cookie, const char* data, size_t size) {
  Part& part = *static_cast<Part*>(cookie);
  size_t done = 0;
  while (done < size) {
    const ssize_t put = ::pwrite(part.fd, data + done, size - done, part.begin + part.at);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) return 0;  // an error, for fopencookie
    done += static_cast<size_t>(put);
    part.at += put;
  }
  part.size = part.at;
  return static_cast<ssize_t>(done);
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
  array_ = static_cast<lxw_cell**>(std::calloc(LXW_COL_MAX, sizeof(lxw_cell*)));
}

SheetSpool::~SheetSpool() {
  Abandon();
  std::free(array_);
  if (fd_ >= 0) ::close(fd_);
}

bool SheetSpool::Begin(lxw_worksheet* ws, std::string* error) {
  auto* part = new Part{fd_, end_, 0};
  writing_ = ::fopencookie(part, "w", {nullptr, WritePart, nullptr, ClosePart});
  if (writing_ == nullptr) {
    delete part;
    if (error->empty())
      *error = std::string("xlsx: opening the sheet spool: ") + std::strerror(errno);
    return false;
  }
  writing_ws_ = ws;
  ws->optimize = LXW_TRUE;
  ws->optimize_tmpfile = writing_;
  ws->file = writing_;
  ws->array = array_;
  return true;
}

bool SheetSpool::Seal(lxw_worksheet* ws, std::string* error) {
  lxw_worksheet_write_single_row(ws);  // the last row still in memory; array_ is empty again
  ws->array = nullptr;
  // The stream appends at the spool's end, so the spool's size says where it stopped.
  struct stat spool {};
  const bool flushed = std::fflush(writing_) == 0 && ::fstat(fd_, &spool) == 0;
  const Sealed sheet{ws, end_, flushed ? spool.st_size - end_ : 0};
  std::fclose(writing_);  // deletes its part
  writing_ = nullptr;
  writing_ws_ = nullptr;
  ws->optimize_tmpfile = nullptr;
  ws->file = nullptr;
  if (!flushed) {
    if (error->empty())
      *error = std::string("xlsx: writing the sheet spool: ") + std::strerror(errno);
    return false;  // the sheet has no rows: workbook_close() must not run
  }
  end_ += sheet.size;
  if (!Attach(sheet, error)) return false;
  sealed_.push_back(sheet);
  ShrinkColumnTables(ws);
  return true;
}

void SheetSpool::Abandon() {
  if (writing_ws_ == nullptr) return;
  lxw_worksheet_write_single_row(writing_ws_);  // frees the cells of the row in memory
  std::fclose(writing_);
  writing_ = nullptr;
  writing_ws_->optimize_tmpfile = nullptr;
  writing_ws_->file = nullptr;
  writing_ws_->array = nullptr;
  writing_ws_ = nullptr;
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
