// Internal: the YAML spelling of every profile enum, both ways.
#ifndef EVALSCORE_CORE_PROFILE_ENUMS_H_
#define EVALSCORE_CORE_PROFILE_ENUMS_H_

#include <string>
#include <utility>
#include <vector>

#include "evalscore/profile.h"

namespace evalscore {

template <typename E>
using EnumNames = std::vector<std::pair<E, std::string>>;

inline const EnumNames<BudgetDenominator> kDenominatorNames = {
    {BudgetDenominator::kBudget, "budget"},
    {BudgetDenominator::kAdjusted, "adjusted"},
    {BudgetDenominator::kInitial, "initial"}};
inline const EnumNames<ZeroBudgetPolicy> kZeroBudgetNames = {
    {ZeroBudgetPolicy::kZero, "zero"}, {ZeroBudgetPolicy::kNotApplicable, "not_applicable"}};
inline const EnumNames<ReverseMode> kReverseNames = {{ReverseMode::kLinear, "linear"},
                                                     {ReverseMode::kRatio, "ratio"}};
inline const EnumNames<EqualMode> kEqualNames = {{EqualMode::kAsPositive, "as_positive"},
                                                 {EqualMode::kExactOrManual, "exact_or_manual"}};
inline const EnumNames<RangePolicy> kRangeNames = {{RangePolicy::kBounds, "bounds"},
                                                   {RangePolicy::kManual, "manual"}};
inline const EnumNames<FallbackPolicy> kFallbackNames = {{FallbackPolicy::kReported, "reported"},
                                                         {FallbackPolicy::kZero, "zero"}};
inline const EnumNames<DeadlinePolicy> kDeadlineNames = {{DeadlinePolicy::kZero, "zero"},
                                                         {DeadlinePolicy::kManual, "manual"}};
inline const EnumNames<NotApplicablePolicy> kNotApplicableNames = {
    {NotApplicablePolicy::kRescale, "rescale"}, {NotApplicablePolicy::kZero, "zero"}};
inline const EnumNames<RateRounding> kRateRoundingNames = {
    {RateRounding::kNone, "none"},
    {RateRounding::kPercent2dp, "percent_2dp"},
    {RateRounding::kPercentInt, "percent_int"}};
inline const EnumNames<RoundMode> kRoundModeNames = {{RoundMode::kHalfUp, "half_up"},
                                                     {RoundMode::kFloor, "floor"}};
inline const EnumNames<LevelSplit> kLevelSplitNames = {{LevelSplit::kEqual, "equal"},
                                                       {LevelSplit::kProportional, "proportional"},
                                                       {LevelSplit::kNone, "none"}};
inline const EnumNames<OverAchievementDeduct> kDeductNames = {
    {OverAchievementDeduct::kNone, "none"},
    {OverAchievementDeduct::kExcess, "excess"},
    {OverAchievementDeduct::kFixed, "fixed"}};

template <typename E>
const std::string& NameOf(const EnumNames<E>& names, E value) {
  for (const auto& [v, n] : names)
    if (v == value) return n;
  return names.front().second;
}

}  // namespace evalscore

#endif  // EVALSCORE_CORE_PROFILE_ENUMS_H_
