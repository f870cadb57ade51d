// The dashboard as a worksheet (概览 dashboard): headline figures, native
// Excel charts (scatter of execution against self-score, histogram of totals,
// the over-statement ranking, findings per code, grades reported against
// recomputed) and, below them, the tables the charts are drawn from and the
// tables per 主管部门 and 实施单位. Every figure is taken from the Dashboard.
#include "cli/dashboard_xlsx.h"

#include <algorithm>
#include <string>

#include "cli/render.h"
#include "cli/xlsx_sheet.h"

namespace evalscore::cli {
namespace {

constexpr lxw_row_t kDataRow = 40;  // tables start below the charts

class DashSheet {
 public:
  DashSheet(lxw_worksheet* ws, const char* name, lxw_format* head, lxw_format* pct, lxw_format* num,
            std::string* error)
      : ws_(ws), name_(name), head_(head), pct_(pct), num_(num), error_(*error) {}

  // `s` made XML-safe and cut to a cell's limit (Sheet::Fit), its escape-like
  // text protected, as on every sheet.
  void Text(lxw_row_t r, lxw_col_t c, const std::string& s, lxw_format* f = nullptr) {
    Check(worksheet_write_string(ws_, r, c, ProtectEscapeLikeText(Sheet::Fit(s)).c_str(), f));
  }
  void Num(lxw_row_t r, lxw_col_t c, double x, lxw_format* f = nullptr) {
    Check(worksheet_write_number(ws_, r, c, x, f ? f : num_));
  }
  void Opt(lxw_row_t r, lxw_col_t c, const std::optional<double>& x, lxw_format* f = nullptr) {
    if (x) Num(r, c, *x, f);
  }
  void Heads(lxw_row_t r, lxw_col_t c, std::initializer_list<const char*> heads) {
    for (const char* h : heads) Text(r, c++, h, head_);
  }
  void Check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_.empty()) error_ = std::string("xlsx: ") + lxw_strerror(e);
  }
  lxw_worksheet* ws() const { return ws_; }
  const char* name() const { return name_; }
  lxw_format* pct() const { return pct_; }

 private:
  lxw_worksheet* ws_;
  const char* name_;
  lxw_format *head_, *pct_, *num_;
  std::string& error_;
};

// A chart with a title, one series per (values column, name), over `rows`
// rows from `first` with categories in `cat_col`.
lxw_chart* AddChart(lxw_workbook* wb, uint8_t type, const char* title) {
  lxw_chart* chart = workbook_add_chart(wb, type);
  chart_title_set_name(chart, title);
  return chart;
}

lxw_chart_series* Series(lxw_chart* chart, const DashSheet& s, lxw_row_t first, lxw_row_t last,
                         lxw_col_t cat_col, lxw_col_t val_col, const char* name) {
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  chart_series_set_categories(series, s.name(), first, cat_col, last, cat_col);
  chart_series_set_values(series, s.name(), first, val_col, last, val_col);
  chart_series_set_name(series, name);
  return series;
}

void Insert(DashSheet& s, lxw_row_t row, lxw_col_t col, lxw_chart* chart) {
  lxw_chart_options options{};
  options.x_scale = 1.0;
  options.y_scale = 1.05;
  s.Check(worksheet_insert_chart_opt(s.ws(), row, col, chart, &options));
}

void Headline(DashSheet& s, const Dashboard& d) {
  const std::pair<const char*, double> figures[] = {
      {"自评表（份）", static_cast<double>(d.files)},
      {"已评分", static_cast<double>(d.scored)},
      {"无法评分", static_cast<double>(d.failed)},
      {"表不完整", static_cast<double>(d.incomplete)},
      {"平均重算总分（百分制）", d.mean_total_pct.value_or(0)},
      {"平均自评得分（百分制）", d.mean_self_pct.value_or(0)},
      {"自评高报（份）", static_cast<double>(d.overstating)},
      {"高报合计（分）", d.over_points},
      {"自评低报（份）", static_cast<double>(d.understating)},
      {"等级变化（份）", static_cast<double>(d.grade_changes)},
      {"满分但钱没花完（份）", static_cast<double>(d.full_marks_no_money)},
  };
  s.Heads(1, 0, {"指标", "数值"});
  lxw_row_t r = 2;
  for (const auto& [label, value] : figures) {
    s.Text(r, 0, label);
    s.Num(r++, 1, value);
  }
}

// Grades (rows kDataRow..), histogram, top-10 and codes side by side; returns
// the charts' data ranges by writing them and inserting the charts.
void GradeAndHistogram(lxw_workbook* wb, DashSheet& s, const Dashboard& d) {
  lxw_row_t r = kDataRow;
  s.Heads(r, 0, {"等级", "单位填报", "复核重算"});
  for (const GradeCount& g : d.grades) {
    s.Text(++r, 0, g.grade);
    s.Num(r, 1, static_cast<double>(g.reported));
    s.Num(r, 2, static_cast<double>(g.recomputed));
  }
  lxw_chart* grades = AddChart(wb, LXW_CHART_COLUMN, "等级分布：填报与重算");
  Series(grades, s, kDataRow + 1, r, 0, 1, "单位填报");
  Series(grades, s, kDataRow + 1, r, 0, 2, "复核重算");
  chart_legend_set_position(grades, LXW_CHART_LEGEND_BOTTOM);
  Insert(s, 1, 19, grades);

  r = kDataRow;
  s.Heads(r, 4, {"总分区间（百分制）", "完整的表", "不完整的表"});
  for (const HistogramBin& b : d.histogram) {
    s.Text(++r, 4, Number(b.low) + "–" + Number(b.high));
    s.Num(r, 5, static_cast<double>(b.complete));
    s.Num(r, 6, static_cast<double>(b.incomplete));
  }
  lxw_chart* histogram = AddChart(wb, LXW_CHART_COLUMN_STACKED, "重算总分分布");
  Series(histogram, s, kDataRow + 1, r, 4, 5, "完整的表");
  Series(histogram, s, kDataRow + 1, r, 4, 6, "不完整的表");
  chart_legend_set_position(histogram, LXW_CHART_LEGEND_BOTTOM);
  Insert(s, 1, 11, histogram);
}

void RankingAndCodes(lxw_workbook* wb, DashSheet& s, const Dashboard& d) {
  lxw_row_t r = kDataRow;
  s.Heads(r, 8, {"自评高报前 10 名", "高报（百分制分）"});
  for (size_t i : d.top_overstating) {
    const DashboardForm& f = d.forms[i];
    s.Text(++r, 8, std::to_string(f.number) + ". " + f.name);
    s.Num(r, 9, *f.over_pct);
  }
  if (r > kDataRow) {
    lxw_chart* top = AddChart(wb, LXW_CHART_BAR, "自评高报前 10 名（百分制分）");
    Series(top, s, kDataRow + 1, r, 8, 9, "高报");
    chart_legend_set_position(top, LXW_CHART_LEGEND_NONE);
    chart_axis_set_reverse(chart_axis_get(top, LXW_CHART_AXIS_TYPE_X));
    Insert(s, 16, 3, top);
  }
  r = kDataRow;
  s.Heads(r, 11, {"代码", "名称", "严重程度", "条数", "涉及表数"});
  for (const CodeCount& c : d.codes) {
    s.Text(++r, 11, c.code);
    s.Text(r, 12, c.name);
    s.Text(r, 13, SeverityName(c.severity));
    s.Num(r, 14, static_cast<double>(c.findings));
    s.Num(r, 15, static_cast<double>(c.forms));
  }
  if (r > kDataRow) {
    lxw_chart* codes = AddChart(wb, LXW_CHART_BAR, "复核发现（按代码）");
    Series(codes, s, kDataRow + 1, r, 11, 14, "条数");
    chart_legend_set_position(codes, LXW_CHART_LEGEND_NONE);
    chart_axis_set_reverse(chart_axis_get(codes, LXW_CHART_AXIS_TYPE_X));
    Insert(s, 16, 11, codes);
  }
}

// x: execution rate; y: self-score in two columns (outside / inside the
// shaded quadrant) so the quadrant's forms get their own colour. One row per
// form, so on its own sheet `data` written row by row (constant_memory: nothing
// kept per form; the chart then carries no cache of its points, which Excel
// and LibreOffice read from the sheet).
void Scatter(lxw_workbook* wb, DashSheet& s, DashSheet& data, const Dashboard& d) {
  lxw_row_t r = 0;
  data.Heads(r, 0, {"编号", "项目名称", "执行率", "自评得分（百分制）", "满分但钱没花完"});
  for (const DashboardForm& f : d.forms) {
    if (!f.rate || !f.self_pct) continue;
    data.Num(++r, 0, static_cast<double>(f.number));
    data.Text(r, 1, f.name);
    data.Num(r, 2, *f.rate, data.pct());
    data.Num(r, f.full_marks_no_money ? 4 : 3, *f.self_pct);
  }
  data.Check(worksheet_set_column(data.ws(), 1, 1, 30, nullptr));
  data.Check(worksheet_set_column(data.ws(), 2, 4, 12, nullptr));
  worksheet_freeze_panes(data.ws(), 1, 0);
  if (r == 0) return;
  lxw_chart* chart = AddChart(wb, LXW_CHART_SCATTER, "预算执行率与自评得分");
  Series(chart, data, 1, r, 2, 3, "其他");
  Series(chart, data, 1, r, 2, 4, "满分但钱没花完");
  chart_axis_set_name(chart_axis_get(chart, LXW_CHART_AXIS_TYPE_X), "预算执行率");
  chart_axis_set_name(chart_axis_get(chart, LXW_CHART_AXIS_TYPE_Y), "自评得分（百分制）");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  Insert(s, 1, 3, chart);
}

// The table per 主管部门 or 实施单位 from `row`; returns the row after it.
lxw_row_t GroupTable(DashSheet& s, lxw_row_t row, const char* what,
                     const std::vector<DashboardGroup>& groups) {
  s.Heads(row, 0,
          {what, "表数", "不完整", "平均自评", "平均重算", "平均高报", "高报份数", "等级变化",
           "满分自评占比", "定性指标占比", "平均执行率", "主要问题"});
  for (const DashboardGroup& g : groups) {
    ++row;
    s.Text(row, 0, g.key);
    s.Num(row, 1, static_cast<double>(g.forms));
    s.Num(row, 2, static_cast<double>(g.incomplete));
    s.Opt(row, 3, g.mean_self_pct);
    s.Num(row, 4, g.mean_total_pct);
    s.Opt(row, 5, g.mean_over_pct);
    s.Num(row, 6, static_cast<double>(g.overstating));
    s.Num(row, 7, static_cast<double>(g.grade_changes));
    s.Opt(row, 8, g.full_mark_share, s.pct());
    s.Opt(row, 9, g.qualitative_share, s.pct());
    s.Opt(row, 10, g.mean_rate, s.pct());
    std::string worst;
    for (const CodeCount& c : g.worst) {
      worst += (worst.empty() ? "" : "、") + c.code + "×" + std::to_string(c.findings);
    }
    s.Text(row, 11, worst);
  }
  return row + 2;
}

}  // namespace

void WriteDashboardSheet(lxw_workbook* wb, const DashboardSheets& sheets, const Dashboard& d,
                         std::string* error) {
  lxw_worksheet* ws = sheets.dashboard;
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_bg_color(head, 0xD9D9D9);
  lxw_format* pct = workbook_add_format(wb);
  format_set_num_format(pct, "0.00%");
  lxw_format* num = workbook_add_format(wb);
  format_set_num_format(num, "0.##");
  DashSheet s(ws, sheets.dashboard_name, head, pct, num, error);
  DashSheet data(sheets.scatter, sheets.scatter_name, head, pct, num, error);
  s.Text(0, 0, "项目支出绩效自评复核概览（总分折合百分制比较）", title);
  s.Check(worksheet_set_column(ws, 0, 0, 24, nullptr));
  Headline(s, d);
  GradeAndHistogram(wb, s, d);
  RankingAndCodes(wb, s, d);
  Scatter(wb, s, data, d);
  const size_t longest =
      std::max({d.grades.size(), d.histogram.size(), d.codes.size(), size_t{20}});
  lxw_row_t row = kDataRow + 2 + static_cast<lxw_row_t>(longest);
  row = GroupTable(s, row, "主管部门", d.by_department);
  GroupTable(s, row, "实施单位", d.by_unit);
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
}

}  // namespace evalscore::cli
