// The catalogue of scoring notes (IndicatorScore::note): why a row fell back or
// could not be scored; shown inside findings ES307/ES312/ES313 and in explain.
#include "messages.h"

namespace evalscore {

const std::vector<MessageTemplate>& NoteMessages() {
  static const auto* messages = new std::vector<MessageTemplate>{
      // The parts of an indicator row, as findings name them (ES324).
      {"field.name", "", "name", "指标名称"},
      {"field.target", "", "target", "指标值"},
      {"field.actual", "", "actual", "完成值"},
      {"note.judgement_row", "", "'{target}' in 指标值: a judgement row, no target to compare with",
       "指标值为“{target}”：判断类指标，无可比较的指标值"},
      {"note.no_target_no_actual", "", "no target and no actual value written",
       "未填写指标值和实际完成值"},
      {"note.no_target", "", "no target value written", "未填写指标值"},
      {"note.no_actual", "", "a target but no actual value", "有指标值但没有实际完成值"},
      {"note.actual_range", "", "the actual value is a range", "实际完成值是一个区间"},
      {"note.units_differ", "",
       "units differ: target in '{target_unit}', actual in '{actual_unit}'",
       "计量单位不同：指标值为“{target_unit}”，完成值为“{actual_unit}”"},
      {"note.missed_negative_target", "",
       "a missed negative target ('{target}') cannot be scored in proportion",
       "未达到的负数指标值（“{target}”）无法按比例评分"},
      {"note.exact_target_missed", "", "the actual differs from the exact target; scored by hand",
       "完成值与等值指标不符，需人工评分"},
      {"note.outside_target_range", "", "the actual is outside the target range; scored by hand",
       "完成值超出指标区间，需人工评分"},
      {"note.date_vs_text", "", "a date cannot be compared with '{value}'",
       "日期无法与“{value}”比较"},
      {"note.deadline_missed", "", "the deadline was missed; scored by hand",
       "未按期完成，需人工评分"},
      {"note.number_for_text_target", "", "a number ('{actual}') for the text target '{target}'",
       "文字指标值“{target}”的完成值为数字“{actual}”"},
      {"note.placeholder_actual", "", "'{actual}' is a placeholder, not a result",
       "“{actual}”是占位文字，不是完成情况"},
      {"note.not_grade_word", "", "'{actual}' is not a grade word of the profile",
       "“{actual}”不是评分规则中的等级用语"},
      {"note.text_for_numeric_target", "", "text '{actual}' for the numeric target '{target}'",
       "定量指标“{target}”的完成值为文字“{actual}”"},
      {"note.text_graded_qualitative", "",
       "text actual for a numeric target; graded as qualitative",
       "定量指标的完成值为文字：按定性指标评等级"},
  };
  return *messages;
}

}  // namespace evalscore
