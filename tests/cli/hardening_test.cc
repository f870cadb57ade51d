// Issue 11 (time limits are generous for a loaded machine: the bugs they catch took
// minutes to hours): a submitted form must never overwrite, leak, hang or fool the
// reviewer. Hostile text in every output format, path confinement of what a
// form names, YAML resource limits. (Filesystem cases needing a real process:
// tests/cli/process_test.sh.)
#include <chrono>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/hostile_text.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

using testing::Outcome;
using testing::RunCli;
using testing::TempDir;
using testing::Write;

// A minimal valid form whose name is `name` (a YAML double-quoted scalar body)
// and whose `rules:` line is `rules` (none when empty).
std::string Form(const std::string& name, const std::string& rules = "") {
  return "format: evalscore/1\n" + (rules.empty() ? "" : "rules: " + rules + "\n") +
         "project:\n  name: \"" + name +
         "\"\n  department: \"@SUM(A1)\"\n  unit: \"-2+3\"\n"
         "indicators:\n  产出指标:\n    数量指标:\n"
         "      - {name: \"" +
         name + "\", target: 10人, actual: 10人, points: 10, score: 10}\n";
}

const std::string kHostile = "=cmd|' /C calc'!A0\\e[2J\\e]0;pwned\\a\\vline\\nerror: forged";

TEST(Hardening, TerminalSafeEscapesEveryControlCharacter) {
  EXPECT_EQ(TerminalSafe("a\x1b[31mb\nc\td\r\x7f"), "a\\x1B[31mb\\nc\\td\\r\\x7F");
  EXPECT_EQ(TerminalSafe("\xc2\x9b"), "\\u{009B}");           // C1 CSI
  EXPECT_EQ(TerminalSafe("\xe2\x80\xae"), "\\u{202E}");       // right-to-left override
  EXPECT_EQ(TerminalSafe("a\xff"), "a\\xFF");                 // not UTF-8
  EXPECT_EQ(TerminalSafe("生存认证 ≥95%"), "生存认证 ≥95%");  // unchanged
}

TEST(Hardening, XmlSafeReplacesWhatXmlForbids) {
  EXPECT_EQ(XmlSafe("a\vb\fc"), "a\nb\nc");  // Word's Shift+Enter is a line break
  EXPECT_EQ(XmlSafe(std::string("a\x01\x1b", 3)), "a\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(XmlSafe("\xef\xbf\xbe"), "\xEF\xBF\xBD");  // U+FFFE
  EXPECT_EQ(XmlSafe("tab\tok\r\n"), "tab\tok\r\n");
}

TEST(Hardening, SpreadsheetSafePrefixesFormulaStarters) {
  for (const char* s : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
    EXPECT_EQ(SpreadsheetSafe(s), std::string("'") + s) << s;
  }
  EXPECT_EQ(SpreadsheetSafe("项目=1"), "项目=1");
  EXPECT_EQ(SpreadsheetSafe(""), "");
}

TEST(Hardening, HostileNameIsEscapedInTextAndMarkdown) {
  const std::string dir = TempDir("hostile_text");
  Write(dir + "/a.yaml", Form(kHostile));
  for (const char* format : {"text", "markdown"}) {
    const Outcome r = RunCli({"-f", format, dir + "/a.yaml"});
    EXPECT_EQ(r.code, 0) << format << r.err;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << format;
    EXPECT_EQ(r.out.find('\v'), std::string::npos) << format;
    EXPECT_EQ(r.out.find('\a'), std::string::npos) << format;
    if (std::string(format) == "text") {
      EXPECT_EQ(r.out.find("\nerror: forged"), std::string::npos) << format;
    }
    EXPECT_NE(r.out.find("x1B"), std::string::npos) << format;
  }
}

TEST(Hardening, FileNameWithNewlineCannotForgeAnErrorLine) {
  const std::string dir = TempDir("hostile_filename");
  const std::string path = dir + "/x\nevalscore: error: forged\x1b[2J.yaml";
  Write(path, "format: [");
  const Outcome r = RunCli({path});
  EXPECT_EQ(r.code, 2);
  for (const std::string* s : {&r.out, &r.err}) {
    EXPECT_EQ(s->find("\nevalscore: error: forged"), std::string::npos) << *s;
    EXPECT_EQ(s->find('\x1b'), std::string::npos) << *s;
  }
  EXPECT_NE(r.out.find("x\\nevalscore: error: forged\\x1B[2J.yaml"), std::string::npos) << r.out;
}

TEST(Hardening, CsvNeutralisesFormulasButNotNumbers) {
  const std::string dir = TempDir("hostile_csv");
  Write(dir + "/a.yaml", Form("=1+1"));
  const Outcome r = RunCli({"-f", "csv", dir + "/a.yaml"});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string row = r.out.substr(r.out.find("\r\n") + 2);
  EXPECT_NE(row.find(",scored,'=1+1,"), std::string::npos) << row;
  EXPECT_NE(row.find(",'@SUM(A1),'-2+3,"), std::string::npos) << row;
  // difference column: a number the program formats, never prefixed
  EXPECT_EQ(row.find(",'-"), row.find(",'-2+3")) << row;
}

TEST(Hardening, JsonCarriesHostileTextExactlyAndParses) {
  const std::string dir = TempDir("hostile_json");
  Write(dir + "/a.yaml", Form(kHostile));
  const Outcome r = RunCli({"-f", "json", dir + "/a.yaml"});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["projects"][0]["project"]["name"],
            "=cmd|' /C calc'!A0\x1b[2J\x1b]0;pwned\a\vline\nerror: forged");
  EXPECT_TRUE(doc["config"].is_null());
}

TEST(Hardening, ProjectMayNotNameAProfileOutsideItsDirectory) {
  const std::string dir = TempDir("confine");
  Write(dir + "/secret.txt", "root:SECRET-HASH:19000:0:99999:7:::\n");
  std::filesystem::create_directories(dir + "/forms/rules");
  Write(dir + "/forms/a.yaml", Form("x", "../secret.txt"));
  Write(dir + "/forms/b.yaml", Form("x", dir + "/secret.txt"));
  std::filesystem::create_symlink(dir + "/secret.txt", dir + "/forms/link.yaml");
  Write(dir + "/forms/c.yaml", Form("x", "link.yaml"));
  // Inside the tree: allowed, but a broken one is not quoted either.
  Write(dir + "/forms/rules/mine.yaml", "extends: ../../secret.txt\n");
  Write(dir + "/forms/d.yaml", Form("x", "rules/mine.yaml"));
  Write(dir + "/forms/rules/bad.yaml", "IN-TREE-MARKER: 1\n");
  Write(dir + "/forms/e.yaml", Form("x", "rules/bad.yaml"));
  Write(dir + "/forms/rules/good.yaml", "extends: sichuan-2023\nname: good\n");
  Write(dir + "/forms/f.yaml", Form("x", "rules/good.yaml"));
  for (const char* format : {"json", "csv", "text"}) {
    const Outcome r = RunCli({"-f", format, dir + "/forms"});
    EXPECT_EQ(r.code, 2) << format;
    EXPECT_EQ(r.out.find("SECRET"), std::string::npos) << format << r.out;
    EXPECT_EQ(r.err.find("SECRET"), std::string::npos) << format << r.err;
  }
  const Outcome csv = RunCli({"-f", "csv", dir + "/forms"});
  EXPECT_NE(csv.out.find("a.yaml,error"), std::string::npos);
  EXPECT_NE(csv.out.find("outside the project's directory"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find("f.yaml,scored"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find("its content is not shown"), std::string::npos) << csv.out;
  EXPECT_NE(
      csv.out.find("b.yaml,error,,,,,,,,,,,,,,,,,,\"2:8: rule profile '" + dir + "/secret.txt'"),
      std::string::npos)
      << csv.out;
  // e.yaml's profile is in the tree, but its content is still not quoted in e.yaml's row.
  const size_t e_row = csv.out.find("/e.yaml,error");
  ASSERT_NE(e_row, std::string::npos);
  EXPECT_EQ(csv.out.substr(e_row, csv.out.find('\n', e_row) - e_row).find("IN-TREE-MARKER"),
            std::string::npos);
  // The walk does not follow link.yaml out of the tree it was given.
  EXPECT_NE(csv.out.find("link.yaml,error,,,,,,,,,,,,,,,,,,a symbolic link out of the directory"),
            std::string::npos)
      << csv.out;
  // The user may name any file: --rules outside the tree is honoured.
  Write(dir + "/mine.yaml", "extends: sichuan-2023\nname: mine\n");
  const Outcome user = RunCli({"-f", "csv", "--rules", dir + "/mine.yaml", dir + "/forms/a.yaml"});
  EXPECT_EQ(user.code, 0) << user.out << user.err;
}

TEST(Hardening, AliasAmplificationIsRefusedQuickly) {
  std::string text = "format: evalscore/1\nproject:\n  name: &a \"" + std::string(100000, 'x') +
                     "\"\n  unit: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                     "  department: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
  const auto start = std::chrono::steady_clock::now();
  const Outcome r = RunCli({"-f", "json", "-"}, text);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("aliases expand this document by more than 1 MiB"), std::string::npos)
      << r.out;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(Hardening, ManyKeysAreLinearAndCapped) {
  std::string many = "format: evalscore/1\nproject: {name: x}\nindicators:\n  a:\n";
  for (int i = 0; i < 9000; ++i) many += "    k" + std::to_string(i) + ": []\n";
  auto start = std::chrono::steady_clock::now();
  Outcome r = RunCli({"-f", "csv", "-"}, many);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  many += "    k1: []\n";  // a duplicate among 9001 keys is still found
  r = RunCli({"-f", "csv", "-"}, many);
  EXPECT_NE(r.out.find("duplicate key 'k1'"), std::string::npos) << r.out.substr(0, 400);
  for (int i = 9000; i < 10001; ++i) many += "    k" + std::to_string(i) + ": []\n";
  start = std::chrono::steady_clock::now();
  r = RunCli({"-f", "csv", "-"}, many);
  EXPECT_NE(r.out.find("more than 10000 keys in one mapping"), std::string::npos);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(Hardening, TrailingDocumentMarkerIsNotASecondDocument) {
  const Outcome r = RunCli({"-f", "csv", "-"}, Form("x") + "---\n");
  EXPECT_EQ(r.code, 0) << r.out;
}

TEST(Hardening, Utf16WithBomIsDecodedAndWithoutIsNamed) {
  const std::string form =
      "format: evalscore/1\nproject: {name: x}\nindicators:\n  out:\n    count:\n"
      "      - {name: n, target: 10, actual: 10, points: 10, score: 10}\n";
  std::string le = "\xFF\xFE", bare;
  for (char c : form) le += c, le += '\0', bare += c, bare += '\0';
  Outcome r = RunCli({"-f", "csv", "-"}, le);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find(",scored,x,"), std::string::npos) << r.out;
  r = RunCli({"-f", "csv", "-"}, bare);
  EXPECT_NE(r.out.find("UTF-16 text without a byte-order mark"), std::string::npos) << r.out;
}

TEST(Hardening, CarriageReturnOnlyLineEndsAreLines) {
  std::string form = Form("x");
  for (char& c : form) c = c == '\n' ? '\r' : c;
  const Outcome r = RunCli({"-f", "csv", "-"}, form);
  EXPECT_EQ(r.code, 0) << r.out;
}

TEST(Hardening, EmptyOutputNameIsAUsageError) {
  const Outcome r = RunCli({"-o", "", "examples/01-seed-chengde-2021.yaml"});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace evalscore::cli

namespace evalscore::cli {
namespace {

TEST(Hardening, FailUnderTakesOnlyAPlainDecimal) {
  for (const char* bad : {"nan", "NaN", "inf", "0x60", "1e2", ""}) {
    const Outcome r = RunCli({"--fail-under", bad, "examples/01-seed-chengde-2021.yaml"});
    EXPECT_EQ(r.code, 3) << bad;
    EXPECT_NE(r.err.find("--fail-under"), std::string::npos) << bad << r.err;
  }
  // 92.40 (the seed's recomputed total) < 95 fails the gate; 60 passes it.
  EXPECT_EQ(RunCli({"--fail-under", "95", "examples/01-seed-chengde-2021.yaml"}).code, 1);
  EXPECT_EQ(RunCli({"--fail-under", "60", "examples/01-seed-chengde-2021.yaml"}).code, 0);
}

TEST(Hardening, LookAlikeKeysAreDuplicates) {
  const std::string form =
      "format: evalscore/1\nproject: {name: x}\nindicators:\n  产出指标:\n    b:\n"
      "      - {name: n, target: 10, actual: 10, points: 10, score: 10}\n"
      "  \"产出指标 \":\n    c: []\n  ＡＢ:\n    d: []\n  AB:\n    e: []\n";
  const Outcome r = RunCli({"-f", "csv", "-"}, form);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("7:3: '产出指标 ' and '产出指标' in indicators differ only in spaces or "
                       "full-width letters"),
            std::string::npos)
      << r.out;
}

TEST(Hardening, NoSuchMonthIsNotADate) {
  // 2023年13月 is text: against the target 2023年12月 it cannot be scored as a date.
  const std::string form =
      "format: evalscore/1\nproject: {name: x}\nindicators:\n  a:\n    b:\n"
      "      - {name: 完成时间, target: 2023年12月, actual: 2023年13月, points: 10, score: 10}\n";
  const Outcome r = RunCli({"-f", "json", "-"}, form);
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["projects"][0]["indicators"][0]["actual"]["kind"], "text") << r.out;
}

}  // namespace
}  // namespace evalscore::cli

namespace evalscore::cli {
namespace {

// One row under the default profile (central-2020), as JSON.
nlohmann::json ScoreRow(const std::string& target, const std::string& actual,
                        const std::string& points = "10", const std::string& score = "10") {
  const std::string form =
      "format: evalscore/1\nproject: {name: x}\nindicators:\n  产出指标:\n    数量指标:\n"
      "      - {name: 指标, target: \"" +
      target + "\", actual: \"" + actual + "\", points: " + points + ", score: " + score + "}\n";
  const Outcome r = RunCli({"-f", "json", "-"}, form);
  return nlohmann::json::parse(r.out)["projects"][0];
}

bool HasFinding(const nlohmann::json& project, const std::string& code,
                const std::string& severity) {
  for (const auto& d : project["diagnostics"]) {
    if (d["code"] == code && d["severity"] == severity) return true;
  }
  return false;
}

TEST(Hardening, ExponentNumbersAreNumbers) {
  // 0人 against ≥1e4人 = ≥10000人: 0 / 10000 × 10 = 0, not the unit's 10.
  const auto p = ScoreRow("≥1e4人", "0人");
  EXPECT_EQ(p["indicators"][0]["target"]["number"], 10000.0);
  EXPECT_EQ(p["indicators"][0]["status"], "scored");
  EXPECT_EQ(p["indicators"][0]["score"], 0.0);
  // 5e3 of 1e4: 5000 / 10000 × 10 = 5.
  EXPECT_EQ(ScoreRow("1e4", "5e3")["indicators"][0]["score"], 5.0);
}

TEST(Hardening, FallbackIsAWarningAndFailsStrict) {
  // No target, no actual: the unit's 10 is taken, as a warning (ES313), not info.
  const auto p = ScoreRow("", "");
  EXPECT_EQ(p["indicators"][0]["status"], "fallback");
  EXPECT_TRUE(HasFinding(p, "ES313", "warning")) << p["diagnostics"];
}

TEST(Hardening, NumberAgainstTextTargetIsNotScorable) {
  const auto p = ScoreRow("及时", "95%");
  EXPECT_EQ(p["indicators"][0]["status"], "error");
  EXPECT_TRUE(HasFinding(p, "ES312", "error")) << p["diagnostics"];
}

TEST(Hardening, IdenticalPlaceholderIsNotAchieved) {
  for (const char* placeholder : {"***", "……", "xx", "待定"}) {
    const auto p = ScoreRow(placeholder, placeholder);
    EXPECT_EQ(p["indicators"][0]["status"], "error") << placeholder;
    EXPECT_TRUE(HasFinding(p, "ES312", "error")) << placeholder;
  }
  // Real identical text is still 达成: 10 of 10.
  EXPECT_EQ(ScoreRow("及时处理", "及时处理")["indicators"][0]["score"], 10.0);
}

TEST(Hardening, NegativeTargetDoesNotInvert) {
  // ≥-5% with -50%: missed; never the full 10 by clamping -50% to 0.
  const auto missed = ScoreRow("≥-5%", "-50%", "10", "10");
  EXPECT_EQ(missed["indicators"][0]["status"], "fallback");
  EXPECT_TRUE(HasFinding(missed, "ES313", "warning"));
  // ≥-5% with -2%: met, 10 of 10.
  const auto met = ScoreRow("≥-5%", "-2%", "10", "0");
  EXPECT_EQ(met["indicators"][0]["status"], "scored");
  EXPECT_EQ(met["indicators"][0]["score"], 10.0);
}

TEST(Hardening, DeadlineWithoutYearAgainstADatedActual) {
  // 11月底前 against 2023年11月20日: month 11 ≤ 11, met: 10 of 10 (not "units differ").
  const auto met = ScoreRow("11月底前", "2023年11月20日");
  EXPECT_EQ(met["indicators"][0]["status"], "scored");
  EXPECT_EQ(met["indicators"][0]["score"], 10.0);
  // 2023年12月1日 is month 12 > 11: missed, 0.
  EXPECT_EQ(ScoreRow("11月底前", "2023年12月1日")["indicators"][0]["score"], 0.0);
  // 2023年12月 against 2023年12月30日: the same month, met.
  EXPECT_EQ(ScoreRow("2023年12月", "2023年12月30日")["indicators"][0]["score"], 10.0);
}

TEST(Hardening, RoundingNeverLiftsAScoreAbovePoints) {
  const auto p = ScoreRow("100", "100", "9999999.995", "1");
  EXPECT_LE(p["indicators"][0]["score"].get<double>(), 9999999.995);
}

}  // namespace
}  // namespace evalscore::cli
