// Every input in tests/fuzz-regressions/ once hung or crashed a loader; each
// must now give a located error (ctest's timeout catches a hang).
#include <filesystem>

#include <gtest/gtest.h>

#include "evalscore/load_profile.h"
#include "evalscore/load_project.h"

#include "test_util.h"

namespace evalscore {
namespace {

TEST(FuzzRegressions, EveryInputIsRefusedWithALocation) {
  size_t seen = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourcePath("tests/fuzz-regressions"))) {
    if (entry.path().extension() != ".yaml") continue;
    const std::string name = entry.path().filename().string();
    const std::string text = testing::ReadSource("tests/fuzz-regressions/" + name);
    auto project = LoadProject(text);
    ASSERT_FALSE(project.has_value()) << name;
    EXPECT_TRUE(project.error().front().where.known()) << name;
    EXPECT_FALSE(LoadProfile(text, name).has_value()) << name;
    ++seen;
  }
  EXPECT_GE(seen, 6u);
}

TEST(FuzzRegressions, CommaInsideTextStillAccepted) {
  auto p = LoadProject(
      "format: evalscore/1\nproject: {name: x}\ngoals:\n  planned: >-\n    ,以逗号开头的说明\n"
      "indicators:\n  产出指标:\n    数量指标:\n"
      "      - name: 防冒领,确定基金安全\n        target: 安全\n        actual: 安全\n        "
      "points: 10\n");
  ASSERT_TRUE(p.has_value()) << En(p.error().front().message);
  EXPECT_EQ(p.value().goal_planned->value, ",以逗号开头的说明");
}

}  // namespace
}  // namespace evalscore
