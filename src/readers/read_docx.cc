// The docx reader: every table of word/document.xml as a grid. Horizontal
// merges are w:gridSpan, vertical ones w:vMerge (restart, then continue);
// the paragraphs just before a table are kept as its preamble (title, year).
#include <cstring>

#include "readers/readers.h"
#include "readers/xml_part.h"
#include "readers/zip_archive.h"

namespace evalscore::readers {
namespace {

constexpr size_t kPreambleParagraphs = 6;
// Deeper nesting than any Word document has is not followed (a hostile file
// must not exhaust the stack).
constexpr int kMaxDepth = 64;

bool Is(const pugi::xml_node& n, const char* local) {
  return n.type() == pugi::node_element && std::strcmp(LocalName(n), local) == 0;
}

// The text of a paragraph, run by run: w:t, tabs and breaks.
void AppendRunText(const pugi::xml_node& node, std::string* out, int depth = 0) {
  if (depth > kMaxDepth) return;
  for (const pugi::xml_node& c : node.children()) {
    if (Is(c, "t")) {
      *out += c.text().get();
    } else if (Is(c, "tab")) {
      *out += ' ';
    } else if (Is(c, "br") || Is(c, "cr")) {
      *out += '\n';
    } else if (Is(c, "tbl") || Is(c, "rPr") || Is(c, "pPr") || Is(c, "instrText") ||
               Is(c, "delText")) {
      continue;  // nested tables are read as tables of their own; deleted text is gone
    } else {
      AppendRunText(c, out, depth + 1);
    }
  }
}

std::string CellText(const pugi::xml_node& tc) {
  std::string text;
  for (const pugi::xml_node& c : tc.children()) {
    if (!Is(c, "p") && !Is(c, "sdt")) continue;
    std::string para;
    AppendRunText(c, &para);
    if (!text.empty()) text += '\n';
    text += para;
  }
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// Children of a table or row, looking through content controls and custom XML.
void Collect(const pugi::xml_node& parent, const char* local, std::vector<pugi::xml_node>* out,
             int depth = 0) {
  if (depth > kMaxDepth) return;
  for (const pugi::xml_node& c : parent.children()) {
    if (Is(c, local)) {
      out->push_back(c);
    } else if (Is(c, "sdt")) {
      Collect(ChildLocal(c, "sdtContent"), local, out, depth + 1);
    } else if (Is(c, "customXml")) {
      Collect(c, local, out, depth + 1);
    }
  }
}

class DocxReader {
 public:
  Result<GridSet> Read(ZipArchive* zip) {
    auto text = zip->Read("word/document.xml");
    if (!text) return text.error();
    if (!text.value()) {
      if (zip->Has("xl/workbook.xml")) {
        return Errors{{{"reader.xlsx_named_docx", {}}, {}}};
      }
      return Errors{{{"reader.not_docx", {}}, {}}};
    }
    pugi::xml_document doc;
    if (auto ok = ParseXmlPart(*text.value(), "word/document.xml", &doc); !ok) return ok.error();
    set_.kind = "docx";
    Walk(ChildLocal(ChildLocal(doc, "document"), "body"));
    if (set_.grids.empty()) return Errors{{{"reader.no_tables", {}}, {}}};
    return std::move(set_);
  }

 private:
  void Walk(const pugi::xml_node& body, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (const pugi::xml_node& c : body.children()) {
      if (Is(c, "p")) {
        std::string para;
        AppendRunText(c, &para);
        if (para.find_first_not_of(" \n") == std::string::npos) continue;
        paragraphs_.push_back(para);
        if (paragraphs_.size() > kPreambleParagraphs) paragraphs_.erase(paragraphs_.begin());
      } else if (Is(c, "tbl")) {
        Table(c);
        paragraphs_.clear();
      } else if (Is(c, "sdt")) {
        Walk(ChildLocal(c, "sdtContent"), depth + 1);
      }
    }
  }

  void Table(const pugi::xml_node& tbl) {
    Grid grid;
    grid.name = "表" + std::to_string(set_.grids.size() + 1);
    grid.is_table = true;
    grid.preamble = paragraphs_;
    std::vector<pugi::xml_node> rows;
    Collect(tbl, "tr", &rows);
    // For each grid column, the merge that a w:vMerge continue extends.
    std::vector<int> open_merge;
    int r = 0;
    for (const pugi::xml_node& tr : rows) {
      ++r;
      int column =
          1 + AttributeLocal(ChildLocal(ChildLocal(tr, "trPr"), "gridBefore"), "val").as_int();
      std::vector<pugi::xml_node> cells;
      Collect(tr, "tc", &cells);
      for (const pugi::xml_node& tc : cells) {
        const pugi::xml_node pr = ChildLocal(tc, "tcPr");
        const int span =
            std::max(1, std::min(64, AttributeLocal(ChildLocal(pr, "gridSpan"), "val").as_int(1)));
        const pugi::xml_node vmerge = ChildLocal(pr, "vMerge");
        const std::string vval = AttributeLocal(vmerge, "val").value();
        const bool continues = !vmerge.empty() && vval != "restart";
        if (open_merge.size() < static_cast<size_t>(column + span)) {
          open_merge.resize(static_cast<size_t>(column + span), -1);
        }
        const auto col = static_cast<size_t>(column);
        if (continues && open_merge[col] >= 0) {
          grid.merges[static_cast<size_t>(open_merge[col])].last_row = r;
        } else {
          if (std::string text = CellText(tc); !text.empty()) {
            grid.cells.push_back({r, column, text, std::nullopt, false, false});
          }
          const bool starts = !vmerge.empty() || span > 1;
          open_merge[col] = starts ? static_cast<int>(grid.merges.size()) : -1;
          if (starts) grid.merges.push_back({r, column, r, column + span - 1});
        }
        column += span;
        if (column > kMaxFormColumns) break;
      }
      if (grid.cells.size() > kMaxCells) break;
    }
    set_.grids.push_back(std::move(grid));
    // Tables nested in cells are forms' tables too, sometimes.
    for (const pugi::xml_node& tr : rows) {
      std::vector<pugi::xml_node> cells;
      Collect(tr, "tc", &cells);
      for (const pugi::xml_node& tc : cells) {
        for (const pugi::xml_node& inner : tc.children()) {
          if (Is(inner, "tbl") && set_.grids.size() < 200) Table(inner);
        }
      }
    }
  }

  GridSet set_;
  std::vector<std::string> paragraphs_;
};

}  // namespace

Result<GridSet> ReadDocx(std::string_view bytes) {
  auto zip = ZipArchive::Open(bytes);
  if (!zip) return zip.error();
  return DocxReader().Read(zip.value().get());
}

}  // namespace evalscore::readers
