// The message catalogue: every check code, every input error code and every
// message id has an English and a Chinese template, and each renders with its
// arguments (the Chinese uses no argument the English lacks).
#include <algorithm>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "evalscore/check.h"
#include "evalscore/message.h"

#include "test_util.h"

namespace evalscore {
namespace {

// A message of `t` with every argument of its English template set to "⟨name⟩".
Message Filled(const MessageTemplate& t) {
  Message m{t.id, {}};
  for (const std::string& name : TemplatePlaceholders(t.en)) {
    m.args.push_back(TextArg(name, "<" + name + ">"));
  }
  return m;
}

bool HasId(const std::string& prefix) {
  return std::any_of(
      MessageCatalogue().begin(), MessageCatalogue().end(),
      [&](const MessageTemplate& t) { return std::string(t.id).starts_with(prefix); });
}

TEST(MessageCatalogue, EveryIdIsUniqueWithEnglishAndChinese) {
  std::set<std::string> ids;
  for (const MessageTemplate& t : MessageCatalogue()) {
    EXPECT_TRUE(ids.insert(t.id).second) << "twice: " << t.id;
    EXPECT_NE(std::string(t.en), "") << t.id;
    EXPECT_NE(std::string(t.zh), "") << t.id;
    EXPECT_NE(std::string(t.zh), std::string(t.en)) << t.id << ": no Chinese";
    EXPECT_EQ(FindMessageTemplate(t.id), &t);
  }
  EXPECT_GT(ids.size(), 400u);  // 156 check texts + ~250 findings, errors and notes
}

TEST(MessageCatalogue, EachTemplateRendersWithItsArguments) {
  for (const MessageTemplate& t : MessageCatalogue()) {
    const std::vector<std::string> en = TemplatePlaceholders(t.en);
    const std::set<std::string> params(en.begin(), en.end());
    for (const std::string& name : TemplatePlaceholders(t.zh)) {
      EXPECT_EQ(params.count(name), 1u) << t.id << ": the Chinese uses {" << name << "}";
    }
    const Message m = Filled(t);
    for (const Lang lang : {Lang::kEn, Lang::kZh}) {
      const std::string text = RenderMessage(m, lang);
      EXPECT_TRUE(TemplatePlaceholders(text).empty()) << t.id << ": " << text;
      // Each placeholder of the template is replaced by its argument's text.
      const std::vector<std::string> used = TemplatePlaceholders(lang == Lang::kEn ? t.en : t.zh);
      for (const std::string& name : used) {
        EXPECT_NE(text.find("<" + name + ">"), std::string::npos) << t.id << ": " << name;
      }
    }
  }
}

TEST(MessageCatalogue, EveryCheckHasItsTextsAndFindings) {
  for (const CheckInfo& c : CheckCatalogue()) {
    // The summary and fix in the catalogue are the CheckInfo's words, and Chinese exists.
    EXPECT_EQ(RenderMessage(CheckSummary(c), Lang::kEn), c.summary) << c.code;
    EXPECT_EQ(RenderMessage(CheckFix(c), Lang::kEn), c.fix) << c.code;
    EXPECT_NE(RenderMessage(CheckSummary(c), Lang::kZh), c.summary) << c.code;
    EXPECT_NE(RenderMessage(CheckFix(c), Lang::kZh), c.fix) << c.code;
    // Every check words its findings with ids of its own code.
    EXPECT_TRUE(HasId(c.code + ".")) << c.code << " has no finding message";
  }
}

TEST(MessageCatalogue, IsTheOneCopyOfTheChecksWords) {
  // check_catalogue.cc lists codes, names and severities; the words come from
  // messages_checks.cc, so an edit there is an edit everywhere.
  const std::string table = testing::ReadSource("src/core/check_catalogue.cc");
  ASSERT_FALSE(table.empty());
  for (const CheckInfo& c : CheckCatalogue()) {
    EXPECT_FALSE(c.summary.empty()) << c.code;
    EXPECT_FALSE(c.fix.empty()) << c.code;
    // The first words of the summary as a C++ literal would start.
    const std::string opening = "\"" + c.summary.substr(0, 20);
    EXPECT_EQ(table.find(opening), std::string::npos) << c.code << " is worded twice";
  }
}

TEST(MessageCatalogue, EveryInputErrorCodeHasMessages) {
  std::set<std::string> codes;
  for (const MessageTemplate& t : MessageCatalogue()) {
    const std::string code = t.code;
    if (code.empty()) continue;
    EXPECT_TRUE(code.size() == 5 && code.starts_with("ES0")) << t.id << ": " << code;
    codes.insert(code);
    EXPECT_EQ(InputErrorCodeOf(Message{t.id, {}}), code);
  }
  for (const char* code : {"ES000", "ES001", "ES002", "ES003", "ES004", "ES005", "ES006", "ES007",
                           "ES008", "ES009", "ES010"}) {
    EXPECT_EQ(codes.count(code), 1u) << code << " has no message";
  }
  // A wrapper ("in base.yaml: …") has the code of the message it wraps.
  const Message wrapped{
      "profile.in_parent",
      {TextArg("origin", "base.yaml"), NestedArg("inner", {"input.bad_year", {}})}};
  EXPECT_EQ(InputErrorCodeOf(wrapped), "ES008");
  EXPECT_EQ(RenderMessage(wrapped, Lang::kEn),
            "in base.yaml: year must be a whole year such as 2021");
  EXPECT_EQ(RenderMessage(wrapped, Lang::kZh), "在 base.yaml 中：年度必须是整数年份，如 2021");
}

TEST(MessageCatalogue, NumbersKeepTheirDisplayText) {
  // 83.00 printed with two decimals stays "83.00"; the number is 83.
  const Message m{"ES102.rate_differs",
                  {NumberArg("reported", 83, "83.00"), TextArg("arithmetic", "8 / 10 = 80%")}};
  EXPECT_EQ(RenderMessage(m, Lang::kEn), "the printed 执行率 83.00% differs from 8 / 10 = 80%");
  EXPECT_EQ(RenderMessage(m, Lang::kZh), "填报的执行率 83.00% 与 8 / 10 = 80% 不符");
  EXPECT_DOUBLE_EQ(*m.args[0].number, 83);
  EXPECT_EQ(RenderMessage(Message{"no.such.id", {}}, Lang::kEn), "no.such.id");
}

}  // namespace
}  // namespace evalscore
