# Warnings for the project's own targets only (imported headers are SYSTEM).
add_library(evalscore_warnings INTERFACE)
target_compile_options(evalscore_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${EVALSCORE_WARNINGS_AS_ERRORS}>:-Werror>)
