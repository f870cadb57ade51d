// Reading one form, found at an indicator header, out of a grid (internal to
// the recognizer; split over form_reader*.cc by block).
#ifndef EVALSCORE_READERS_FORM_READER_H_
#define EVALSCORE_READERS_FORM_READER_H_

#include <optional>
#include <string>
#include <vector>

#include "evalscore/project.h"
#include "evalscore/result.h"

#include "readers/form_vocabulary.h"
#include "readers/grid_view.h"

namespace evalscore::readers {

// The columns of the indicator table, 0 where the form has none.
struct IndicatorColumns {
  int level1 = 0, level2 = 0, name = 0, target = 0, sign = 0, unit = 0, actual = 0;
  int points = 0, score = 0, reported_score = 0, deviation = 0;
};

// Rows of one form: [first, last]; its indicator header is rows
// [header, header_last].
struct FormRegion {
  int first = 1, last = 0, header = 0, header_last = 0;
};

class FormReader {
 public:
  FormReader(const GridView& view, int part, const std::vector<SourcePart>& parts,
             FormRegion region)
      : view_(view), part_(part), parts_(parts), region_(region) {}

  Result<Project> Read();

  // The role of the label at (row, column), or kNone (also when the cell is
  // a continuation of a merge).
  static Role LabelRole(const GridView& view, int row, int column);
  // True when the row's first cell that starts on it says 总分.
  static bool IsTotalRow(const GridView& view, int row);
  // The indicator table's columns from its header rows.
  static IndicatorColumns ColumnsOf(const GridView& view, int header, int header_last);

 private:
  // form_reader.cc: heading, goals, total
  void ReadHeading();
  void ReadTitle();
  void ReadInlineHeading(int row, int column);
  void ReadGoals();
  void ReadRules();
  void ReadTotal(int row);
  std::optional<Located<std::string>> ValueRightOf(int row, int column) const;
  std::optional<Located<std::string>> ValueBelow(int row, int column) const;
  // form_reader_funds.cc
  void ReadFunds();
  int FundsHeaderRow() const;
  void ReadFundsRow(int row, const std::vector<Role>& roles, FundsRow* out, bool total);
  void FixRate(FundsRow* row) const;
  // form_reader_indicators.cc
  int ReadIndicators();  // returns the 总分 row, or 0
  bool CheckColumns(const IndicatorColumns& cols);
  void ReadIndicatorRow(int row, const IndicatorColumns& cols);
  std::optional<Indicator> RowIndicator(int row, const IndicatorColumns& cols);
  void EnterLevels(int row, const IndicatorColumns& cols);

  // Cells
  Location Loc(int row, int column) const { return Location{row, column, part_}; }
  std::string Ref(int row, int column) const;
  OptText TextAt(int row, int column) const;  // only where the cell starts in this row
  OptNumber NumberAt(int row, int column, const std::string& what, bool* percent = nullptr);
  // TextAt, and a located error when the cell is a formula saved without its value.
  OptText TextValueAt(int row, int column, const std::string& what);

  const GridView& view_;
  int part_;
  const std::vector<SourcePart>& parts_;
  FormRegion region_;
  Project project_;
  Errors errors_;
  // Indicator table state: the current 一级/二级 and their cells.
  Pos level1_at_{}, level2_at_{};
  size_t rows_read_ = 0;
  int funds_header_ = 0;  // the funds block's header row
};

// "产出指标 50分" / "产出指标（50分）" -> name 产出指标, weight 50.
void SplitWeight(const std::string& text, std::string* name, std::optional<double>* weight);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_FORM_READER_H_
