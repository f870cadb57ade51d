// The BIFF8 record walk (readers/biff_records.h) on Workbook streams built
// here record by record: sheet visibility, formula results of every kind,
// percent formats, and the damaged streams it must refuse or survive.
#include "readers/biff_records.h"

#include <cmath>
#include <cstring>
#include <limits>

#include <gtest/gtest.h>

namespace evalscore::readers {
namespace {

std::string U16(unsigned x) {
  return {static_cast<char>(x & 0xFF), static_cast<char>(x >> 8 & 0xFF)};
}
std::string U32(uint32_t x) { return U16(x & 0xFFFF) + U16(x >> 16); }
std::string F64(double x) {
  uint64_t bits = 0;
  std::memcpy(&bits, &x, sizeof x);
  return U32(static_cast<uint32_t>(bits)) + U32(static_cast<uint32_t>(bits >> 32));
}
std::string Rec(unsigned type, const std::string& data) {
  return U16(type) + U16(static_cast<unsigned>(data.size())) + data;
}
std::string Bof(unsigned kind) {
  return Rec(0x0809, U16(0x0600) + U16(kind) + std::string(12, '\0'));
}
std::string Eof() { return Rec(0x000A, ""); }
// UTF-16LE of a few code points (the names and strings below are BMP only).
std::string Wide(const std::u16string& s) {
  std::string out;
  for (const char16_t c : s) out += U16(c);
  return out;
}
std::string SheetRecord(uint32_t offset, unsigned state, const std::u16string& name) {
  return Rec(0x0085, U32(offset) + static_cast<char>(state) + '\0' +
                         static_cast<char>(name.size()) + '\x01' + Wide(name));
}
// A FORMULA at (row, col), 0-based, with the 8 bytes of its cached value.
std::string Formula(unsigned row, unsigned col, unsigned xf, const std::string& value) {
  return Rec(0x0006, U16(row) + U16(col) + U16(xf) + value + U16(0) + U32(0) + U16(0));
}
std::string Special(unsigned type, unsigned byte) {
  return std::string(1, static_cast<char>(type)) + '\0' + static_cast<char>(byte) +
         std::string(3, '\0') + U16(0xFFFF);
}
std::string StringRecord(const std::u16string& s) {
  return Rec(0x0207, U16(static_cast<unsigned>(s.size())) + '\x01' + Wide(s));
}

// A workbook: globals with XF 0 plain and XF 1 a percentage (built-in format
// 9), one BOUNDSHEET per sheet, then the sheets' substreams as given.
std::string Workbook(const std::vector<std::pair<std::u16string, unsigned>>& sheets,
                     const std::vector<std::string>& bodies) {
  const auto globals = [&](const std::vector<uint32_t>& offsets) {
    std::string g = Bof(0x0005) + Rec(0x00E0, U16(0) + U16(0) + std::string(16, '\0')) +
                    Rec(0x00E0, U16(0) + U16(9) + std::string(16, '\0'));
    for (size_t i = 0; i < sheets.size(); ++i) {
      g += SheetRecord(offsets[i], sheets[i].second, sheets[i].first);
    }
    return g + Eof();
  };
  std::vector<uint32_t> offsets(sheets.size(), 0);
  uint32_t at = static_cast<uint32_t>(globals(offsets).size());
  for (size_t i = 0; i < bodies.size(); ++i) {
    offsets[i] = at;
    at += static_cast<uint32_t>(bodies[i].size());
  }
  std::string stream = globals(offsets);
  for (const std::string& b : bodies) stream += b;
  return stream;
}

std::string Sheet(const std::string& records) { return Bof(0x0010) + records + Eof(); }

const Cell* At(const BiffSheet& s, int row, int column) {
  for (const Cell& c : s.values) {
    if (c.row == row && c.column == column) return &c;
  }
  return nullptr;
}

TEST(BiffRecords, SheetsVisibleHiddenAndVeryHidden) {
  const auto book = WalkBiff(
      Workbook({{u"自评表", 0}, {u"旧版", 1}, {u"Macro", 2}}, {Sheet(""), Sheet(""), Sheet("")}));
  ASSERT_TRUE(book) << RenderMessage(book.error().front().message, Lang::kEn);
  ASSERT_TRUE(book.value().read);
  ASSERT_EQ(book.value().sheets.size(), 3u);
  EXPECT_EQ(book.value().sheets[0].name, "自评表");
  EXPECT_FALSE(book.value().sheets[0].hidden);
  EXPECT_EQ(book.value().sheets[1].name, "旧版");
  EXPECT_TRUE(book.value().sheets[1].hidden);
  EXPECT_TRUE(book.value().sheets[2].hidden);  // very hidden (state 2)
}

TEST(BiffRecords, FormulaResultsOfEveryKind) {
  const std::string body =
      Formula(4, 4, 0, F64(108)) +  // E5 =SUM(...) 108
      Formula(4, 6, 1, F64(0.9)) +  // G5 =E5/D5 shown as 90%
      Formula(10, 4, 0, Special(0, 0)) + Rec(0x04BC, "shared") +
      StringRecord(u"提高") +                             // E11 a text result, after a SHRFMLA
      Formula(11, 4, 0, Special(0, 0)) +                  // E12 text split over a CONTINUE:
      Rec(0x0207, U16(4) + '\x00' + "ab") +               // "ab" compressed, then
      Rec(0x003C, std::string("\x01") + Wide(u"达成")) +  // "达成" wide
      Formula(12, 1, 0, Special(1, 1)) +                  // B13 TRUE
      Formula(12, 2, 0, Special(2, 0x07)) +               // C13 #DIV/0!
      Formula(12, 3, 0, Special(3, 0)) +                  // D13 the empty string: no cell
      Formula(13, 4, 0, Special(0, 0)) +                  // E14 text result with no STRING
      Formula(14, 4, 0, F64(std::numeric_limits<double>::quiet_NaN()));  // E15 no value
  const auto book = WalkBiff(Workbook({{u"自评表", 0}}, {Sheet(body)}));
  ASSERT_TRUE(book) << RenderMessage(book.error().front().message, Lang::kEn);
  const BiffSheet& s = book.value().sheets.at(0);
  ASSERT_NE(At(s, 5, 5), nullptr);
  EXPECT_EQ(At(s, 5, 5)->text, "108");
  EXPECT_EQ(*At(s, 5, 5)->number, 108);
  EXPECT_EQ(At(s, 5, 7)->text, "90%");
  EXPECT_TRUE(At(s, 5, 7)->percent);
  EXPECT_EQ(At(s, 11, 5)->text, "提高");
  EXPECT_EQ(At(s, 12, 5)->text, "ab达成");
  EXPECT_EQ(At(s, 13, 2)->text, "TRUE");
  EXPECT_EQ(At(s, 13, 3)->text, "#DIV/0!");
  EXPECT_EQ(At(s, 13, 4), nullptr);
  ASSERT_NE(At(s, 14, 5), nullptr);
  EXPECT_TRUE(At(s, 14, 5)->formula_without_value);
  EXPECT_TRUE(At(s, 15, 5)->formula_without_value);
  EXPECT_EQ(s.values.size(), 8u);
}

// Boolean and error constants (BOOLERR), which libfreexl gives as 1 / 0.
TEST(BiffRecords, BooleanAndErrorConstants) {
  const std::string body = Rec(0x0205, U16(1) + U16(2) + U16(0) + '\x01' + '\x00') +  // C2 TRUE
                           Rec(0x0205, U16(1) + U16(3) + U16(0) + '\x00' + '\x00') +  // D2 FALSE
                           Rec(0x0205, U16(1) + U16(4) + U16(0) + '\x2A' + '\x01');   // E2 #N/A
  const auto book = WalkBiff(Workbook({{u"S", 0}}, {Sheet(body)}));
  ASSERT_TRUE(book) << RenderMessage(book.error().front().message, Lang::kEn);
  const BiffSheet& s = book.value().sheets.at(0);
  ASSERT_EQ(s.values.size(), 3u);
  EXPECT_EQ(At(s, 2, 3)->text, "TRUE");
  EXPECT_EQ(At(s, 2, 4)->text, "FALSE");
  EXPECT_EQ(At(s, 2, 5)->text, "#N/A");
  EXPECT_FALSE(At(s, 2, 3)->number);
}

TEST(BiffRecords, NumbersFormattedAsPercentages) {
  const std::string body =
      Rec(0x0203, U16(9) + U16(4) + U16(1) + F64(0.99)) +  // E10 99%
      Rec(0x0203, U16(9) + U16(5) + U16(0) + F64(20)) +    // F10 plain
      Rec(0x027E, U16(2) + U16(1) + U16(1) + U32(0x2)) +   // B3 RK 0, %
      // MULRK row 4: C4 plain, D4 percent
      Rec(0x00BD, U16(3) + U16(2) + U16(0) + U32(6) + U16(1) + U32(6) + U16(3));
  const auto book = WalkBiff(Workbook({{u"S", 0}}, {Sheet(body)}));
  ASSERT_TRUE(book) << RenderMessage(book.error().front().message, Lang::kEn);
  const auto& cells = book.value().sheets.at(0).percent_cells;
  const std::vector<std::pair<int, int>> expected = {{10, 5}, {3, 2}, {4, 4}};
  EXPECT_EQ(cells, expected);
}

TEST(BiffRecords, DamagedStreamsAreClearErrors) {
  // A FORMULA record cut to 10 bytes.
  const std::string cut = Rec(0x0006, std::string(10, '\0'));
  auto book = WalkBiff(Workbook({{u"自评表", 0}}, {Sheet(cut)}));
  ASSERT_FALSE(book);
  EXPECT_NE(
      RenderMessage(book.error().front().message, Lang::kEn)
          .find(
              "the formula record at byte 0x6E of sheet '自评表' has 10 bytes, fewer than its 20"),
      std::string::npos)
      << RenderMessage(book.error().front().message, Lang::kEn);
  // A sheet said to start past the end of the stream.
  std::string stream = Bof(0x0005) + SheetRecord(0x7FFFFFF0, 0, u"自评表") + Eof();
  book = WalkBiff(stream);
  ASSERT_FALSE(book);
  EXPECT_NE(RenderMessage(book.error().front().message, Lang::kEn)
                .find("sheet '自评表' is said to start at byte 0x7FFFFFF0, "
                      "past the end of the workbook stream"),
            std::string::npos)
      << RenderMessage(book.error().front().message, Lang::kEn);
  // A record whose length runs past the end.
  book = WalkBiff(Bof(0x0005) + U16(0x00E0) + U16(400) + "short");
  ASSERT_FALSE(book);
  EXPECT_NE(RenderMessage(book.error().front().message, Lang::kEn).find("runs past the end"),
            std::string::npos);
  // A sheet offset that is not a BOF, and two sheets at one offset.
  stream = Bof(0x0005) + SheetRecord(2, 0, u"A") + Eof();
  book = WalkBiff(stream);
  ASSERT_FALSE(book);
  EXPECT_NE(
      RenderMessage(book.error().front().message, Lang::kEn).find("does not start with a BOF"),
      std::string::npos);
  stream = Bof(0x0005) + SheetRecord(0, 0, u"A") + SheetRecord(0, 0, u"B") + Eof();
  book = WalkBiff(stream);
  ASSERT_FALSE(book);
  EXPECT_NE(RenderMessage(book.error().front().message, Lang::kEn)
                .find("two sheets start at the same byte"),
            std::string::npos);
}

TEST(BiffRecords, AStringWithoutAFormulaIsIgnored) {
  const auto book =
      WalkBiff(Workbook({{u"S", 0}}, {Sheet(StringRecord(u"孤立") + Formula(0, 0, 0, F64(1)))}));
  ASSERT_TRUE(book) << RenderMessage(book.error().front().message, Lang::kEn);
  ASSERT_EQ(book.value().sheets.at(0).values.size(), 1u);
  EXPECT_EQ(book.value().sheets.at(0).values[0].text, "1");
}

TEST(BiffRecords, OlderBiffAndEncryptedStreamsAreNotRead) {
  auto book = WalkBiff(Rec(0x0809, U16(0x0500) + U16(0x0005) + std::string(4, '\0')) + Eof());
  ASSERT_TRUE(book);
  EXPECT_FALSE(book.value().read);
  book = WalkBiff(Bof(0x0005) + Rec(0x002F, std::string(54, '\x11')) + "garbage after");
  ASSERT_TRUE(book);
  EXPECT_FALSE(book.value().read);
  book = WalkBiff("");
  ASSERT_TRUE(book);
  EXPECT_FALSE(book.value().read);
}

}  // namespace
}  // namespace evalscore::readers
