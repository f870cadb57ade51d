// Cell texts shared by the Markdown and HTML renderings of the form: the
// recomputed figure, with the unit's printed one beside it where they differ.
#ifndef EVALSCORE_CLI_FORM_CELLS_H_
#define EVALSCORE_CLI_FORM_CELLS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

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
// The form's label of a breakdown row (其中：当年财政拨款 …).
// kNamed rows (free labels such as 中央资金) are named by `printed`.
std::string FundsRowName(FundsRowKind k, const std::string& printed = "");
// 执行率 and 得分 cells of the total row, as recomputed, with the printed figures.
std::string RateCell(const BudgetScore& b, const FundsRow& total);
std::string FundsScoreCell(const BudgetScore& b, const FundsRow& total);
// "产出指标（50分）", or the name when no weight is declared.
std::string CategoryLabel(const IndicatorCategory& c);
// The same, prefixed with its block above 一级 where the table has blocks
// ("年度目标一（45分） · 产出指标").
std::string CategoryLabel(const Project& p, const IndicatorCategory& c);
// A row's recomputed score ("-" for rows that are not scored).
std::string ScoreCell(const IndicatorScore& s);
// The unit's score differs from the recomputed one by more than `tolerance`.
bool Differs(const IndicatorScore& s, double tolerance);
// A text field, "" when blank.
std::string Text(const OptText& t);
// "+0.60" / "-0.60" / "0.00": reported minus recomputed.
std::string Signed(double d);
// The rows of `p` in document order (the order of ProjectScore::indicators).
std::vector<const Indicator*> RowsInOrder(const Project& p);
// "77.00 中（王复核 2025-03-15）": the reviewer's total, grade, who and when.
std::string ReviewedText(const ReviewedScore& r, const Project& p);
// The 复核 cell of a row: "25（无签到表，扣15分）", or "" when not reviewed.
std::string ReviewCell(const Indicator& row);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_FORM_CELLS_H_
