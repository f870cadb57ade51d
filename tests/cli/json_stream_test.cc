// Streamed JSON (json_stream.h) and the renderers that write with it: -f json,
// -f sarif and -f gitlab write each project, result or issue as it comes, and
// their bytes must be those of dumping the whole document at once (what they
// wrote before they streamed): a document equals its own parse dumped again.
#include "cli/json_stream.h"

#include <stdlib.h>

#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/batch_summary.h"
#include "cli/render.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

using Json = nlohmann::ordered_json;

// What dumping the whole document at once gives for `text`'s document.
std::string Redumped(const std::string& text) {
  return Json::parse(text).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

TEST(JsonStream, ArrayHasTheBytesOfAWholeDump) {
  const Json a = {{"k", "值"}, {"n", {1, 2}}};
  const Json b = {{"k", "x"}, {"empty", Json::array()}};
  // An array as the value of "list" in an object: its line is at column 2.
  std::ostringstream out;
  out << "{\n  \"list\": ";
  JsonArrayStream list(out, 2);
  list.Add(a);
  list.Add(b);
  list.Close();
  out << "\n}";
  EXPECT_EQ(list.size(), 2u);
  EXPECT_EQ(out.str(), Json({{"list", {a, b}}}).dump(2));

  std::ostringstream none;
  JsonArrayStream empty(none, 0);
  empty.Close();
  EXPECT_EQ(none.str(), Json::array().dump(2));  // "[]"
}

// Invalid UTF-8 in a form's text is replaced (U+FFFD), as in a whole dump.
TEST(JsonStream, IndentedJsonReplacesInvalidUtf8) {
  const Json j = {{"text", std::string("a\xff"
                                       "b")}};
  EXPECT_EQ(IndentedJson(j, 4),
            "    {\n      \"text\": \"a\xEF\xBF\xBD"
            "b\"\n    }");
}

Diagnostic Finding(const std::string& code, const std::string& name, Severity severity, int line,
                   const std::string& id) {
  Diagnostic d;
  d.code = code;
  d.name = name;
  d.severity = severity;
  d.where.line = line;
  d.where.column = 3;
  d.message.id = id;
  d.message.args.push_back({"project", "项目\xfe", std::nullopt, {}});
  return d;
}

// Two scored forms with findings (the same one twice in a.yaml) and one that
// could not be scored.
std::vector<FileReport> SmallBatch() {
  std::vector<FileReport> reports(3);
  reports[0].path = "forms/a.yaml";
  reports[0].status = FileStatus::kScored;
  reports[0].eval.totals.total = 91.5;
  reports[0].eval.totals.grade = "优";
  for (int i = 0; i < 2; ++i) {
    reports[0].eval.diagnostics.push_back(
        Finding("ES101", "BREAKDOWN_SUM", Severity::kWarning, 12, "ES101.breakdown_sum"));
  }
  reports[1].path = "forms/空 格.yaml";
  reports[1].status = FileStatus::kScored;
  reports[1].eval.totals.total = 55;
  reports[1].eval.diagnostics.push_back(
      Finding("ES205", "SCORE_ABOVE_POINTS", Severity::kError, 0, "ES205.x"));
  reports[2].path = "forms/bad.yaml";
  reports[2].errors.push_back({{"yaml.syntax", {}}, {4, 1, 0}});
  return reports;
}

std::vector<BatchFinding> BatchFindings() {
  std::vector<BatchFinding> found;
  for (const char* file : {"forms/a.yaml", "forms/空 格.yaml", "forms/a.yaml"}) {
    found.push_back(
        {file,
         Finding("ES504", "PROJECT_REPEATED", Severity::kWarning, 2, "ES504.project_repeated"),
         {}});
  }
  return found;
}

// Renders SmallBatch() in `format`, the batch findings given in `chunks`
// (sizes, in order; none: AddBatch is never called).
std::string Render(Format format, const std::vector<size_t>& chunks,
                   std::optional<double> fail_under = 60.0) {
  RenderOptions options;
  options.fail_under = fail_under;
  BatchSummary summary({fail_under, std::nullopt}, GroupBy::kNone, 60);
  options.summary = &summary;
  std::ostringstream out;
  const auto renderer = MakeRenderer(format, options, out);
  for (const FileReport& r : SmallBatch()) {
    summary.Add(r);
    renderer->Add(r);
  }
  const std::vector<BatchFinding> all = BatchFindings();
  size_t from = 0;
  for (size_t n : chunks) {
    const std::vector<BatchFinding> chunk(all.begin() + static_cast<long>(from),
                                          all.begin() + static_cast<long>(from + n));
    summary.AddBatch(chunk);
    renderer->AddBatch(chunk);
    from += n;
  }
  renderer->Finish();
  EXPECT_TRUE(out.good());
  return out.str();
}

// AddBatch may come in chunks (an empty one too): the same bytes as one call.
TEST(JsonRenderer, BatchFindingsInChunksGiveTheSameBytes) {
  const std::string whole = Render(Format::kJson, {3});
  EXPECT_EQ(Render(Format::kJson, {1, 0, 2}), whole);
  EXPECT_EQ(Render(Format::kJson, {0, 3, 0}), whole);
  EXPECT_EQ(Redumped(whole), whole);
  const Json doc = Json::parse(whole);
  ASSERT_EQ(doc["batch_findings"].size(), 3u);
  EXPECT_EQ(doc["batch_findings"][1]["file"], "forms/空 格.yaml");
  EXPECT_EQ(doc["projects"].size(), 3u);
  // The array comes between "projects" and "summary".
  EXPECT_LT(whole.find("\"projects\""), whole.find("\"batch_findings\""));
  EXPECT_LT(whole.find("\"batch_findings\""), whole.find("\"summary\""));
}

// Without batch findings (none, or only empty chunks) there is no such key.
TEST(JsonRenderer, NoBatchFindingsNoKey) {
  const std::string none = Render(Format::kJson, {});
  EXPECT_EQ(Render(Format::kJson, {0, 0}), none);
  EXPECT_EQ(Redumped(none), none);
  EXPECT_EQ(none.find("batch_findings"), std::string::npos);
}

// GitLab: one issue per annotation (2 + 1 findings, 1 input error, 1 project
// under --fail-under 60: 55), streamed with the bytes of a whole dump; the
// batch findings have no place in it.
TEST(GitlabRenderer, StreamedIssuesAreAWholeDump) {
  const std::string out = Render(Format::kGitlab, {3});
  EXPECT_EQ(Redumped(out), out);
  EXPECT_EQ(Json::parse(out).size(), 5u);
  EXPECT_EQ(Render(Format::kGitlab, {}), out);
}

// SARIF: results spooled to a temporary file and copied after the invocation
// (its exit code: an input could not be scored, 2); the same bytes with the
// spool in memory, when $TMPDIR cannot hold it; nothing left in $TMPDIR.
TEST(SarifRenderer, SpooledResultsAreAWholeDump) {
  const std::string tmp = testing::TempDir("sarif_spool");
  const char* saved = std::getenv("TMPDIR");
  const std::string before = saved ? saved : "";
  ::setenv("TMPDIR", tmp.c_str(), 1);
  const std::string out = Render(Format::kSarif, {3});
  const bool left = !std::filesystem::is_empty(tmp);
  ::setenv("TMPDIR", (tmp + "/missing").c_str(), 1);
  const std::string in_memory = Render(Format::kSarif, {3});
  if (saved) {
    ::setenv("TMPDIR", before.c_str(), 1);
  } else {
    ::unsetenv("TMPDIR");
  }
  EXPECT_FALSE(left);
  EXPECT_EQ(in_memory, out);
  EXPECT_EQ(Redumped(out), out);
  const Json run = Json::parse(out)["runs"][0];
  EXPECT_EQ(run["invocations"][0]["exitCode"], 2);
  ASSERT_EQ(run["results"].size(), 5u);
  EXPECT_EQ(run["results"][0]["ruleId"], "ES101");
  EXPECT_EQ(run["results"][2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "forms/%E7%A9%BA%20%E6%A0%BC.yaml");
}

// A clean run: "results": [] and no spool.
TEST(SarifRenderer, NoResults) {
  RenderOptions options;
  BatchSummary summary({std::nullopt, std::nullopt}, GroupBy::kNone, 60);
  options.summary = &summary;
  std::ostringstream out;
  const auto renderer = MakeRenderer(Format::kSarif, options, out);
  FileReport clean;
  clean.path = "a.yaml";
  clean.status = FileStatus::kScored;
  renderer->Add(clean);
  renderer->Finish();
  EXPECT_EQ(Redumped(out.str()), out.str());
  EXPECT_EQ(Json::parse(out.str())["runs"][0]["results"], Json::array());
  EXPECT_EQ(Json::parse(out.str())["runs"][0]["invocations"][0]["exitCode"], 0);
}

}  // namespace
}  // namespace evalscore::cli
