#include <algorithm>
#include <cmath>

#include "evalscore/score.h"

#include "utf8.h"

namespace evalscore {
namespace {

bool Contains(const std::vector<std::string>& words, const std::string& w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The grade a qualitative actual text stands for, or kNone.
QualitativeGradeKind GradeOf(const std::string& actual, const QualitativeRules& q) {
  const std::string a = FoldText(actual);
  if (Contains(q.achieved.words, a)) return QualitativeGradeKind::kAchieved;
  if (Contains(q.partial.words, a)) return QualitativeGradeKind::kPartial;
  if (Contains(q.not_achieved.words, a)) return QualitativeGradeKind::kNotAchieved;
  return QualitativeGradeKind::kNone;
}

const QualitativeGrade& GradeRules(QualitativeGradeKind g, const QualitativeRules& q) {
  switch (g) {
    case QualitativeGradeKind::kPartial:
      return q.partial;
    case QualitativeGradeKind::kNotAchieved:
      return q.not_achieved;
    default:
      return q.achieved;
  }
}

bool InBand(double score, double points, const QualitativeGrade& g, bool top) {
  const double low = g.band_low * points - 1e-9;
  const double high = g.band_high * points + 1e-9;
  return score >= low && (top ? score <= high : score < g.band_high * points - 1e-9);
}

// Text that stands for "not filled in" (***, ……, xx, 待定): never a result,
// even when the target says the same.
bool IsPlaceholder(const std::string& text) {
  const std::string folded = FoldText(text);
  for (const char* p : {"x", "xx", "xxx", "X", "XX", "XXX", "待定", "待填", "略", "暂无"}) {
    if (folded == p) return true;
  }
  for (size_t pos = 0; pos < folded.size();) {
    const char32_t cp = utf8::Next(folded, &pos);
    const bool ascii_word =
        (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (ascii_word || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)) {
      return false;
    }
  }
  return true;  // punctuation and symbols only
}

// A dated actual at the coarser precision of a target: 2023年11月20日 against
// 11月底前 is month 11; against 2023年12月, 2023×12+11. `a` unchanged when it
// cannot be (a year against a month...).
Value AtPrecisionOf(Value a, const std::string& unit) {
  // Encodings (value_parser.cc): 年月 = y×12 + m; 年月日 = y×372 + m×31 + d.
  double year = 0, month = 0;
  if (a.unit == "年月日") {
    year = std::floor((a.number - 32) / 372);
    month = std::floor((a.number - year * 372 - 1) / 31);
  } else if (a.unit == "年月") {
    year = std::floor((a.number - 1) / 12);
    month = a.number - year * 12;
  } else {
    return a;
  }
  if (unit == "月") {
    a.number = month;
  } else if (unit == "年月" && a.unit == "年月日") {
    a.number = year * 12 + month;
  } else if (unit == "年") {
    a.number = year;
  } else {
    return a;
  }
  a.unit = unit;
  return a;
}

class Scorer {
 public:
  Scorer(const RuleProfile& profile, IndicatorScore* s) : p_(profile), s_(*s) {}

  void Run() {
    const Value& t = s_.target;
    const Value& a = s_.actual;
    if (t.kind == ValueKind::kNotApplicable && a.kind != ValueKind::kNotApplicable &&
        a.kind != ValueKind::kEmpty && s_.reported) {
      // "—" in 指标值 on a row that prints an actual and a 得分: a judgement row (D1).
      s_.judgement = true;
      return Fallback(ScoreProblem::kJudgementRow,
                      {"note.judgement_row", {TextArg("target", t.text)}});
    }
    if (t.kind == ValueKind::kNotApplicable || a.kind == ValueKind::kNotApplicable) {
      s_.status = IndicatorStatus::kNotApplicable;
      return;
    }
    if (t.kind == ValueKind::kEmpty) {
      if (a.kind == ValueKind::kEmpty) {
        return Fallback(ScoreProblem::kNoTargetNoActual, {"note.no_target_no_actual", {}});
      }
      return Fallback(ScoreProblem::kNoTarget, {"note.no_target", {}});
    }
    if (a.kind == ValueKind::kEmpty) return Error(ScoreProblem::kNoActual, {"note.no_actual", {}});
    if (t.kind == ValueKind::kText || qualitative_declared_) return Qualitative();
    if (a.kind == ValueKind::kText) return TextActualForNumber();
    if (a.kind == ValueKind::kRange)
      return Error(ScoreProblem::kActualRange, {"note.actual_range", {}});
    if (!(t.calendar && a.calendar) && !UnitsCompatible(t, a)) {  // dates: see Deadline
      return Error(
          ScoreProblem::kUnitsDiffer,
          {"note.units_differ", {TextArg("target_unit", t.unit), TextArg("actual_unit", a.unit)}});
    }
    ReadBareInOthersUnit();
    if (t.calendar || a.calendar) return Deadline();
    if (t.number < 0 && t.kind == ValueKind::kNumber) return NegativeTarget();
    double actual = a.number;
    if (actual < 0) {
      actual = 0;
      s_.actual_clamped = true;
    }
    if (t.kind == ValueKind::kRange) return Range(actual);
    Comparison c = t.comparison;
    if (c == Comparison::kNone) {
      c = Comparison::kGe;
      for (const std::string& hint : p_.indicators.implicit_reverse_names) {
        if (s_.name.find(hint) != std::string::npos) c = Comparison::kLe;
      }
      // Not for rates (计划完成率 90%, 成本控制率 100): higher is better there.
      if (c == Comparison::kGe && t.unit != "%" && s_.name.find("率") == std::string::npos) {
        for (const std::string& hint : p_.indicators.implicit_reverse_groups) {
          if (!hint.empty() && s_.group.find(hint) != std::string::npos) {
            c = Comparison::kLe;  // a cost is a ceiling whatever the row's name (D5)
            s_.comparison_from_group = true;
          }
        }
      }
      s_.comparison_implied = true;
    }
    s_.comparison = c;
    switch (c) {
      case Comparison::kGe:
      case Comparison::kGt:
      case Comparison::kNone:
        s_.kind = IndicatorKind::kPositive;
        return Set(Positive(t.number, actual));
      case Comparison::kLe:
      case Comparison::kLt:
        s_.kind = IndicatorKind::kReverse;
        return Set(Reverse(t.number, actual));
      case Comparison::kEq:
        s_.kind = IndicatorKind::kEqual;
        return Equal(t.number, actual);
    }
  }

  bool qualitative_declared_ = false;
  bool deviation_explained_ = false;  // the row has a 偏差原因 (deduct: fixed spares it)

 private:
  double w() const { return s_.points; }

  // Whether a bare `number` reads as written in a scaled unit: it is nearer in magnitude
  // to the value as printed (50 of 50万元) than to the value in base units (500000).
  static bool NearerToPrinted(double number, double base_value, double scale) {
    if (number <= 0 || base_value <= 0) return true;
    const double printed = base_value / scale;
    return std::fabs(std::log10(number / printed)) < std::fabs(std::log10(number / base_value));
  }

  // A bare number beside a value with a scaled unit is in that unit: "70" against
  // "≤50万元" is 70万元 (D3); "480000" against "50万人" is already in 人.
  void ReadBareInOthersUnit() {
    Value& t = s_.target;
    Value& a = s_.actual;
    if (a.unit.empty() && !t.unit.empty() && t.scale != 1 && !t.calendar &&
        NearerToPrinted(a.number, t.number, t.scale)) {
      a.number *= t.scale;
      a.scale = t.scale;
      a.unit = t.unit;
      s_.actual_in_target_unit = true;
    } else if (t.unit.empty() && !a.unit.empty() && a.scale != 1 && !a.calendar &&
               NearerToPrinted(t.number, a.number, a.scale)) {
      t.number *= a.scale;
      t.upper *= a.scale;
      t.scale = a.scale;
      t.unit = a.unit;
    }
  }

  void Set(double raw) {
    s_.status = IndicatorStatus::kScored;
    s_.raw = raw;
    s_.score = RoundScore(raw, p_.rounding.score_decimals, p_.rounding.score_mode);
    // Rounding never lifts a score above the row's points (floating error at
    // millions of points would).
    if (raw <= w() && s_.score > w()) s_.score = w();
  }

  void Fallback(ScoreProblem problem, Message why) {
    s_.status = IndicatorStatus::kFallback;
    s_.problem = problem;
    s_.note = std::move(why);
    if (p_.indicators.unscorable == FallbackPolicy::kReported && s_.reported) {
      s_.raw = std::min(*s_.reported, w());
      s_.score = s_.raw;
    }
  }

  void Error(ScoreProblem problem, Message why) {
    s_.status = IndicatorStatus::kError;
    s_.problem = problem;
    s_.note = std::move(why);
  }

  double Positive(double target, double actual) {
    if (target <= 0 || actual >= target) {
      const OverAchievementDeduct deduct = p_.indicators.over_achievement_deduct;
      const double k = p_.indicators.over_achievement_factor;
      if (deduct == OverAchievementDeduct::kExcess && target > 0 && actual >= k * target) {
        s_.deducted_excess = true;
        return w() * std::max(0.0, 1 - (actual / target - k));
      }
      if (deduct == OverAchievementDeduct::kFixed && target > 0 && actual >= k * target &&
          !deviation_explained_) {
        s_.deducted_excess = true;
        return std::max(0.0, w() - p_.indicators.over_achievement_points);
      }
      return w();
    }
    return actual / target * w();
  }

  double Reverse(double target, double actual) {
    if (actual <= target) return w();
    if (target <= 0) return 0;
    if (p_.indicators.reverse == ReverseMode::kRatio) {
      s_.ratio_rule = true;
      return target / actual * w();
    }
    if (actual >= 2 * target) return 0;
    return (2 - actual / target) * w();
  }

  // A negative target (≥-5%: growth may fall by at most 5%): met or not, by the
  // signed values; a proportional score would invert (−50% "above" −5% after
  // clamping), so a missed one is scored by hand.
  void NegativeTarget() {
    const Value& t = s_.target;
    const double actual = s_.actual.number;
    Comparison c = t.comparison == Comparison::kNone ? Comparison::kGe : t.comparison;
    s_.comparison = c;
    s_.comparison_implied = t.comparison == Comparison::kNone;
    const bool reverse = c == Comparison::kLe || c == Comparison::kLt;
    s_.kind = reverse ? IndicatorKind::kReverse : IndicatorKind::kPositive;
    const bool met = c == Comparison::kGt   ? actual > t.number
                     : c == Comparison::kLt ? actual < t.number
                     : c == Comparison::kLe ? actual <= t.number
                     : c == Comparison::kEq ? actual == t.number
                                            : actual >= t.number;
    if (met) return Set(w());
    Fallback(ScoreProblem::kMissedNegativeTarget,
             {"note.missed_negative_target", {TextArg("target", t.text)}});
  }

  void Equal(double target, double actual) {
    const bool exact = std::fabs(actual - target) <= 1e-9 * std::max(1.0, std::fabs(target));
    if (p_.indicators.equal == EqualMode::kExactOrManual) {
      if (exact) return Set(w());
      return Fallback(ScoreProblem::kExactTargetMissed, {"note.exact_target_missed", {}});
    }
    if (target == 0) return Set(actual <= 0 ? w() : 0);
    Set(Positive(target, actual));
  }

  void Range(double actual) {
    s_.kind = IndicatorKind::kRange;
    const Value& t = s_.target;
    if (actual >= t.number && actual <= t.upper) return Set(w());
    if (p_.indicators.range == RangePolicy::kManual) {
      return Fallback(ScoreProblem::kOutsideTargetRange, {"note.outside_target_range", {}});
    }
    if (actual < t.number) return Set(Positive(t.number, actual));
    Set(Reverse(t.upper, actual));
  }

  void Deadline() {
    s_.kind = IndicatorKind::kDeadline;
    // Two dates are compared at the coarser of their precisions: 2023年11月20日
    // against 11月底前 is month 11; 2022年11月 against 2022年12月31日 is 2022-11
    // against 2022-12.
    Value t = s_.target;
    Value a = s_.actual;
    if (t.calendar && a.calendar && t.unit != a.unit) a = AtPrecisionOf(a, t.unit);
    if (t.calendar && a.calendar && t.unit != a.unit) {
      a = s_.actual;
      t = AtPrecisionOf(t, a.unit);
    }
    if (!t.calendar || !a.calendar || t.unit != a.unit) {
      return Error(ScoreProblem::kDateVsText,
                   {"note.date_vs_text", {TextArg("value", t.calendar ? a.text : t.text)}});
    }
    s_.comparison = t.comparison == Comparison::kNone ? Comparison::kLe : t.comparison;
    s_.comparison_implied = t.comparison == Comparison::kNone;
    bool met = false;
    switch (s_.comparison) {
      case Comparison::kGe:
        met = a.number >= t.number;
        break;
      case Comparison::kGt:
        met = a.number > t.number;
        break;
      case Comparison::kEq:
        met = a.number == t.number;
        break;
      case Comparison::kLt:
        met = a.number < t.number;
        break;
      default:
        met = a.number <= t.number;
        break;
    }
    if (met) return Set(w());
    if (p_.indicators.deadline_missed == DeadlinePolicy::kManual) {
      return Fallback(ScoreProblem::kDeadlineMissed, {"note.deadline_missed", {}});
    }
    Set(0);
  }

  void Grade(QualitativeGradeKind g) {
    s_.kind = IndicatorKind::kQualitative;
    s_.grade = g;
    const QualitativeRules& q = p_.indicators.qualitative;
    const QualitativeGrade& rules = GradeRules(g, q);
    if (q.accept_reported_in_band && s_.reported &&
        InBand(*s_.reported, w(), rules, g == QualitativeGradeKind::kAchieved)) {
      s_.reported_in_band = true;
      return Set(*s_.reported);
    }
    Set(rules.fraction * w());
  }

  void Qualitative() {
    if (s_.actual.kind != ValueKind::kText) {
      s_.kind = IndicatorKind::kQualitative;
      return Error(ScoreProblem::kNumberForTextTarget,
                   {"note.number_for_text_target",
                    {TextArg("actual", s_.actual.text), TextArg("target", s_.target.text)}});
    }
    if (IsPlaceholder(s_.actual.text)) {
      s_.kind = IndicatorKind::kQualitative;
      return Error(ScoreProblem::kPlaceholderActual,
                   {"note.placeholder_actual", {TextArg("actual", s_.actual.text)}});
    }
    if (FoldText(s_.actual.text) == FoldText(s_.target.text)) {
      s_.grade_by_identity = true;
      return Grade(QualitativeGradeKind::kAchieved);
    }
    const QualitativeGradeKind g = GradeOf(s_.actual.text, p_.indicators.qualitative);
    if (g == QualitativeGradeKind::kNone) {
      s_.kind = IndicatorKind::kQualitative;
      return Fallback(ScoreProblem::kNotGradeWord,
                      {"note.not_grade_word", {TextArg("actual", s_.actual.text)}});
    }
    Grade(g);
  }

  void TextActualForNumber() {
    const QualitativeGradeKind g = GradeOf(s_.actual.text, p_.indicators.qualitative);
    if (g == QualitativeGradeKind::kNone) {
      return Error(ScoreProblem::kTextForNumericTarget,
                   {"note.text_for_numeric_target",
                    {TextArg("actual", s_.actual.text), TextArg("target", s_.target.text)}});
    }
    s_.problem = ScoreProblem::kTextGradedQualitative;
    s_.note = {"note.text_graded_qualitative", {}};
    Grade(g);
  }

  const RuleProfile& p_;
  IndicatorScore& s_;
};

}  // namespace

namespace {

// A 偏差原因 that says something ("0", "无", "/" say nothing).
bool HasExplanation(const OptText& deviation) {
  if (!deviation) return false;
  const std::string s = FoldText(deviation->value);
  return !(s.empty() || s == "0" || s == "无" || s == "/" || s == "-");
}

}  // namespace

IndicatorScore ScoreIndicator(const Indicator& indicator, const RuleProfile& profile) {
  RowContext context;
  if (indicator.points) context.points = indicator.points->value;
  return ScoreIndicator(indicator, profile, context);
}

IndicatorScore ScoreIndicator(const Indicator& indicator, const RuleProfile& profile,
                              const RowContext& context) {
  IndicatorScore s;
  s.name = indicator.name.value;
  s.group = context.group;
  s.where = indicator.where;
  s.blank = indicator.blank;
  s.name_lost = indicator.name_lost;
  s.points_implied = context.points_implied;
  s.points_from = context.points_from;
  if (indicator.score) s.reported = indicator.score->value;
  s.target = ParseValue(indicator.target ? indicator.target->value : std::string());
  s.actual = ParseValue(indicator.actual ? indicator.actual->value : std::string());
  s.comparison = s.target.comparison;
  if (indicator.blank) {
    s.status = IndicatorStatus::kUnscored;
    if (context.points) s.points = *context.points;
    return s;
  }
  s.points = context.points.value_or(0);
  Scorer scorer(profile, &s);
  scorer.qualitative_declared_ = indicator.qualitative_declared;
  scorer.deviation_explained_ = HasExplanation(indicator.deviation);
  scorer.Run();
  if (!context.points) {
    // No 分值 and no level weight: the rule still reads the row (for the text
    // checks), but it scores nothing (G1e).
    s.unweighted = true;
    s.outcome = s.status;
    s.status = IndicatorStatus::kUnscored;
    s.raw = s.score = 0;
  }
  return s;
}

}  // namespace evalscore
