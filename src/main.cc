#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "cli/run.h"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe ends the run quietly (see Run)
  std::ios::sync_with_stdio(false);
  return evalscore::cli::Run(std::vector<std::string>(argv, argv + argc), std::cin, std::cout,
                             std::cerr);
}
