// The batch checks over a hashed index and a file of forms (BatchIndex,
// CheckIndexedBatch, BatchStore) find exactly what CheckBatch finds over the
// forms held in memory, hash collisions included.
#include "cli/batch_store.h"

#include <set>

#include <gtest/gtest.h>

#include "evalscore/batch_index.h"
#include "evalscore/load_profile.h"

#include "cli/batch_row_file.h"

namespace evalscore::cli {
namespace {

// Everything a finding shows, on one line.
std::vector<std::string> Described(const std::vector<BatchFinding>& found) {
  std::vector<std::string> out;
  for (const BatchFinding& f : found) {
    const Location& w = f.diagnostic.where;
    std::string line = f.file + " " + f.diagnostic.code + " " + std::to_string(w.line) + ":" +
                       std::to_string(w.column) + "@" + std::to_string(w.part) + " " +
                       SeverityName(f.diagnostic.severity) + " " +
                       RenderMessage(f.diagnostic.message, Lang::kEn);
    for (const SourcePart& part : f.source_parts) line += " [" + part.name + "]";
    out.push_back(line);
  }
  return out;
}

// A row as SummariseForBatch makes it (the name already in its compared form).
BatchForm::Row Row(const std::string& name, const std::string& target, Location where) {
  size_t chars = 0;
  for (const char c : name) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return {name, name + "|" + target, chars, where};
}

BatchForm Form(const std::string& file, const std::string& name, const std::string& unit,
               std::vector<BatchForm::Row> rows, bool full = false) {
  BatchForm f;
  f.file = file;
  f.name = name;
  f.year = 2024;
  f.unit = unit;
  f.self_full = full;
  f.name_where = {2, 3, 0};
  f.total_where = {30, 1, 0};
  f.rows = std::move(rows);
  return f;
}

// A deterministic batch with every batch finding: units of all-full forms
// (学校: ES501) and all-satisfied ones (图书馆: ES503), repeated projects
// (ES504), rows copied exactly and nearly between units (ES502), targets of
// more than 500 rows (exact copies only) and of fewer, and forms whose rows
// share one line and column in different tables (ties in the order).
std::vector<BatchForm> GeneratedBatch(size_t n) {
  const std::vector<std::string> units = {"文化馆", "医院",   "学校",  "图书馆",
                                          "",       "农业局", "水利局"};
  const std::vector<std::string> names = {
      "老年人健康体检服务覆盖人数", "农村公路养护里程数量",
      "图书借阅服务人次数量",       "学校校舍维修改造面积",
      "病虫害统防统治覆盖面积",     "水利工程维修养护完成率",
      "公共文化活动开展场次数",     "维修数量"};  // the last is too short to compare
  uint64_t state = 12345;
  const auto next = [&state](uint64_t below) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % below;
  };
  std::vector<BatchForm> forms;
  for (size_t i = 0; i < n; ++i) {
    const std::string unit = units[next(units.size())];
    std::vector<BatchForm::Row> rows;
    const bool tied = i % 17 == 0;
    for (int r = 0; r < 6; ++r) {
      std::string name = names[next(names.size())];
      if (next(4) == 0) name += "率";      // a near copy
      if (next(9) == 0) name += "（新）";  // a different row
      const std::string target =
          r < 2 ? (r == 0 ? "≥90%" : "100%") : "≥" + std::to_string(next(30) * 10) + "人";
      rows.push_back(Row(name, target, tied ? Location{5, 2, r + 1} : Location{10 + r, 3, 0}));
    }
    BatchForm f = Form("f" + std::to_string(i) + ".yaml", "项目" + std::to_string(next(200)), unit,
                       std::move(rows), unit == "学校" || next(2) == 0);
    if (tied) {
      for (int r = 0; r < 6; ++r) f.source_parts.push_back({"表" + std::to_string(r + 1), true});
    }
    f.year = 2023 + static_cast<int>(next(2));
    f.has_satisfaction = true;
    f.satisfaction_all_100 = unit == "图书馆" || next(3) == 0;
    f.satisfaction_where = {20, 4, 0};
    forms.push_back(std::move(f));
  }
  return forms;
}

// Every finding of `list`, worded `chunk` at a time.
std::vector<BatchFinding> Worded(const BatchFindingList& list, const BatchFormSource& source,
                                 const RuleProfile& profile, size_t chunk = 7) {
  std::vector<BatchFinding> out;
  for (size_t begin = 0; begin < list.size(); begin += chunk) {
    std::optional<std::vector<BatchFinding>> part =
        list.Word(begin, begin + chunk, source, profile);
    EXPECT_TRUE(part.has_value());
    if (part) out.insert(out.end(), part->begin(), part->end());
  }
  return out;
}

std::vector<BatchFinding> Indexed(const std::vector<BatchForm>& forms, const RuleProfile& profile,
                                  BatchTextHash hash = HashBatchText,
                                  size_t rows_per_share = kBatchRowsPerShare) {
  BatchIndex index(static_cast<size_t>(profile.checks.batch_min_text_chars), hash);
  for (const BatchForm& f : forms) index.Add(f);
  const MemoryBatchSource source(&forms);
  auto found = CheckIndexedBatch(index, source, profile, rows_per_share);
  EXPECT_TRUE(found.has_value());
  return found ? Worded(*found, source, profile) : std::vector<BatchFinding>{};
}

uint64_t Zero(std::string_view) { return 0; }  // every text collides

TEST(BatchIndex, SameFindingsAsInMemoryOnGeneratedBatch) {
  const RuleProfile profile = DefaultProfile();
  const std::vector<BatchForm> forms = GeneratedBatch(1400);
  const std::vector<BatchFinding> expected = CheckBatch(forms, profile);
  std::set<std::string> codes;
  for (const BatchFinding& f : expected) codes.insert(f.diagnostic.code);
  ASSERT_EQ(codes, (std::set<std::string>{"ES501", "ES502", "ES503", "ES504"}));
  ASSERT_GT(expected.size(), 1000u);
  EXPECT_EQ(Described(Indexed(forms, profile)), Described(expected));
  // Collisions everywhere: still the same (the texts are compared).
  EXPECT_EQ(Described(Indexed(forms, profile, Zero)), Described(expected));
}

TEST(BatchIndex, SameFindingsWhenRowsAreTakenInShares) {
  const RuleProfile profile = DefaultProfile();
  const std::vector<BatchForm> forms = GeneratedBatch(1400);
  const std::vector<std::string> expected = Described(CheckBatch(forms, profile));
  // ~6,000 compared rows in shares of 100 (about 60 shares, some targets of
  // more than 500 rows among them) and of 1,000.
  EXPECT_EQ(Described(Indexed(forms, profile, HashBatchText, 100)), expected);
  EXPECT_EQ(Described(Indexed(forms, profile, HashBatchText, 1000)), expected);
  EXPECT_EQ(Described(Indexed(forms, profile, Zero, 100)), expected);
}

TEST(BatchIndex, FindingsTurnedOffAreNotKept) {
  RuleProfile profile = DefaultProfile();
  profile.checks.severity["ES502"] = std::nullopt;
  profile.checks.severity["ES501"] = Severity::kError;
  const std::vector<BatchForm> forms = GeneratedBatch(400);
  const std::vector<BatchFinding> expected = CheckBatch(forms, profile);
  size_t es501 = 0;
  for (const BatchFinding& f : expected) {
    EXPECT_NE(f.diagnostic.code, "ES502");
    if (f.diagnostic.code == "ES501") {
      ++es501;
      EXPECT_EQ(f.diagnostic.severity, Severity::kError);
    }
  }
  EXPECT_GT(es501, 0u);
  BatchIndex index(static_cast<size_t>(profile.checks.batch_min_text_chars));
  for (const BatchForm& f : forms) index.Add(f);
  const MemoryBatchSource source(&forms);
  const auto found = CheckIndexedBatch(index, source, profile);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->size(), expected.size());  // no reference kept for ES502
  EXPECT_EQ(Described(Worded(*found, source, profile)), Described(expected));
}

// Forms that can be read back `reads` times, then no more (a full or failing disk).
class FailingSource : public BatchFormSource {
 public:
  FailingSource(const std::vector<BatchForm>* forms, size_t reads) : forms_(forms), left_(reads) {}
  std::optional<BatchForm> Form(size_t index) const override {
    if (left_ == 0) return std::nullopt;
    --left_;
    return (*forms_)[index];
  }
  bool ForEach(const std::function<void(size_t, const BatchForm&)>& each) const override {
    for (size_t i = 0; i < forms_->size(); ++i) {
      const std::optional<BatchForm> form = Form(i);
      if (!form) return false;
      each(i, *form);
    }
    return true;
  }

 private:
  const std::vector<BatchForm>* forms_;
  mutable size_t left_;
};

TEST(BatchIndex, FormsThatCannotBeReadBackGiveNoFindings) {
  const RuleProfile profile = DefaultProfile();
  const std::vector<BatchForm> forms = GeneratedBatch(200);
  BatchIndex index(static_cast<size_t>(profile.checks.batch_min_text_chars));
  for (const BatchForm& f : forms) index.Add(f);
  // Fails in the confirming read, then while locating findings.
  EXPECT_FALSE(CheckIndexedBatch(index, FailingSource(&forms, 100), profile).has_value());
  EXPECT_FALSE(CheckIndexedBatch(index, FailingSource(&forms, 250), profile).has_value());
  // Checked, then the wording fails: no findings rather than wrong ones.
  const MemoryBatchSource source(&forms);
  const auto found = CheckIndexedBatch(index, source, profile);
  ASSERT_TRUE(found.has_value());
  ASSERT_GT(found->size(), 10u);
  EXPECT_FALSE(found->Word(0, found->size(), FailingSource(&forms, 3), profile).has_value());
}

TEST(BatchIndex, ReferencesAreSmall) {
  // What a batch of 100,000 findings holds until they are worded.
  EXPECT_LE(sizeof(BatchFindingList::Ref), 32u);
}

TEST(BatchIndex, HashCollisionMakesNoFinding) {
  const RuleProfile profile = DefaultProfile();
  const Location at{10, 3, 0};
  // Same row name, different targets, different units: no copy, even when
  // the targets' hashes (all 0 here) agree.
  const std::vector<BatchForm> targets = {
      Form("a.yaml", "甲", "文化馆", {Row("老年人健康体检服务覆盖人数", "≥500人", at)}),
      Form("b.yaml", "乙", "医院", {Row("老年人健康体检服务覆盖人数", "≥600人", at)})};
  EXPECT_TRUE(Indexed(targets, profile, Zero).empty());
  // Different projects of one unit: not repeated though their keys collide.
  const std::vector<BatchForm> projects = {Form("a.yaml", "甲", "文化馆", {}),
                                           Form("b.yaml", "乙", "文化馆", {})};
  EXPECT_TRUE(Indexed(projects, profile, Zero).empty());
  // Three full forms of 学校 and three of 医院 one of which is not: 学校's three
  // are flagged (ES501, checks.batch_min_unit_projects = 3), 医院's are not,
  // though both units hash alike.
  std::vector<BatchForm> units;
  for (int i = 0; i < 6; ++i) {
    units.push_back(Form("u" + std::to_string(i) + ".yaml", "项目" + std::to_string(i),
                         i < 3 ? "学校" : "医院", {}, i != 5));
  }
  const std::vector<std::string> found = Described(Indexed(units, profile, Zero));
  ASSERT_EQ(found.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(found[static_cast<size_t>(i)].rfind("u" + std::to_string(i) + ".yaml ES501", 0), 0u)
        << found[static_cast<size_t>(i)];
  }
}

TEST(BatchStore, FormsReadBackFromTheFile) {
  const RuleProfile profile = DefaultProfile();
  const std::vector<BatchForm> forms = GeneratedBatch(300);
  BatchStore store;
  BatchRowFile rows;
  BatchIndex index(static_cast<size_t>(profile.checks.batch_min_text_chars), HashBatchText, &rows);
  for (const BatchForm& f : forms) store.Add(f), index.Add(f);
  ASSERT_TRUE(store.Flush());
  ASSERT_TRUE(rows.Flush());
  ASSERT_EQ(store.size(), 300u);
  ASSERT_GT(rows.size(), 1000u);  // ~5 compared rows per form
  const auto found = CheckIndexedBatch(index, store, profile, 64);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Described(Worded(*found, store, profile)), Described(CheckBatch(forms, profile)));
}

TEST(BatchRowFile, RowsReadBackInOrder) {
  BatchRowFile rows;
  // More than one write's worth (64 KiB holds 2,730 rows).
  for (uint32_t i = 0; i < 7000; ++i) rows.Append({i * 7919ull, i * 31ull, i, i % 20});
  ASSERT_TRUE(rows.Flush());
  ASSERT_EQ(rows.size(), 7000u);
  uint32_t next = 0;
  bool in_order = true;
  ASSERT_TRUE(rows.ForEach([&](const BatchRowHash& r) {
    in_order = in_order && r.form == next && r.target == next * 7919ull && r.key == next * 31ull &&
               r.row == next % 20;
    ++next;
  }));
  EXPECT_TRUE(in_order);
  EXPECT_EQ(next, 7000u);
}

TEST(BatchStore, SerialisedFormRoundTrips) {
  BatchForm f = Form("dir/a.xlsx", "甲", "文化馆", {Row("名称", "≥1个", {7, 4, 2})}, true);
  f.source_parts = {{"自评表", false}, {"表2", true}};
  f.unit_where = {3, 5, 1};
  f.has_satisfaction = true;
  f.satisfaction_where = {9, 6, 1};
  const std::string bytes = SerialiseBatchForm(f);
  const std::optional<BatchForm> back = ParseBatchForm(bytes);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(SerialiseBatchForm(*back), bytes);
  EXPECT_EQ(back->file, "dir/a.xlsx");
  EXPECT_EQ(back->source_parts[1].name, "表2");
  EXPECT_TRUE(back->source_parts[1].is_table);
  EXPECT_EQ(back->unit_where, (Location{3, 5, 1}));
  EXPECT_TRUE(back->self_full);
  EXPECT_FALSE(back->satisfaction_all_100);
  ASSERT_EQ(back->rows.size(), 1u);
  EXPECT_EQ(back->rows[0].key, "名称|≥1个");
  EXPECT_EQ(back->rows[0].name_chars, 2u);
  EXPECT_EQ(back->rows[0].where, (Location{7, 4, 2}));
  EXPECT_FALSE(ParseBatchForm(std::string_view(bytes).substr(0, bytes.size() - 1)).has_value());
  EXPECT_FALSE(ParseBatchForm(bytes + "x").has_value());
}

}  // namespace
}  // namespace evalscore::cli
