#include "readers/biff_records.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>

#include "readers/cell_text.h"

namespace evalscore::readers {
namespace {

// Record types ([MS-XLS] 2.3).
constexpr uint16_t kBof = 0x0809, kEof = 0x000A, kBoundSheet = 0x0085, kXf = 0x00E0,
                   kFormat = 0x041E, kDateMode = 0x0022, kFilePass = 0x002F, kFormula = 0x0006,
                   kString = 0x0207, kContinue = 0x003C, kNumber = 0x0203, kRk = 0x027E,
                   kMulRk = 0x00BD, kShrFmla = 0x04BC, kArray = 0x0221, kTable = 0x0236,
                   kBoolErr = 0x0205;
constexpr uint16_t kBiff8 = 0x0600;
constexpr size_t kFormulaFixedBytes = 20;  // rw col ixfe FormulaValue(8) grbit chn

uint16_t U16(std::string_view d, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(d[at]) |
                               static_cast<unsigned char>(d[at + 1]) << 8);
}
uint32_t U32(std::string_view d, size_t at) {
  return static_cast<uint32_t>(U16(d, at)) | static_cast<uint32_t>(U16(d, at + 2)) << 16;
}
double F64(std::string_view d, size_t at) {
  const uint64_t bits = static_cast<uint64_t>(U32(d, at)) | static_cast<uint64_t>(U32(d, at + 4))
                                                                << 32;
  double x = 0;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

std::string Hex(size_t offset) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string s;
  do {
    s.insert(s.begin(), kDigits[offset % 16]);
    offset /= 16;
  } while (offset);
  return "0x" + s;
}

Errors Damaged(const std::string& what) {
  return Errors{{{"reader.xls_damaged", {TextArg("detail", what)}}, {}}};
}

struct Record {
  uint16_t type = 0;
  std::string_view data;
  size_t offset = 0;  // of the record header in the stream
};

// The records of [begin, end) of the stream, one by one.
class Records {
 public:
  Records(std::string_view stream, size_t begin, size_t end)
      : stream_(stream), pos_(begin), end_(std::min(end, stream.size())) {}
  // The next record; nullopt at the end. A record running past the end is an error.
  Result<std::optional<Record>> Next() {
    if (pos_ >= end_) return std::optional<Record>();
    if (end_ - pos_ < 4) return Damaged("a record header at byte " + Hex(pos_) + " is cut short");
    Record r;
    r.offset = pos_;
    r.type = U16(stream_, pos_);
    const size_t length = U16(stream_, pos_ + 2);
    if (length > end_ - pos_ - 4) {
      return Damaged("the record at byte " + Hex(pos_) + " runs past the end of its sheet");
    }
    r.data = stream_.substr(pos_ + 4, length);
    pos_ += 4 + length;
    return std::optional<Record>(r);
  }
  // The type of the record after the current one (0 at the end), without reading it.
  uint16_t PeekType() const { return end_ - pos_ >= 4 ? U16(stream_, pos_) : 0; }

 private:
  std::string_view stream_;
  size_t pos_;
  size_t end_;
};

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | cp >> 6);
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | cp >> 12);
    *out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | cp >> 18);
    *out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
    *out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Characters of a BIFF8 string: Latin-1 bytes (compressed) or UTF-16LE, as
// UTF-8. `units` characters from `d` at `*at`; false when `d` has fewer.
// `*pending_high` carries a lone high surrogate across CONTINUE records.
bool AppendChars(std::string_view d, size_t* at, size_t units, bool wide, std::string* out,
                 uint32_t* pending_high) {
  const size_t bytes = wide ? units * 2 : units;
  if (*at > d.size() || d.size() - *at < bytes) return false;
  for (size_t i = 0; i < units; ++i) {
    uint32_t u = wide ? U16(d, *at + 2 * i) : static_cast<unsigned char>(d[*at + i]);
    if (*pending_high) {
      if (u >= 0xDC00 && u <= 0xDFFF) {
        AppendUtf8(out, 0x10000 + ((*pending_high - 0xD800) << 10) + (u - 0xDC00));
        *pending_high = 0;
        continue;
      }
      AppendUtf8(out, 0xFFFD);
      *pending_high = 0;
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
      *pending_high = u;
    } else {
      AppendUtf8(out, u >= 0xDC00 && u <= 0xDFFF ? 0xFFFD : u);
    }
  }
  *at += bytes;
  return true;
}

// A ShortXLUnicodeString (cch: 1 byte) or XLUnicodeString (cch: 2 bytes) at
// d[at]: nullopt when it does not fit.
std::optional<std::string> UnicodeString(std::string_view d, size_t at, bool short_count) {
  const size_t head = short_count ? 2 : 3;
  if (d.size() < at + head) return std::nullopt;
  const size_t units = short_count ? static_cast<unsigned char>(d[at]) : U16(d, at);
  const bool wide = (static_cast<unsigned char>(d[at + head - 1]) & 1) != 0;
  size_t pos = at + head;
  std::string text;
  uint32_t high = 0;
  if (!AppendChars(d, &pos, units, wide, &text, &high)) return std::nullopt;
  if (high) AppendUtf8(&text, 0xFFFD);
  return text;
}

// The text an error code shows ([MS-XLS] 2.5.97.2 BErr).
std::string ErrorText(unsigned code) {
  switch (code) {
    case 0x00:
      return "#NULL!";
    case 0x07:
      return "#DIV/0!";
    case 0x0F:
      return "#VALUE!";
    case 0x17:
      return "#REF!";
    case 0x1D:
      return "#NAME?";
    case 0x24:
      return "#NUM!";
    case 0x2A:
      return "#N/A";
    default:
      return "#ERROR!";
  }
}

// What the workbook globals say: sheets, cell formats, the date system.
struct Globals {
  struct Sheet {
    BiffSheet sheet;
    size_t offset = 0;
  };
  std::vector<Sheet> sheets;
  std::vector<uint16_t> xf_formats;  // XF index -> number format id
  std::map<uint16_t, std::string> format_codes;
  bool date1904 = false;
  bool encrypted = false;
};

Result<bool> ReadBoundSheet(const Record& r, Globals* g) {
  if (r.data.size() < 8) {
    return Damaged("the sheet record at byte " + Hex(r.offset) + " is cut short");
  }
  if (g->sheets.size() >= kMaxBiffSheets) {
    return Damaged("more than " + std::to_string(kMaxBiffSheets) + " sheets");
  }
  Globals::Sheet s;
  s.offset = U32(r.data, 0);
  const unsigned state = static_cast<unsigned char>(r.data[4]) & 3;
  s.sheet.hidden = state != 0;
  s.sheet.worksheet = r.data[5] == 0;
  auto name = UnicodeString(r.data, 6, true);
  if (!name) return Damaged("the sheet name at byte " + Hex(r.offset) + " is cut short");
  s.sheet.name = std::move(*name);
  g->sheets.push_back(std::move(s));
  return true;
}

void ReadGlobal(const Record& r, Globals* g) {
  if (r.type == kXf && r.data.size() >= 4 && g->xf_formats.size() < 65536) {
    g->xf_formats.push_back(U16(r.data, 2));
  } else if (r.type == kFormat && r.data.size() >= 2) {
    if (auto code = UnicodeString(r.data, 2, false)) g->format_codes[U16(r.data, 0)] = *code;
  } else if (r.type == kDateMode && r.data.size() >= 2) {
    g->date1904 = U16(r.data, 0) == 1;
  } else if (r.type == kFilePass) {
    g->encrypted = true;
  }
}

// The globals substream from the stream's first BOF to its EOF. nullopt: not
// BIFF8 (nothing more is read).
Result<std::optional<Globals>> ReadGlobals(std::string_view stream) {
  Records records(stream, 0, stream.size());
  auto first = records.Next();
  if (!first) return first.error();
  if (!first.value() || first.value()->type != kBof || first.value()->data.size() < 2 ||
      U16(first.value()->data, 0) != kBiff8) {
    return std::optional<Globals>();
  }
  Globals g;
  for (;;) {
    auto next = records.Next();
    if (!next) return next.error();
    if (!next.value() || next.value()->type == kEof) break;
    const Record& r = *next.value();
    if (r.type == kBoundSheet) {
      if (auto ok = ReadBoundSheet(r, &g); !ok) return ok.error();
    } else {
      ReadGlobal(r, &g);
      if (g.encrypted) return std::optional<Globals>();  // the rest is encrypted
    }
  }
  return std::optional<Globals>(std::move(g));
}

// Reads one sheet's substream: formula results and percent-formatted numbers.
class SheetWalk {
 public:
  SheetWalk(const Globals& g, BiffSheet* sheet, size_t* cells)
      : globals_(g), sheet_(*sheet), cells_(*cells) {}

  Result<bool> Run(Records* records) {
    int depth = 0;  // charts embedded in a worksheet have their own BOF … EOF
    for (;;) {
      auto next = records->Next();
      if (!next) return next.error();
      if (!next.value()) return true;
      const Record& r = *next.value();
      if (r.type == kBof) ++depth;
      if (r.type == kEof && --depth <= 0) return true;
      if (depth != 1) continue;
      if (auto ok = Take(r, records); !ok) return ok;
    }
  }

 private:
  Result<bool> Take(const Record& r, Records* records) {
    switch (r.type) {
      case kFormula:
        return Formula(r, records);
      case kBoolErr:
        return BoolErr(r);
      case kNumber:
        if (r.data.size() >= 14) Number(U16(r.data, 0), U16(r.data, 2), U16(r.data, 4));
        return true;
      case kRk:
        if (r.data.size() >= 10) Number(U16(r.data, 0), U16(r.data, 2), U16(r.data, 4));
        return true;
      case kMulRk:
        for (size_t at = 4; r.data.size() >= 6 && at + 6 <= r.data.size() - 2; at += 6) {
          Number(U16(r.data, 0), U16(r.data, 2) + (at - 4) / 6, U16(r.data, at));
        }
        return true;
      default:
        return true;  // a STRING without a FORMULA before it among them: ignored
    }
  }

  NumberLook Look(size_t xf) const {
    if (xf >= globals_.xf_formats.size()) return NumberLook::kPlain;
    const uint16_t id = globals_.xf_formats[xf];
    const auto code = globals_.format_codes.find(id);
    return LookOfFormat(id, code == globals_.format_codes.end() ? "" : code->second);
  }

  static bool InForm(size_t row, size_t column) {
    return row < static_cast<size_t>(kMaxFormRows) && column < static_cast<size_t>(kMaxFormColumns);
  }

  void Number(size_t row, size_t column, size_t xf) {
    // Bounded with the formula cells: kMaxCells in the whole workbook.
    if (InForm(row, column) && Look(xf) == NumberLook::kPercent && cells_ < kMaxCells) {
      ++cells_;
      sheet_.percent_cells.emplace_back(static_cast<int>(row) + 1, static_cast<int>(column) + 1);
    }
  }

  Result<bool> Formula(const Record& r, Records* records);
  Result<bool> BoolErr(const Record& r);
  Result<bool> Keep(size_t row, size_t column, Cell cell);
  void CachedNumber(double x, size_t xf, Cell* cell) const;
  bool ReadString(Records* records, Cell* cell);

  const Globals& globals_;
  BiffSheet& sheet_;
  size_t& cells_;
};

void SheetWalk::CachedNumber(double x, size_t xf, Cell* cell) const {
  if (!std::isfinite(x)) {
    cell->formula_without_value = true;
    return;
  }
  cell->number = x;
  const NumberLook look = Look(xf);
  cell->percent = look == NumberLook::kPercent;
  cell->text = look == NumberLook::kPercent ? PercentText(x)
               : look == NumberLook::kDate  ? DateText(x, globals_.date1904)
                                            : PlainNumber(x);
}

// The STRING record holding a string formula's result: after the FORMULA,
// past a SHRFMLA, ARRAY or TABLE record; continued in CONTINUE records, each
// starting with its own compressed/wide flag byte.
bool SheetWalk::ReadString(Records* records, Cell* cell) {
  while (records->PeekType() == kShrFmla || records->PeekType() == kArray ||
         records->PeekType() == kTable) {
    if (auto skipped = records->Next(); !skipped || !skipped.value()) return false;
  }
  if (records->PeekType() != kString) return false;
  auto next = records->Next();
  if (!next || !next.value() || next.value()->data.size() < 3) return false;
  std::string_view d = next.value()->data;
  size_t left = U16(d, 0);
  bool wide = (static_cast<unsigned char>(d[2]) & 1) != 0;
  size_t at = 3;
  uint32_t high = 0;
  std::string text;
  for (;;) {
    const size_t fit = std::min(left, (d.size() - std::min(at, d.size())) / (wide ? 2 : 1));
    if (!AppendChars(d, &at, fit, wide, &text, &high)) return false;
    left -= fit;
    if (left == 0) break;
    if (records->PeekType() != kContinue) return false;
    auto more = records->Next();
    if (!more || !more.value() || more.value()->data.empty()) return false;
    d = more.value()->data;
    wide = (static_cast<unsigned char>(d[0]) & 1) != 0;
    at = 1;
  }
  if (high) AppendUtf8(&text, 0xFFFD);
  cell->text = std::move(text);
  return true;
}

// A FORMULA record ([MS-XLS] 2.4.127) and its cached value (FormulaValue,
// 2.5.133): a double, or (last two bytes 0xFFFF) a string in the following
// STRING record, a boolean, an error code or the empty string.
Result<bool> SheetWalk::Formula(const Record& r, Records* records) {
  if (r.data.size() < kFormulaFixedBytes) {
    return Damaged("the formula record at byte " + Hex(r.offset) + " of sheet '" + sheet_.name +
                   "' has " + std::to_string(r.data.size()) + " bytes, fewer than its " +
                   std::to_string(kFormulaFixedBytes));
  }
  const size_t row = U16(r.data, 0), column = U16(r.data, 2), xf = U16(r.data, 4);
  Cell cell;
  cell.row = static_cast<int>(row) + 1;
  cell.column = static_cast<int>(column) + 1;
  if (U16(r.data, 12) != 0xFFFF) {
    CachedNumber(F64(r.data, 6), xf, &cell);
  } else {
    switch (static_cast<unsigned char>(r.data[6])) {
      case 0:
        if (!ReadString(records, &cell)) cell.formula_without_value = true;
        break;
      case 1:
        cell.text = r.data[8] != 0 ? "TRUE" : "FALSE";
        break;
      case 2:
        cell.text = ErrorText(static_cast<unsigned char>(r.data[8]));
        break;
      case 3:
        break;  // the empty string
      default:
        cell.formula_without_value = true;
    }
  }
  return Keep(row, column, std::move(cell));
}

// A BOOLERR record ([MS-XLS] 2.4.24): a boolean or error constant.
Result<bool> SheetWalk::BoolErr(const Record& r) {
  if (r.data.size() < 8) return true;  // too short to say anything: libfreexl's reading stands
  const size_t row = U16(r.data, 0), column = U16(r.data, 2);
  const auto value = static_cast<unsigned char>(r.data[6]);
  Cell cell;
  cell.row = static_cast<int>(row) + 1;
  cell.column = static_cast<int>(column) + 1;
  cell.text = r.data[7] != 0 ? ErrorText(value) : value != 0 ? "TRUE" : "FALSE";
  return Keep(row, column, std::move(cell));
}

Result<bool> SheetWalk::Keep(size_t row, size_t column, Cell cell) {
  if (!InForm(row, column) || (cell.text.empty() && !cell.formula_without_value)) return true;
  if (++cells_ > kMaxCells) return Damaged("more cells than a form could hold");
  sheet_.values.push_back(std::move(cell));
  return true;
}

// Each sheet's substream runs from its BOF to its EOF, and never past the
// next sheet's start: overlapping sheets cannot make the walk read the stream
// more than once.
Result<bool> WalkSheets(std::string_view stream, Globals* g, BiffWorkbook* book) {
  std::vector<size_t> starts;
  for (const Globals::Sheet& s : g->sheets) starts.push_back(s.offset);
  std::sort(starts.begin(), starts.end());
  if (std::adjacent_find(starts.begin(), starts.end()) != starts.end()) {
    return Damaged("two sheets start at the same byte");
  }
  size_t cells = 0;
  for (Globals::Sheet& s : g->sheets) {
    const std::string where = "sheet '" + s.sheet.name + "'";
    if (s.offset >= stream.size()) {
      return Damaged(where + " is said to start at byte " + Hex(s.offset) +
                     ", past the end of the workbook stream (" + std::to_string(stream.size()) +
                     " bytes)");
    }
    const auto after = std::upper_bound(starts.begin(), starts.end(), s.offset);
    Records records(stream, s.offset, after == starts.end() ? stream.size() : *after);
    const uint16_t first = records.PeekType();
    if (first != kBof) {
      return Damaged(where + " does not start with a BOF record (byte " + Hex(s.offset) + ")");
    }
    if (s.sheet.worksheet) {
      if (auto ok = SheetWalk(*g, &s.sheet, &cells).Run(&records); !ok) return ok.error();
    }
    book->sheets.push_back(std::move(s.sheet));
  }
  return true;
}

}  // namespace

Result<BiffWorkbook> WalkBiff(std::string_view stream) {
  auto globals = ReadGlobals(stream);
  if (!globals) return globals.error();
  BiffWorkbook book;
  if (!globals.value()) return book;
  if (auto ok = WalkSheets(stream, &*globals.value(), &book); !ok) return ok.error();
  book.read = true;
  return book;
}

}  // namespace evalscore::readers
