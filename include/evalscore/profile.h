// A rule profile: every knob of the scoring core, as data. The defaults below
// are the built-in profile `central-2020` (财预〔2020〕10号 as commonly cited,
// the 天长/池州 forms and the generic vendor system); see profiles/*.yaml.
#ifndef EVALSCORE_PROFILE_H_
#define EVALSCORE_PROFILE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace evalscore {

enum class BudgetDenominator {
  kBudget,
  kAdjusted,
  kInitial
};  // 全年预算数 / 调整后预算数 / 年初预算数
enum class ZeroBudgetPolicy { kZero, kNotApplicable };
enum class ReverseMode { kLinear, kRatio };  // linear to 0 at 2×target / target÷actual
enum class EqualMode { kAsPositive, kExactOrManual };
enum class RangePolicy { kBounds, kManual };
enum class FallbackPolicy { kReported, kZero };  // rows no rule can score
enum class DeadlinePolicy { kZero, kManual };    // a missed calendar deadline
enum class NotApplicablePolicy { kRescale, kZero };
enum class RateRounding { kNone, kPercent2dp, kPercentInt };
enum class RoundMode { kHalfUp, kFloor };
// kFixed: a fixed number of points off when no 偏差原因 explains the excess.
enum class OverAchievementDeduct { kNone, kExcess, kFixed };
enum class Severity { kInfo, kWarning, kError };
// Per-check severity overrides: a check's code (ES101) or name (BREAKDOWN_SUM) ->
// the severity it is reported at, or std::nullopt: turned off.
using SeverityOverrides = std::map<std::string, std::optional<Severity>>;
// How a level's declared weight is shared among its rows that print no 分值
// (forms with only a 得分 column, G1): equally, in proportion to the rows'
// printed 得分, or not at all (the rows stay unscored, as in evalscore 0.1).
enum class LevelSplit { kEqual, kProportional, kNone };

struct BudgetRules {
  double points = 10;  // 分值 of the funds row
  BudgetDenominator denominator = BudgetDenominator::kBudget;
  bool cap = true;  // score never above points
  ZeroBudgetPolicy zero_budget =
      ZeroBudgetPolicy::kZero;  // denominator 0: score 0, or drop the row
  bool in_total = true;         // the funds score counts toward 总分
  // Caps of 总分 by execution rate: the lowest max_total whose `below` the rate
  // is under applies (one provincial platform: <0.8 → 89, <0.7 → 79 ...).
  // Empty: no cap.
  struct ExecutionCap {
    double below = 0;      // execution rate (0..1) strictly below this
    double max_total = 0;  // 总分 at most this
    bool operator==(const ExecutionCap&) const = default;
  };
  std::vector<ExecutionCap> execution_caps;
};

// One qualitative grade (达成 / 部分达成 / 未达成).
struct QualitativeGrade {
  double fraction = 1;             // share of the points given for this grade
  double band_low = 0;             // reported score / points must lie in [band_low, band_high]
  double band_high = 1;            // (band_high inclusive only for 达成)
  std::vector<std::string> words;  // actual texts that mean this grade
};

struct QualitativeRules {
  QualitativeGrade achieved{
      1.0,
      0.8,
      1.0,
      {"达成年度指标", "达成预期指标", "达成预期目标", "达成", "已达成", "已完成", "完成",
       "全部完成", "按时完成", "是", "符合", "达标", "已达标", "合格", "满意"}};
  QualitativeGrade partial{0.7,
                           0.6,
                           0.8,
                           {"部分达成年度指标并具有一定效果", "部分达成", "基本达成", "基本完成",
                            "基本达到", "基本符合", "基本满意"}};
  QualitativeGrade not_achieved{
      0.3,
      0.0,
      0.6,
      {"未达成年度指标且效果较差", "未达成", "未完成", "否", "不符合", "未达标", "不合格"}};
  bool accept_reported_in_band = false;  // a unit's own score inside the grade's band stands
};

struct IndicatorRules {
  ReverseMode reverse = ReverseMode::kLinear;
  EqualMode equal = EqualMode::kAsPositive;
  RangePolicy range = RangePolicy::kBounds;
  QualitativeRules qualitative;
  // A target without a sign is "at least", except for names containing one of
  // these (lower is better), which are scored as "at most".
  std::vector<std::string> implicit_reverse_names = {
      "故障率", "投诉", "事故", "差错", "发生率", "超支", "总成本", "单位成本", "成本控制数"};
  FallbackPolicy unscorable = FallbackPolicy::kReported;
  DeadlinePolicy deadline_missed = DeadlinePolicy::kZero;
  NotApplicablePolicy not_applicable = NotApplicablePolicy::kRescale;
  double over_achievement_factor = 1.2;  // warn when actual >= factor × target
  OverAchievementDeduct over_achievement_deduct = OverAchievementDeduct::kNone;
  // v2 (appended): rows without 分值 under a level with a declared weight.
  LevelSplit level_split = LevelSplit::kEqual;
  // An unsigned target in a 二级 group whose name contains one of these is "at most"
  // (成本指标: a cost is a ceiling, D5), unless it is a percentage (计划完成率 90%).
  std::vector<std::string> implicit_reverse_groups = {"成本"};
  double over_achievement_points = 2;  // deduct: fixed — points off the row
};

struct RoundingRules {
  RateRounding rate = RateRounding::kNone;  // the execution rate, before multiplying
  int score_decimals = 2;                   // 0, 1 or 2
  RoundMode score_mode = RoundMode::kHalfUp;
};

struct GradeBand {
  std::string name;  // 优
  double min = 0;    // inclusive lower bound
  bool operator==(const GradeBand&) const = default;
};

// Thresholds of the audit checks (see check.h).
struct CheckRules {
  double low_execution = 0.8;     // execution rate below this is LOW_EXECUTION
  double full_marks_gap = 0.05;   // INDICATORS_FULL_BUDGET_LOW: (I/Imax - B/Bmax)/(I/Imax) above
  double score_tolerance = 0.01;  // reported vs recomputed differences up to this are equal
  // 产出/效益/满意度/预算执行; [] turns the check off; a negative entry is "free"
  // (only the sum of the free levels is checked: 100 − the fixed ones).
  std::vector<double> expected_split = {50, 30, 10, 10};
  // Per-check overrides (off, or a severity); see severity_override.h.
  SeverityOverrides severity;
  // Thresholds of the sense checks (check_sense_*.cc) and the batch checks.
  double qualitative_share = 0.5;   // ES208: qualitative rows above this share
  double unit_cost_excess = 1.1;    // ES331: unit cost × quantity above budget × this
  int at_threshold_rows = 3;        // ES329: at least this many "≥" rows, all exactly met
  int batch_min_unit_projects = 3;  // ES501/ES503: a unit with at least this many forms
  int batch_min_text_chars = 8;     // ES502: indicator names at least this long
  double batch_similarity = 0.9;    // ES502: near-duplicates at least this similar
};

struct RuleProfile {
  std::string name = "central-2020";
  std::string description;
  std::string source = "built-in";  // "built-in" or the file it was read from
  BudgetRules budget;
  IndicatorRules indicators;
  RoundingRules rounding;
  std::vector<GradeBand> grades = {{"优", 90}, {"良", 80}, {"中", 60}, {"差", 0}};
  CheckRules checks;
};

}  // namespace evalscore

#endif  // EVALSCORE_PROFILE_H_
