// The xlsx reader: workbook.xml for the sheets (and which are hidden),
// sharedStrings.xml, styles.xml (which numbers are percentages or dates), and
// each sheet's cells and merged areas.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>

#include "readers/cell_text.h"
#include "readers/readers.h"
#include "readers/xml_part.h"
#include "readers/xstring.h"
#include "readers/zip_archive.h"

namespace evalscore::readers {
namespace {

// "B12" -> row 12, column 2; false when it is not a cell reference.
bool ParseCellRef(const char* ref, int* row, int* column) {
  int c = 0, r = 0;
  const char* p = ref;
  while (*p >= 'A' && *p <= 'Z') {
    c = c * 26 + (*p - 'A' + 1);
    if (c > 16384) return false;
    ++p;
  }
  while (*p == '$') ++p;
  while (*p >= '0' && *p <= '9') {
    r = r * 10 + (*p - '0');
    if (r > 1048576) return false;
    ++p;
  }
  if (c == 0 || r == 0 || *p != '\0') return false;
  *row = r;
  *column = c;
  return true;
}

bool ParseRange(const std::string& ref, Merge* m) {
  const size_t colon = ref.find(':');
  if (colon == std::string::npos) return false;
  return ParseCellRef(ref.substr(0, colon).c_str(), &m->first_row, &m->first_column) &&
         ParseCellRef(ref.substr(colon + 1).c_str(), &m->last_row, &m->last_column) &&
         m->first_row <= m->last_row && m->first_column <= m->last_column;
}

// The text of a shared or inline string: its <t>, or its rich-text runs'
// <t>s (phonetic guides <rPh> left out), _xHHHH_ escapes decoded.
std::string StringItemText(const pugi::xml_node& si) {
  std::string text;
  for (const pugi::xml_node& c : si.children()) {
    const char* name = LocalName(c);
    if (std::strcmp(name, "t") == 0) text += DecodeXstring(c.text().get());
    if (std::strcmp(name, "r") == 0) text += DecodeXstring(ChildLocal(c, "t").text().get());
  }
  return text;
}

// A path relative to a part's folder ("worksheets/sheet1.xml" from xl/) or
// absolute ("/xl/worksheets/sheet1.xml").
std::string Resolve(const std::string& folder, const std::string& target) {
  if (target.starts_with("/")) return target.substr(1);
  std::string base = folder;
  std::string rest = target;
  while (rest.starts_with("../")) {
    rest.erase(0, 3);
    const size_t slash = base.find_last_of('/', base.size() >= 2 ? base.size() - 2 : 0);
    base = slash == std::string::npos ? "" : base.substr(0, slash + 1);
  }
  return base + rest;
}

class XlsxReader {
 public:
  explicit XlsxReader(ZipArchive* zip) : zip_(*zip) {}

  Result<GridSet> Read(bool stop_at_report) {
    GridSet set;
    set.kind = "xlsx";
    set.written_by_evalscore = WrittenByEvalscore();
    if (set.written_by_evalscore && stop_at_report) return set;
    auto workbook_path = WorkbookPath();
    if (!workbook_path) return workbook_path.error();
    if (auto ok = ReadSharedStrings(); !ok) return ok.error();
    if (auto ok = ReadStyles(); !ok) return ok.error();
    if (auto ok = ReadWorkbook(workbook_path.value(), &set); !ok) return ok.error();
    return set;
  }

 private:
  Result<std::string> Part(const std::string& name, bool required) {
    auto text = zip_.Read(name);
    if (!text) return text.error();
    if (!text.value()) {
      if (required) {
        return Errors{{{"reader.not_xlsx", {TextArg("part", name)}}, {}}};
      }
      return std::string();
    }
    return std::move(*text.value());
  }

  Result<std::string> WorkbookPath() {
    auto rels = Part("_rels/.rels", false);
    if (!rels) return rels.error();
    if (!rels.value().empty()) {
      pugi::xml_document doc;
      if (auto ok = ParseXmlPart(rels.value(), "_rels/.rels", &doc); !ok) return ok.error();
      for (const pugi::xml_node& r : ChildLocal(doc, "Relationships").children()) {
        const std::string type = AttributeLocal(r, "Type").value();
        if (type.ends_with("/officeDocument")) {
          const std::string target = Resolve("", AttributeLocal(r, "Target").value());
          if (target.starts_with("word/")) break;  // a Word document: said below
          return target;
        }
      }
    }
    if (zip_.Has("word/document.xml")) {
      return Errors{{{"reader.docx_named_xlsx", {}}, {}}};
    }
    return std::string("xl/workbook.xml");
  }

  Result<bool> ReadSharedStrings() {
    auto text = Part("xl/sharedStrings.xml", false);
    if (!text) return text.error();
    if (text.value().empty()) return true;
    pugi::xml_document doc;
    if (auto ok = ParseXmlPart(text.value(), "xl/sharedStrings.xml", &doc); !ok) return ok;
    for (const pugi::xml_node& si : ChildLocal(doc, "sst").children()) {
      if (std::strcmp(LocalName(si), "si") == 0) strings_.push_back(StringItemText(si));
    }
    return true;
  }

  Result<bool> ReadStyles() {
    auto text = Part("xl/styles.xml", false);
    if (!text) return text.error();
    if (text.value().empty()) return true;
    pugi::xml_document doc;
    if (auto ok = ParseXmlPart(text.value(), "xl/styles.xml", &doc); !ok) return ok;
    const pugi::xml_node sheet = ChildLocal(doc, "styleSheet");
    std::map<int, std::string> codes;
    for (const pugi::xml_node& f : ChildLocal(sheet, "numFmts").children()) {
      codes[AttributeLocal(f, "numFmtId").as_int()] = AttributeLocal(f, "formatCode").value();
    }
    for (const pugi::xml_node& xf : ChildLocal(sheet, "cellXfs").children()) {
      const int id = AttributeLocal(xf, "numFmtId").as_int();
      const auto code = codes.find(id);
      looks_.push_back(LookOfFormat(id, code == codes.end() ? "" : code->second));
    }
    return true;
  }

  Result<bool> ReadWorkbook(const std::string& path, GridSet* set) {
    auto text = Part(path, true);
    if (!text) return text.error();
    pugi::xml_document doc;
    if (auto ok = ParseXmlPart(text.value(), path, &doc); !ok) return ok;
    const pugi::xml_node workbook = ChildLocal(doc, "workbook");
    const pugi::xml_node pr = ChildLocal(workbook, "workbookPr");
    date1904_ = AttributeLocal(pr, "date1904").as_bool();
    const std::string folder = path.substr(0, path.find_last_of('/') + 1);
    const std::string rels_path = folder + "_rels/" + path.substr(folder.size()) + ".rels";
    std::map<std::string, std::string> targets;
    auto rels = Part(rels_path, false);
    if (!rels) return rels.error();
    pugi::xml_document rels_doc;
    if (!rels.value().empty()) {
      if (auto ok = ParseXmlPart(rels.value(), rels_path, &rels_doc); !ok) return ok;
      for (const pugi::xml_node& r : ChildLocal(rels_doc, "Relationships").children()) {
        targets[AttributeLocal(r, "Id").value()] = AttributeLocal(r, "Target").value();
      }
    }
    int number = 0;
    for (const pugi::xml_node& s : ChildLocal(workbook, "sheets").children()) {
      ++number;
      Grid grid;
      grid.name = DecodeXstring(AttributeLocal(s, "name").value());
      const std::string state = AttributeLocal(s, "state").value();
      grid.hidden = state == "hidden" || state == "veryHidden";
      const auto target = targets.find(AttributeLocal(s, "id").value());
      const std::string sheet_path =
          target != targets.end() ? Resolve(folder, target->second)
                                  : folder + "worksheets/sheet" + std::to_string(number) + ".xml";
      if (auto ok = ReadSheet(sheet_path, &grid); !ok) return ok;
      set->grids.push_back(std::move(grid));
    }
    if (set->grids.empty()) return Errors{{{"reader.no_sheets", {}}, {}}};
    return true;
  }

  // One <c>: its value by type (shared string, inline, boolean, error, number).
  Cell ReadCell(const pugi::xml_node& c, int row, int column) {
    Cell cell;
    cell.row = row;
    cell.column = column;
    const std::string type = AttributeLocal(c, "t").value();
    const pugi::xml_node v = ChildLocal(c, "v");
    const bool has_value = !v.empty();
    if (!ChildLocal(c, "f").empty() && !has_value) cell.formula_without_value = true;
    if (type == "s") {
      const auto index = static_cast<size_t>(v.text().as_llong(-1));
      if (has_value && index < strings_.size()) cell.text = strings_[index];
    } else if (type == "inlineStr") {
      cell.text = StringItemText(ChildLocal(c, "is"));
    } else if (type == "str") {
      cell.text = DecodeXstring(v.text().get());
    } else if (type == "e") {
      cell.text = v.text().get();
    } else if (type == "b") {
      cell.text = v.text().as_bool() ? "TRUE" : "FALSE";
    } else if (has_value) {
      const char* raw = v.text().get();
      char* end = nullptr;
      const double x = std::strtod(raw, &end);
      if (end != raw && std::isfinite(x)) {
        cell.number = x;
        const auto style = static_cast<size_t>(AttributeLocal(c, "s").as_uint());
        const NumberLook look = style < looks_.size() ? looks_[style] : NumberLook::kPlain;
        cell.percent = look == NumberLook::kPercent;
        cell.text = look == NumberLook::kPercent ? PercentText(x)
                    : look == NumberLook::kDate  ? DateText(x, date1904_)
                                                 : PlainNumber(x);
      } else {
        cell.text = raw;
      }
    }
    return cell;
  }

  Result<bool> ReadSheet(const std::string& path, Grid* grid) {
    auto text = Part(path, false);
    if (!text) return text.error();
    if (text.value().empty()) return true;  // a chart sheet or a missing part: no cells
    pugi::xml_document doc;
    if (auto ok = ParseXmlPart(text.value(), path, &doc); !ok) return ok;
    const pugi::xml_node ws = ChildLocal(doc, "worksheet");
    int row_number = 0;
    for (const pugi::xml_node& row : ChildLocal(ws, "sheetData").children()) {
      row_number = AttributeLocal(row, "r").as_int(row_number + 1);
      int column = 0;
      for (const pugi::xml_node& c : row.children()) {
        int r = row_number, col = column + 1;
        const char* ref = AttributeLocal(c, "r").value();
        if (*ref && !ParseCellRef(ref, &r, &col)) continue;
        column = col;
        Cell cell = ReadCell(c, r, col);
        if (cell.text.empty() && !cell.formula_without_value) continue;
        if (++cells_ > kMaxCells) {
          return Errors{
              {{"reader.too_many_cells", {CountArg("limit", static_cast<long long>(kMaxCells))}},
               {}}};
        }
        grid->cells.push_back(std::move(cell));
      }
    }
    for (const pugi::xml_node& m : ChildLocal(ws, "mergeCells").children()) {
      Merge merge;
      if (ParseRange(AttributeLocal(m, "ref").value(), &merge)) grid->merges.push_back(merge);
    }
    return true;
  }

  // The marker -f xlsx writes (a custom property named "evalscore"), or the
  // layout of its summary sheet in reports written before the marker.
  bool WrittenByEvalscore() {
    auto custom = Part("docProps/custom.xml", false);
    return custom && custom.value().find("name=\"evalscore\"") != std::string::npos;
  }

  ZipArchive& zip_;
  std::vector<std::string> strings_;
  std::vector<NumberLook> looks_;
  bool date1904_ = false;
  size_t cells_ = 0;
};

}  // namespace

Result<GridSet> ReadXlsx(std::string_view bytes, bool stop_at_report) {
  auto zip = ZipArchive::Open(bytes);
  if (!zip) return zip.error();
  return XlsxReader(zip.value().get()).Read(stop_at_report);
}

}  // namespace evalscore::readers
