// The parser's own floor: walk a directory like evalscore does, read every
// *.yaml file and YAML::Load it, nothing else. bench/run.sh compares
// evalscore's throughput with this program's on the same corpus.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: yaml_floor DIR\n");
    return 2;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  size_t nodes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const YAML::Node doc = YAML::Load(text.str());
    nodes += doc.size();
  }
  std::printf("%zu files, %zu top-level keys\n", files.size(), nodes);
  return 0;
}
