// libFuzzer target: any bytes as a project on standard input, through the
// whole command in every output format. Never crash, hang or leak, and the
// output must be what its format promises: JSON parses, CSV is rectangular
// RFC 4180, text holds no control character but the line feed, and every XML
// part of the xlsx is well-formed.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <zip.h>

#include "cli/run.h"

namespace {

std::string RunFormat(const std::string& input, const std::string& format,
                      const std::string& output = "") {
  std::vector<std::string> args = {"evalscore", "--no-config", "--lang", "en",
                                   "-j",        "1",           "-f",     format};
  if (!output.empty()) args.insert(args.end(), {"-o", output});
  args.push_back("-");
  std::istringstream in(input);
  std::ostringstream out, err;
  evalscore::cli::Run(args, in, out, err);
  for (char c : err.str()) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n') std::abort();  // raw control on stderr
  }
  return out.str();
}

// Field counts of each RFC 4180 record; aborts on a stray quote.
void CheckCsv(const std::string& csv) {
  size_t fields = 1, expected = 0;
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"')
        ++i;
      else if (c == '"')
        quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      ++fields;
    } else if (c == '\n') {
      if (expected == 0) expected = fields;
      if (fields != expected) std::abort();  // a record with the wrong number of fields
      fields = 1;
    }
  }
  if (quoted) std::abort();
}

void CheckNoControls(const std::string& text) {
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && c != '\n') || b == 0x7F) std::abort();
  }
}

void CheckXlsx(const std::string& path) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (z == nullptr) std::abort();
  const zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const std::string name = zip_get_name(z, static_cast<zip_uint64_t>(i), 0);
    if (!name.ends_with(".xml") && !name.ends_with(".rels")) continue;
    zip_stat_t st;
    zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    if (f == nullptr || zip_fread(f, data.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
      std::abort();
    }
    zip_fclose(f);
    pugi::xml_document doc;
    if (!doc.load_buffer(data.data(), data.size(), pugi::parse_default, pugi::encoding_utf8)) {
      std::abort();  // not well-formed XML
    }
  }
  zip_close(z);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  (void)nlohmann::json::parse(RunFormat(input, "json"));  // throws (aborts) if invalid
  CheckCsv(RunFormat(input, "csv"));
  CheckNoControls(RunFormat(input, "text"));
  RunFormat(input, "markdown");
  RunFormat(input, "html");
  static const std::string book = "/tmp/fuzz_run_command." + std::to_string(::getpid()) + ".xlsx";
  RunFormat(input, "xlsx", book);
  CheckXlsx(book);
  ::unlink(book.c_str());
  return 0;
}
