// Forms read from .xlsx, .xls and .docx: each fixture (tests/fixtures/forms,
// built by scripts/make-form-fixtures.py) scores and audits exactly as its
// hand-written YAML twin; findings point at cells; bad files are clear errors.
#include <algorithm>
#include <cctype>
#include <functional>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_test_util.h"
#include "readers/zip_archive.h"

namespace evalscore::testing {
namespace {

using Json = nlohmann::ordered_json;
const std::string kDir = "tests/fixtures/forms/";

// The JSON report's projects with every location and path removed, so a form
// read from cells compares with its twin read from YAML lines.
Json Projects(const std::vector<std::string>& files, const std::string& dir = kDir) {
  std::vector<std::string> args = {"-f", "json"};
  for (const std::string& f : files) args.push_back(dir + f);
  const Outcome o = RunCli(args);
  EXPECT_TRUE(o.code == 0 || o.code == 1) << o.err;
  Json doc = Json::parse(o.out);
  const std::function<void(Json&)> strip = [&](Json& j) {
    if (j.is_object()) {
      for (const char* key : {"path", "line", "column", "sheet", "table", "row", "cell"}) {
        j.erase(key);
      }
      for (auto& [k, v] : j.items()) strip(v);
    } else if (j.is_array()) {
      for (Json& v : j) strip(v);
    }
  };
  Json projects = doc["projects"];
  strip(projects);
  // Findings come in location order, and a cell is not a line: compare them as a set.
  for (Json& p : projects) {
    if (!p.contains("diagnostics")) continue;
    std::sort(p["diagnostics"].begin(), p["diagnostics"].end(),
              [](const Json& a, const Json& b) { return a.dump() < b.dump(); });
  }
  return projects;
}

// "central.xlsx" -> "central_xlsx": a test name.
std::string Identifier(const std::string& file) {
  std::string id;
  for (const char c : file) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return id;
}

struct Twin {
  std::string form;
  std::vector<std::string> yaml;
};

class FormTwinTest : public ::testing::TestWithParam<Twin> {};

TEST_P(FormTwinTest, ScoresAndFindingsAsItsYamlTwin) {
  const Twin& t = GetParam();
  const Json form = Projects({t.form});
  const Json twin = Projects(t.yaml);
  ASSERT_EQ(form.size(), twin.size()) << form.dump(1);
  for (size_t i = 0; i < form.size(); ++i) {
    EXPECT_EQ(form[i]["status"], "scored") << form[i].dump(1);
    EXPECT_EQ(form[i], twin[i]) << t.form << " form " << i << "\nform: " << form[i].dump(1)
                                << "\ntwin: " << twin[i].dump(1);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, FormTwinTest,
    ::testing::Values(Twin{"central.xlsx", {"central.yaml"}}, Twin{"central.xls", {"central.yaml"}},
                      Twin{"twenty.xlsx", {"twenty.yaml"}}, Twin{"twenty.xls", {"twenty.yaml"}},
                      Twin{"sichuan.xlsx", {"sichuan.yaml"}}, Twin{"sichuan.xls", {"sichuan.yaml"}},
                      Twin{"department.xlsx", {"department.yaml"}},
                      Twin{"department.xls", {"department.yaml"}}, Twin{"wps.xlsx", {"wps.yaml"}},
                      Twin{"wps.xls", {"wps.yaml"}},
                      Twin{"three.xlsx", {"three-1.yaml", "three-2.yaml", "three-3.yaml"}},
                      Twin{"three.xls", {"three-1.yaml", "three-2.yaml", "three-3.yaml"}},
                      Twin{"formulas.xlsx", {"formulas.yaml"}},
                      Twin{"formulas.xls", {"formulas.yaml"}},
                      Twin{"stacked.xlsx", {"stacked-1.yaml", "three-2.yaml"}},
                      Twin{"stacked.xls", {"stacked-1.yaml", "three-2.yaml"}},
                      Twin{"report.docx", {"report.yaml"}}, Twin{"escaped.xlsx", {"escaped.yaml"}}),
    [](const ::testing::TestParamInfo<Twin>& p) { return Identifier(p.param.form); });

// Totals worked by hand from the rules (central-2020), so the twins are right too.
TEST(FormFixtures, TotalsByHand) {
  const Json p = Projects({"sichuan.xlsx", "wps.xlsx", "report.docx", "department.xlsx"});
  // Sichuan: 调整后预算数 48 is the budget: 45.6 / 48 = 95% × 10 = 9.5; rows 20 + 20 + 10 +
  // 80/85 × 30 = 28.24 (28.235 half up) + 10 (满意 = 满意) = 88.24; total 97.74.
  EXPECT_DOUBLE_EQ(p[0]["total"], 97.74);
  // WPS: funds 72 / 80 = 90% × 10 = 9; rows 30 + 20 + 90/98 × 10 = 9.18 + 20 + 10; 98.18.
  EXPECT_DOUBLE_EQ(p[1]["total"], 98.18);
  // Word table: 0 / 300 spent = 0; 25 (14.31万 ≥ 12万) + 0 (未拨付: 未 words score 0.3? no:
  // a qualitative actual that is not the target and no grade word: the unit's 0 taken)
  // + 30 + 10 = 65.
  EXPECT_DOUBLE_EQ(p[2]["total"], 65);
  // 部门整体: 816 / 850 = 96% × 10 = 9.6; rows 25 + 25 + 20 + 10 + 10 = 90; 99.6.
  EXPECT_DOUBLE_EQ(p[3]["total"], 99.6);
}

TEST(FormFindings, PointAtTheCellInTextAndJson) {
  const Outcome o = RunCli({"check", kDir + "central.xlsx"});
  EXPECT_NE(o.out.find("tests/fixtures/forms/central.xlsx:自评表!E6: warning ES106:"),
            std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("central.xlsx:自评表!B13: warning ES201:"), std::string::npos) << o.out;
  const Outcome j = RunCli({"-f", "json", kDir + "central.xlsx"});
  const Json doc = Json::parse(j.out);
  bool found = false;
  for (const Json& d : doc["projects"][0]["diagnostics"]) {
    if (d["code"] == "ES106") {
      EXPECT_EQ(d["sheet"], "自评表");
      EXPECT_EQ(d["row"], 6);
      EXPECT_EQ(d["column"], 5);
      EXPECT_EQ(d["cell"], "E6");
      found = true;
    }
  }
  EXPECT_TRUE(found) << j.out;
  const Json docx = Json::parse(RunCli({"-f", "json", kDir + "report.docx"}).out);
  EXPECT_EQ(docx["projects"][0]["diagnostics"][0]["table"], "表1") << docx.dump(1);
}

// escaped.xlsx (scripts/make-escaped-form.py): central.xlsx with Excel's _xHHHH_
// escapes in shared, inline and formula strings and in the sheet name.
TEST(FormEscapes, DecodeAsExcelShowsThem) {
  const Outcome j = RunCli({"-f", "json", kDir + "escaped.xlsx"});
  ASSERT_EQ(j.code, 0) << j.err;
  const Json p = Json::parse(j.out)["projects"][0];
  EXPECT_EQ(p["project"]["unit"], "承德县承县居民社会养老保险_x0041_");  // _x005F_x0041_: a literal
  const Json& rows = p["indicators"];
  // 人脸识别_x000D_\n系统认证人: CR LF between Chinese characters joins them, as a
  // real line break in a cell does; 15万_x000D_\n人 likewise.
  EXPECT_EQ(rows[0]["name"], "人脸识别系统认证人") << rows[0].dump(1);
  EXPECT_EQ(rows[0]["target"]["text"], "15万人");
  // 15.3万人 against 15万人: above target, the full 10 points (central-2020 rows).
  EXPECT_DOUBLE_EQ(rows[0]["score"], 10);
  EXPECT_EQ(rows[2]["name"], "系统运行情况");        // an inline string
  EXPECT_EQ(rows[5]["target"]["text"], "及时处理");  // a formula's cached string
  EXPECT_DOUBLE_EQ(rows[5]["score"], 8);             // 及时处理 = 及时处理: all 8 points
  // Funds 5.38 / 22.41 = 24% × 10 = 2.4; rows at full points 50 + 30 + 10 = 90 (the
  // blank row is not counted); 92.4 as central.
  EXPECT_DOUBLE_EQ(p["total"], 92.4);
  const Outcome o = RunCli({"check", kDir + "escaped.xlsx"});
  EXPECT_NE(o.out.find("escaped.xlsx:自评表!E6: warning ES106:"), std::string::npos) << o.out;
}

TEST(FormFindings, ExplainNamesTheCell) {
  const Outcome o = RunCli({"explain", kDir + "central.xlsx"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("产出指标 / 数量指标 / 人脸识别系统认证人  (自评表!D13)"), std::string::npos)
      << o.out;
}

TEST(FormScan, DirectoryPicksUpFormsButNotEvalscoreReports) {
  const std::string dir = TempDir("form_scan");
  std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/" + kDir + "central.xlsx", dir + "/a.xlsx");
  std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/" + kDir + "report.docx", dir + "/b.docx");
  std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/" + kDir + "central.yaml", dir + "/c.yaml");
  Write(dir + "/~$a.xlsx", "lock file");  // Excel's lock file: never read
  // A report written into the scanned directory is not read back as a form.
  Outcome o = RunCli({"-f", "xlsx", "-o", dir + "/report.xlsx", dir});
  ASSERT_EQ(o.code, 0) << o.err;
  o = RunCli({"-f", "csv", dir});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(std::count(o.out.begin(), o.out.end(), '\n'), 4) << o.out;  // header + 3 forms
  EXPECT_EQ(o.out.find("report.xlsx"), std::string::npos) << o.out;
  // Named on the command line, the report is read: its form sheets score as the inputs.
  o = RunCli({"-q", dir + "/report.xlsx"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("3 files: 3 scored"), std::string::npos) << o.out;
  // --include replaces the default set; --exclude drops.
  o = RunCli({"-f", "csv", "--include", "*.docx", dir});
  EXPECT_EQ(std::count(o.out.begin(), o.out.end(), '\n'), 2) << o.out;
  o = RunCli({"-f", "csv", "--exclude", "*.xlsx", dir});
  EXPECT_EQ(std::count(o.out.begin(), o.out.end(), '\n'), 3) << o.out;
}

// A batch finding on a workbook names its cell with the sheet (it printed
// "a.xlsx:?!C2" before the batch checks carried the forms' sheet names).
TEST(FormScan, BatchFindingsNameTheSheet) {
  const std::string dir = TempDir("form_batch_sheet");
  for (const char* name : {"a.xlsx", "b.xlsx"}) {
    std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/" + kDir + "formulas.xlsx", dir + "/" + name);
  }
  // The same project twice (ES504), located at its name's cell 自评表!C2.
  const Outcome text = RunCli({"check", dir});
  EXPECT_NE(text.out.find(dir + "/a.xlsx:自评表!C2: warning ES504"), std::string::npos) << text.out;
  const Outcome md = RunCli({"-f", "markdown", dir});
  EXPECT_NE(md.out.find("自评表!C2"), std::string::npos) << md.out;
  const Json doc = Json::parse(RunCli({"-f", "json", dir}).out);
  ASSERT_EQ(doc["batch_findings"].size(), 2u) << doc.dump(1);
  EXPECT_EQ(doc["batch_findings"][0]["sheet"], "自评表");
  EXPECT_EQ(doc["batch_findings"][0]["cell"], "C2");
}

// A report met in a scan is seen as it is read (each file is opened once) and
// is no input: not rendered, not counted, and --sort still sorts the rest.
TEST(FormScan, AReportIsSkippedAsItIsReadAndNotCounted) {
  const std::string dir = TempDir("form_scan_once");
  std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/" + kDir + "central.xlsx", dir + "/a.xlsx");
  std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/tests/bad-forms/truncated.xlsx",
                             dir + "/b.xlsx");
  std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/" + kDir + "formulas.xls", dir + "/c.xls");
  ASSERT_EQ(RunCli({"-f", "xlsx", "-o", dir + "/report.xlsx", dir + "/a.xlsx"}).code, 0);
  // -j 1: a .xls is read in a forked child, and gcc 12's ASan allocator is not
  // fork-safe while another thread allocates (the child hung to its 30 s limit).
  const Outcome o = RunCli({"-j", "1", "-v", "-f", "csv", "--sort", "total", dir});
  EXPECT_EQ(o.code, 2) << o.err;
  EXPECT_NE(o.err.find("1 of 3 inputs could not be scored"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("skipped " + dir + "/report.xlsx: a report written by evalscore"),
            std::string::npos)
      << o.err;
  // Header, then by total: c.xls 99, a.xlsx 92.40, the unreadable b.xlsx last.
  std::istringstream rows(o.out);
  std::vector<std::string> paths;
  for (std::string line; std::getline(rows, line);) paths.push_back(line.substr(0, line.find(',')));
  ASSERT_EQ(paths.size(), 4u) << o.out;
  EXPECT_EQ(paths[1], dir + "/c.xls");
  EXPECT_EQ(paths[2], dir + "/a.xlsx");
  EXPECT_EQ(paths[3], dir + "/b.xlsx");
  // import skips the report too: a.xlsx and c.xls become project files, b.xlsx is an error.
  const std::string out = TempDir("form_scan_once_import");
  const Outcome imported = RunCli({"import", "-o", out, dir});
  EXPECT_EQ(imported.code, 2) << imported.err;
  EXPECT_TRUE(std::filesystem::exists(out + "/a.yaml")) << imported.err;
  EXPECT_TRUE(std::filesystem::exists(out + "/c.yaml")) << imported.err;
  EXPECT_EQ(imported.err.find("report.xlsx"), std::string::npos) << imported.err;
}

// Every example written with -f xlsx and read back scores the same.
TEST(FormRoundTrip, EveryExampleThroughXlsx) {
  const std::string dir = TempDir("form_round_trip");
  ASSERT_EQ(RunCli({"-f", "xlsx", "-o", dir + "/all.xlsx", "examples/"}).code, 0);
  const auto totals = [](const std::string& csv) {
    std::vector<std::string> rows;
    std::istringstream in(csv);
    for (std::string line; std::getline(in, line);) rows.push_back(line.substr(line.find(',')));
    return rows;
  };
  const Outcome yaml = RunCli({"-f", "csv", "examples/"});
  const Outcome xlsx = RunCli({"-f", "csv", dir + "/all.xlsx"});
  ASSERT_EQ(xlsx.code, yaml.code) << xlsx.err;
  std::vector<std::string> from_yaml = totals(yaml.out), from_xlsx = totals(xlsx.out);
  ASSERT_EQ(from_xlsx.size(), from_yaml.size());
  // Two statements of a project file that the printed form does not carry (known gaps of
  // the form layout, checked here so that closing them shows): 06's 度量单位 column (the
  // sheet prints "﹦72890元" in one cell, so the bare 72890 gains an ES321 info: 9 warnings,
  // 2 infos) and 24's `funds.in_total: false` (read back, the funds count: 93.33 + 5.96 =
  // 99.29 of 110).
  for (size_t i = 0; i < from_yaml.size(); ++i) {
    if (from_yaml[i].find("卫片执法") != std::string::npos) {
      EXPECT_NE(from_xlsx[i].find(",100.00,100,优,,,,0,9,2,"), std::string::npos) << from_xlsx[i];
    } else if (from_yaml[i].find("购买第三方服务") != std::string::npos) {
      EXPECT_NE(from_xlsx[i].find(",93.33,99.29,110,"), std::string::npos) << from_xlsx[i];
    } else {
      EXPECT_EQ(from_xlsx[i], from_yaml[i]);
    }
  }
}

// Text that looks like an Excel escape survives the round trip through our
// own xlsx: the writer escapes its "_" (_x005F_) and the reader decodes it, so
// "认证人_x0041_" is read back as written, not as "认证人A".
TEST(FormRoundTrip, EscapeLikeTextComesBackAsWritten) {
  const std::string dir = TempDir("form_round_trip_escape");
  std::ifstream in(EVALSCORE_SOURCE_DIR "/examples/01-seed-chengde-2021.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string name = "人脸识别系统认证人";
  ASSERT_NE(text.find(name), std::string::npos);
  text.replace(text.find(name), name.size(), name + "_x0041_");
  std::ofstream(dir + "/p.yaml") << text;
  ASSERT_EQ(RunCli({"-f", "xlsx", "-o", dir + "/p.xlsx", dir + "/p.yaml"}).code, 0);
  const Outcome o = RunCli({"-f", "json", dir + "/p.xlsx"});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("\"人脸识别系统认证人_x0041_\""), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("认证人A"), std::string::npos);
}

// The same for the sheets libxlsxwriter writes (the summary, the dashboard's
// tables, the scatter data): a project named "…费用_x0041_" is stored
// "…费用_x005F_x0041_" in each, which Excel shows as written.
TEST(FormRoundTrip, EscapeLikeTextProtectedOnLibxlsxwriterSheets) {
  const std::string dir = TempDir("form_round_trip_escape_summary");
  std::ifstream in(EVALSCORE_SOURCE_DIR "/examples/01-seed-chengde-2021.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string name = "生存认证人脸识别技术系统费用";
  ASSERT_NE(text.find("name: " + name), std::string::npos);
  text.replace(text.find("name: " + name), 6 + name.size(), "name: " + name + "_x0041_");
  std::ofstream(dir + "/p.yaml") << text;
  ASSERT_LE(RunCli({"-f", "xlsx", "-o", dir + "/p.xlsx", dir + "/p.yaml"}).code, 1);
  std::ifstream book(dir + "/p.xlsx", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(book)), std::istreambuf_iterator<char>());
  auto zip = readers::ZipArchive::Open(bytes);
  ASSERT_TRUE(zip);
  // sheet1: the summary; sheet3: the scatter data (the form has a rate and a self-score).
  for (const char* part : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"}) {
    auto xml = zip.value()->Read(part);
    ASSERT_TRUE(xml && xml.value()) << part;
    EXPECT_NE(xml.value()->find(name + "_x005F_x0041_<"), std::string::npos) << part;
    EXPECT_EQ(xml.value()->find(name + "_x0041_<"), std::string::npos) << part;
  }
}

TEST(FormImport, WritesEditableProjectFilesWithSourceCells) {
  const std::string dir = TempDir("form_import");
  Outcome o = RunCli({"import", "-o", dir, kDir + "three.xlsx", kDir + "central.xlsx"});
  ASSERT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.err.find("three.xlsx → " + dir + "/three-项目2-2.yaml"), std::string::npos) << o.err;
  std::ifstream in(dir + "/central.yaml");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("name: \"人脸识别系统认证人\"  # 自评表!D13"), std::string::npos) << text;
  // The imported files score as the forms.
  const Json imported = [&] {
    Outcome r = RunCli({"-f", "json", dir + "/central.yaml"});
    return Json::parse(r.out)["projects"][0]["total"];
  }();
  EXPECT_DOUBLE_EQ(imported, 92.4);
  // Never overwrites: a second import refuses and says so (exit 2).
  o = RunCli({"import", "-o", dir, kDir + "central.xlsx"});
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.err.find("exists; import never overwrites"), std::string::npos) << o.err;
}

// Every fixture imported and re-scored from its project file: the same scores
// and findings as the form itself.
TEST(FormImport, EveryFixtureScoresAsItsImport) {
  for (const char* form :
       {"central.xlsx", "twenty.xls", "sichuan.xlsx", "department.xlsx", "wps.xlsx", "three.xlsx",
        "stacked.xlsx", "report.docx", "formulas.xls"}) {
    const std::string dir = TempDir(std::string("form_import_each_") + form);
    const Outcome o = RunCli({"import", "-o", dir, kDir + form});
    ASSERT_EQ(o.code, 0) << o.err;
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      files.push_back(e.path().filename().string());
    }
    std::sort(files.begin(), files.end());
    EXPECT_EQ(Projects({form}), Projects(files, dir + "/")) << form;
  }
}

struct BadForm {
  std::string file;
  std::string message;
};

class BadFormTest : public ::testing::TestWithParam<BadForm> {};

TEST_P(BadFormTest, IsAClearErrorAndTheBatchGoesOn) {
  const BadForm& b = GetParam();
  // -j 1: a .xls is read in a forked child, and gcc 12's ASan allocator is not
  // fork-safe while another thread allocates (the child hung to its 30 s limit).
  const Outcome o =
      RunCli({"-j", "1", "-q", "tests/bad-forms/" + b.file, "tests/fixtures/forms/central.xlsx"});
  EXPECT_EQ(o.code, 2) << o.out << o.err;
  EXPECT_NE(o.out.find("tests/bad-forms/" + b.file + b.message), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("2 files: 1 scored, 1 could not be scored"), std::string::npos) << o.out;
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadFormTest,
    ::testing::Values(
        BadForm{"no-target-column.xlsx",
                ":自评表!A12: error: found 绩效指标/一级指标/二级指标/三级指标/实际完成值/分值/"
                "得分/偏差原因分析及改进措施 at 自评表!A12:I12 but no 年度指标值 column"},
        BadForm{"formula-without-value.xlsx",
                ":自评表!E6: error: 全年执行: a formula saved without its value"},
        BadForm{"zip-bomb.xlsx",
                ": error: refused: xl/worksheets/sheet1.xml inflates to more than"},
        BadForm{"entity-expansion.xlsx",
                ": error: refused: xl/sharedStrings.xml declares a DOCTYPE"},
        BadForm{"huge-sheet.xlsx", ": error: no 自评表 found"},
        BadForm{"no-form.xlsx", ": error: no 自评表 found"},
        BadForm{"truncated.xlsx", ": error: not a readable zip container"},
        BadForm{"html-as.xls", ": error: an HTML page saved with a spreadsheet name"},
        BadForm{"encrypted.xlsx", ": error: the file is encrypted (password-protected)"},
        // Found by fuzz_form_readers: libfreexl reads past a stack buffer on it
        // (ASan); libgsf now refuses its directory first, and the reader runs in a
        // child process (tests/unit/isolated_test.cc), so it is an error either way.
        BadForm{"freexl-overread.xls", ": error: "},
        BadForm{"deep-nesting.docx", ": error: the document has no tables"},
        // Made by tests/bad-forms/make_xls.py from formulas.xls, records rewritten in place.
        BadForm{"truncated-formula.xls",
                ": error: a damaged .xls file: the formula record at byte 0xB9B of sheet "
                "'自评表' has 10 bytes, fewer than its 20; open it in Excel or WPS and save it "
                "again"},
        BadForm{"formula-without-value.xls",
                ":自评表!E11: error: 实际完成值: a formula saved without its value"},
        BadForm{"boundsheet-past-end.xls",
                ": error: a damaged .xls file: sheet '自评表' is said to start at byte "
                "0x7FFFFFF0, past the end of the workbook stream (5554 bytes)"}),
    [](const ::testing::TestParamInfo<BadForm>& p) { return Identifier(p.param.file); });

// .xls reads as .xlsx: hidden sheets skipped (said with -v), formula cells
// with their cached results (libfreexl reports neither; the BIFF8 record walk
// of readers/biff_records.h does).
TEST(FormXls, ReadsAsItsXlsxTwin) {
  // formulas: 全年执行数 =SUM(90, 18) = 108, 执行率 =108/120 = 90%, 得分 =10 × 90% = 9, a
  // text formula giving 提高, 总分 =9 + 30 + 20 + 30 + 10 = 99; the hidden 旧版 (a draft:
  // 60 spent, 总分 59) is not read. By hand (central-2020): funds 108 / 120 = 90% × 10 = 9;
  // 520人 ≥ 500人: 30; 99% ≥ 98%: 20; 提高 = 提高: 30; 95% ≥ 90%: 10; total 99.
  const Json xls = Projects({"formulas.xls"});
  ASSERT_EQ(xls.size(), 1u) << xls.dump(1);
  EXPECT_EQ(xls, Projects({"formulas.xlsx"}));
  EXPECT_DOUBLE_EQ(xls[0]["total"], 99);
  // -j 1: see FormScan.AReportIsSkippedAsItIsReadAndNotCounted (fork under ASan).
  const Outcome o = RunCli({"-j", "1", "-q", "-v", kDir + "formulas.xls", kDir + "three.xls"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("4 files: 4 scored"), std::string::npos) << o.out;
  EXPECT_NE(o.err.find("formulas.xls: sheet '旧版' is hidden: not read"), std::string::npos)
      << o.err;
  EXPECT_NE(o.err.find("three.xls: sheet '旧版' is hidden: not read"), std::string::npos) << o.err;
  // wps.xls: the total row's 全年执行数 is =SUM(54, 18) = 72, read (no ES606 now).
  const Outcome wps = RunCli({"check", kDir + "wps.xls"});
  EXPECT_EQ(wps.out.find("ES606"), std::string::npos) << wps.out;
}

// A STRING record with no FORMULA before it (make_xls.py) is ignored: the file
// reads exactly as the one it was made from.
TEST(FormXls, AStringRecordWithoutAFormulaIsIgnored) {
  const Json bad = Projects({"string-without-formula.xls"}, "tests/bad-forms/");
  EXPECT_EQ(bad, Projects({"formulas.yaml"}));
}

TEST(FormSniffing, APdfIsToldItCannotBeRead) {
  const std::string dir = TempDir("form_pdf");
  Write(dir + "/form.pdf", std::string("%PDF-1.7\n\0\x01binary", 17));
  const Outcome o = RunCli({"-q", dir + "/form.pdf"});
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.out.find("form.pdf: error: a PDF file: evalscore reads .xlsx, .xls and .docx forms"),
            std::string::npos)
      << o.out;
}

TEST(FormSniffing, AnXlsNamedXlsxIsReadAsXls) {
  const std::string dir = TempDir("form_sniff");
  std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/" + kDir + "central.xls", dir + "/form.xlsx");
  std::filesystem::copy_file(EVALSCORE_SOURCE_DIR "/" + kDir + "report.docx", dir + "/word.xlsx");
  const Outcome o = RunCli({"-q", dir + "/form.xlsx", dir + "/word.xlsx"});
  EXPECT_EQ(o.code, 0) << o.out;
  EXPECT_NE(o.out.find("2 files: 2 scored"), std::string::npos) << o.out;
}

TEST(FormHiddenSheets, AreNotReadAndVerboseSaysSo) {
  const Outcome o = RunCli({"-q", "-v", kDir + "three.xlsx"});
  EXPECT_NE(o.out.find("3 files: 3 scored"), std::string::npos) << o.out;
  EXPECT_NE(o.err.find("three.xlsx: sheet '旧版' is hidden: not read"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("three.xlsx: sheet '汇总' holds no 自评表: skipped"), std::string::npos)
      << o.err;
}

}  // namespace
}  // namespace evalscore::testing
