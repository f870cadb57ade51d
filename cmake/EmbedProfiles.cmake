# Embeds profiles/*.yaml (the built-in rule profiles) into the binary as raw
# string literals, so the files installed and the profiles compiled in are one.
set(EVALSCORE_PROFILE_NAMES central-2020 ratio-reverse sichuan-2023 hubei-20 pmkpi-80
    indicators-100 platform-manual-2022)
set(EVALSCORE_PROFILE_ENTRIES "")
foreach(name IN LISTS EVALSCORE_PROFILE_NAMES)
  set(file "${CMAKE_CURRENT_SOURCE_DIR}/profiles/${name}.yaml")
  file(READ "${file}" content)
  string(APPEND EVALSCORE_PROFILE_ENTRIES
    "      {\"${name}\", R\"esp(${content})esp\"},\n")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
endforeach()
set(EVALSCORE_BUILTIN_PROFILES_CC "${CMAKE_CURRENT_BINARY_DIR}/generated/builtin_profiles.cc")
configure_file(src/core/builtin_profiles.cc.in "${EVALSCORE_BUILTIN_PROFILES_CC}" @ONLY)
