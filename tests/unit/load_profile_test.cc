#include "evalscore/load_profile.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace evalscore {
namespace {

TEST(BuiltinProfiles, CentralEqualsTheDefaults) {
  const RuleProfile central = BuiltinProfile("central-2020");
  const RuleProfile defaults;
  EXPECT_EQ(ProfileToYaml(central).substr(ProfileToYaml(central).find("budget:")),
            ProfileToYaml(defaults).substr(ProfileToYaml(defaults).find("budget:")));
}

TEST(BuiltinProfiles, DefaultProfileIsCentral2020Exactly) {
  EXPECT_EQ(ProfileToYaml(DefaultProfile()), ProfileToYaml(BuiltinProfile("central-2020")));
  EXPECT_EQ(DefaultProfile().source, "built-in");
}

TEST(BuiltinProfiles, EveryBuiltinLoads) {
  for (const std::string& name : BuiltinProfileNames()) {
    auto text = BuiltinProfileText(name);
    ASSERT_TRUE(text.has_value());
    auto p = LoadProfile(*text, "built-in");
    ASSERT_TRUE(p.has_value()) << name << ": " << En(p.error().front().message);
    EXPECT_EQ(p.value().name, name);
    EXPECT_FALSE(p.value().description.empty()) << name;
  }
}

TEST(BuiltinProfiles, Differences) {
  EXPECT_EQ(BuiltinProfile("ratio-reverse").indicators.reverse, ReverseMode::kRatio);
  EXPECT_EQ(BuiltinProfile("sichuan-2023").budget.denominator, BudgetDenominator::kAdjusted);
  EXPECT_DOUBLE_EQ(BuiltinProfile("hubei-20").budget.points, 20);
  EXPECT_DOUBLE_EQ(BuiltinProfile("pmkpi-80").grades.front().min, 80);
}

TEST(LoadProfile, ExtendsOverridesAFewFields) {
  auto p = LoadProfile("extends: central-2020\nbudget: {points: 15}\n", "mine.yaml");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p.value().name, "mine.yaml");
  EXPECT_DOUBLE_EQ(p.value().budget.points, 15);
  EXPECT_EQ(p.value().indicators.reverse, ReverseMode::kLinear);  // inherited
  EXPECT_EQ(p.value().source, "mine.yaml");
}

TEST(LoadProfile, RoundTripsThroughYaml) {
  const RuleProfile hubei = BuiltinProfile("hubei-20");
  auto again = LoadProfile(ProfileToYaml(hubei), "x");
  ASSERT_TRUE(again.has_value()) << En(again.error().front().message);
  EXPECT_EQ(ProfileToYaml(again.value()), ProfileToYaml(hubei));
}

TEST(LoadProfile, ErrorsAreLocated) {
  auto p = LoadProfile("name: x\nbudget:\n  ponits: 10\n", "x.yaml");
  ASSERT_FALSE(p.has_value());
  EXPECT_EQ(En(p.error().front().message),
            "unknown key 'ponits' in budget; did you mean 'points'?");
  EXPECT_EQ(p.error().front().where.line, 3);
  EXPECT_EQ(p.error().front().where.column, 3);
}

TEST(LoadProfile, ImpossibleValuesRefused) {
  EXPECT_FALSE(LoadProfile("budget: {points: -1}\n", "x").has_value());
  EXPECT_FALSE(LoadProfile("indicators: {reverse: sideways}\n", "x").has_value());
  auto bands = LoadProfile("grades: [{name: 优, min: 60}, {name: 良, min: 80}]\n", "x");
  ASSERT_FALSE(bands.has_value());
  EXPECT_NE(En(bands.error().front().message).find("out of order"), std::string::npos);
  EXPECT_FALSE(
      LoadProfile("indicators: {qualitative: {partial: {fraction: 1.5}}}\n", "x").has_value());
}

TEST(LoadProfile, ExtendsUnknownOrCyclic) {
  auto unknown = LoadProfile("extends: nowhere\n", "x");
  ASSERT_FALSE(unknown.has_value());
  EXPECT_NE(En(unknown.error().front().message).find("neither a built-in profile"),
            std::string::npos);
  const ProfileResolver loop = [](const std::string&, const std::string&) {
    return std::optional<ProfileText>(ProfileText{"extends: self\n", "self.yaml"});
  };
  auto cyclic = LoadProfile("extends: self\n", "self.yaml", loop);
  ASSERT_FALSE(cyclic.has_value());
  EXPECT_NE(En(cyclic.error().front().message).find("a cycle?"), std::string::npos);
}

}  // namespace
}  // namespace evalscore
