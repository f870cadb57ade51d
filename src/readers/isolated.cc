#include "readers/isolated.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace evalscore::readers {
namespace {

void PutNumber(std::string* out, uint64_t x) { out->append(reinterpret_cast<const char*>(&x), 8); }
void PutText(std::string* out, const std::string& s) {
  PutNumber(out, s.size());
  *out += s;
}

// Reads back what Put* wrote; false once the bytes run out.
class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}
  bool Number(uint64_t* x) {
    if (pos_ + 8 > bytes_.size()) return false;
    std::memcpy(x, bytes_.data() + pos_, 8);
    pos_ += 8;
    return true;
  }
  bool Text(std::string* s) {
    uint64_t n = 0;
    if (!Number(&n) || n > bytes_.size() - pos_) return false;
    s->assign(bytes_, pos_, n);
    pos_ += n;
    return true;
  }

 private:
  const std::string& bytes_;
  size_t pos_ = 0;
};

bool DecodeCell(Reader* in, Cell* c) {
  uint64_t row = 0, column = 0, flags = 0, bits = 0;
  if (!in->Number(&row) || !in->Number(&column) || !in->Number(&flags) || !in->Number(&bits) ||
      !in->Text(&c->text)) {
    return false;
  }
  c->row = static_cast<int>(row);
  c->column = static_cast<int>(column);
  if (flags & 1) {
    double x = 0;
    std::memcpy(&x, &bits, 8);
    c->number = x;
  }
  c->percent = (flags & 2) != 0;
  c->formula_without_value = (flags & 4) != 0;
  return true;
}

// Reads the child's output until EOF, the time limit or the size cap.
bool ReadAll(int fd, std::string* out, pid_t child) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kIsolatedSeconds);
  char buffer[65536];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) break;
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n == 0;
    out->append(buffer, static_cast<size_t>(n));
    if (out->size() > (256u << 20)) break;
  }
  ::kill(child, SIGKILL);
  return false;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

void RunChild(const std::function<Result<GridSet>()>& read, int fd) {
  // AddressSanitizer reserves terabytes of address space: no limit there.
  if (!kAddressSanitizer) {
    rlimit limit{kIsolatedMemoryBytes, kIsolatedMemoryBytes};
    ::setrlimit(RLIMIT_AS, &limit);
  }
  const std::string bytes = EncodeGridSet(read());
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) ::_exit(3);
    written += static_cast<size_t>(n);
  }
  ::_exit(0);
}

}  // namespace

std::string EncodeGridSet(const Result<GridSet>& result) {
  std::string out;
  if (!result) {
    out += 'E';
    const Message message = result.error().empty() ? Message{} : result.error().front().message;
    PutText(&out, message.id);
    PutNumber(&out, message.args.size());
    for (const MessageArg& arg : message.args) {
      PutText(&out, arg.name);
      PutText(&out, arg.text);
    }
    return out;
  }
  const GridSet& set = result.value();
  out += 'S';
  PutText(&out, set.kind);
  PutNumber(&out, set.grids.size());
  for (const Grid& g : set.grids) {
    PutText(&out, g.name);
    PutNumber(&out, (g.hidden ? 1u : 0u) | (g.is_table ? 2u : 0u));
    PutNumber(&out, g.cells.size());
    for (const Cell& c : g.cells) {
      uint64_t bits = 0;
      if (c.number) std::memcpy(&bits, &*c.number, 8);
      PutNumber(&out, static_cast<uint64_t>(c.row));
      PutNumber(&out, static_cast<uint64_t>(c.column));
      PutNumber(&out,
                (c.number ? 1u : 0u) | (c.percent ? 2u : 0u) | (c.formula_without_value ? 4u : 0u));
      PutNumber(&out, bits);
      PutText(&out, c.text);
    }
  }
  return out;
}

Result<GridSet> DecodeGridSet(const std::string& bytes) {
  const Errors broken = {{{"reader.isolated_cut_short", {}}, {}}};
  if (bytes.empty()) return broken;
  const std::string body = bytes.substr(1);
  Reader r(body);
  if (bytes[0] == 'E') {
    Message message;
    uint64_t args = 0;
    if (!r.Text(&message.id) || !r.Number(&args) || args > 64) return broken;
    for (uint64_t i = 0; i < args; ++i) {
      MessageArg arg;
      if (!r.Text(&arg.name) || !r.Text(&arg.text)) return broken;
      message.args.push_back(std::move(arg));
    }
    return Errors{{message, {}}};
  }
  GridSet set;
  uint64_t grids = 0;
  if (bytes[0] != 'S' || !r.Text(&set.kind) || !r.Number(&grids)) return broken;
  for (uint64_t i = 0; i < grids; ++i) {
    Grid g;
    uint64_t flags = 0, cells = 0;
    if (!r.Text(&g.name) || !r.Number(&flags) || !r.Number(&cells)) return broken;
    g.hidden = (flags & 1) != 0;
    g.is_table = (flags & 2) != 0;
    for (uint64_t k = 0; k < cells; ++k) {
      Cell c;
      if (!DecodeCell(&r, &c)) return broken;
      g.cells.push_back(std::move(c));
    }
    set.grids.push_back(std::move(g));
  }
  return set;
}

Result<GridSet> RunIsolated(const std::function<Result<GridSet>()>& read,
                            const std::string& failure) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return read();
  const pid_t child = ::fork();
  if (child < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return read();
  }
  if (child == 0) {
    ::close(fds[0]);
    RunChild(read, fds[1]);
  }
  ::close(fds[1]);
  std::string bytes;
  const bool complete = ReadAll(fds[0], &bytes, child);
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (!complete)
    return Errors{{{"reader.isolated_timeout",
                    {TextArg("reader", failure), CountArg("seconds", kIsolatedSeconds)}},
                   {}}};
  if (WIFSIGNALED(status)) {
    return Errors{{{"reader.isolated_signal",
                    {TextArg("reader", failure), TextArg("signal", strsignal(WTERMSIG(status)))}},
                   {}}};
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Errors{{{"reader.isolated_memory", {TextArg("reader", failure)}}, {}}};
  }
  return DecodeGridSet(bytes);
}

}  // namespace evalscore::readers
