// Commands and formats (issue 12): the format registry (every refused
// (command, format) pair exits 3 with a one-line reason), --group-by in every
// format, explain/report as real renderers, output independent of -j, and the
// command-line bugs fixed with it.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "evalscore/check.h"
#include "evalscore/profile_choice.h"
#include "evalscore/severity_override.h"

#include "../unit/test_util.h"
#include "cli/format_registry.h"
#include "cli/markup_escape.h"
#include "cli/run.h"
#include "cli_test_util.h"
#include "readers/zip_archive.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using testing::Outcome;
using testing::RunCli;
using testing::TempDir;
using testing::Write;

const char* kSeed = "examples/01-seed-chengde-2021.yaml";

// A command line that runs `command` with -f `format` on the seed form.
std::vector<std::string> CommandLine(Command command, const std::string& format) {
  const std::vector<std::string> f = {"-f", format};
  auto with = [&f](std::vector<std::string> head, std::vector<std::string> tail) {
    head.insert(head.end(), f.begin(), f.end());
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
  };
  switch (command) {
    case Command::kScore:
      return with({}, {kSeed});
    case Command::kCheck:
      return with({"check"}, {kSeed});
    case Command::kExplainFiles:
      return with({"explain"}, {kSeed});
    case Command::kExplainCodes:
      return with({"explain"}, {"ES102"});
    case Command::kReport:
      return with({"report"}, {kSeed});
    case Command::kReportSummary:
      return with({"report", "--summary"}, {kSeed});
    case Command::kReview:
      return with({"review"}, {kSeed});
    case Command::kInit:
      return with({"init"}, {});
    case Command::kImport:
      return with({"import"}, {"tests/no-such-form.xlsx"});
    case Command::kRules:
      return with({"rules", "list"}, {});
  }
  return {};
}

// RunCli under `lang` (RunCli itself passes --lang=en).
Outcome RunInLang(const std::string& lang, std::vector<std::string> args) {
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  args.insert(args.begin(), {"evalscore", "--no-config", "--lang", lang});
  std::istringstream in;
  std::ostringstream out, err;
  const int code = Run(args, in, out, err);
  fs::current_path(before);
  return {code, out.str(), err.str()};
}

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const std::vector<Format>& AllFormats() { return FormatsOf(Command::kScore).formats; }

bool Has(const std::vector<Format>& formats, Format f) {
  return std::find(formats.begin(), formats.end(), f) != formats.end();
}

TEST(FormatRegistry, EveryCommandHasARowInOrder) {
  const auto& table = FormatTable();
  ASSERT_EQ(table.size(), static_cast<size_t>(Command::kRules) + 1);
  for (size_t i = 0; i < table.size(); ++i) {
    EXPECT_EQ(static_cast<size_t>(table[i].command), i);
    EXPECT_FALSE(table[i].formats.empty());
    for (Format g : table[i].grouped) EXPECT_TRUE(Has(table[i].formats, g)) << table[i].usage;
  }
  EXPECT_EQ(AllFormats().size(), 9u);
  for (Format f : AllFormats()) EXPECT_EQ(ParseFormat(FormatName(f)), f);
}

// Every (command, format) pair the table refuses: exit 3, one line on stderr
// naming the format and what the command writes, nothing on stdout.
TEST(FormatRegistry, EveryRefusedPairExits3WithAOneLineReason) {
  size_t refused = 0;
  for (const CommandFormats& row : FormatTable()) {
    for (Format f : AllFormats()) {
      if (Has(row.formats, f)) continue;
      ++refused;
      const Outcome o = RunCli(CommandLine(row.command, FormatName(f)));
      SCOPED_TRACE(std::string(row.usage) + " -f " + FormatName(f));
      EXPECT_EQ(o.code, 3);
      EXPECT_EQ(o.out, "");
      EXPECT_EQ(o.err.rfind(std::string("evalscore: error: ") + row.usage + " writes ", 0), 0u)
          << o.err;
      EXPECT_NE(o.err.find(std::string("not -f ") + FormatName(f) + ": " + row.why_not.en + "\n"),
                std::string::npos)
          << o.err;
      EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
    }
  }
  // explain FILE 7, explain CODE 7, report 8, report --summary 7, review 5,
  // init/import/rules 8 each: 58 refused pairs.
  EXPECT_EQ(refused, 58u);
}

// The flags the issue found silently ignored.
TEST(FormatRegistry, FormerlyIgnoredFormatsAreRefused) {
  const Outcome csv = RunCli({"explain", "-f", "csv", kSeed});  // printed the CSV table
  EXPECT_EQ(csv.code, 3);
  EXPECT_EQ(csv.err,
            "evalscore: error: evalscore explain FILE writes text or json, not -f csv: the "
            "derivation of every number is text, or data in json (the scores in other formats: "
            "evalscore -f FORMAT FILE)\n");
  for (const char* f : {"json", "html"}) {  // printed the text draft
    const Outcome report = RunCli({"report", "-f", f, kSeed});
    EXPECT_EQ(report.code, 3) << f;
    EXPECT_NE(report.err.find("evalscore report writes text, not -f " + std::string(f)),
              std::string::npos);
  }
  EXPECT_EQ(RunCli({"review", "-f", "text", kSeed}).code, 3);  // was the dashboard silently
  // In the language asked for.
  const Outcome zh = RunInLang("zh", {"report", "-f", "json", kSeed});
  EXPECT_EQ(zh.code, 3);
  EXPECT_EQ(
      zh.err,
      "evalscore: 错误: evalscore report 只输出 text，不接受 -f json：自评工作报告草稿是供粘贴的"
      "文本（其他格式的评分结果：evalscore -f FORMAT FILE）\n");
}

// Each supported pair runs (exit 0 or 1: the seed has warnings; check gates on errors).
TEST(FormatRegistry, EverySupportedPairRuns) {
  const std::string dir = TempDir("supported_pairs");
  for (const CommandFormats& row : FormatTable()) {
    if (row.command == Command::kInit || row.command == Command::kImport) continue;
    for (Format f : row.formats) {
      std::vector<std::string> args = CommandLine(row.command, FormatName(f));
      if (f == Format::kXlsx) args.insert(args.begin(), {"-o", dir + "/out.xlsx"});
      const Outcome o = RunCli(args);
      EXPECT_LE(o.code, 1) << row.usage << " -f " << FormatName(f) << ": " << o.err;
    }
  }
}

// Options only some formats read are refused elsewhere (--explain -f json printed JSON
// without a derivation; check --explain printed the findings).
TEST(FormatRegistry, FormatOnlyOptionsAreRefusedElsewhere) {
  const Outcome json = RunCli({"-f", "json", "--explain", kSeed});
  EXPECT_EQ(json.code, 3);
  EXPECT_EQ(json.out, "");
  EXPECT_EQ(json.err,
            "evalscore: error: --explain does not apply to evalscore -f json: it shows the "
            "derivation of every number in the text report (as data: evalscore explain -f json "
            "FILE)\n");
  EXPECT_EQ(RunCli({"check", "--explain", kSeed}).code, 3);
  EXPECT_EQ(RunCli({"--csv-bom", kSeed}).code, 3);
  EXPECT_EQ(RunCli({"-f", "json", "--csv-headers", "zh", kSeed}).code, 3);
  // Where they apply, they still work (--csv-headers zh heads the xlsx sheets too).
  const std::string dir = TempDir("format_flags");
  EXPECT_LE(RunCli({"-f", "xlsx", "-o", dir + "/h.xlsx", "--csv-headers", "zh", kSeed}).code, 1);
  EXPECT_EQ(RunCli({"--explain", kSeed}).out, RunCli({"explain", kSeed}).out);
  EXPECT_EQ(RunCli({"-f", "csv", "--csv-bom", kSeed}).out.rfind("\xEF\xBB\xBF", 0), 0u);
}

// -o is honoured by every command that prints (explain CODE and rules wrote to stdout).
TEST(Output, ExplainCodesAndRulesWriteToOutputFile) {
  const std::string dir = TempDir("output_commands");
  for (const std::vector<std::string>& args : {std::vector<std::string>{"explain", "ES102"},
                                               {"explain", "-f", "json", "ES102"},
                                               {"rules", "show", "central-2020"}}) {
    const std::string file = dir + "/out.txt";
    fs::remove(file);
    std::vector<std::string> with_o = args;
    with_o.insert(with_o.end(), {"-o", file});
    const Outcome o = RunCli(with_o);
    EXPECT_EQ(o.code, 0) << o.err;
    EXPECT_EQ(o.out, "");
    EXPECT_EQ(ReadWhole(file), RunCli(args).out) << args.front();
  }
  EXPECT_EQ(RunCli({"init", "-o", dir + "/t.yaml"}).code, 3);
  EXPECT_FALSE(fs::exists(dir + "/t.yaml"));
}

TEST(ExplainJson, CheckCodeIsTheCatalogueEntry) {
  const Outcome o = RunCli({"explain", "-f", "json", "ES102"});
  ASSERT_EQ(o.code, 0) << o.err;
  const Json doc = Json::parse(o.out);
  ASSERT_EQ(doc["checks"].size(), 1u);
  EXPECT_EQ(doc["checks"][0]["code"], "ES102");
  EXPECT_EQ(doc["checks"][0]["name"], "RATE_MISMATCH");
  EXPECT_EQ(doc["checks"][0]["severity"], "warning");
  EXPECT_FALSE(doc["checks"][0]["fix"].get<std::string>().empty());
  // The texts' catalogue ids, for a program that words them in another language.
  EXPECT_EQ(doc["checks"][0]["summary_message_id"], "check.ES102.summary");
  EXPECT_EQ(doc["checks"][0]["fix_message_id"], "check.ES102.fix");
  // No code: the whole catalogue, as `explain` lists it.
  const Json all = Json::parse(RunCli({"explain", "-f", "json"}).out);
  EXPECT_EQ(all["checks"].size(), CheckCatalogue().size());
}

TEST(ExplainJson, FileGivesTheDerivationsAsData) {
  const Outcome o = RunCli({"explain", "-f", "json", kSeed});
  ASSERT_LE(o.code, 1) << o.err;
  const Json doc = Json::parse(o.out);
  ASSERT_EQ(doc["explanations"].size(), 1u);
  const Json& e = doc["explanations"][0];
  EXPECT_EQ(e["path"], kSeed);
  // Funds: 5.38 / 22.41 = 0.240071…; × 10 points = 2.40071 → 2.40 (2 decimals, half up).
  const Json& funds = e["funds"];
  EXPECT_DOUBLE_EQ(funds["executed"].get<double>(), 5.38);
  EXPECT_DOUBLE_EQ(funds["denominator"].get<double>(), 22.41);
  EXPECT_NEAR(funds["rate"].get<double>(), 5.38 / 22.41, 1e-6);
  EXPECT_DOUBLE_EQ(funds["score"].get<double>(), 2.4);
  // Printed 24% (0 decimals: ±0.5) against 24.007…%: agrees.
  EXPECT_EQ(funds["reported_rate"]["reading"], "agrees");
  EXPECT_EQ(funds["reported_rate"]["printed_decimals"], 0);
  EXPECT_TRUE(funds["reported_score"]["agrees"].get<bool>());
  // 92.40 = indicators 90 + funds 2.40 (the README's seed arithmetic).
  EXPECT_DOUBLE_EQ(e["total"]["total"].get<double>(), 92.4);
  EXPECT_DOUBLE_EQ(e["total"]["indicator_score"].get<double>(), 90);
  EXPECT_EQ(e["total"]["grade"], "优");
  ASSERT_FALSE(e["indicators"].empty());
  for (const Json& row : e["indicators"]) {
    EXPECT_TRUE(row.contains("rule") && row.contains("raw") && row.contains("score"));
  }
  EXPECT_FALSE(e["findings"].empty());
  // Each finding as the score JSON gives it: message_id and args beside the message.
  // ES101 on the seed: 年初预算数 3.68 + 1.7 = 5.38 against the total 22.41.
  const Json& first = e["findings"][0];
  EXPECT_EQ(first["code"], "ES101");
  EXPECT_EQ(first["message_id"], "ES101.breakdown_sum");
  EXPECT_EQ(first["args"]["column"], "年初预算数");
  EXPECT_DOUBLE_EQ(first["args"]["sum"].get<double>(), 5.38);
  EXPECT_DOUBLE_EQ(first["args"]["total"].get<double>(), 22.41);
  const Json score = Json::parse(RunCli({"-f", "json", kSeed}).out);
  const Json& scored = score["projects"][0]["diagnostics"];
  ASSERT_EQ(scored.size(), e["findings"].size());
  for (size_t i = 0; i < scored.size(); ++i) {
    EXPECT_EQ(e["findings"][i]["message_id"], scored[i]["message_id"]) << i;
    EXPECT_EQ(e["findings"][i]["args"], scored[i]["args"]) << i;
  }
}

TEST(ExplainJson, AnErrorCarriesItsCodeAndMessageId) {
  const Outcome o = RunCli({"explain", "-f", "json", "tests/bad-input/missing-name.yaml"});
  EXPECT_EQ(o.code, 2) << o.err;
  const Json doc = Json::parse(o.out);
  const Json& error = doc["explanations"][0]["errors"][0];
  EXPECT_EQ(error["code"], "ES006");
  EXPECT_EQ(error["name"], "MISSING_FIELD");
  EXPECT_EQ(error["message_id"], "input.missing_project_name");
  EXPECT_TRUE(error["args"].is_object());
  EXPECT_EQ(error["line"], 2);
}

// explain FILE compares the printed 执行率 as check does (ES102): D2 prints
// 83.00% for 66.6 / 80 = 83.25%; two decimals printed, so ±0.005 → differs.
// Before, explain printed "执行率 83% 得分 8.33 (agrees)".
TEST(ExplainRate, AgreesExactlyWhereCheckDoes) {
  const std::string d2 = "tests/cases/layouts/D2.yaml";
  EXPECT_NE(RunCli({"check", d2}).out.find("ES102"), std::string::npos);
  const Outcome explained = RunCli({"explain", d2});
  EXPECT_NE(explained.out.find("reported: 执行率 83.00% (differs from 83.25%) 得分 8.33 (agrees)"),
            std::string::npos)
      << explained.out;
  const Json doc = Json::parse(RunCli({"explain", "-f", "json", d2}).out);
  EXPECT_EQ(doc["explanations"][0]["funds"]["reported_rate"]["reading"], "differs");
  // G2 prints a bare 1 for 8 / 8: the fraction 100% (ES604), not a mismatch.
  const std::string g2 = "tests/cases/layouts/G2.yaml";
  EXPECT_EQ(RunCli({"check", g2}).out.find("ES102"), std::string::npos);
  EXPECT_NE(RunCli({"explain", g2}).out.find("执行率 1 (the fraction 100.00%)"), std::string::npos);
}

// Every format the score command writes honours --group-by; the CI formats
// refuse it.
TEST(GroupBy, EveryFormat) {
  const std::string dir = TempDir("group_by_formats");
  const std::vector<std::pair<std::string, std::string>> shown = {
      {"text", "\nby unit:\n"},
      {"csv", "group_by,group,projects,"},
      {"json", "\"group_by\": \"unit\""},
      {"markdown", "## 按实施单位汇总"},
      {"html", "<h2>按实施单位汇总</h2>"}};
  for (const auto& [format, marker] : shown) {
    const Outcome o = RunCli({"-f", format, "--group-by", "unit", "examples/"});
    EXPECT_LE(o.code, 1) << format << o.err;
    EXPECT_NE(o.out.find(marker), std::string::npos) << format;
    const Outcome plain = RunCli({"-f", format, "examples/"});
    EXPECT_EQ(plain.out.find(marker), std::string::npos) << format;
  }
  const std::string book = dir + "/g.xlsx";
  ASSERT_LE(RunCli({"-f", "xlsx", "-o", book, "--group-by", "unit", "examples/"}).code, 1);
  std::ifstream in(book, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto zip = readers::ZipArchive::Open(bytes);
  ASSERT_TRUE(zip);
  auto workbook = zip.value()->Read("xl/workbook.xml");
  ASSERT_TRUE(workbook && workbook.value());
  EXPECT_NE(workbook.value()->find("分组 unit"), std::string::npos);
  for (const char* format : {"sarif", "github", "gitlab"}) {
    const Outcome o = RunCli({"-f", format, "--group-by", "unit", "examples/"});
    EXPECT_EQ(o.code, 3) << format;
    EXPECT_EQ(o.err, std::string("evalscore: error: --group-by does not apply to evalscore -f ") +
                         format +
                         ": sarif, github and gitlab annotate findings and have no summary to "
                         "group\n");
  }
  // check and explain FILE end with the same summary, grouped.
  EXPECT_NE(RunCli({"check", "--group-by", "unit", "examples/"}).out.find("\nby unit:\n"),
            std::string::npos);
  EXPECT_NE(RunCli({"explain", "--group-by", "unit", kSeed}).out.find("\nby unit:\n"),
            std::string::npos);
  // Commands with no summary refuse it too (report and review ignored it before).
  EXPECT_EQ(RunCli({"report", "--group-by", "unit", kSeed}).code, 3);
  EXPECT_EQ(RunCli({"review", "--group-by", "unit", kSeed}).code, 3);
  EXPECT_EQ(RunCli({"explain", "-f", "json", "--group-by", "unit", kSeed}).code, 3);
}

// The batch in input order whatever -j is: every format, byte for byte.
TEST(Batch, SameBytesAtOneAndTwoJobs) {
  const std::vector<std::vector<std::string>> runs = {{"-f", "text"},
                                                      {"-f", "csv"},
                                                      {"-f", "json"},
                                                      {"-f", "markdown"},
                                                      {"-f", "html"},
                                                      {"-f", "sarif"},
                                                      {"-f", "github"},
                                                      {"-f", "gitlab"},
                                                      {"check"},
                                                      {"explain"},
                                                      {"explain", "-f", "json"},
                                                      {"report"},
                                                      {"review", "-f", "json"},
                                                      {"-f", "csv", "--group-by", "unit"}};
  for (const auto& head : runs) {
    std::vector<std::string> one = head, two = head;
    for (auto* args : {&one, &two}) args->insert(args->end(), {"examples/", "tests/bad-input/"});
    one.insert(one.end(), {"-j", "1"});
    two.insert(two.end(), {"-j", "2"});
    const Outcome a = RunCli(one), b = RunCli(two);
    EXPECT_EQ(a.out, b.out) << head.back();
    EXPECT_EQ(a.err, b.err) << head.back();
    EXPECT_EQ(a.code, b.code);
    EXPECT_FALSE(a.out.empty()) << head.back();
  }
}

// A directory whose name is not valid UTF-8: the project's `rules: mine.yaml`
// beside it is opened by the real path (the shown name escapes the bytes).
TEST(Paths, RulesBesideAProjectInANonUtf8Directory) {
  const fs::path dir = fs::path(TempDir("non_utf8")) / "proj\xff\xfe";
  fs::create_directories(dir);
  Write((dir / "mine.yaml").string(), "extends: central-2020\nname: mine\n");
  Write((dir / "p.yaml").string(),
        "format: evalscore/1\nrules: mine.yaml\nproject: {name: 好}\n"
        "funds: {total: {budget: 10, executed: 10}}\n"
        "indicators:\n  产出指标:\n    数量指标:\n"
        "      - {name: a, target: '>=10', actual: '10', points: 90}\n");
  const Outcome o = RunCli({"-f", "json", (dir / "p.yaml").string()});
  ASSERT_EQ(o.code, 0) << o.out << o.err;
  const Json doc = Json::parse(o.out);
  EXPECT_EQ(doc["projects"][0]["status"], "scored");
  EXPECT_EQ(doc["projects"][0]["profile"]["name"], "mine");
  // Shown escaped, never as raw bytes.
  EXPECT_NE(doc["projects"][0]["path"].get<std::string>().find("proj\\xFF\\xFE"),
            std::string::npos);
  // The profile's file is shown escaped too (it was written raw: U+FFFD in JSON).
  EXPECT_NE(doc["projects"][0]["profile"]["source"].get<std::string>().find("proj\\xFF\\xFE/mine"),
            std::string::npos)
      << doc["projects"][0]["profile"]["source"];
  // 100% executed → 10; the row met → 90: 100.
  EXPECT_DOUBLE_EQ(doc["projects"][0]["total"].get<double>(), 100);
}

TEST(ProfileChoice, FlagThenProjectThenConfigThenDefault) {
  EXPECT_EQ(ChooseProfile("f", "p", "c").origin, ProfileOrigin::kFlag);
  EXPECT_EQ(ChooseProfile("f", "p", "c").name, "f");
  EXPECT_EQ(ChooseProfile("", "p", "c").origin, ProfileOrigin::kProject);
  EXPECT_EQ(ChooseProfile("", "p", "c").name, "p");
  EXPECT_EQ(ChooseProfile("", "", "c").origin, ProfileOrigin::kConfig);
  EXPECT_EQ(ChooseProfile("", "", "").origin, ProfileOrigin::kDefault);
  EXPECT_EQ(ChooseProfile("", "", "").name, "central-2020");
}

TEST(SeverityOverride, ParsedOnceAndApplied) {
  std::optional<Severity> level = Severity::kInfo;
  EXPECT_TRUE(ParseSeverityOverride("off", &level));
  EXPECT_FALSE(level.has_value());
  EXPECT_TRUE(ParseSeverityOverride("error", &level));
  EXPECT_EQ(level, Severity::kError);
  EXPECT_FALSE(ParseSeverityOverride("fatal", &level));
  EXPECT_EQ(SeverityOverrideName(std::nullopt), std::string("off"));
  const SeverityOverrides overrides = {{"ES101", Severity::kInfo}, {"RATE_MISMATCH", std::nullopt}};
  Diagnostic by_code{"ES101", "BREAKDOWN_SUM", Severity::kError, {}, {}, {}, {}};
  EXPECT_TRUE(ApplySeverityOverride(overrides, &by_code));
  EXPECT_EQ(by_code.severity, Severity::kInfo);
  Diagnostic by_name{"ES102", "RATE_MISMATCH", Severity::kWarning, {}, {}, {}, {}};
  EXPECT_FALSE(ApplySeverityOverride(overrides, &by_name));
  Diagnostic other{"ES103", "SCORE_MISMATCH", Severity::kWarning, {}, {}, {}, {}};
  EXPECT_TRUE(ApplySeverityOverride(overrides, &other));
  EXPECT_EQ(other.severity, Severity::kWarning);
}

TEST(MarkupEscape, OneEscaperForXmlAndHtml) {
  EXPECT_EQ(MarkupEscape("a<b & \"c\" 'd'>"), "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  EXPECT_EQ(MarkupEscape("x\ny\tz\x01"), "x\ny\tz ");
  EXPECT_EQ(MarkupEscape("x\r\ny\nz\rw", LineBreaks::kBr), "x<br>y<br>z<br>w");
  EXPECT_EQ(XmlEscape("1\r2"), "1 2");
}

}  // namespace
}  // namespace evalscore::cli
