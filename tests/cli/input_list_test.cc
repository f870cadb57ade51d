// The compact input list (issue 11 item 14): order, flags, problems and
// standard input survive; an input costs its path and 8 bytes; the batch goes
// through it in order or in a --sort order, whatever the number of threads.
#include "cli/input_list.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/batch.h"
#include "cli/inputs.h"
#include "cli/sorted_inputs.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;

// Everything At() gives, as one comparable string.
std::string Describe(const Input& i) {
  return i.path + (i.is_stdin ? " stdin" : "") + (i.found_in_scan ? " scan" : "") +
         (i.problem ? " problem=" + i.problem->id : "");
}

TEST(InputList, KeepsOrderFlagsAndProblems) {
  InputList list;
  list.AddProblem("gone/", Message{"io.cannot_read_dir", {TextArg("detail", "denied")}});
  list.AddFile("a.yaml");
  list.AddStdin();
  list.AddFile("d/b.yaml", true);
  list.AddFile("");  // an empty name is kept (reading it errs)
  list.AddProblem("d/out", Message{"io.link_out_of_tree", {}});
  ASSERT_EQ(list.size(), 6u);
  EXPECT_EQ(Describe(list.At(0)), "gone/ problem=io.cannot_read_dir");
  EXPECT_EQ(list.At(0).problem->args.at(0).text, "denied");
  EXPECT_EQ(Describe(list.At(1)), "a.yaml");
  EXPECT_EQ(Describe(list.At(2)), "- stdin");
  EXPECT_EQ(Describe(list.At(3)), "d/b.yaml scan");
  EXPECT_EQ(Describe(list.At(4)), "");
  EXPECT_EQ(Describe(list.At(5)), "d/out problem=io.link_out_of_tree");
  EXPECT_EQ(list.PathAt(3), "d/b.yaml");
  EXPECT_EQ(list.StdinCount(), 1u);
}

TEST(InputList, AddGivesBackWhatAtMade) {
  const std::vector<Input> inputs = {
      {"x.yaml", false, std::nullopt, true},
      {"-", true, std::nullopt, false},
      {"bad", false, Message{"io.no_matching_files", {TextArg("globs", "*.yaml")}}, false},
      {"中文/表.xlsx", false, std::nullopt, false},
  };
  InputList list;
  for (const Input& i : inputs) list.Add(i);
  list.ShrinkToFit();
  ASSERT_EQ(list.size(), inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    const Input got = list.At(i);
    EXPECT_EQ(got.path, inputs[i].path);
    EXPECT_EQ(got.is_stdin, inputs[i].is_stdin);
    EXPECT_EQ(got.found_in_scan, inputs[i].found_in_scan);
    EXPECT_EQ(got.problem, inputs[i].problem);
  }
}

TEST(InputList, StdinIsShownUnderItsName) {
  InputList list;
  list.AddFile("-x.yaml");
  list.AddStdin();
  list.AddStdin();
  EXPECT_EQ(list.StdinCount(), 2u);
  list.NameStdin("form.yaml");
  EXPECT_EQ(list.At(1).path, "form.yaml");
  EXPECT_TRUE(list.At(1).is_stdin);
  EXPECT_EQ(list.At(2).path, "form.yaml");
  EXPECT_EQ(list.PathAt(1), "-");  // as named: what -o is compared with
  EXPECT_EQ(list.At(0).path, "-x.yaml");
  EXPECT_FALSE(list.At(0).is_stdin);
}

TEST(InputList, AnInputCostsItsPathAndEightBytes) {
  // 10,000 paths of 27 bytes (as /tmp/g10k/0000/p000936.yaml): 27 + 8 = 35
  // bytes an input once shrunk, against ~184 for a std::vector<Input>.
  InputList list;
  for (int i = 0; i < 10000; ++i) {
    char path[32];
    std::snprintf(path, sizeof path, "/tmp/g10k/%04d/p%06d.yaml", i / 1000, i);
    list.AddFile(path, true);
  }
  list.ShrinkToFit();
  EXPECT_EQ(list.At(9999).path, "/tmp/g10k/0009/p009999.yaml");
  EXPECT_LE(list.HeapBytes(), 10000u * 35 + 64);
}

// A directory walk goes in path order, component by component (a/ before
// a-b/, though '-' < '/'), names compared as bytes; what it meets is flagged.
TEST(InputList, DiscoverKeepsThePathOrder) {
  const std::string dir = testing::TempDir("walk_order");
  const std::string outside = testing::TempDir("walk_outside");
  for (const char* name : {"a.yaml", "a.b.yaml", "B.yaml", "\xC3\xA9.yaml", ".hidden.yaml",
                           "a/x.yaml", "a-b/x.yaml", "notes.txt"}) {
    fs::create_directories(fs::path(dir + "/" + name).parent_path());
    std::ofstream(dir + "/" + name) << "x\n";
  }
  std::ofstream(outside + "/o.yaml") << "x\n";
  fs::create_symlink(outside + "/o.yaml", dir + "/link.yaml");
  const InputList inputs = DiscoverInputs({dir, "named.yaml", "-", dir + "/a"});
  std::vector<std::string> got;
  for (size_t i = 0; i < inputs.size(); ++i) got.push_back(Describe(inputs.At(i)));
  const std::vector<std::string> expected = {
      dir + "/B.yaml scan",  // 'B' 0x42 < 'a' 0x61
      dir + "/a/x.yaml scan",
      dir + "/a-b/x.yaml scan",
      dir + "/a.b.yaml scan",  // "a.b" < "a.y"
      dir + "/a.yaml scan",
      dir + "/link.yaml problem=io.link_out_of_tree",
      dir + "/\xC3\xA9.yaml scan",  // 0xC3 > every ASCII byte
      "named.yaml",
      "- stdin",
      // dir/a was walked already: it gives nothing
  };
  EXPECT_EQ(got, expected);
}

TEST(InputList, EmptyDirectoryIsAProblem) {
  const std::string dir = testing::TempDir("walk_empty");
  const InputList inputs = DiscoverInputs({dir});
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(Describe(inputs.At(0)), dir + " problem=io.no_matching_files");
}

// A fake scoring: the report carries the input's path, and a total from `totals`.
ScoreOne Fake(const std::map<std::string, double>& totals) {
  return [totals](const Input& input) {
    FileReport r;
    r.path = input.path;
    const auto found = totals.find(input.path);
    if (found != totals.end()) {
      r.status = FileStatus::kScored;
      r.eval.totals.total = found->second;
    }
    return std::vector<FileReport>{r};
  };
}

std::vector<std::string> Consumed(const InputList& list, unsigned jobs, const InputOrder* order) {
  std::vector<std::string> seen;
  RunBatch(
      list, jobs, Fake({}), [&](const FileReport& r) { seen.push_back(r.path); }, nullptr, order);
  return seen;
}

// More inputs than the window of waiting reports (8 * jobs + 32), so the ring
// of slots wraps many times.
TEST(InputList, BatchGoesInOrderWhateverTheThreads) {
  InputList list;
  std::vector<std::string> paths;
  for (int i = 0; i < 1000; ++i) {
    paths.push_back("f" + std::to_string(i));
    list.AddFile(paths.back());
  }
  InputOrder reversed;
  for (uint32_t i = 1000; i-- > 0;) reversed.push_back(i);
  const std::vector<std::string> backwards(paths.rbegin(), paths.rend());
  for (unsigned jobs : {1u, 2u, 4u}) {
    EXPECT_EQ(Consumed(list, jobs, nullptr), paths) << jobs;
    EXPECT_EQ(Consumed(list, jobs, &reversed), backwards) << jobs;
  }
}

TEST(InputList, SortOrderIsStableLargestFirst) {
  InputList list;
  for (const char* p : {"g", "a", "b", "c", "d", "e", "f"}) list.AddFile(p);
  // Totals: g NaN (after everything), a 70, b 90, c 70, d unscored (-1e300),
  // e 90, f 100. Largest first, ties in input order: f 100, b 90, e 90, a 70,
  // c 70, d, g.
  const ScoreOne score =
      Fake({{"g", std::nan("")}, {"a", 70}, {"b", 90}, {"c", 70}, {"e", 90}, {"f", 100}});
  for (unsigned jobs : {1u, 2u}) {
    const auto order = SortedInputs(list, jobs, score, SortKey::kTotal);
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(*order, (InputOrder{6, 2, 5, 1, 3, 4, 0})) << jobs;
  }
}

}  // namespace
}  // namespace evalscore::cli
