#include <gtest/gtest.h>

#include "evalscore/value.h"

namespace evalscore {
namespace {

TEST(ValueParser, Placeholder) { EXPECT_EQ(ParseValue("15万人").number, 150000); }

}  // namespace
}  // namespace evalscore
