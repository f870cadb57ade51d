#include <gtest/gtest.h>

#include "evalscore/value.h"

namespace evalscore {
namespace {

TEST(ValueParser, NumberWithScaleAndUnit) {
  const Value v = ParseValue("15万人");
  EXPECT_EQ(v.kind, ValueKind::kNumber);
  EXPECT_DOUBLE_EQ(v.number, 150000);  // 15 × 10^4
  EXPECT_EQ(v.unit, "人");
  EXPECT_EQ(v.scale, 1e4);
  EXPECT_EQ(v.comparison, Comparison::kNone);
  EXPECT_DOUBLE_EQ(ParseValue("15.3万人").number, 153000);
  EXPECT_DOUBLE_EQ(ParseValue("≥11.376万元").number, 113760);
  EXPECT_EQ(ParseValue("≥11.376万元").unit, "元");
  EXPECT_DOUBLE_EQ(ParseValue("2亿元").number, 2e8);
}

struct SignCase {
  const char* text;
  Comparison comparison;
  double number;
  const char* unit;
};

void PrintTo(const SignCase& c, std::ostream* os) { *os << c.text; }

class SignTest : public ::testing::TestWithParam<SignCase> {};

TEST_P(SignTest, ParsesSignNumberAndUnit) {
  const SignCase& c = GetParam();
  const Value v = ParseValue(c.text);
  EXPECT_EQ(v.kind, ValueKind::kNumber) << c.text;
  EXPECT_EQ(v.comparison, c.comparison) << c.text;
  EXPECT_DOUBLE_EQ(v.number, c.number) << c.text;
  EXPECT_EQ(v.unit, c.unit) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    EverySignOnRealForms, SignTest,
    ::testing::Values(
        SignCase{">=95%", Comparison::kGe, 95, "%"}, SignCase{"≥50个", Comparison::kGe, 50, "个"},
        SignCase{"≧20000亩", Comparison::kGe, 20000, "亩"},
        SignCase{"＞＝90%", Comparison::kGe, 90, "%"}, SignCase{">3", Comparison::kGt, 3, ""},
        SignCase{"＞3次", Comparison::kGt, 3, "次"}, SignCase{"=100%", Comparison::kEq, 100, "%"},
        SignCase{"＝100%", Comparison::kEq, 100, "%"},
        SignCase{"﹦72890元", Comparison::kEq, 72890, "元"},
        SignCase{"<=10%", Comparison::kLe, 10, "%"},
        SignCase{"≤90万元", Comparison::kLe, 900000, "元"}, SignCase{"≦5", Comparison::kLe, 5, ""},
        SignCase{"<5", Comparison::kLt, 5, ""}, SignCase{"＜5", Comparison::kLt, 5, ""},
        SignCase{"不低于90%", Comparison::kGe, 90, "%"},
        SignCase{"不少于12 种", Comparison::kGe, 12, "种"},
        SignCase{"达到100%", Comparison::kGe, 100, "%"},
        SignCase{"98%以上", Comparison::kGe, 98, "%"},
        SignCase{"不高于5%", Comparison::kLe, 5, "%"},
        SignCase{"不超过30万元", Comparison::kLe, 300000, "元"},
        SignCase{"3天以内", Comparison::kLe, 3, "天"}, SignCase{"5%以下", Comparison::kLe, 5, "%"},
        SignCase{"小于5次", Comparison::kLt, 5, "次"}, SignCase{"大于3", Comparison::kGt, 3, ""}));

TEST(ValueParser, SignWordsAreMarked) {
  EXPECT_TRUE(ParseValue("不低于90%").sign_from_word);
  EXPECT_TRUE(ParseValue("98%以上").sign_from_word);
  EXPECT_FALSE(ParseValue(">=95%").sign_from_word);
}

TEST(ValueParser, ThousandsSeparatorsAndFullwidthDigits) {
  EXPECT_DOUBLE_EQ(ParseValue("215,457.6").number, 215457.6);
  EXPECT_DOUBLE_EQ(ParseValue("1,234,567元").number, 1234567);
  EXPECT_DOUBLE_EQ(ParseValue("９５％").number, 95);  // fullwidth 9 5 %
  EXPECT_EQ(ParseValue("９５％").unit, "%");
  // A comma not followed by exactly three digits is not a separator.
  EXPECT_EQ(ParseValue("1,23").kind, ValueKind::kText);
}

TEST(ValueParser, PercentWordIsPercent) {
  const Value v = ParseValue("≥100百分比");
  EXPECT_EQ(v.unit, "%");
  EXPECT_DOUBLE_EQ(v.number, 100);
}

TEST(ValueParser, CompoundUnitsNormalised) {
  EXPECT_EQ(ParseValue(">=530元/人*月").unit, "元/人·月");
  EXPECT_EQ(ParseValue("583元/人·月").unit, "元/人·月");
  EXPECT_EQ(ParseValue("5830元/户").unit, "元/户");
}

TEST(ValueParser, ApproximateNumbers) {
  const Value v = ParseValue("200余人");
  EXPECT_EQ(v.kind, ValueKind::kNumber);
  EXPECT_TRUE(v.approximate);
  EXPECT_DOUBLE_EQ(v.number, 200);
  EXPECT_EQ(v.unit, "人");
}

TEST(ValueParser, QualitativeText) {
  for (const char* t : {"及时处理", "安全", "达成预期指标", "严格执行相关制度规定", "≥**人",
                        "指标1:年度资金支付完成率100%"}) {
    EXPECT_EQ(ParseValue(t).kind, ValueKind::kText) << t;
  }
}

TEST(ValueParser, EmptyAndNotApplicable) {
  EXPECT_EQ(ParseValue("").kind, ValueKind::kEmpty);
  EXPECT_EQ(ParseValue("  ").kind, ValueKind::kEmpty);
  EXPECT_EQ(ParseValue("/").kind, ValueKind::kNotApplicable);
  EXPECT_EQ(ParseValue("不适用").kind, ValueKind::kNotApplicable);
}

TEST(ValueParser, Ranges) {
  const Value v = ParseValue("90%-95%");
  EXPECT_EQ(v.kind, ValueKind::kRange);
  EXPECT_DOUBLE_EQ(v.number, 90);
  EXPECT_DOUBLE_EQ(v.upper, 95);
  EXPECT_EQ(v.unit, "%");
  const Value w = ParseValue("1~2万人");
  EXPECT_EQ(w.kind, ValueKind::kRange);
  EXPECT_DOUBLE_EQ(w.number, 10000);  // 1 × 10^4
  EXPECT_DOUBLE_EQ(w.upper, 20000);
}

TEST(ValueParser, CalendarValues) {
  const Value deadline = ParseValue("11月底前");
  EXPECT_TRUE(deadline.calendar);
  EXPECT_EQ(deadline.comparison, Comparison::kLe);
  EXPECT_DOUBLE_EQ(deadline.number, 11);
  EXPECT_EQ(deadline.unit, "月");
  EXPECT_TRUE(ParseValue("10月").calendar);
  const Value year = ParseValue("2019年");
  EXPECT_TRUE(year.calendar);
  EXPECT_EQ(year.unit, "年");
  const Value month = ParseValue("2023年12月");
  EXPECT_EQ(month.unit, "年月");
  EXPECT_DOUBLE_EQ(month.number, 2023 * 12 + 12);
  EXPECT_LT(ParseValue("2023年10月").number, month.number);
}

TEST(ValueParser, NegativeNumbers) {
  EXPECT_DOUBLE_EQ(ParseValue("-5%").number, -5);
  EXPECT_DOUBLE_EQ(ParseValue("−5").number, -5);  // U+2212 MINUS SIGN
}

TEST(ValueParser, HugeNumbersAreNotFinite) {
  EXPECT_EQ(ParseValue(std::string(400, '9')).kind, ValueKind::kText);
}

TEST(ValueParser, UnitsCompatibility) {
  EXPECT_TRUE(UnitsCompatible(ParseValue("≥50个"), ParseValue("50")));
  EXPECT_TRUE(UnitsCompatible(ParseValue("15万人"), ParseValue("15.3万人")));
  EXPECT_FALSE(UnitsCompatible(ParseValue("100人"), ParseValue("100%")));
}

TEST(FoldText, FoldsFullwidthForms) {
  EXPECT_EQ(FoldText("　ＡＢＣ１２３　"), "ABC123");
  EXPECT_EQ(FoldText("﹦"), "=");
}

}  // namespace
}  // namespace evalscore

namespace evalscore {
namespace {

// D4: a small number of 年 is a duration; a calendar year is a date.
TEST(ValueParser, YearsAreDurationsUnlessCalendarYears) {
  EXPECT_FALSE(ParseValue("12年").calendar);
  EXPECT_FALSE(ParseValue("≥8年").calendar);
  EXPECT_EQ(ParseValue("≥8年").unit, "年");
  EXPECT_TRUE(ParseValue("2019年").calendar);
  EXPECT_TRUE(ParseValue("10月").calendar);
  EXPECT_FALSE(ParseValue("18月").calendar);  // 18 months: a duration
}

// D6: deadlines written with 完成.
TEST(ValueParser, DeadlinesWrittenWithCompletion) {
  const Value v = ParseValue("10月底完成");
  EXPECT_EQ(v.kind, ValueKind::kNumber);
  EXPECT_TRUE(v.calendar);
  EXPECT_DOUBLE_EQ(v.number, 10);
  const Value before = ParseValue("9月前完成");
  EXPECT_TRUE(before.calendar);
  EXPECT_EQ(before.comparison, Comparison::kLe);
  EXPECT_EQ(ParseValue("按期完成").kind, ValueKind::kText);  // no date: stays text
}

}  // namespace
}  // namespace evalscore
