// The form model shared by the Markdown, HTML and xlsx renderings of the form
// and by the report draft: the lines of the indicator table with the cells
// their 一级/二级 labels span, the labels, and the cell texts (the recomputed
// figure, with the unit's printed one beside it where they differ). Highlight
// decisions are the Evaluation's (RowEvaluation::differs, LevelSum::differs),
// made with the profile's score_tolerance.
#ifndef EVALSCORE_CLI_FORM_CELLS_H_
#define EVALSCORE_CLI_FORM_CELLS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "evalscore/evaluate.h"
#include "evalscore/message.h"
#include "evalscore/project.h"
#include "evalscore/review.h"
#include "evalscore/score.h"

namespace evalscore::cli {

// "2.40 (填报 2.4)" when the unit printed something else, else "2.40".
std::string WithReported(const std::string& ours, const std::optional<std::string>& theirs);
// A printed figure as text with `suffix`, or nullopt when blank.
std::optional<std::string> NumberText(const OptNumber& n, const std::string& suffix = "");
// The rows of the funds block in form order: the total, then the breakdown.
std::vector<std::pair<FundsRowKind, const FundsRow*>> FundsRows(const Funds& f);
// Whether any row has a 调整后预算数 (the column is shown only then).
bool AnyAdjusted(const std::vector<std::pair<FundsRowKind, const FundsRow*>>& rows);
// The label of a funds row: its printed label for a kNamed row (中央资金 …), the
// form's label for the others (年度资金总额, 当年财政拨款 …).
std::string FundsRowText(FundsRowKind k, const std::string& printed);
// The funds block as cell texts, the same for every rendering of the form:
// one line per row (the total first), blank cells "", and the 分值 / 执行率 /
// 得分 cells only on the total row (recomputed, with the printed figures).
struct FundsLine {
  std::string name;
  std::string initial, budget, adjusted, executed;
  bool total = false;
  std::string points, rate, score;  // total row only
};
struct FundsTable {
  bool adjusted = false;  // a 调整后预算数 column (only when some row writes one)
  std::vector<FundsLine> lines;
};
FundsTable FundsTableOf(const Funds& f, const BudgetScore& b);
// "line 25: " / "第 25 行：" (a cell: "自评表!F14: ") before a message in the
// form's renderings, or "" when the place is unknown.
std::string WherePrefix(const Location& where, const std::vector<SourcePart>& parts, Lang lang);
// The form's label of a breakdown row (其中：当年财政拨款 …).
// kNamed rows (free labels such as 中央资金) are named by `printed`.
std::string FundsRowName(FundsRowKind k, const std::string& printed = "");
// 执行率 and 得分 cells of the total row, as recomputed, with the printed figures.
std::string RateCell(const BudgetScore& b, const FundsRow& total);
std::string FundsScoreCell(const BudgetScore& b, const FundsRow& total);
// "数量指标（20分）", or the name when no weight is declared.
std::string LevelLabel(const std::string& name, const OptNumber& weight);
// "产出指标（50分）", or the name when no weight is declared.
std::string CategoryLabel(const IndicatorCategory& c);
// The same, prefixed with its block above 一级 where the table has blocks
// ("年度目标一（45分） · 产出指标").
std::string CategoryLabel(const Project& p, const IndicatorCategory& c);
// The same for an evaluated 一级 level.
std::string CategoryLabel(const CategoryEvaluation& c);
// A row's recomputed score ("-" for rows that are not scored).
std::string ScoreCell(const IndicatorScore& s);
// A printed figure differs from the recomputed one enough to highlight: by more
// than `tolerance` (the profile's checks.score_tolerance; the epsilon keeps
// 92.41 vs 92.40 from counting under 0.01). Rows and level sums carry the same
// decision in the Evaluation (RowEvaluation::differs, LevelSum::differs).
bool Differs(double reported, double recomputed, double tolerance);
// A text field, "" when blank.
std::string Text(const OptText& t);
// "+0.60" / "-0.60" / "0.00": reported minus recomputed.
std::string Signed(double d);

// One printed line of the indicator table.
enum class LineKind {
  kRow,            // a 三级 row (`row`)
  kPart,           // a 其中 sub-row (`part`, under `row`): shown as printed, never scored
  kEmptyGroup,     // a 二级 level without rows: one empty line
  kEmptyCategory,  // a 一级 level without 二级 levels: one empty line
};
struct IndicatorLine {
  LineKind kind = LineKind::kRow;
  const CategoryEvaluation* category = nullptr;
  const GroupEvaluation* group = nullptr;  // all but kEmptyCategory
  const RowEvaluation* row = nullptr;      // kRow, and the row a kPart belongs to
  const Indicator* part = nullptr;         // kPart
  // On the first line of a 一级 / 二级 level: the number of lines its label
  // cell spans (0 on the other lines, which leave the cell empty or merged).
  size_t category_span = 0;
  size_t group_span = 0;
};
// The lines of the indicator table in document order; `with_parts`: the 其中
// sub-rows get lines of their own.
std::vector<IndicatorLine> IndicatorLines(const Evaluation& e, bool with_parts);
// "77.00 中（王复核 2025-03-15）": the reviewer's total, grade, who and when.
std::string ReviewedText(const ReviewedScore& r, const Project& p);
// The 复核 cell of a row: "25（无签到表，扣15分）", or "" when not reviewed.
std::string ReviewCell(const Indicator& row);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_FORM_CELLS_H_
