#include "cli/dashboard_charts.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "cli/display_width.h"
#include "cli/render.h"

namespace evalscore::cli {
namespace {

constexpr double kWidth = 520, kHeight = 300;
constexpr double kLeft = 48, kRight = 16, kTop = 26, kBottom = 40;
constexpr size_t kMaxCodeBars = 12;  // more codes are named below the chart
const char* const kFont =
    "font-family=\"Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,sans-serif\"";

std::string N(double x) { return fmt::format("{:.1f}", x == 0 ? 0.0 : x); }

// `text` cut to `width` display columns with "…".
std::string Clip(std::string_view text, size_t width) {
  std::string s = PadRight(text, width);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::string Open(double height, const std::string& label) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" "
      "height=\"{}\" role=\"img\" aria-label=\"{}\" {} font-size=\"11\">\n",
      N(kWidth), N(height), N(kWidth), N(height), XmlEscape(label), kFont);
}

std::string Text(double x, double y, const std::string& s, const char* anchor = "start",
                 const char* extra = "") {
  return fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\"{}>{}</text>\n", N(x), N(y), anchor,
                     extra, XmlEscape(s));
}

std::string Line(double x1, double y1, double x2, double y2, const char* stroke) {
  return fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>\n", N(x1),
                     N(y1), N(x2), N(y2), stroke);
}

// A vertical axis from `top` to `bottom` with ticks every `step` of [0, max].
std::string YAxis(double max, double step, double top, double bottom, const std::string& label) {
  std::string s = Line(kLeft, top, kLeft, bottom, "#000");
  for (double v = 0; v <= max + 1e-9; v += step) {
    const double y = bottom - v / max * (bottom - top);
    s += Line(kLeft - 3, y, kWidth - kRight, y, v == 0 ? "#000" : "#ddd");
    s += Text(kLeft - 5, y + 4, Number(v), "end");
  }
  return s + Text(4, top - 12, label, "start", " font-size=\"10\"");
}

const char* SeverityColour(Severity s) {
  switch (s) {
    case Severity::kError:
      return "#c0392b";
    case Severity::kWarning:
      return "#e69f00";
    case Severity::kInfo:
      break;
  }
  return "#7f8c8d";
}

// Horizontal bars: label, length ∝ value, the value written after the bar.
struct Bar {
  std::string label, value_text, colour, attrs;
  double value = 0;
};

std::string Bars(const std::vector<Bar>& bars, const std::string& label, const std::string& empty) {
  const double row = 22, label_width = 190;
  const double height = std::max<double>(60, kTop + row * static_cast<double>(bars.size()) + 10);
  std::string s = Open(height, label);
  if (bars.empty()) return s + Text(kWidth / 2, 36, empty, "middle") + "</svg>\n";
  double max = 0;
  for (const Bar& b : bars) max = std::max(max, b.value);
  const double span = kWidth - label_width - 70;
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double y = kTop + row * static_cast<double>(i);
    const double w = max > 0 ? std::max(1.0, b.value / max * span) : 1;
    s += Text(label_width - 6, y + 14, b.label, "end");
    s += fmt::format(
        "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\" "
        "data-value=\"{}\"{}/>\n",
        N(label_width), N(y + 2), N(w), b.colour, Fixed2(b.value), b.attrs);
    s += Text(label_width + w + 4, y + 14, b.value_text);
  }
  return s + Line(label_width, kTop, label_width, height - 8, "#000") + "</svg>\n";
}

}  // namespace

void WriteScatterSvg(const Dashboard& d, std::ostream& out) {
  double x_max = 1, y_max = 100;
  for (const DashboardForm& f : d.forms) {
    if (f.rate && f.self_pct) {
      x_max = std::max(x_max, std::min(*f.rate, 1.5));
      y_max = std::max(y_max, std::min(*f.self_pct, 150.0));
    }
  }
  x_max = std::ceil(x_max * 5) / 5;
  y_max = std::ceil(y_max / 10) * 10;
  const double bottom = kHeight - kBottom, right = kWidth - kRight;
  const auto px = [&](double rate) {
    return kLeft + std::min(rate, x_max) / x_max * (right - kLeft);
  };
  const auto py = [&](double pct) {
    return bottom - std::min(pct, y_max) / y_max * (bottom - kTop);
  };
  std::string s = Open(kHeight, "执行率与自评得分");
  s += fmt::format(
      "<rect class=\"quadrant\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#fde2e2\" "
      "data-low-execution=\"{}\" data-high-score=\"{}\"/>\n",
      N(kLeft), N(kTop), N(px(d.low_execution) - kLeft), N(py(d.high_score) - kTop),
      Fixed2(d.low_execution * 100), Number(d.high_score));
  s += Text(px(d.low_execution) - 4, kTop + 12, "满分但钱没花完", "end", " fill=\"#a00\"");
  s += YAxis(y_max, 20, kTop, bottom, "自评得分（百分制）");
  for (double v = 0; v <= x_max + 1e-9; v += 0.2) {
    s += Text(px(v), bottom + 14, Number(std::round(v * 100)) + "%", "middle");
  }
  s += Text((kLeft + right) / 2, kHeight - 6, "预算执行率", "middle");
  out << s;
  for (const DashboardForm& f : d.forms) {  // a dot per form, written as it is read back
    if (!f.rate || !f.self_pct) continue;
    s.clear();
    const char* fill = f.full_marks_no_money ? "#c0392b" : "#2c7fb8";
    s += fmt::format(
        "<circle class=\"form\" cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\" stroke=\"{}\" "
        "data-form=\"{}\" data-rate=\"{}\" data-value=\"{}\"{}><title>{}</title></circle>\n",
        N(px(*f.rate)), N(py(*f.self_pct)), f.incomplete ? "none" : fill, fill, f.number,
        Fixed2(*f.rate * 100), Fixed2(*f.self_pct), f.incomplete ? " data-incomplete=\"1\"" : "",
        XmlEscape(f.name));
    if (f.full_marks_no_money) {
      s += Text(px(*f.rate) + 6, py(*f.self_pct) + 4, std::to_string(f.number), "start",
                " fill=\"#a00\"");
    }
    out << s;
  }
  out << "</svg>\n";
}

std::string HistogramSvg(const Dashboard& d) {
  size_t max = 1;
  for (const HistogramBin& b : d.histogram) max = std::max(max, b.complete + b.incomplete);
  const double bottom = kHeight - kBottom, right = kWidth - kRight;
  const double step = max <= 5 ? 1 : std::ceil(static_cast<double>(max) / 5);
  const double y_max = std::ceil(static_cast<double>(max) / step) * step;
  std::string s = Open(kHeight, "总分分布");
  s += "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
       "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
       "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#2c7fb8\" stroke-width=\"3\"/>"
       "</pattern></defs>\n";
  s += YAxis(y_max, step, kTop, bottom, "份数");
  const double w = (right - kLeft) / static_cast<double>(std::max<size_t>(d.histogram.size(), 1));
  const auto h = [&](size_t n) { return static_cast<double>(n) / y_max * (bottom - kTop); };
  for (size_t i = 0; i < d.histogram.size(); ++i) {
    const HistogramBin& b = d.histogram[i];
    const double x = kLeft + w * static_cast<double>(i) + 2;
    const std::string range = Number(b.low) + "–" + Number(b.high);
    s += fmt::format(
        "<rect class=\"bin\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#2c7fb8\" "
        "data-low=\"{}\" data-value=\"{}\"/>\n",
        N(x), N(bottom - h(b.complete)), N(w - 4), N(h(b.complete)), Number(b.low), b.complete);
    s += fmt::format(
        "<rect class=\"bin-incomplete\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
        "fill=\"url(#hatch)\" stroke=\"#2c7fb8\" data-low=\"{}\" data-value=\"{}\"/>\n",
        N(x), N(bottom - h(b.complete + b.incomplete)), N(w - 4), N(h(b.incomplete)), Number(b.low),
        b.incomplete);
    s += Text(x + (w - 4) / 2, bottom + 14, range, "middle", " font-size=\"10\"");
  }
  s += Text((kLeft + right) / 2, kHeight - 6, "重算总分（折合百分制）；斜线：不完整的表", "middle");
  return s + "</svg>\n";
}

std::string OverstatementSvg(const Dashboard& d) {
  std::vector<Bar> bars;
  for (size_t i : d.top_overstating) {
    const DashboardForm& f = d.forms[i];
    bars.push_back({std::to_string(f.number) + ". " + Clip(f.name, 26), "+" + Fixed2(*f.over_pct),
                    "#c0392b", fmt::format(" data-form=\"{}\"", f.number), *f.over_pct});
  }
  return Bars(bars, "自评高报排名", "没有高报总分的完整表");
}

std::string CodesSvg(const Dashboard& d) {
  std::vector<Bar> bars;
  for (const CodeCount& c : d.codes) {
    if (bars.size() == kMaxCodeBars) break;
    bars.push_back({c.code + " " + Clip(c.name, 20),
                    std::to_string(c.findings) + " 条 / " + std::to_string(c.forms) + " 份",
                    SeverityColour(c.severity), fmt::format(" data-code=\"{}\"", c.code),
                    static_cast<double>(c.findings)});
  }
  return Bars(bars, "复核发现（按代码）", "没有复核发现");
}

}  // namespace evalscore::cli
