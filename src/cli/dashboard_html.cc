// `evalscore review -f html`: the one-page dashboard (复核概览) a reviewer hands
// to a leader. One self-contained page: inline CSS and SVG, no script, no
// network; A4 portrait when printed. The first page holds the headline
// figures, the charts and the tables; then the list of forms needing
// attention, each linking to its form rendered further down the same page.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "cli/dashboard_charts.h"
#include "cli/dashboard_data.h"
#include "cli/documents.h"
#include "cli/render.h"
#include "cli/review.h"

namespace evalscore::cli {
namespace {

constexpr const char* kDashboardStyle =
    R"(.dash h1{font-size:1.6em;margin:0 0 .2em}.dash h2{font-size:1.15em;text-align:left;margin:1.2em 0 .4em;border-bottom:2px solid #2c7fb8}
.sub{color:#555;font-size:.9em;margin:0 0 .8em}
.figures{display:flex;flex-wrap:wrap;gap:6px;margin:.5em 0}
.figure{border:1px solid #bbb;border-radius:4px;padding:4px 10px;min-width:7.5em}
.figure b{display:block;font-size:1.6em;line-height:1.2}.figure span{font-size:.85em;color:#444}
.figure.alert b{color:#c0392b}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:8px 16px}
figure{margin:0;break-inside:avoid;page-break-inside:avoid}figcaption{font-weight:bold;font-size:.95em}
figure svg{width:100%;height:auto}
.named{font-size:.85em;margin:.2em 0}
table.dash-table{font-size:.85em}table.dash-table td.key{white-space:normal}
.badge{display:inline-block;border:1px solid #999;border-radius:3px;padding:0 3px;font-size:.8em;color:#555}
ol.attention li{margin:.15em 0}.reasons{color:#a00}
.note{font-size:.8em;color:#555}
.appendix{break-before:page;page-break-before:always}
@media print{.dash{font-size:9.5pt}@page{size:A4 portrait;margin:10mm}
.charts{grid-template-columns:1fr 1fr}.figure{padding:2px 6px}}
)";

std::string H(std::string_view s) { return XmlEscape(s); }

std::string Opt2(const std::optional<double>& x, const char* suffix = "") {
  return x ? Fixed2(*x) + suffix : "—";
}
std::string OptPct(const std::optional<double>& fraction) {
  return fraction ? PercentText(*fraction) : "—";
}

std::string Figure(const std::string& value, const std::string& label, bool alert = false) {
  return fmt::format("<div class=\"figure{}\"><b>{}</b><span>{}</span></div>\n",
                     alert ? " alert" : "", H(value), H(label));
}

constexpr size_t kMaxEmbedded = 200;  // forms rendered in the page, the most urgent first
constexpr size_t kMaxNamed = 30;      // forms named under a chart

// The forms whose rendering the page carries: the first kMaxEmbedded of the
// attention list (a bigger batch is read in the workbook or the JSON).
using Embedded = std::set<size_t>;

// "3. 名称" linking to the form's rendering when the page carries it.
std::string Link(const DashboardForm& f, const Embedded& embedded) {
  const std::string name = f.scored ? (f.name.empty() ? f.path : f.name) : f.path;
  std::string s = embedded.contains(f.number)
                      ? fmt::format("<a href=\"#form-{}\">{}. {}</a>", f.number, f.number, H(name))
                      : fmt::format("{}. {}", f.number, H(name));
  if (f.incomplete) s += " <span class=\"badge\">不完整</span>";
  return s;
}

void WriteHeadline(const Dashboard& d, std::ostream& out) {
  out << "<div class=\"figures\">\n"
      << Figure(std::to_string(d.files), "自评表（份）")
      << Figure(std::to_string(d.scored), "已评分")
      << Figure(std::to_string(d.failed), "无法评分", d.failed > 0)
      << Figure(Opt2(d.mean_total_pct), "平均重算总分（百分制）")
      << Figure(Opt2(d.mean_self_pct), "平均自评得分（百分制）")
      << Figure(std::to_string(d.overstating) + " 份", "自评高报", d.overstating > 0)
      << Figure(Fixed2(d.over_points) + " 分", "高报合计", d.over_points > 0)
      << Figure(std::to_string(d.grade_changes) + " 份", "等级变化", d.grade_changes > 0)
      << Figure(std::to_string(d.full_marks_no_money) + " 份", "满分但钱没花完",
                d.full_marks_no_money > 0)
      << Figure(std::to_string(d.incomplete) + " 份", "表不完整")
      << Figure(std::to_string(d.reviewed) + " 份", "已有复核人评分") << "</div>\n";
  out << "<table class=\"dash-table grades\"><thead><tr><th>等级</th>";
  for (const GradeCount& g : d.grades) out << "<th>" << H(g.grade) << "</th>";
  out << "</tr></thead>\n<tbody><tr><th>单位填报</th>";
  for (const GradeCount& g : d.grades) out << "<td class=\"num\">" << g.reported << "</td>";
  out << "</tr>\n<tr><th>复核重算</th>";
  for (const GradeCount& g : d.grades) out << "<td class=\"num\">" << g.recomputed << "</td>";
  out << "</tr></tbody></table>\n";
}

void WriteCharts(const Dashboard& d, const Embedded& embedded, std::ostream& out) {
  out << "<div class=\"charts\">\n<figure><figcaption>预算执行率与自评得分</figcaption>\n";
  WriteScatterSvg(d, out);
  out << "<p class=\"named\">阴影区（执行率低于 " << Fixed2(d.low_execution * 100)
      << "%、自评得分不低于 " << Number(d.high_score) << "）：";
  size_t named = 0;
  for (const DashboardForm& f : d.forms) {
    if (!f.full_marks_no_money) continue;
    if (named++ < kMaxNamed) out << (named > 1 ? "；" : "") << Link(f, embedded);
  }
  if (named > kMaxNamed) out << " 等 " << named << " 份";
  out << (named ? "" : "无") << "。空心点：不完整的表。</p></figure>\n"
      << "<figure><figcaption>重算总分分布</figcaption>\n"
      << HistogramSvg(d)
      << "</figure>\n<figure><figcaption>自评高报前 10 名（百分制分）</figcaption>\n"
      << OverstatementSvg(d);
  if (!d.incomplete_overstating.empty()) {
    out << "<p class=\"named\">不完整的表另列，不参与排名：";
    for (size_t i = 0; i < d.incomplete_overstating.size() && i < kMaxNamed; ++i) {
      const DashboardForm& f = d.forms[d.incomplete_overstating[i]];
      out << (i ? "；" : "") << Link(f, embedded) << " +" << Fixed2(*f.over_pct);
    }
    if (d.incomplete_overstating.size() > kMaxNamed) {
      out << " 等 " << d.incomplete_overstating.size() << " 份";
    }
    out << "</p>";
  }
  out << "</figure>\n<figure><figcaption>复核发现（按代码）</figcaption>\n" << CodesSvg(d);
  if (d.codes.size() > 12) {
    out << "<p class=\"named\">另有 " << d.codes.size() - 12 << " 个代码：";
    for (size_t i = 12; i < d.codes.size(); ++i) {
      out << (i > 12 ? "、" : "") << H(d.codes[i].code) << "×" << d.codes[i].findings;
    }
    out << "。</p>";
  }
  out << "</figure>\n</div>\n";
}

std::string Worst(const DashboardGroup& g) {
  std::string s;
  for (const CodeCount& c : g.worst) {
    s += (s.empty() ? "" : "、") + c.code + "×" + std::to_string(c.findings);
  }
  return s.empty() ? "—" : s;
}

void WriteGroups(const std::vector<DashboardGroup>& groups, const char* what, std::ostream& out) {
  out << "<h2>按" << what << "</h2>\n<table class=\"dash-table groups\"><thead><tr><th>" << what
      << "</th><th>表数</th><th>平均自评</th><th>平均重算</th><th>平均高报</th><th>高报份数</th>"
      << "<th>等级变化</th><th>满分自评占比</th><th>定性指标占比</th><th>平均执行率</th>"
      << "<th>主要问题</th></tr></thead>\n<tbody>\n";
  for (const DashboardGroup& g : groups) {
    out << "<tr><td class=\"key\">" << H(g.key) << "</td><td class=\"num\">" << g.forms;
    if (g.incomplete) out << "<br><span class=\"badge\">不完整 " << g.incomplete << "</span>";
    out << "</td><td class=\"num\">" << Opt2(g.mean_self_pct) << "</td><td class=\"num\">"
        << Fixed2(g.mean_total_pct) << "</td><td class=\"num\">" << Opt2(g.mean_over_pct)
        << "</td><td class=\"num\">" << g.overstating << "</td><td class=\"num\">"
        << g.grade_changes << "</td><td class=\"num\">" << OptPct(g.full_mark_share)
        << "</td><td class=\"num\">" << OptPct(g.qualitative_share) << "</td><td class=\"num\">"
        << OptPct(g.mean_rate) << "</td><td>" << H(Worst(g)) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

void WriteAttention(const Dashboard& d, const Embedded& embedded, std::ostream& out) {
  out << "<h2>需要关注的自评表（" << d.attention.size() << " 份）</h2>\n";
  if (d.attention.empty()) {
    out << "<p>无。</p>\n";
    return;
  }
  out << "<ol class=\"attention\">\n";
  for (size_t k = 0; k < d.attention.size() && k < kMaxEmbedded; ++k) {
    const DashboardForm& f = d.forms[d.attention[k]];
    std::string reasons;
    for (const std::string& r : f.reasons) reasons += (reasons.empty() ? "" : "；") + r;
    out << "<li>" << Link(f, embedded);
    if (!f.unit.empty()) out << "（" << H(f.unit) << "）";
    out << "：<span class=\"reasons\">" << H(reasons) << "</span>";
    if (f.scored) {  // reported / recomputed / reviewed side by side
      out << "<br><span class=\"note\">自评 "
          << (f.self_score ? Number(*f.self_score) : std::string("—")) << " · 重算 "
          << Fixed2(f.total) << " " << H(f.grade);
      if (f.reviewed_total) {
        out << " · 复核 " << Fixed2(*f.reviewed_total) << " " << H(f.reviewed_grade);
      }
      out << "</span>";
    }
    out << "</li>\n";
  }
  out << "</ol>\n";
  if (d.attention.size() > kMaxEmbedded) {
    out << "<p class=\"note\">另有 " << d.attention.size() - kMaxEmbedded
        << " 份需要关注的自评表未列出：完整清单见 evalscore review -f xlsx 或 -f json。</p>\n";
  }
}

class DashboardRenderer : public Renderer {
 public:
  DashboardRenderer(const RenderOptions& options, std::ostream& out)
      : options_(options), out_(out) {}

  // Records the report; the form of one that needs attention is rendered now
  // (and kept as HTML), so the batch need not stay in memory.
  void Add(const FileReport& report) override {
    builder_.Add(report);
    const DashboardForm& f = builder_.last();
    if (f.reasons.empty()) return;
    const auto less_urgent = [&](const DashboardForm& a, const DashboardForm& b) {
      return MoreUrgent(a, b, builder_.tolerance());
    };
    if (kept_.size() == kMaxEmbedded) {  // keep the most urgent only: memory stays bounded
      const auto least = std::max_element(kept_.begin(), kept_.end(), less_urgent);
      if (!MoreUrgent(f, *least, builder_.tolerance())) return;
      forms_.erase(least->number);
      kept_.erase(least);
    }
    std::ostringstream form;
    WriteHtmlForm(report, options_, "form-" + std::to_string(f.number), form);
    kept_.push_back(f);
    forms_[f.number] = form.str();
  }

  void Finish() override {
    const Dashboard d = builder_.Build();
    out_ << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<title>项目支出绩效自评复核概览</title>\n<style>\n"
         << HtmlFormStyle() << kDashboardStyle << "</style>\n</head>\n<body class=\"dash\">\n"
         << "<h1>项目支出绩效自评复核概览</h1>\n<p class=\"sub\">evalscore " << EVALSCORE_VERSION
         << " 复核 " << d.files << " 份自评表；总分均折合百分制（得分 ÷ 该表满分 × 100）比较；"
         << "自评得分取填报总分，未填总分的取各行填报得分之和。</p>\n";
    Embedded embedded;
    for (size_t k = 0; k < d.attention.size() && k < kMaxEmbedded; ++k) {
      embedded.insert(d.forms[d.attention[k]].number);
    }
    WriteHeadline(d, out_);
    WriteCharts(d, embedded, out_);
    WriteGroups(d.by_department, "主管部门", out_);
    WriteGroups(d.by_unit, "实施单位", out_);
    WriteAttention(d, embedded, out_);
    out_ << "<p class=\"note\">说明：高报 = 自评得分 − 复核重算得分（差额大于 "
         << Number(d.tolerance) << " 分）；不完整的表（分值合计不足 100，或资金栏缺数）"
         << "单独标注，不与完整的表一起排名。</p>\n";
    if (!embedded.empty()) {  // in the order of the attention list
      out_ << "<div class=\"appendix\">\n<h2>附：需要关注的自评表</h2>\n";
      for (size_t k = 0; k < d.attention.size() && k < kMaxEmbedded; ++k) {
        out_ << forms_.at(d.forms[d.attention[k]].number);
      }
      out_ << "</div>\n";
    }
    out_ << "</body>\n</html>\n";
  }

 private:
  RenderOptions options_;
  std::ostream& out_;
  DashboardBuilder builder_;
  std::map<size_t, std::string> forms_;  // the most urgent forms' sections, by number
  std::vector<DashboardForm> kept_;      // … and their records
};

}  // namespace

std::unique_ptr<Renderer> MakeDashboardHtmlRenderer(const RenderOptions& options,
                                                    std::ostream& out) {
  return std::make_unique<DashboardRenderer>(options, out);
}

}  // namespace evalscore::cli
