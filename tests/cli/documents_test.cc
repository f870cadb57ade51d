// Markdown, HTML and the report draft (issue #8): golden Markdown and draft for
// the seed, and the HTML page checked as a tree of tags.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../unit/test_util.h"
#include "cli/run.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;

const char* kSeed = "examples/01-seed-chengde-2021.yaml";

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

// Runs `evalscore --no-config --lang=LANG ARGS...` from the source directory
// (paths in the output are relative, as in the golden files).
Outcome RunCli(std::vector<std::string> args, const std::string& lang = "en") {
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  args.insert(args.begin(), {"evalscore", "--no-config", "--lang=" + lang});
  std::istringstream in;
  std::ostringstream out, err;
  const int code = Run(args, in, out, err);
  fs::current_path(before);
  return {code, out.str(), err.str()};
}

// A project file in this process's temporary directory; returns its path.
std::string WriteTemp(const std::string& name, const std::string& text) {
  static const fs::path dir = testing::TempDir("documents");
  const fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

size_t CountOf(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Checks that every element is closed, in order (void elements excepted).
// Returns "" when the page is well nested, else what went wrong.
std::string CheckNesting(const std::string& html) {
  std::vector<std::string> open;
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const size_t end = html.find('>', at);
    if (end == std::string::npos) return "unterminated tag at " + std::to_string(at);
    std::string tag = html.substr(at + 1, end - at - 1);
    if (tag.starts_with("!")) continue;  // <!DOCTYPE html>
    const bool closing = tag.starts_with("/");
    if (closing) tag.erase(0, 1);
    tag = tag.substr(0, tag.find_first_of(" \t\n"));
    if (tag == "meta" || tag == "br") continue;
    if (!closing) {
      open.push_back(tag);
    } else if (open.empty() || open.back() != tag) {
      return "</" + tag + "> closes <" + (open.empty() ? "" : open.back()) + ">";
    } else {
      open.pop_back();
    }
  }
  return open.empty() ? "" : "<" + open.back() + "> never closed";
}

// The text of the first element whose opening tag starts with `open`.
std::string Element(const std::string& html, const std::string& open, const std::string& close) {
  const size_t start = html.find(open);
  if (start == std::string::npos) return "";
  const size_t body = html.find('>', start) + 1;
  return html.substr(body, html.find(close, body) - body);
}

TEST(Documents, SeedMarkdownMatchesGolden) {
  const Outcome o = RunCli({"-f", "markdown", kSeed});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(testing::ReadSource("tests/golden/seed.md"), o.out)
      << "golden seed.md differs; if the change is intended, regenerate it and review the diff";
}

TEST(Documents, SeedReportDraftMatchesGolden) {
  const Outcome o = RunCli({"report", kSeed});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(testing::ReadSource("tests/golden/seed-report.txt"), o.out)
      << "golden seed-report.txt differs; if the change is intended, regenerate it and review it";
}

TEST(Documents, SeedDraftStatesExecutionAndInconsistency) {
  const std::string draft = RunCli({"report", kSeed}).out;
  EXPECT_NE(draft.find("5.38 ÷ 22.41 = 24.01%"), std::string::npos) << draft;
  EXPECT_NE(draft.find("24.01% × 10 = 2.40分"), std::string::npos);
  EXPECT_NE(draft.find("指标完成情况与资金执行情况明显不一致（复核发现 ES107）"),
            std::string::npos);
  EXPECT_NE(draft.find("= 92.40分（满分100分），等级为“优”"), std::string::npos);
  size_t at = 0;
  for (const char* part : {"一、绩效自评工作组织开展情况", "二、绩效目标实现情况",
                           "三、绩效目标设定质量情况", "四、整改措施及结果应用"}) {
    at = draft.find(part, at);
    ASSERT_NE(at, std::string::npos) << part << " missing or out of order";
    EXPECT_NE(draft.find("【请单位填写：", at), std::string::npos) << part;
  }
}

// The draft is a Chinese document: findings are in Chinese whatever --lang says.
TEST(Documents, DraftIsChineseWhateverTheLanguage) {
  const std::string draft = RunCli({"report", kSeed}).out;
  EXPECT_EQ(RunCli({"report", kSeed}, "zh").out, draft);
  EXPECT_NE(draft.find("“产出指标”下各行分值合计 58（含 1 个有分值无名称的空行），与设定的 50 "
                       "不符（ES201，第31行）"),
            std::string::npos)
      << draft;
  EXPECT_EQ(draft.find("breakdown rows"), std::string::npos);
}

// Markdown and HTML findings follow --lang; the form's labels are Chinese.
TEST(Documents, FindingsFollowTheLanguage) {
  const std::string md = RunCli({"-f", "markdown", kSeed}, "zh").out;
  EXPECT_NE(md.find("- **警告 ES106** 第 25 行：预算执行率 5.38 / 22.41 = 24.01%，低于 80%"),
            std::string::npos)
      << md;
  const std::string html = RunCli({"-f", "html", kSeed}, "zh").out;
  EXPECT_NE(html.find("<strong>警告 ES106</strong> 第 25 行：预算执行率"), std::string::npos);
}

TEST(Documents, DraftListsShortfallsWithReasons) {
  const std::string draft = RunCli({"report", "examples/05-suixi-linshijiuzhu-2019.yaml"}).out;
  EXPECT_NE(draft.find("部分实现的指标2个"), std::string::npos) << draft;
  EXPECT_NE(draft.find("得分4.84 / 5分；偏差原因：特困人员实行动态管理"), std::string::npos);
  EXPECT_NE(draft.find("得分9.00 / 10分；偏差原因：【请单位填写："), std::string::npos);
}

TEST(Documents, HtmlIsWellNestedAndSelfContained) {
  const Outcome o = RunCli({"-f", "html", "examples/"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(CheckNesting(o.out), "");
  EXPECT_EQ(CountOf(o.out, "<table"), CountOf(o.out, "</table>"));
  EXPECT_EQ(CountOf(o.out, "<tr"), CountOf(o.out, "</tr>"));
  EXPECT_EQ(CountOf(o.out, "<td"), CountOf(o.out, "</td>"));
  EXPECT_NE(o.out.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(o.out.find("@media print"), std::string::npos);
  EXPECT_NE(o.out.find("page-break-after"), std::string::npos);
  for (const char* external : {"http:", "https:", "<link", "<script", "<img", "@import"}) {
    EXPECT_EQ(o.out.find(external), std::string::npos) << external;
  }
}

TEST(Documents, HtmlSeedIndicatorTable) {
  const std::string html = RunCli({"-f", "html", kSeed}).out;
  const std::string table = Element(html, "<table class=\"indicators\"", "</table>");
  EXPECT_EQ(CountOf(table, "<tr class=\"indicator\""), 10u);  // named rows
  EXPECT_EQ(CountOf(table, "<tr class=\"indicator blank\""), 1u);
  EXPECT_NE(table.find("<td class=\"category\" rowspan=\"7\">产出指标（50分）</td>"),
            std::string::npos);
  EXPECT_NE(table.find("<td class=\"group\" rowspan=\"3\">质量指标</td>"), std::string::npos);
  EXPECT_EQ(Element(table, "<td class=\"num total-score\"", "</td>"), "92.40");
  EXPECT_NE(table.find("<td>等级：优</td>"), std::string::npos);
  const std::string funds = Element(html, "<table class=\"funds\"", "</table>");
  EXPECT_EQ(Element(funds, "<td class=\"num funds-score\"", "</td>"), "2.40 (填报 2.4)");
}

TEST(Documents, HtmlEscapesText) {
  const std::string path = WriteTemp(
      "escape.yaml",
      "format: evalscore/1\nproject: {name: 'A <&> \"B\"', unit: '<script>x</script>'}\n"
      "funds: {total: {budget: 10, executed: 10}}\n"
      "indicators:\n  产出指标:\n    数量指标:\n"
      "      - {name: 'a<b', target: '>=10', actual: '8', points: 90, deviation: 'x & y'}\n");
  const Outcome o = RunCli({"-f", "html", path});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("A &lt;&amp;&gt; &quot;B&quot;"), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("<&>"), std::string::npos);
  EXPECT_EQ(o.out.find("<script"), std::string::npos);
  EXPECT_NE(o.out.find("&lt;script&gt;x&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(o.out.find("<td class=\"name\">a&lt;b</td><td>&gt;=10</td>"), std::string::npos);
  EXPECT_NE(o.out.find("<td>x &amp; y</td>"), std::string::npos);
  EXPECT_EQ(CheckNesting(o.out), "");
}

TEST(Documents, MarkdownEscapesCells) {
  const std::string path = WriteTemp(
      "cells.yaml",
      "format: evalscore/1\nproject: {name: 'a|b'}\nfunds: {total: {budget: 10, executed: 10}}\n"
      "indicators:\n  产出指标:\n    数量指标:\n"
      "      - {name: '(≥**人)', target: '>=10', actual: '8', points: 90, "
      "deviation: \"line one\\nline | two\"}\n");
  const Outcome o = RunCli({"-f", "markdown", path});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("## a\\|b"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("| (≥\\*\\*人) |"), std::string::npos);
  EXPECT_NE(o.out.find("line one<br>line \\| two |"), std::string::npos);
  // Every row of the indicator table has its nine cells: ten unescaped pipes.
  std::istringstream lines(o.out.substr(o.out.find("| 一级指标")));
  for (std::string line; std::getline(lines, line) && !line.empty();) {
    EXPECT_EQ(CountOf(line, "|") - CountOf(line, "\\|"), 10u) << line;
  }
}

TEST(Documents, UnscorableFileGetsItsOwnSection) {
  const std::string bad = WriteTemp("bad.yaml", "format: evalscore/1\nproject: [oops\n");
  for (const char* format : {"markdown", "html"}) {
    const Outcome o = RunCli({"-f", format, kSeed, bad});
    EXPECT_EQ(o.code, 2) << format;
    EXPECT_NE(o.out.find("无法评分"), std::string::npos) << o.out;
    EXPECT_NE(o.out.find("bad.yaml"), std::string::npos);
    EXPECT_NE(o.out.find("生存认证人脸识别技术系统费用"), std::string::npos);
  }
  EXPECT_EQ(CheckNesting(RunCli({"-f", "html", bad}).out), "");
}

}  // namespace
}  // namespace evalscore::cli
