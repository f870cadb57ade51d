// The form sheets streamed into the output zip and libxlsxwriter's workbook
// merged in (xlsx_package_merge.h): every sheet listed once, in order, each
// pointing at its own part, and libxlsxwriter's sheets made after the first
// form (continuation summaries) renumbered past the forms.
#include "cli/xlsx_package_merge.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "cli/sheet_xml_writer.h"
#include "cli/spooled_names.h"
#include "cli/zip_stream_writer.h"
#include "readers/zip_archive.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> All(const std::string& text, const std::string& pattern) {
  std::vector<std::string> found;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    found.push_back((*it)[1]);
  }
  return found;
}

TEST(XlsxPackageMerge, FormsListedAfterLibxlsxwriterSheetsWhichKeepTheirParts) {
  const fs::path dir =
      fs::temp_directory_path() / ("xlsx_merge_test." + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  // libxlsxwriter's workbook: two sheets before the forms, one ("C", a
  // continuation summary) made after them.
  const std::string book = (dir / "book.xlsx").string();
  lxw_workbook* wb = workbook_new(book.c_str());
  double mark = 100;  // each sheet's one cell: 101, 102, 103
  for (const char* name : {"A", "B", "C"}) {
    worksheet_write_number(workbook_add_worksheet(wb, name), 0, 0, ++mark, nullptr);
  }
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  // Two form sheets, parts sheet3 and sheet4, already in the output.
  const std::string out_path = (dir / "out.xlsx").string();
  ZipStreamWriter out(out_path);
  SpooledNames names(dir.string());
  for (const char* name : {"01 x&y", "02 z"}) {
    SheetXmlWriter xml;
    xml.Text(0, 0, name, -1);
    names.Add(name);
    ASSERT_TRUE(out.Begin(WorksheetPart(2 + names.size())) && out.Write(xml.Xml()) && out.End());
  }
  // Links from sheet A's cells and from the continuation C's to the forms.
  InternalLinks a_links(dir.string()), c_links(dir.string());
  a_links.Add(1, 2, "01 x&y", "x&y");
  a_links.Add(2, 2, "02 z", "z");
  c_links.Add(1, 2, "02 z", "z again");
  const SheetLinks links{{"xl/worksheets/sheet1.xml", &a_links},
                         {"xl/worksheets/sheet3.xml", &c_links}};
  std::string error;
  ASSERT_TRUE(MergeWorkbookInto(book, 2, names, links, out, &error)) << error;
  ASSERT_TRUE(out.Close()) << out.error();
  EXPECT_FALSE(fs::exists(book));  // read, then gone

  const std::string bytes = Slurp(out_path);
  auto zip = readers::ZipArchive::Open(bytes);
  ASSERT_TRUE(zip.has_value());
  const auto read = [&](const std::string& name) {
    auto r = zip.value()->Read(name);
    return r.has_value() && r.value() ? *r.value() : std::string("<missing " + name + ">");
  };
  const std::string workbook = read("xl/workbook.xml");
  EXPECT_EQ(All(workbook, "<sheet name=\"([^\"]+)\""),
            (std::vector<std::string>{"A", "B", "C", "01 x&amp;y", "02 z"}));
  EXPECT_EQ(All(workbook, "sheetId=\"([0-9]+)\""),
            (std::vector<std::string>{"1", "2", "3", "4", "5"}));
  // Each sheet's relationship, in <sheets> order, and what its part holds.
  const std::string rels = read("xl/_rels/workbook.xml.rels");
  const std::vector<std::string> ids = All(workbook, "r:id=\"(rId[0-9]+)\"");
  const std::vector<std::string> want_parts{"sheet1", "sheet2", "sheet5", "sheet3", "sheet4"};
  const std::vector<std::string> want_text{"<v>101</v>", "<v>102</v>", "<v>103</v>", "01 x&amp;y",
                                           "02 z"};
  ASSERT_EQ(ids.size(), 5u);
  for (size_t i = 0; i < ids.size(); ++i) {
    const auto target =
        All(rels, "Id=\"" + ids[i] + "\"[^>]*Target=\"worksheets/([a-z0-9]+)\\.xml\"");
    ASSERT_EQ(target, std::vector<std::string>{want_parts[i]}) << ids[i];
    const std::string part = read("xl/worksheets/" + want_parts[i] + ".xml");
    EXPECT_NE(part.find(want_text[i]), std::string::npos) << want_parts[i];
  }
  // One content type per worksheet part; app.xml counts and names all five.
  const std::string types = read("[Content_Types].xml");
  EXPECT_EQ(All(types, "PartName=\"/xl/worksheets/(sheet[0-9]+)\\.xml\"").size(), 5u);
  EXPECT_NE(types.find("/xl/worksheets/sheet5.xml"), std::string::npos);
  const std::string app = read("docProps/app.xml");
  EXPECT_NE(app.find("<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>5</vt:i4>"),
            std::string::npos)
      << app;
  EXPECT_EQ(All(app, "<vt:lpstr>([^<]*)</vt:lpstr>"),
            (std::vector<std::string>{"Worksheets", "A", "B", "C", "01 x&amp;y", "02 z"}));
  // The links sit in their sheets (C's renumbered part) before the page
  // margins, as libxlsxwriter writes them; B has none.
  const std::string a = read("xl/worksheets/sheet1.xml");
  EXPECT_NE(a.find("<hyperlinks><hyperlink ref=\"C2\" location=\"&#39;01 x&amp;y&#39;!A1\" "
                   "display=\"x&amp;y\"/><hyperlink ref=\"C3\" location=\"&#39;02 z&#39;!A1\" "
                   "display=\"z\"/></hyperlinks><pageMargins"),
            std::string::npos)
      << a;
  EXPECT_NE(read("xl/worksheets/sheet5.xml").find("<hyperlinks><hyperlink ref=\"C2\""),
            std::string::npos);
  EXPECT_EQ(read("xl/worksheets/sheet2.xml").find("<hyperlinks>"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace evalscore::cli
