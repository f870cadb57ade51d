// A program embedding the evalscore core library: scores one project file
// under the default rule profile (central-2020) and prints the total, the
// grade and each 一级 level's score. The core does no I/O: the program reads
// the file and prints; the library turns text into values.
//
//   cmake -S examples/embed -B build-embed -DCMAKE_PREFIX_PATH=<prefix>
//   build-embed/evalscore_embed examples/01-seed-chengde-2021.yaml
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "evalscore/evaluate.h"
#include "evalscore/load_profile.h"
#include "evalscore/load_project.h"
#include "evalscore/message.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: evalscore_embed PROJECT.yaml\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();

  // The library part: load, evaluate, read the result.
  auto project = evalscore::LoadProject(text.str());
  if (!project) {
    const evalscore::Error& error = project.error().front();
    std::cerr << argv[1] << ": " << evalscore::RenderMessage(error.message, evalscore::Lang::kEn)
              << '\n';
    return 1;
  }
  const evalscore::Evaluation e = evalscore::Evaluate(project.value(), evalscore::DefaultProfile());
  std::printf("%.2f %s\n", e.totals.total, e.totals.grade.c_str());

  for (const evalscore::CategoryEvaluation& level : e.categories) {
    std::printf("%s %.2f / %g\n", level.form->name.value.c_str(), level.sum.score,
                level.sum.points);
  }
  std::printf("%zu findings\n", e.diagnostics.size());
  return 0;
}
