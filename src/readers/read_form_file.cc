// Which reader a file needs, decided from its first bytes.
#include <algorithm>
#include <cstring>
#include <fstream>

#include "readers/readers.h"

namespace evalscore::readers {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// An OLE2 file holding an "EncryptedPackage" stream is an xlsx/docx with a
// password (the name is stored in UTF-16LE in the directory).
bool IsEncryptedOoxml(std::string_view bytes) {
  static const char kName[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  return std::search(bytes.begin(), bytes.end(), kName, kName + sizeof kName - 1) != bytes.end();
}

Result<std::string> Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Errors{{{"io.cannot_open", {TextArg("detail", std::strerror(errno))}}, {}}};
  std::string bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<size_t>(in.gcount()));
    if (bytes.size() > kMaxFormFileBytes) {
      return Errors{
          {{"reader.too_large", {CountArg("mib", static_cast<long long>(kMaxFormFileBytes >> 20))}},
           {}}};
    }
  }
  return bytes;
}

}  // namespace

Container Sniff(std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) return Container::kZip;
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Container::kOle2;
  if (bytes.starts_with("%PDF")) return Container::kPdf;
  std::string head = Lower(std::string(bytes.substr(0, 1024)));
  if (head.find("<html") != std::string::npos || head.find("<table") != std::string::npos ||
      head.find("<!doctype html") != std::string::npos) {
    return Container::kHtml;
  }
  if (head.find('\0') == std::string::npos) return Container::kText;
  return Container::kUnknown;
}

bool IsFormDocumentName(const std::string& name) {
  const std::string lower = Lower(name);
  for (const char* ext : {".xlsx", ".xlsm", ".xls", ".docx"}) {
    if (lower.ends_with(ext)) return true;
  }
  return false;
}

Result<GridSet> ReadFormBytes(std::string_view bytes, const std::string& name,
                              bool stop_at_report) {
  const std::string lower = Lower(name);
  switch (Sniff(bytes)) {
    case Container::kZip:
      if (lower.ends_with(".docx")) return ReadDocx(bytes);
      {
        auto set = ReadXlsx(bytes, stop_at_report);
        // A .xlsx that is a Word document: read it as one.
        if (!set && set.error().front().message.id == "reader.docx_named_xlsx") {
          return ReadDocx(bytes);
        }
        return set;
      }
    case Container::kOle2:
      if (IsEncryptedOoxml(bytes)) {
        return Errors{{{"reader.encrypted_file", {}}, {}}};
      }
      if (lower.ends_with(".docx") || lower.ends_with(".doc")) {
        return Errors{{{"reader.doc_file", {}}, {}}};
      }
      return ReadXlsBytes(bytes);
    case Container::kHtml:
      return Errors{{{"reader.html_file", {}}, {}}};
    case Container::kPdf:
      return Errors{{{"reader.pdf_file", {}}, {}}};
    default:
      return Errors{{{"reader.unknown_container", {}}, {}}};
  }
}

Result<GridSet> ReadFormFile(const std::string& path, bool stop_at_report) {
  auto bytes = Slurp(path);
  if (!bytes) return bytes.error();
  // The bytes are all there is: an .xls too goes to libfreexl through a memory
  // file, so the form is opened once.
  return ReadFormBytes(bytes.value(), path, stop_at_report);
}

}  // namespace evalscore::readers
