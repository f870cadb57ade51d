// Sense checks on single indicator rows: the numbers may add up, but the row
// does not make sense (a rate counted in persons, a placeholder left in, a
// deadline measured in percent, a year from another form ...).
#include <cctype>
#include <cmath>

#include "check_context.h"
#include "text_scan.h"

namespace evalscore {
namespace {

std::string Quoted(const std::string& name) { return "'" + name + "'"; }

bool InGroup(const IndicatorScore& s, std::string_view word) {
  return Contains(s.group, word) || Contains(s.category, word);
}

// ES319: a name ending in 率 measured in a count unit (人, 个 ...).
void RateInCountUnit(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const std::string name = WithoutParentheses(s.name);
  // 功率 (power) and 频率 (times per period) are rightly counted in units.
  if (!EndsWith(name, "率") || EndsWith(name, "功率") || EndsWith(name, "频率")) return;
  const Value& v = s.target.kind == ValueKind::kNumber ? s.target : s.actual;
  if (v.kind != ValueKind::kNumber || v.unit.empty() || v.calendar) return;
  if (v.unit == "%" || v.unit == "‰" || Contains(v.unit, "元") || Contains(v.unit, "/")) return;
  c.Add("ES319", ind.target ? ind.target->where : ind.where,
        {"ES319.rate_in_count_unit",
         {TextArg("indicator", s.name), TextArg("unit", v.unit), TextArg("value", v.text)}});
}

// The placeholder a template left in `text` ("**", "XX", "××"), or "".
std::string Placeholder(const std::string& text) {
  const std::string folded = FoldText(text);
  if (Contains(folded, "**")) return "**";
  if (Contains(folded, "××")) return "××";
  size_t end = 0;
  for (size_t at = folded.find("XX"); at != std::string::npos; at = folded.find("XX", end)) {
    end = at;
    while (end < folded.size() && folded[end] == 'X') ++end;
    const bool letter_before = at > 0 && std::isalpha(static_cast<unsigned char>(folded[at - 1]));
    const bool letter_after =
        end < folded.size() && std::isalpha(static_cast<unsigned char>(folded[end]));
    if (!letter_before && !letter_after) return "XX";
  }
  return "";
}

// ES321: a bare actual against a target with a unit; or bare values whose
// name asks for a unit ("(≥**平方米)").
void ValueWithoutUnit(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Value& t = s.target;
  const Value& a = s.actual;
  if (t.kind != ValueKind::kNumber || a.kind != ValueKind::kNumber || a.calendar || t.calendar) {
    return;
  }
  const Location at = ind.actual ? ind.actual->where : ind.where;
  // A 度量单位 column holds the unit of both target and actual.
  if (!t.unit.empty() && t.unit != "%" && a.unit.empty() && !ind.target_unit) {
    c.Add("ES321", at,
          {"ES321.actual_without_unit",
           {TextArg("indicator", s.name), TextArg("actual", a.text), TextArg("target", t.text)}});
    return;
  }
  if (!t.unit.empty() || !a.unit.empty()) return;
  for (const std::string& part : ParenthesisedParts(s.name)) {
    std::string unit;
    for (size_t pos = 0; pos < part.size(); ++pos) {
      const unsigned char ch = static_cast<unsigned char>(part[pos]);
      if (ch >= 0x80) unit += part[pos];
    }
    for (std::string_view sign : {"≥", "≤", "＞", "＜"}) {
      for (size_t at_sign = unit.find(sign); at_sign != std::string::npos;
           at_sign = unit.find(sign)) {
        unit.erase(at_sign, sign.size());
      }
    }
    if (unit.empty() || CodePoints(unit) > 4 || !Contains(part, "*")) continue;
    c.Add("ES321", at,
          {"ES321.name_asks_unit",
           {TextArg("indicator", s.name), TextArg("target", t.text), TextArg("actual", a.text),
            TextArg("unit", unit)}});
    return;
  }
}

// ES323: a 时效 row whose name is a deadline but whose value is a percentage.
void TimelinessAsPercent(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  if (!InGroup(s, "时效") || s.target.kind != ValueKind::kNumber || s.target.unit != "%") return;
  const std::string name = WithoutParentheses(s.name);
  if (EndsWith(name, "率")) return;  // 及时率 is a rate; a percentage fits it
  if (!ContainsAny(name, {"月", "日", "年底", "前", "按时", "按期", "及时", "期限", "时间"}))
    return;
  c.Add("ES323", ind.target ? ind.target->where : ind.where,
        {"ES323.deadline_as_percent",
         {TextArg("indicator", s.name), TextArg("target", s.target.text)}});
}

// ES324: a date from another year than the form's, or a year after it.
void YearOutsideForm(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  if (!c.project.year) return;
  const int form_year = c.project.year->value;
  const std::pair<const OptText*, const char*> fields[] = {
      {nullptr, "name"}, {&ind.target, "target"}, {&ind.actual, "actual"}};
  for (const auto& [field, label] : fields) {
    const std::string& text = field ? ((*field) ? (*field)->value : std::string()) : s.name;
    const Location at = field && *field ? (*field)->where : ind.name.where;
    for (const YearMention& y : YearsIn(text)) {
      if (y.year > form_year) {
        c.Add(
            "ES324", at,
            {"ES324.year_after_form",
             {TextArg("indicator", s.name), NestedArg("field", {std::string("field.") + label, {}}),
              CountArg("year", y.year), CountArg("form_year", form_year)}});
        return;
      }
      if (y.dated && y.year < form_year) {
        c.Add(
            "ES324", at,
            {"ES324.date_before_form",
             {TextArg("indicator", s.name), NestedArg("field", {std::string("field.") + label, {}}),
              CountArg("year", y.year), CountArg("form_year", form_year)}});
        return;
      }
    }
  }
}

// Words of names that are rightly capped ("at most"): complaints, failures, costs.
bool LowerIsBetterName(const std::string& name, const RuleProfile& p) {
  for (const std::string& w : p.indicators.implicit_reverse_names) {
    if (Contains(name, w)) return true;
  }
  return ContainsAny(
      name,
      {"投诉",   "上访", "信访", "调整", "事故", "故障", "违",   "差错", "误差", "偏差", "缺陷",
       "损失",   "死亡", "伤亡", "隐患", "案件", "超支", "超标", "成本", "费用", "时间", "时长",
       "天数",   "期限", "逾期", "延误", "空置", "闲置", "积压", "结余", "发生", "次数", "拖欠",
       "不合格", "返工", "污染", "排放", "能耗", "流失", "辍学", "返贫", "率"});
}

// ES327: an "at most" target on an output count.
void CapOnOutputCount(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Value& t = s.target;
  if (!Contains(s.group, "数量") || t.kind != ValueKind::kNumber) return;
  if (t.comparison != Comparison::kLe && t.comparison != Comparison::kLt) return;
  if (t.unit == "%" || Contains(t.unit, "元") || t.calendar) return;
  if (LowerIsBetterName(s.name, c.profile)) return;
  c.Add("ES327", ind.target ? ind.target->where : ind.where,
        {"ES327.output_capped", {TextArg("indicator", s.name), TextArg("target", t.text)}});
}

// ES328: several groups with their own counts packed into one row at 100%.
void PackedIndicator(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Value& t = s.target;
  if (t.kind != ValueKind::kNumber || t.unit != "%" || std::fabs(t.number - 100) > 1e-9) return;
  const std::string name = FoldText(s.name);
  int counted = 0;
  size_t segment_start = 0;
  bool digit = false;
  for (size_t pos = 0; pos <= name.size();) {
    const bool end = pos == name.size();
    const std::string_view rest = std::string_view(name).substr(pos);
    size_t sep = 0;
    if (!end && (name[pos] == ';' || name[pos] == ',')) sep = 1;
    if (!end && (rest.substr(0, 3) == "、" || rest.substr(0, 3) == "；")) sep = 3;
    if (end || sep > 0) {
      if (digit && pos > segment_start) ++counted;
      digit = false;
      if (end) break;
      pos += sep;
      segment_start = pos;
      continue;
    }
    if (name[pos] >= '0' && name[pos] <= '9') digit = true;
    ++pos;
  }
  if (counted < 2) return;
  c.Add("ES328", ind.name.where,
        {"ES328.packed_groups", {TextArg("indicator", s.name), CountArg("groups", counted)}});
}

// ES330: a multi-year figure (≥20年) reported as reached in the form's year.
void SustainabilityInYearOne(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Value& t = s.target;
  const Value& a = s.actual;
  if (t.kind != ValueKind::kNumber || a.kind != ValueKind::kNumber) return;
  if (t.unit != "年" || a.unit != "年" || t.number < 2 || t.number >= 1000 || a.number >= 1000) {
    return;
  }
  if (a.number < t.number) return;
  if (!InGroup(s, "可持续") && !ContainsAny(s.name, {"年限", "持续", "长期", "使用期"})) return;
  // A warranty, a contract term or a design life is known on day one.
  if (ContainsAny(s.name, {"保修", "质保", "保质", "合同", "协议", "承诺", "设计", "规划"})) return;
  c.Add("ES330", ind.actual ? ind.actual->where : ind.where,
        {"ES330.multi_year_reached",
         {TextArg("indicator", s.name), NumArg("years", t.number), TextArg("target", t.text),
          TextArg("actual", a.text)}});
}

}  // namespace

void CheckSenseRows(CheckContext& c) {
  struct PlaceholderRow {
    const IndicatorScore* s;
    Location at;
    std::string mark;
  };
  std::vector<PlaceholderRow> placeholders;
  for (const CheckContext::Row& row : c.Rows()) {
    const Indicator& ind = *row.indicator;
    const IndicatorScore& s = *row.score;
    if (s.blank) continue;
    RateInCountUnit(c, ind, s);
    ValueWithoutUnit(c, ind, s);
    TimelinessAsPercent(c, ind, s);
    YearOutsideForm(c, ind, s);
    CapOnOutputCount(c, ind, s);
    PackedIndicator(c, ind, s);
    SustainabilityInYearOne(c, ind, s);
    const std::pair<std::string, Location> texts[] = {
        {s.name, ind.name.where},
        {ind.target ? ind.target->value : "", ind.target ? ind.target->where : ind.where},
        {ind.actual ? ind.actual->value : "", ind.actual ? ind.actual->where : ind.where}};
    for (const auto& [text, at] : texts) {
      const std::string mark = Placeholder(text);
      if (!mark.empty()) {
        placeholders.push_back({&s, at, mark});
        break;
      }
    }
  }
  if (placeholders.empty()) return;
  // One finding per form: the rows are usually filled from the same template.
  std::string names;
  for (size_t i = 0; i < placeholders.size() && i < 3; ++i) {
    names += (i ? ", " : "") + Quoted(placeholders[i].s->name);
  }
  if (placeholders.size() > 3) names += ", …";
  c.Add("ES320", placeholders.front().at,
        {placeholders.size() > 1 ? "ES320.placeholders_many" : "ES320.placeholders_one",
         {CountArg("rows", static_cast<long long>(placeholders.size())),
          TextArg("mark", placeholders.front().mark), TextArg("names", names)}});
}

}  // namespace evalscore
