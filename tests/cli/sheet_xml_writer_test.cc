// SheetXmlWriter: the XML of a form sheet, laid out as libxlsxwriter's
// constant_memory mode writes it (the xlsx read-back tests compare the rest).
#include "cli/sheet_xml_writer.h"

#include <string>

#include <gtest/gtest.h>

namespace evalscore::cli {
namespace {

// The part between <sheetData> and </sheetData>.
std::string Data(const SheetXmlWriter& w) {
  const std::string xml = w.Xml();
  const size_t from = xml.find("<sheetData>") + 11;
  return xml.substr(from, xml.find("</sheetData>") - from);
}

TEST(SheetXmlWriter, RowsInOrderLaterWriteWinsEmptyTextIsBlank) {
  SheetXmlWriter w;
  w.Text(1, 2, "late", 5);
  w.Number(0, 27, 0.1 + 0.2, 0);  // column AB; xf 0: no s attribute
  w.Text(0, 0, "first", 3);
  w.Number(0, 0, 22.41, 7);  // replaces "first"
  w.Text(1, 1, "", 4);       // a blank keeping its format
  w.Blank(1, 0, -1);         // no format: nothing written
  EXPECT_EQ(Data(w),
            "<row r=\"1\"><c r=\"A1\" s=\"7\"><v>22.41</v></c><c r=\"AB1\"><v>0.3</v></c></row>"
            "<row r=\"2\"><c r=\"B2\" s=\"4\"/><c r=\"C2\" s=\"5\" t=\"inlineStr\"><is><t>late</t>"
            "</is></c></row>");
  EXPECT_NE(w.Xml().find("<dimension ref=\"A1:AB2\"/>"), std::string::npos);
}

TEST(SheetXmlWriter, TextEscapedControlCharactersAndSpacesKept) {
  SheetXmlWriter w;
  w.Text(0, 0, " a&b <c> \"d\"\r\x1f\tend\n", -1);
  EXPECT_EQ(Data(w),
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> a&amp;b "
            "&lt;c&gt; \"d\"_x000D__x001F_\tend\n</t></is></c></row>");
}

// Text that reads as an ST_Xstring escape keeps its "_" escaped (_x005F_), so
// Excel and evalscore's reader give back "_x0041_", not "A"; a "_x" that is no
// escape ("_x12_", "_xZZZZ_") is written as it is.
TEST(SheetXmlWriter, LiteralEscapeLikeTextIsEscaped) {
  SheetXmlWriter w;
  w.Text(0, 0, "a_x0041_b _x12_ _xZZZZ_ _x00d7_", -1);
  EXPECT_EQ(Data(w),
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a_x005F_x0041_b _x12_ _xZZZZ_ "
            "_x005F_x00d7_</t></is></c></row>");
}

TEST(SheetXmlWriter, HeightsWidthsMergesByFirstRowAndPageSetup) {
  SheetXmlWriter w;
  w.Column(0, 16);
  w.Column(8, 34);
  w.Text(0, 0, "t", 1);
  w.Height(0, 24);
  w.Height(1, 15);  // the default: not written, the row only listed
  w.Merge(3, 1, 4, 1);
  w.Merge(2, 0, 6, 0);
  w.Merge(3, 0, 3, 8);
  w.PrintLandscapeA4OnePageWide();
  const std::string xml = w.Xml();
  EXPECT_NE(xml.find("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"), std::string::npos);
  // Excel's stored widths: (16 × 7 + 5) ÷ 7 rounded down to 1/256: 16.7109375.
  EXPECT_NE(xml.find("<cols><col min=\"1\" max=\"1\" width=\"16.7109375\" customWidth=\"1\"/>"
                     "<col min=\"9\" max=\"9\" width=\"34.7109375\" customWidth=\"1\"/></cols>"),
            std::string::npos)
      << xml;
  EXPECT_EQ(Data(w),
            "<row r=\"1\" ht=\"24\" customHeight=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is>"
            "<t>t</t></is></c></row><row r=\"2\"/>");
  EXPECT_NE(xml.find("<mergeCells count=\"3\"><mergeCell ref=\"A3:A7\"/><mergeCell "
                     "ref=\"B4:B5\"/><mergeCell ref=\"A4:I4\"/></mergeCells>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"),
            std::string::npos);
}

}  // namespace
}  // namespace evalscore::cli
