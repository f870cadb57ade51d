// The summary's links to form sheets, spooled (xlsx_internal_links.h): the
// <hyperlinks> element they make is the one libxlsxwriter writes for the same
// worksheet_write_url_opt calls, up to how each escapes an apostrophe.
#include "cli/xlsx_internal_links.h"

#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "readers/zip_archive.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;

std::string Element(InternalLinks& links) {
  std::string xml;
  EXPECT_TRUE(links.Write([&](std::string_view piece) {
    xml += piece;
    return true;
  }));
  return xml;
}

TEST(XlsxInternalLinks, CellNames) {
  EXPECT_EQ(CellName(0, 0), "A1");
  EXPECT_EQ(CellName(1, 2), "C2");
  EXPECT_EQ(CellName(65530, 25), "Z65531");
  EXPECT_EQ(CellName(0, 26), "AA1");                  // 26 = A·26 + A−1
  EXPECT_EQ(CellName(0, 701), "ZZ1");                 // 701 = 26·26 + 26 − 1
  EXPECT_EQ(CellName(0, 702), "AAA1");                // the next one
  EXPECT_EQ(CellName(1048575, 16383), "XFD1048576");  // Excel's last cell
}

TEST(XlsxInternalLinks, NoLinksNoElement) {
  InternalLinks links("");
  EXPECT_EQ(Element(links), "");
}

// A display text longer than libxlsxwriter's 2,079-byte attribute is cut at
// a character boundary: 700 three-byte characters (2,100 bytes) keep 693 (2,079).
TEST(XlsxInternalLinks, LongDisplayCutAtCharacter) {
  std::string name;
  for (int i = 0; i < 700; ++i) name += "项";
  InternalLinks links("");
  links.Add(1, 2, "01 项", name);
  const std::string xml = Element(links);
  std::string kept;
  for (int i = 0; i < 693; ++i) kept += "项";
  EXPECT_NE(xml.find("display=\"" + kept + "\"/>"), std::string::npos);
}

TEST(XlsxInternalLinks, SameElementAsLibxlsxwriter) {
  const fs::path book =
      fs::temp_directory_path() / ("internal_links_test." + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* wb = workbook_new(book.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "S");
  workbook_add_worksheet(wb, "01 a&b<c>");
  workbook_add_worksheet(wb, "02 项目");
  InternalLinks links("");
  const struct {
    uint32_t row;
    uint16_t col;
    const char* sheet;
    const char* shown;
  } cases[] = {
      {1, 2, "01 a&b<c>", "a&b<c> \"q\""}, {2, 2, "02 项目", "项目"}, {2, 30, "02 项目", "x"}};
  for (const auto& c : cases) {
    const std::string url = std::string("internal:'") + c.sheet + "'!A1";
    ASSERT_EQ(worksheet_write_url_opt(ws, c.row, c.col, url.c_str(), nullptr, c.shown, nullptr),
              LXW_NO_ERROR);
    links.Add(c.row, c.col, c.sheet, c.shown);
  }
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::string bytes;
  {
    FILE* f = std::fopen(book.c_str(), "rb");
    ASSERT_NE(f, nullptr);
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) bytes.append(buffer, n);
    std::fclose(f);
  }
  fs::remove(book);
  auto zip = readers::ZipArchive::Open(bytes);
  ASSERT_TRUE(zip.has_value());
  auto sheet = zip.value()->Read("xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet.has_value() && sheet.value());
  const std::string& xml = *sheet.value();
  const size_t from = xml.find("<hyperlinks>");
  const size_t to = xml.find("</hyperlinks>");
  ASSERT_NE(to, std::string::npos) << xml;
  std::string theirs = xml.substr(from, to + 13 - from);
  for (size_t at = theirs.find('\''); at != std::string::npos; at = theirs.find('\'', at)) {
    theirs.replace(at, 1, "&#39;");
  }
  EXPECT_EQ(Element(links), theirs);
}

}  // namespace
}  // namespace evalscore::cli
