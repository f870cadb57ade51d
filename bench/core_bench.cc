// Google Benchmark for the parts evalscore adds on top of the YAML parser: the
// value parser, scoring and the checks, on the seed form.
#include <fstream>
#include <sstream>

#include <benchmark/benchmark.h>

#include "evalscore/check.h"
#include "evalscore/load_project.h"
#include "evalscore/score.h"
#include "evalscore/value.h"

namespace {

std::string Seed() {
  std::ifstream in(std::string(EVALSCORE_SOURCE_DIR) + "/examples/01-seed-chengde-2021.yaml");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void BM_ParseValue(benchmark::State& state) {
  const char* cells[] = {"15万人",   ">=95%",   "≧20000亩",    "﹦72890元", "200余人",
                         "11月底前", "90%-95%", "不少于12 种", "215,457.6", "及时处理"};
  for (auto _ : state) {
    for (const char* c : cells) benchmark::DoNotOptimize(evalscore::ParseValue(c));
  }
  state.SetItemsProcessed(state.iterations() * 10);
}
BENCHMARK(BM_ParseValue);

void BM_LoadProject(benchmark::State& state) {
  const std::string text = Seed();
  for (auto _ : state) benchmark::DoNotOptimize(evalscore::LoadProject(text));
}
BENCHMARK(BM_LoadProject);

void BM_ScoreProject(benchmark::State& state) {
  const evalscore::Project p = evalscore::LoadProject(Seed()).value();
  const evalscore::RuleProfile profile;
  for (auto _ : state) benchmark::DoNotOptimize(evalscore::ScoreProject(p, profile));
}
BENCHMARK(BM_ScoreProject);

void BM_ScoreAndCheck(benchmark::State& state) {
  const evalscore::Project p = evalscore::LoadProject(Seed()).value();
  const evalscore::RuleProfile profile;
  for (auto _ : state) {
    const evalscore::ProjectScore s = evalscore::ScoreProject(p, profile);
    benchmark::DoNotOptimize(evalscore::CheckProject(p, s, profile));
  }
}
BENCHMARK(BM_ScoreAndCheck);

}  // namespace

BENCHMARK_MAIN();
