// The isolated reader (readers/isolated.h): what a child reads comes back
// intact, and a child that dies is an error for that file, not a crash.
#include "readers/isolated.h"

#include <sys/resource.h>

#include <cstdlib>

#include <gtest/gtest.h>

namespace evalscore::readers {
namespace {

TEST(Isolated, TheChildsGridsComeBackIntact) {
  const auto result = RunIsolated(
      [] {
        GridSet set;
        set.kind = "xls";
        Grid grid;
        grid.name = "自评表";
        grid.hidden = true;
        Cell cell;
        cell.row = 5;
        cell.column = 7;
        cell.text = "90%";
        cell.number = 0.9;
        cell.percent = true;
        grid.cells.push_back(cell);
        Cell lost;
        lost.row = 11;
        lost.column = 5;
        lost.formula_without_value = true;
        grid.cells.push_back(lost);
        set.grids.push_back(grid);
        return Result<GridSet>(set);
      },
      "failed");
  ASSERT_TRUE(result) << result.error().front().message;
  const Grid& g = result.value().grids.at(0);
  EXPECT_EQ(result.value().kind, "xls");
  EXPECT_EQ(g.name, "自评表");
  EXPECT_TRUE(g.hidden);
  ASSERT_EQ(g.cells.size(), 2u);
  EXPECT_EQ(g.cells[0].text, "90%");
  EXPECT_EQ(*g.cells[0].number, 0.9);
  EXPECT_TRUE(g.cells[0].percent);
  EXPECT_TRUE(g.cells[1].formula_without_value);
  EXPECT_FALSE(g.cells[1].number);
}

TEST(Isolated, AChildThatDiesIsAnError) {
  const auto result = RunIsolated(
      []() -> Result<GridSet> {
        const rlimit no_core{0, 0};
        ::setrlimit(RLIMIT_CORE, &no_core);  // no core file left behind
        std::abort();                        // as a library crashing on a hostile file
      },
      "the reader failed on this file");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().front().message.rfind("the reader failed on this file (", 0), 0u)
      << result.error().front().message;
}

TEST(Isolated, TheChildsErrorComesBack) {
  const auto result = RunIsolated(
      []() -> Result<GridSet> {
        return Errors{{"a damaged .xls file: x", {}}};
      },
      "f");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().front().message, "a damaged .xls file: x");
}

}  // namespace
}  // namespace evalscore::readers
