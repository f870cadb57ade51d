#include "cli/xlsx_package_merge.h"

#include <minizip/unzip.h>
#include <unistd.h>
#include <zlib.h>

#include <functional>
#include <map>
#include <optional>
#include <string_view>

#include "cli/markup_escape.h"

namespace evalscore::cli {
namespace {

constexpr const char* kWorkbook = "xl/workbook.xml";
constexpr const char* kWorkbookRels = "xl/_rels/workbook.xml.rels";
constexpr const char* kContentTypes = "[Content_Types].xml";
constexpr const char* kApp = "docProps/app.xml";
constexpr const char* kWorksheetType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
constexpr const char* kWorksheetContent =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

// The largest number right after an occurrence of `key` in `text` (0: none).
size_t MaxNumberAfter(std::string_view text, std::string_view key) {
  size_t best = 0;
  for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
    size_t n = 0;
    for (size_t i = at + key.size(); i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      n = n * 10 + static_cast<size_t>(text[i] - '0');
    }
    best = std::max(best, n);
  }
  return best;
}

// `text` with every "{key}{j}.xml" whose j > `base` made "{key}{j + shift}.xml".
std::string RenumberAfter(std::string_view text, std::string_view key, size_t base, size_t shift) {
  std::string out;
  size_t from = 0;
  for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
    size_t end = at + key.size();
    size_t j = 0;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') {
      j = j * 10 + static_cast<size_t>(text[end++] - '0');
    }
    if (end == at + key.size() || text.substr(end, 4) != ".xml" || j <= base) continue;
    out.append(text.substr(from, at + key.size() - from));
    out += std::to_string(j + shift);
    from = end;
  }
  out.append(text.substr(from));
  return out;
}

// `text` (a part name, or a list of parts) with libxlsxwriter's worksheets past
// `base` numbered `shift` higher: "worksheets/sheet5.xml" and its
// "worksheets/_rels/sheet5.xml.rels".
std::string Renumber(std::string_view text, size_t base, size_t shift) {
  if (shift == 0) return std::string(text);
  return RenumberAfter(RenumberAfter(text, "worksheets/sheet", base, shift),
                       "worksheets/_rels/sheet", base, shift);
}

// A part patched by inserting one item per form sheet between `head` and `tail`.
struct Patched {
  std::string head, tail;
  std::function<std::string(size_t, const std::string&)> item;  // (form number, sheet name)
};

// Splits `xml` before the first `marker`; nullopt when it is missing.
std::optional<Patched> SplitBefore(const std::string& xml, std::string_view marker) {
  const size_t at = xml.find(marker);
  if (at == std::string::npos) return std::nullopt;
  return Patched{xml.substr(0, at), xml.substr(at), {}};
}

// Adds `by` to the number that follows the first `key` in `xml`; false when none.
bool AddToNumberAfter(std::string& xml, std::string_view key, size_t by) {
  const size_t at = xml.find(key);
  if (at == std::string::npos) return false;
  size_t end = at + key.size();
  size_t n = 0;
  while (end < xml.size() && xml[end] >= '0' && xml[end] <= '9') {
    n = n * 10 + static_cast<size_t>(xml[end++] - '0');
  }
  if (end == at + key.size()) return false;
  xml.replace(at + key.size(), end - at - key.size(), std::to_string(n + by));
  return true;
}

struct Numbering {
  size_t base;       // libxlsxwriter's sheets before the first form
  size_t forms;      // form sheets
  size_t first_rid;  // form i's relationship is rId{first_rid + i}
};

// xl/workbook.xml: a <sheet> per form after the others, with the next sheetIds.
std::optional<Patched> PatchWorkbook(const std::string& xml, const Numbering& n) {
  auto p = SplitBefore(xml, "</sheets>");
  if (!p) return std::nullopt;
  const size_t first_id = MaxNumberAfter(xml, "sheetId=\"");
  p->item = [first_id, n](size_t i, const std::string& name) {
    return "<sheet name=\"" + XmlEscape(name) + "\" sheetId=\"" + std::to_string(first_id + i) +
           "\" r:id=\"rId" + std::to_string(n.first_rid + i) + "\"/>";
  };
  return p;
}

// xl/_rels/workbook.xml.rels: a worksheet relationship per form (ids after
// the last one libxlsxwriter used); its later sheets renumbered.
std::optional<Patched> PatchRels(const std::string& xml, const Numbering& n) {
  auto p = SplitBefore(Renumber(xml, n.base, n.forms), "</Relationships>");
  if (!p) return std::nullopt;
  p->item = [n](size_t i, const std::string&) {
    return "<Relationship Id=\"rId" + std::to_string(n.first_rid + i) + "\" Type=\"" +
           kWorksheetType + "\" Target=\"worksheets/sheet" + std::to_string(n.base + i) +
           ".xml\"/>";
  };
  return p;
}

// [Content_Types].xml: a worksheet override per form; the later sheets renumbered.
std::optional<Patched> PatchContentTypes(const std::string& xml, const Numbering& n) {
  auto p = SplitBefore(Renumber(xml, n.base, n.forms), "</Types>");
  if (!p) return std::nullopt;
  p->item = [n](size_t i, const std::string&) {
    return "<Override PartName=\"/" + WorksheetPart(n.base + i) + "\" ContentType=\"" +
           kWorksheetContent + "\"/>";
  };
  return p;
}

// docProps/app.xml: the worksheet count and the list of titles (the
// worksheets' names first, then named ranges) take the form sheets.
std::optional<Patched> PatchApp(std::string xml, const Numbering& n) {
  const std::string count_key = "<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>";
  const size_t sheets = MaxNumberAfter(xml, count_key);
  if (!AddToNumberAfter(xml, count_key, n.forms) ||
      !AddToNumberAfter(xml, "<TitlesOfParts><vt:vector size=\"", n.forms)) {
    return std::nullopt;
  }
  size_t at = xml.find("<TitlesOfParts>");
  for (size_t k = 0; k < sheets && at != std::string::npos; ++k) {
    at = xml.find("</vt:lpstr>", at);
    if (at != std::string::npos) at += std::string_view("</vt:lpstr>").size();
  }
  if (at == std::string::npos) return std::nullopt;
  Patched p{xml.substr(0, at), xml.substr(at), {}};
  p.item = [](size_t, const std::string& name) {
    return "<vt:lpstr>" + XmlEscape(name) + "</vt:lpstr>";
  };
  return p;
}

// The workbook libxlsxwriter wrote, open for reading.
class Book {
 public:
  explicit Book(const std::string& path) : zip_(unzOpen64(path.c_str())) {}
  ~Book() {
    if (zip_ != nullptr) unzClose(zip_);
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;
  unzFile get() const { return zip_; }

  // The entry `name` inflated; nullopt when missing or unreadable.
  std::optional<std::string> Read(const char* name) {
    if (unzLocateFile(zip_, name, 1) != UNZ_OK) return std::nullopt;
    return ReadCurrent();
  }
  std::optional<std::string> ReadCurrent() {
    std::string data;
    const bool read = StreamCurrent(/*raw=*/false, [&](std::string_view piece) {
      data.append(piece);
      return true;
    });
    return read ? std::optional(data) : std::nullopt;
  }
  // Hands the current entry to `each` in pieces, inflated or (`raw`) as
  // stored; false when reading failed or `each` did.
  bool StreamCurrent(bool raw, const std::function<bool(std::string_view)>& each) {
    int method = 0, level = 0;
    if (unzOpenCurrentFile2(zip_, &method, &level, raw ? 1 : 0) != UNZ_OK) return false;
    bool ok = true;
    char buffer[1 << 16];
    int got = 0;
    while (ok && (got = unzReadCurrentFile(zip_, buffer, sizeof buffer)) > 0) {
      ok = each(std::string_view(buffer, static_cast<size_t>(got)));
    }
    return unzCloseCurrentFile(zip_) == UNZ_OK && ok && got == 0;
  }

 private:
  unzFile zip_;
};

// Copies the current entry of `book` to `out` as `name`, still deflated (an
// entry libxlsxwriter stored without deflating is deflated on the way).
bool CopyCurrent(Book& book, const std::string& name, ZipStreamWriter& out) {
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(book.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
    return false;
  }
  if (info.compression_method != Z_DEFLATED) {
    const auto data = book.ReadCurrent();
    return data && out.Begin(name) && out.Write(*data) && out.End();
  }
  const bool copied =
      out.BeginRaw(name) &&
      book.StreamCurrent(/*raw=*/true, [&](std::string_view piece) { return out.Write(piece); });
  return copied && out.EndRaw(info.uncompressed_size, static_cast<uint32_t>(info.crc));
}

// Writes `p` as the entry `name`, one item per form sheet between its halves.
bool WritePatched(const Patched& p, const std::string& name, SpooledNames& names,
                  ZipStreamWriter& out) {
  if (!out.Begin(name) || !out.Write(p.head)) return false;
  bool written = true;
  const bool read = names.ForEach([&](size_t i, const std::string& sheet) {
    written = written && out.Write(p.item(i, sheet));
  });
  return read && written && out.Write(p.tail) && out.End();
}

// The position in `xml` where a worksheet's <hyperlinks> element goes: before
// its print options or page margins (the schema's order; libxlsxwriter always
// writes the margins). Cell text never holds a "<" unescaped.
size_t LinksPlace(std::string_view xml) {
  return std::min(xml.find("<printOptions"), xml.find("<pageMargins"));
}

// Copies the current entry of `book`, a worksheet, to `out` as `name` with the
// <hyperlinks> element of `links` added, streaming (never the whole sheet in memory).
bool CopyWithLinks(Book& book, const std::string& name, InternalLinks& links,
                   ZipStreamWriter& out) {
  constexpr size_t kLongestMarker = std::string_view("<printOptions").size();
  if (!out.Begin(name)) return false;
  std::string held;  // not yet written: a possible start of a marker, then all from it
  size_t at = std::string::npos;
  const bool read = book.StreamCurrent(/*raw=*/false, [&](std::string_view piece) {
    held.append(piece);
    if (at != std::string::npos) return true;
    at = LinksPlace(held);
    const size_t keep =
        at != std::string::npos ? held.size() - at : std::min(held.size(), kLongestMarker - 1);
    const bool written = out.Write(std::string_view(held).substr(0, held.size() - keep));
    held.erase(0, held.size() - keep);
    if (at != std::string::npos) at = 0;
    return written;
  });
  return read && at == 0 && links.Write([&](std::string_view xml) { return out.Write(xml); }) &&
         out.Write(held) && out.End();
}

// The name of the current entry of `book`; "" when unreadable.
std::string CurrentName(Book& book) {
  char name[1024];
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(book.get(), &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
      UNZ_OK) {
    return "";
  }
  return name;
}

// The four parts that list sheets, patched; an empty map entry: unexpected layout.
bool PatchLists(Book& book, const Numbering& n, std::map<std::string, Patched>* patched) {
  const auto read = [&](const char* name) { return book.Read(name); };
  const auto workbook = read(kWorkbook);
  const auto rels = read(kWorkbookRels);
  const auto types = read(kContentTypes);
  const auto app = read(kApp);
  if (!workbook || !rels || !types || !app) return false;
  Numbering with_rid = n;
  with_rid.first_rid = MaxNumberAfter(*rels, "Id=\"rId");
  auto a = PatchWorkbook(*workbook, with_rid);
  auto b = PatchRels(*rels, with_rid);
  auto c = PatchContentTypes(*types, with_rid);
  auto d = PatchApp(*app, with_rid);
  if (!a || !b || !c || !d) return false;
  (*patched)[kWorkbook] = std::move(*a);
  (*patched)[kWorkbookRels] = std::move(*b);
  (*patched)[kContentTypes] = std::move(*c);
  (*patched)[kApp] = std::move(*d);
  return true;
}

}  // namespace

std::string WorksheetPart(size_t number) {
  return "xl/worksheets/sheet" + std::to_string(number) + ".xml";
}

}  // namespace evalscore::cli

namespace evalscore::cli {

bool MergeWorkbookInto(const std::string& book_path, size_t base, SpooledNames& names,
                       const SheetLinks& links, ZipStreamWriter& out, std::string* error) {
  Book book(book_path);
  ::unlink(book_path.c_str());  // open: read from here, gone whatever happens
  const auto fail = [&](const std::string& what) {
    if (error->empty()) *error = out.ok() ? "xlsx: " + what : out.error();
    return false;
  };
  if (book.get() == nullptr) return fail("cannot read back the workbook libxlsxwriter wrote");
  const Numbering n{base, names.size(), 0};
  std::map<std::string, Patched> patched;
  if (!PatchLists(book, n, &patched)) return fail("unexpected workbook layout from libxlsxwriter");
  for (int at = unzGoToFirstFile(book.get()); at == UNZ_OK; at = unzGoToNextFile(book.get())) {
    const std::string name = CurrentName(book);
    if (name.empty()) return fail("cannot read back the workbook libxlsxwriter wrote");
    const auto p = patched.find(name);
    const auto l = links.find(name);
    const std::string renamed = Renumber(name, base, n.forms);
    const bool copied = p != patched.end() ? WritePatched(p->second, name, names, out)
                        : l != links.end() ? CopyWithLinks(book, renamed, *l->second, out)
                                           : CopyCurrent(book, renamed, out);
    if (!copied) return fail("cannot copy " + name + " from the workbook libxlsxwriter wrote");
  }
  return true;
}

}  // namespace evalscore::cli
