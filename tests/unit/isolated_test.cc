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
  ASSERT_TRUE(result) << RenderMessage(result.error().front().message, Lang::kEn);
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
      "xls");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().front().message.id, "reader.isolated_signal");
  EXPECT_EQ(RenderMessage(result.error().front().message, Lang::kEn)
                .rfind("the .xls reader (libgsf, libfreexl) failed on this file: ", 0),
            0u)
      << RenderMessage(result.error().front().message, Lang::kEn);
}

TEST(Isolated, TheChildsErrorComesBack) {
  // The message crosses the pipe as data: its id and its arguments.
  const auto result = RunIsolated(
      []() -> Result<GridSet> {
        return Errors{{{"reader.xls_damaged", {TextArg("detail", "x")}}, {}}};
      },
      "xls");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().front().message.id, "reader.xls_damaged");
  EXPECT_EQ(RenderMessage(result.error().front().message, Lang::kEn),
            "a damaged .xls file: x; open it in Excel or WPS and save it again");
}

}  // namespace
}  // namespace evalscore::readers
