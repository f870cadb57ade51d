// `evalscore report --summary`: the bureau-level 复核汇总报告 of a batch, in
// Chinese Markdown (or HTML): what was reviewed, how the scores changed, the
// common problems with counts, the units that over-state most, the forms to
// look at, and recommendations drawn from the figures. Everything only the
// reviewer can know is a 【请填写：…】 marker. All figures come from the
// Dashboard value, as on the dashboard.
#include <set>
#include <sstream>

#include "cli/dashboard_charts.h"
#include "cli/dashboard_data.h"
#include "cli/render.h"
#include "cli/review.h"

namespace evalscore::cli {
namespace {

std::string FillIn(const std::string& what) { return "【请填写：" + what + "】"; }

std::string Opt2(const std::optional<double>& x) { return x ? Fixed2(*x) : "—"; }

// Markdown table cells must not break the table.
std::string Cell(std::string s) {
  for (size_t at = s.find('|'); at != std::string::npos; at = s.find('|', at + 2)) {
    s.replace(at, 1, "\\|");
  }
  return s;
}

std::string Title(const DashboardForm& f) {
  return std::to_string(f.number) + ". " + (f.name.empty() ? f.path : f.name);
}

size_t Distinct(const std::vector<DashboardGroup>& groups) { return groups.size(); }

void WriteScope(const Dashboard& d, std::ostream& out) {
  out << "## 一、复核范围\n\n本次复核项目支出绩效自评表 " << d.files << " 份，涉及主管部门 "
      << Distinct(d.by_department) << " 个、实施单位 " << Distinct(d.by_unit)
      << " 个。其中按评分规则重算得分的 " << d.scored << " 份，无法评分的 " << d.failed << " 份";
  if (d.incomplete > 0) {
    out << "；表不完整（分值合计不足 100 或资金栏缺数）的 " << d.incomplete
        << " 份，其得分折合百分制比较，不与完整的表一起排名";
  }
  out << "。复核逐项重算了预算执行率、各项指标得分、总分和等级，并与单位填报数核对。"
      << FillIn("复核依据的文件文号、复核时间和参加人员") << "\n\n";
  bool any = false;
  for (const DashboardForm& f : d.forms) {
    if (f.scored) continue;
    out << (any ? "" : "无法评分的自评表：\n\n") << "- " << Cell(f.path) << "："
        << RenderMessage(f.error, Lang::kZh) << "\n";
    any = true;
  }
  if (any) out << '\n';
}

void WriteChanges(const Dashboard& d, std::ostream& out) {
  out << "## 二、得分变化情况\n\n单位自评平均得分 " << Opt2(d.mean_self_pct)
      << " 分，复核重算平均得分 " << Opt2(d.mean_total_pct)
      << " 分（均折合百分制）。自评高于重算的 " << d.overstating << " 份，合计高报 "
      << Fixed2(d.over_points) << " 分；自评低于重算的 " << d.understating
      << " 份；填报等级与重算等级不一致的 " << d.grade_changes << " 份。";
  if (d.reviewed > 0) {
    out << "复核人已逐项评分（复核得分）的 " << d.reviewed << " 份：";
    bool first = true;
    for (const DashboardForm& f : d.forms) {
      if (!f.reviewed_total) continue;
      out << (first ? "" : "；") << Title(f) << " 自评 "
          << (f.self_score ? Number(*f.self_score) : std::string("—")) << "、重算 "
          << Fixed2(f.total) << "、复核 " << Fixed2(*f.reviewed_total) << " " << f.reviewed_grade;
      first = false;
    }
    out << "。";
  }
  out << "\n\n| 等级 | 单位填报（份） | 复核重算（份） |\n|---|---:|---:|\n";
  for (const GradeCount& g : d.grades) {
    out << "| " << g.grade << " | " << g.reported << " | " << g.recomputed << " |\n";
  }
  out << '\n';
}

void WriteProblems(const Dashboard& d, std::ostream& out) {
  out << "## 三、主要问题\n\n";
  if (d.codes.empty()) {
    out << "复核未发现问题。\n\n";
    return;
  }
  out << "复核共发现问题 ";
  size_t total = 0;
  for (const CodeCount& c : d.codes) total += c.findings;
  out << total << " 条，按出现次数排列：\n\n| 问题（代码） | 严重程度 | 条数 | 涉及表数 | 例 |\n"
      << "|---|---|---:|---:|---|\n";
  for (const CodeCount& c : d.codes) {
    const DashboardForm& f = d.forms[c.example_form - 1];
    out << "| " << c.code << " " << c.name << " | " << SeverityWord(c.severity, Lang::kZh) << " | "
        << c.findings << " | " << c.forms << " | "
        << Cell(RenderMessage(c.example, Lang::kZh) + "（" + Title(f) + "）") << " |\n";
  }
  out << '\n';
  if (d.full_marks_no_money > 0) {
    out << "预算执行率低于 " << Fixed2(d.low_execution * 100) << "% 而自评得分不低于 "
        << Number(d.high_score) << " 分（钱没花完却近满分）的 " << d.full_marks_no_money << " 份：";
    bool first = true;
    for (const DashboardForm& f : d.forms) {
      if (!f.full_marks_no_money) continue;
      out << (first ? "" : "；") << Title(f) << "（执行率 " << PercentText(*f.rate) << "，自评 "
          << Number(*f.self_score) << " 分）";
      first = false;
    }
    out << "。\n\n";
  }
}

void WriteUnits(const Dashboard& d, std::ostream& out) {
  out << "## 四、高报较多的单位\n\n";
  std::vector<const DashboardGroup*> units;
  for (const DashboardGroup& g : d.by_unit) {
    if (g.overstating > 0) units.push_back(&g);
  }
  if (units.empty()) {
    out << "没有单位的自评总分高于复核重算结果。\n\n";
    return;
  }
  out << "| 实施单位 | 表数 | 高报份数 | 平均自评 | 平均重算 | 平均高报 | 主要问题 |\n"
      << "|---|---:|---:|---:|---:|---:|---|\n";
  for (size_t i = 0; i < units.size() && i < 10; ++i) {
    const DashboardGroup& g = *units[i];
    std::string worst;
    for (const CodeCount& c : g.worst) {
      worst += (worst.empty() ? "" : "、") + c.code + "×" + std::to_string(c.findings);
    }
    out << "| " << Cell(g.key) << " | " << g.forms << " | " << g.overstating << " | "
        << Opt2(g.mean_self_pct) << " | " << Fixed2(g.mean_total_pct) << " | "
        << Opt2(g.mean_over_pct) << " | " << worst << " |\n";
  }
  out << '\n';
}

void WriteAttention(const Dashboard& d, std::ostream& out) {
  out << "## 五、需要重点关注的自评表\n\n";
  if (d.attention.empty()) {
    out << "无。\n\n";
    return;
  }
  const size_t shown = std::min<size_t>(d.attention.size(), 20);
  for (size_t k = 0; k < shown; ++k) {
    const DashboardForm& f = d.forms[d.attention[k]];
    std::string reasons;
    for (const std::string& r : f.reasons) reasons += (reasons.empty() ? "" : "；") + r;
    out << k + 1 << ". " << (f.name.empty() ? f.path : f.name) << "（第 " << f.number << " 份"
        << (f.unit.empty() ? "" : "，" + f.unit) << "）：" << reasons << "。\n";
  }
  if (shown < d.attention.size()) {
    out << "\n另有 " << d.attention.size() - shown << " 份，见复核概览（evalscore review）。\n";
  }
  out << '\n';
}

// Recommendations that follow from the figures, then the reviewer's own.
void WriteRecommendations(const Dashboard& d, std::ostream& out) {
  out << "## 六、意见和建议\n\n";
  std::vector<std::string> items;
  if (d.overstating > 0) {
    items.push_back("对自评得分高于复核结果的 " + std::to_string(d.overstating) +
                    " 份自评表，责成相关单位按复核结果更正得分和等级，并说明原因");
  }
  if (d.full_marks_no_money > 0) {
    items.push_back("对预算执行率低而自评近满分的 " + std::to_string(d.full_marks_no_money) +
                    " 个项目，核查实际完成值的佐证材料，分析资金未执行的原因");
  }
  double qual = 0, rows = 0;
  for (const DashboardForm& f : d.forms) {
    qual += static_cast<double>(f.qualitative_rows);
    rows += static_cast<double>(f.rows);
  }
  if (rows > 0 && qual / rows >= 0.2) {
    items.push_back("定性指标占全部指标的 " + PercentText(qual / rows) +
                    "，下年度设定绩效目标时应细化、量化指标");
  }
  if (d.failed > 0) {
    items.push_back("退回无法评分的 " + std::to_string(d.failed) + " 份自评表，补正后重新报送");
  }
  if (d.incomplete > 0) {
    items.push_back("要求 " + std::to_string(d.incomplete) + " 份不完整的自评表补报完整内容");
  }
  items.push_back("将复核结果与下年度预算安排挂钩，并按规定公开");
  for (size_t i = 0; i < items.size(); ++i) out << i + 1 << ". " << items[i] << "。\n";
  out << '\n' << FillIn("其他意见、整改时限和报送对象") << "\n";
}

// The few Markdown constructs WriteSummaryReport uses, as HTML.
std::string MarkdownToHtml(const std::string& md) {
  std::istringstream in(md);
  std::string line, html, list;
  bool table = false, header = false;
  const auto close = [&] {
    if (!list.empty()) html += "</" + list + ">\n";
    if (table) html += "</tbody></table>\n";
    list.clear();
    table = false;
  };
  while (std::getline(in, line)) {
    if (line.starts_with("|---")) continue;
    if (line.starts_with("|")) {
      if (!table) close();
      html += table ? "<tr>" : "<table><thead><tr>";
      header = !table;
      std::string cells = line.substr(1);
      for (size_t at; (at = cells.find(" |")) != std::string::npos; cells.erase(0, at + 2)) {
        std::string c = cells.substr(0, at);
        while (!c.empty() && c.front() == ' ') c.erase(0, 1);
        for (size_t e; (e = c.find("\\|")) != std::string::npos;) c.replace(e, 2, "|");
        html += (header ? "<th>" : "<td>") + XmlEscape(c) + (header ? "</th>" : "</td>");
      }
      html += header ? "</tr></thead><tbody>\n" : "</tr>\n";
      table = true;
      continue;
    }
    const bool item = line.starts_with("- ") ||
                      (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0])) &&
                       line.find(". ") != std::string::npos && line.find(". ") < 4);
    if (!item || table) close();
    if (line.starts_with("# ")) {
      html += "<h1>" + XmlEscape(line.substr(2)) + "</h1>\n";
    } else if (line.starts_with("## ")) {
      html += "<h2>" + XmlEscape(line.substr(3)) + "</h2>\n";
    } else if (item) {
      const std::string kind = line.starts_with("- ") ? "ul" : "ol";
      if (list != kind) {
        close();
        list = kind;
        html += "<" + kind + ">\n";
      }
      html += "<li>" + XmlEscape(line.substr(line.find(' ') + 1)) + "</li>\n";
    } else if (!line.empty()) {
      html += "<p>" + XmlEscape(line) + "</p>\n";
    }
  }
  close();
  return html;
}

class SummaryReportRenderer : public Renderer {
 public:
  SummaryReportRenderer(bool html, std::ostream& out) : html_(html), out_(out) {}
  void Add(const FileReport& report) override { builder_.Add(report); }
  void Finish() override {
    if (!html_) {  // written as it is made: the lists of forms never sit in memory
      WriteSummaryReport(builder_.Build(), out_);
      return;
    }
    std::ostringstream md;
    WriteSummaryReport(builder_.Build(), md);
    out_ << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<title>项目支出绩效自评复核汇总报告</title>\n<style>\n"
         << "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",SimSun,sans-serif;"
            "margin:2em;line-height:1.6}table{border-collapse:collapse}th,td{border:1px solid "
            "#000;padding:2px 6px}@media print{@page{size:A4;margin:20mm}}\n"
         << "</style>\n</head>\n<body>\n"
         << MarkdownToHtml(md.str()) << "</body>\n</html>\n";
  }

 private:
  bool html_;
  std::ostream& out_;
  DashboardBuilder builder_;
};

}  // namespace

void WriteSummaryReport(const Dashboard& d, std::ostream& out) {
  out << "# 项目支出绩效自评复核汇总报告（草稿）\n\n"
      << "说明：本草稿由 evalscore " << EVALSCORE_VERSION
      << " 根据复核重算结果生成，数字均可由复核概览（evalscore "
         "review）核对；标有【请填写】的内容须由"
         "复核人员补充，定稿前请删除本说明。\n\n";
  WriteScope(d, out);
  WriteChanges(d, out);
  WriteProblems(d, out);
  WriteUnits(d, out);
  WriteAttention(d, out);
  WriteRecommendations(d, out);
}

std::unique_ptr<Renderer> MakeSummaryReportRenderer(const RenderOptions&, bool html,
                                                    std::ostream& out) {
  return std::make_unique<SummaryReportRenderer>(html, out);
}

}  // namespace evalscore::cli
