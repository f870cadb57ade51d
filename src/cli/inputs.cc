#include "cli/inputs.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <iconv.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "evalscore/utf8.h"

#include "cli/hostile_text.h"

namespace evalscore::cli {
namespace fs = std::filesystem;
namespace {

// True when `p` (found below `root`) matches one of `globs`: a glob without
// '/' is matched against the file name, one with '/' against the relative path.
bool Matches(const std::vector<std::string>& globs, const fs::path& p, const fs::path& root) {
  const std::string name = p.filename().string();
  const std::string relative = p.lexically_relative(root).generic_string();
  for (const std::string& g : globs) {
    const std::string& subject = g.find('/') == std::string::npos ? name : relative;
    if (fnmatch(g.c_str(), subject.c_str(), FNM_CASEFOLD) == 0) return true;
  }
  return false;
}

// True when `p` is a symbolic link whose target lies outside `root` (a
// canonical directory): a walk does not follow it out of the tree it was given.
bool LinksOutside(const fs::path& p, const fs::path& root) {
  std::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(p, ec))) return false;
  const fs::path target = fs::canonical(p, ec);
  if (ec) return false;  // dangling or a loop: reading it says so
  auto t = target.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++t) {
    if (t == target.end() || *t != *r) return true;
  }
  return false;
}

// A file a directory walk reads: included, not excluded, not an Office lock
// file (~$form.xlsx), not skipped.
bool Wanted(const fs::path& p, const fs::path& root, const DiscoverOptions& o) {
  if (p.filename().string().starts_with("~$")) return false;
  if (!Matches(o.include, p, root) || Matches(o.exclude, p, root)) return false;
  if (o.skip && o.skip(p.string())) {
    if (o.skipped) o.skipped->push_back(p.string());
    return false;
  }
  return true;
}

// An entry of a directory a walk keeps: its name only (the directory is
// known), so a directory of 100,000 forms costs little while it is sorted.
enum class EntryKind { kFile, kDirectory, kLinkOut };
struct DirEntry {
  std::string name;
  EntryKind kind;
};

// The entries `it` yields that a walk goes on with, in no order; the error
// when reading the directory failed part way (the entries read are kept).
std::error_code ReadEntries(fs::directory_iterator it, const fs::path& root,
                            const fs::path& canonical_root, const DiscoverOptions& options,
                            std::vector<DirEntry>* entries) {
  std::error_code ec;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (name.starts_with(".")) continue;
    if (LinksOutside(p, canonical_root)) {
      std::error_code link_ec;
      if (Matches(options.include, p, root) || fs::is_directory(p, link_ec)) {
        entries->push_back({std::move(name), EntryKind::kLinkOut});  // reported
      }
      continue;
    }
    std::error_code type_ec;
    if (fs::is_directory(p, type_ec)) {
      entries->push_back({std::move(name), EntryKind::kDirectory});
    } else if (Wanted(p, root, options) ||
               (type_ec && type_ec != std::errc::no_such_file_or_directory)) {
      // An entry that cannot even be examined (deeper than PATH_MAX, no
      // permission) is kept too: reading it then says why, so the batch
      // accounts for everything it found.
      entries->push_back({std::move(name), EntryKind::kFile});
    }
  }
  return ec;
}

// `root` is the directory as named (globs with '/' are relative to it),
// `canonical_root` the same resolved (links out of it are not followed).
// A directory's entries go in the order of their names (bytes compared, as
// fs::path compares paths of one directory), directories walked in place.
void Walk(const fs::path& dir, const fs::path& root, const fs::path& canonical_root,
          const DiscoverOptions& options, std::set<fs::path>* visited, InputList* out) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    out->AddProblem(dir.string(),
                    Message{"io.cannot_resolve_dir", {TextArg("detail", ec.message())}});
    return;
  }
  if (!visited->insert(canonical).second) return;  // a symlink loop or a second path to it
  fs::directory_iterator it(dir, ec);
  if (ec) {
    out->AddProblem(dir.string(), Message{"io.cannot_read_dir", {TextArg("detail", ec.message())}});
    return;
  }
  std::vector<DirEntry> entries;
  ec = ReadEntries(std::move(it), root, canonical_root, options, &entries);
  if (ec) {
    out->AddProblem(dir.string(), Message{"io.cannot_read_dir", {TextArg("detail", ec.message())}});
  }
  std::sort(entries.begin(), entries.end(),
            [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  for (const DirEntry& e : entries) {
    const fs::path p = dir / e.name;
    if (e.kind == EntryKind::kLinkOut) {
      out->AddProblem(p.string(), Message{"io.link_out_of_tree", {}});
    } else if (e.kind == EntryKind::kDirectory) {
      Walk(p, root, canonical_root, options, visited, out);
    } else {
      out->AddFile(p.string(), true);
    }
  }
}

// `bytes` from offset `skip` converted from the encoding `from` to UTF-8 with
// glibc iconv; nullopt on any invalid sequence.
std::optional<std::string> ToUtf8(const char* from, const std::string& bytes, size_t skip = 0) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in_ptr = const_cast<char*>(bytes.data()) + skip;
  size_t in_left = bytes.size() - skip;
  char* out_ptr = out.data();
  size_t out_left = out.size();
  const size_t rc = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

// GB18030 (a superset of GBK) to UTF-8; nullopt on any invalid sequence.
std::optional<std::string> FromGb18030(const std::string& bytes) {
  return ToUtf8("GB18030", bytes);
}

// True when decoded GBK text looks like Chinese text: most non-ASCII characters
// are common CJK ideographs or CJK punctuation, and no control characters.
bool LooksLikeChinese(const std::string& text) {
  size_t non_ascii = 0, cjk = 0;
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::Next(text, &pos);
    if (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t') return false;
    if (cp < 0x80) continue;
    ++non_ascii;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x2265 || cp == 0x2264) {
      ++cjk;
    }
  }
  return non_ascii > 0 && cjk * 10 >= non_ascii * 9;
}

// An error at a byte offset, with the line and column (in bytes) it falls on.
Error At(const char* id, const std::string& bytes, size_t offset) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') ++line, line_start = i + 1;
  }
  return Error{{id, {CountArg("offset", static_cast<long long>(offset))}},
               Location{line, static_cast<int>(offset - line_start) + 1}};
}

Message TooLarge() {
  return {"io.too_large", {CountArg("mib", static_cast<long long>(kMaxFileBytes >> 20))}};
}

// What kind of file `mode` is, for "not a regular file (...)".
const char* KindOf(mode_t mode) {
  if (S_ISFIFO(mode)) return "io.not_regular_fifo";
  if (S_ISSOCK(mode)) return "io.not_regular_socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "io.not_regular_device";
  return "io.not_regular_special";
}

// The reason open(2) failed, in the words a user needs.
Message OpenFailure(int error) {
  if (error == ENOENT) return {"io.no_such_file", {}};
  if (error == ELOOP) return {"io.symlink_loop", {}};
  if (error == ENAMETOOLONG) return {"io.path_too_long", {}};
  return {"io.cannot_open", {TextArg("detail", std::strerror(error))}};
}

// UTF-16 text (Windows "Unicode") with a BOM decoded to UTF-8; nullopt when
// `bytes` has no UTF-16 BOM or does not decode.
std::optional<std::string> FromUtf16(const std::string& bytes) {
  const char* from = bytes.starts_with("\xFF\xFE")   ? "UTF-16LE"
                     : bytes.starts_with("\xFE\xFF") ? "UTF-16BE"
                                                     : nullptr;
  if (from == nullptr) return std::nullopt;
  return ToUtf8(from, bytes, 2);  // after the BOM
}

// True when `bytes` look like UTF-16 without a BOM: ASCII text with every
// other byte NUL.
bool LooksLikeUtf16(const std::string& bytes) {
  if (bytes.size() < 4) return false;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < bytes.size(); ++i)
    (i % 2 ? odd : even) += bytes[i] == '\0' ? size_t{1} : size_t{0};
  const size_t half = bytes.size() / 2;
  return even * 10 >= half * 9 || odd * 10 >= half * 9;
}

// Old Mac line ends (CR alone) as LF, so lines and columns count as an editor
// shows them; CR LF stays as it is.
void NormaliseLoneCr(std::string* text) {
  for (size_t i = 0; i < text->size(); ++i) {
    if ((*text)[i] == '\r' && (i + 1 == text->size() || (*text)[i + 1] != '\n')) (*text)[i] = '\n';
  }
}

}  // namespace

UniqueFd::~UniqueFd() {
  if (fd_ >= 0) ::close(fd_);
}

Result<UniqueFd, Message> OpenRegularFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return OpenFailure(errno);
  UniqueFd owned(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    return Message{"io.cannot_examine", {TextArg("detail", std::strerror(errno))}};
  }
  if (S_ISDIR(st.st_mode)) return Message{"io.is_directory", {}};
  if (!S_ISREG(st.st_mode)) return Message{KindOf(st.st_mode), {}};
  if (static_cast<unsigned long long>(st.st_size) > kMaxFileBytes) return TooLarge();
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return owned;
}

std::string DisplayPath(const std::string& path) { return TerminalSafe(path); }

InputList DiscoverInputs(const std::vector<std::string>& args) {
  DiscoverOptions yaml_only;
  yaml_only.include = {"*.yaml", "*.yml"};
  return DiscoverInputs(args, yaml_only);
}

InputList DiscoverInputs(const std::vector<std::string>& args, const DiscoverOptions& options) {
  InputList inputs;
  std::set<fs::path> visited;
  for (const std::string& arg : args) {
    if (arg == "-") {
      inputs.AddStdin();
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      const fs::path canonical = fs::canonical(arg, ec);
      if (!ec && visited.count(canonical)) continue;  // named twice, or inside one named before
      const size_t before = inputs.size();
      Walk(arg, arg, canonical, options, &visited, &inputs);
      if (inputs.size() == before) {
        std::string globs;
        for (const std::string& g : options.include) globs += (globs.empty() ? "" : ", ") + g;
        inputs.AddProblem(arg, Message{"io.no_matching_files", {TextArg("globs", globs)}});
      }
    } else {
      inputs.AddFile(arg);
    }
  }
  inputs.ShrinkToFit();
  return inputs;
}

Result<std::string> DecodeText(std::string bytes, const std::string& encoding) {
  if (auto utf16 = FromUtf16(bytes)) bytes = std::move(*utf16);
  if (bytes.find('\0') != std::string::npos && LooksLikeUtf16(bytes)) {
    return Errors{{{"io.utf16_without_bom", {}}, {}}};
  }
  NormaliseLoneCr(&bytes);
  if (bytes.find('\0') != std::string::npos) {
    return Errors{At("input.binary", bytes, bytes.find('\0'))};
  }
  if (encoding == "gbk" || encoding == "gb18030") {
    if (auto decoded = FromGb18030(bytes)) return *decoded;
    return Errors{{{"io.not_gbk", {}}, {}}};
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  size_t bad = 0;
  if (utf8::IsValid(bytes, &bad)) return bytes;
  if (encoding == "auto") {
    auto decoded = FromGb18030(bytes);
    if (decoded && LooksLikeChinese(*decoded)) return *decoded;
    return Errors{At("io.not_utf8_or_gbk", bytes, bad)};
  }
  return Errors{At("io.not_utf8_forced", bytes, bad)};
}

Result<std::string> ReadInputStream(std::istream& in, const std::string& encoding) {
  std::string bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<size_t>(in.gcount()));
    if (bytes.size() > kMaxFileBytes) return Errors{{TooLarge(), {}}};
  }
  return DecodeText(std::move(bytes), encoding);
}

Result<std::string> ReadInputFile(const std::string& path, const std::string& encoding) {
  auto fd = OpenRegularFile(path);
  if (!fd) return Errors{{fd.error(), {}}};
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd.value().get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Errors{{{"io.cannot_read", {TextArg("detail", std::strerror(errno))}}, {}}};
    if (n == 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
    if (bytes.size() > kMaxFileBytes) return Errors{{TooLarge(), {}}};
  }
  return DecodeText(std::move(bytes), encoding);
}

}  // namespace evalscore::cli
