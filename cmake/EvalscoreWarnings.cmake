# Warnings for the project's own targets only (imported headers are SYSTEM).
add_library(evalscore_warnings INTERFACE)
target_compile_options(evalscore_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Woverloaded-virtual -Wimplicit-fallthrough
  # GCC 12 at -O3 (the Release build) reports -Wrestrict inside libstdc++'s own
  # std::string operator+ and replace (GCC bug 105329): false positives about
  # sizes near SIZE_MAX, not about this code. -O2 builds (dev, ci) keep it.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<CONFIG:Release>>:-Wno-restrict>
  $<$<BOOL:${EVALSCORE_WARNINGS_AS_ERRORS}>:-Werror>)
