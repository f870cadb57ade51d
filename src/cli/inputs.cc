#include "cli/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "core/utf8.h"
#include <fnmatch.h>
#include <iconv.h>

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

void Walk(const fs::path& dir, const fs::path& root, const DiscoverOptions& options,
          std::set<fs::path>* visited, std::vector<Input>* out) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    out->push_back({dir.string(), false, "cannot resolve directory: " + ec.message()});
    return;
  }
  if (!visited->insert(canonical).second) return;  // a symlink loop or a second path to it
  std::vector<fs::path> files;
  std::vector<fs::path> dirs;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    out->push_back({dir.string(), false, "cannot read directory: " + ec.message()});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    if (p.filename().string().starts_with(".")) continue;
    std::error_code type_ec;
    if (fs::is_directory(p, type_ec)) {
      dirs.push_back(p);
    } else if (Wanted(p, root, options)) {
      files.push_back(p);
    }
  }
  if (ec) out->push_back({dir.string(), false, "cannot read directory: " + ec.message()});
  std::vector<fs::path> all = files;
  all.insert(all.end(), dirs.begin(), dirs.end());
  std::sort(all.begin(), all.end());
  for (const fs::path& p : all) {
    std::error_code type_ec;
    if (fs::is_directory(p, type_ec)) {
      Walk(p, root, options, visited, out);
    } else {
      out->push_back({p.string(), false, std::nullopt});
    }
  }
}

// GB18030 (a superset of GBK) to UTF-8 with glibc iconv; nullopt on any
// invalid sequence.
std::optional<std::string> FromGb18030(const std::string& bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in_ptr = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* out_ptr = out.data();
  size_t out_left = out.size();
  const size_t rc = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
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
Error At(const std::string& message, const std::string& bytes, size_t offset) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') ++line, line_start = i + 1;
  }
  return Error{message + " (byte offset " + std::to_string(offset) + ")",
               Location{line, static_cast<int>(offset - line_start) + 1}};
}

}  // namespace

std::string DisplayPath(const std::string& path) {
  std::string out;
  for (size_t pos = 0; pos < path.size();) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(path, &pos);
    if (cp == utf8::kReplacement && pos == start + 1) {
      static const char* kHex = "0123456789ABCDEF";
      const auto b = static_cast<unsigned char>(path[start]);
      out += "\\x";
      out += kHex[b >> 4];
      out += kHex[b & 15];
    } else {
      out.append(path, start, pos - start);
    }
  }
  return out;
}

std::vector<Input> DiscoverInputs(const std::vector<std::string>& args) {
  DiscoverOptions yaml_only;
  yaml_only.include = {"*.yaml", "*.yml"};
  return DiscoverInputs(args, yaml_only);
}

std::vector<Input> DiscoverInputs(const std::vector<std::string>& args,
                                  const DiscoverOptions& options) {
  std::vector<Input> inputs;
  std::set<fs::path> visited;
  for (const std::string& arg : args) {
    if (arg == "-") {
      inputs.push_back({"-", true, std::nullopt});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      const fs::path canonical = fs::canonical(arg, ec);
      if (!ec && visited.count(canonical)) continue;  // named twice, or inside one named before
      const size_t before = inputs.size();
      Walk(arg, arg, options, &visited, &inputs);
      if (inputs.size() == before) {
        std::string globs;
        for (const std::string& g : options.include) globs += (globs.empty() ? "" : ", ") + g;
        inputs.push_back({arg, false, "no files matching " + globs + " in this directory"});
      }
    } else {
      inputs.push_back({arg, false, std::nullopt});
    }
  }
  return inputs;
}

Result<std::string> DecodeText(std::string bytes, const std::string& encoding) {
  if (bytes.find('\0') != std::string::npos) {
    return Errors{At("binary data, not a text file: a NUL byte", bytes, bytes.find('\0'))};
  }
  if (encoding == "gbk" || encoding == "gb18030") {
    if (auto decoded = FromGb18030(bytes)) return *decoded;
    return Errors{{"not valid GBK/GB18030 text (--encoding gbk)", {}}};
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  size_t bad = 0;
  if (utf8::IsValid(bytes, &bad)) return bytes;
  if (encoding == "auto") {
    auto decoded = FromGb18030(bytes);
    if (decoded && LooksLikeChinese(*decoded)) return *decoded;
    return Errors{
        At("not valid UTF-8 and not recognisably GBK; save the file as UTF-8 or pass "
           "--encoding gbk",
           bytes, bad)};
  }
  return Errors{At("not valid UTF-8 (--encoding utf-8)", bytes, bad)};
}

Result<std::string> ReadInputStream(std::istream& in, const std::string& encoding) {
  std::string bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<size_t>(in.gcount()));
    if (bytes.size() > kMaxFileBytes) {
      return Errors{{"larger than " + std::to_string(kMaxFileBytes >> 20) +
                         " MiB; a project file is a few KiB",
                     {}}};
    }
  }
  return DecodeText(std::move(bytes), encoding);
}

Result<std::string> ReadInputFile(const std::string& path, const std::string& encoding) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Errors{{"no such file", {}}};
  if (fs::is_directory(st)) return Errors{{"is a directory", {}}};
  if (fs::is_regular_file(st)) {
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxFileBytes) {
      return Errors{{"larger than " + std::to_string(kMaxFileBytes >> 20) +
                         " MiB; a project file is a few KiB",
                     {}}};
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Errors{{std::string("cannot open: ") + std::strerror(errno), {}}};
  return ReadInputStream(in, encoding);
}

}  // namespace evalscore::cli
