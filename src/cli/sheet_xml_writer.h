// One worksheet part of an xlsx package (SpreadsheetML), made without
// libxlsxwriter: the form sheets of -f xlsx are written straight into the
// output zip this way, so nothing of a sheet is kept once it is out.
//
// Cells may be written in any order; a later write to the same cell replaces
// the earlier one. Xml() lays them out row by row in column order as
// libxlsxwriter's constant_memory mode does: text as inline strings (XML
// escaped, control characters as _xHHHH_, leading/trailing space preserved),
// numbers as %.16G, `xf` the cell format's index in styles.xml (0: the default,
// no s attribute; -1: no format). An empty text is a blank cell, and a blank
// cell without a format is not written.
#ifndef EVALSCORE_CLI_SHEET_XML_WRITER_H_
#define EVALSCORE_CLI_SHEET_XML_WRITER_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace evalscore::cli {

// `text` with each "_" that starts what reads as an Excel escape (_xHHHH_,
// ECMA-376 ST_Xstring) written _x005F_, so that Excel, and evalscore's reader,
// show the text as written: "a_x0041_" stays "a_x0041_", not "aA". For text
// given to libxlsxwriter, which does not do it; SheetXmlWriter does it itself.
std::string ProtectEscapeLikeText(std::string_view text);

// "A1" for (0, 0), "C2" for (1, 2): a cell's reference from 0-based row and column.
std::string CellName(uint32_t row, uint16_t col);

class SheetXmlWriter {
 public:
  using Row = uint32_t;  // 0-based, as libxlsxwriter counts
  using Col = uint16_t;

  void Text(Row r, Col c, std::string text, int32_t xf);
  void Number(Row r, Col c, double x, int32_t xf);
  void Blank(Row r, Col c, int32_t xf);
  // A row `height` points high (15, the default, is not written).
  void Height(Row r, double height);
  // The column `c` `width` characters wide (Excel's units, as worksheet_set_column).
  void Column(Col c, double width);
  void Merge(Row r1, Col c1, Row r2, Col c2);
  // Printed landscape on A4, one page wide.
  void PrintLandscapeA4OnePageWide() { landscape_a4_ = true; }

  // The whole part, XML declaration included.
  std::string Xml() const;

 private:
  struct Cell {
    enum class Kind { kText, kNumber, kBlank } kind;
    int32_t xf;
    double number = 0;
    std::string text;
  };
  struct Range {
    Row r1, r2;
    Col c1, c2;
  };
  void Put(Row r, Col c, Cell cell);
  std::string Dimension() const;
  void AppendRows(std::string& out) const;

  std::map<std::pair<Row, Col>, Cell> cells_;
  std::map<Row, double> heights_;
  std::map<Col, double> widths_;
  std::vector<Range> merges_;  // in the order merged (written by first row)
  bool landscape_a4_ = false;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SHEET_XML_WRITER_H_
