#include "cli/form_headings.h"

#include "evalscore/vocabulary.h"

namespace evalscore::cli {
namespace {

std::string SectionTitle(std::string_view id) {
  const VocabSection* s = FindSection(id);
  return s == nullptr ? std::string(id) : std::string(s->zh_title);
}

}  // namespace

std::string FieldLabel(std::string_view section, std::string_view key) {
  return std::string(LabelOf(section, key));
}

std::string GoalHeading(std::string_view key) {
  return FieldLabel("", "goals") + "：" + FieldLabel("goals", key);
}

std::vector<std::string> FundsHeadings(bool adjusted) {
  std::vector<std::string> h = {FieldLabel("fundsRow", "initial"),
                                FieldLabel("fundsRow", "budget")};
  if (adjusted) h.push_back(FieldLabel("fundsRow", "adjusted"));
  for (const char* key : {"executed", "points", "reported_rate", "reported_score"}) {
    h.push_back(FieldLabel("fundsRow", key));
  }
  return h;
}

std::vector<std::string> IndicatorHeadings(bool reviewed) {
  std::vector<std::string> h = {SectionTitle("category"),    SectionTitle("group"),
                                SectionTitle("row"),         FieldLabel("row", "target"),
                                FieldLabel("row", "actual"), FieldLabel("row", "points"),
                                FieldLabel("row", "score")};
  // Beside evalscore's recomputed 得分: the unit's own, as the form printed it.
  h.push_back("填报" + FieldLabel("row", "score"));
  h.push_back(FieldLabel("row", "deviation"));
  if (reviewed) {
    h.push_back(FieldLabel("row", "review_score"));
    h.push_back(FieldLabel("row", "review_comment"));
  }
  return h;
}

std::vector<std::string> SummaryColumnsZh(std::string_view rate_unit) {
  std::vector<std::string> h = {"文件", "状态"};
  for (const char* key : {"name", "year", "department", "unit"}) {
    h.push_back(FieldLabel("project", key));
  }
  h.push_back("评分规则");
  h.push_back(FieldLabel("fundsRow", "reported_rate") + std::string(rate_unit));
  for (const char* column :
       {"预算执行得分", "指标得分", "总分", "满分", "等级", "填报总分", "填报等级",
        "差额(填报-复核)", "错误数", "警告数", "提示数", "说明", "复核人总分", "复核人等级"}) {
    h.emplace_back(column);
  }
  return h;
}

std::string JoinHeadings(const std::vector<std::string>& headings, std::string_view open,
                         std::string_view close, std::string_view between) {
  std::string out;
  for (size_t i = 0; i < headings.size(); ++i) {
    if (i > 0) out += between;
    out += std::string(open) + headings[i] + std::string(close);
  }
  return out;
}

}  // namespace evalscore::cli
