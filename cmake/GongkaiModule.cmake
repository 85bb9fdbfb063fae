# Shared build settings for every gongkai module.
add_library(gongkai_warnings INTERFACE)
target_compile_options(gongkai_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Woverloaded-virtual -Wimplicit-fallthrough $<$<BOOL:${GONGKAI_WERROR}>:-Werror>)

# gongkai_module(<name> SRCS ... [DEPS ...] [PRIVATE_DEPS ...] [TESTS ...] [TEST_DEPS ...]
#                [TEST_TIMEOUT seconds])
# Makes the static library gongkai_<name> (alias gongkai::<name>) and, when testing is on,
# the test executable gongkai_<name>_tests registered with ctest under the prefix "<name>.".
# TEST_TIMEOUT is each test's ctest time limit: the hang guard for tests that feed hostile
# input (quadratic work would exceed it). Unit tests never assert on wall-clock time.
function(gongkai_module name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "TEST_TIMEOUT" "SRCS;DEPS;PRIVATE_DEPS;TESTS;TEST_DEPS")
  add_library(gongkai_${name} STATIC ${arg_SRCS})
  add_library(gongkai::${name} ALIAS gongkai_${name})
  target_include_directories(gongkai_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(gongkai_${name} PUBLIC ${arg_DEPS} PRIVATE ${arg_PRIVATE_DEPS} gongkai_warnings)
  if(BUILD_TESTING AND arg_TESTS)
    add_executable(gongkai_${name}_tests ${arg_TESTS})
    target_link_libraries(gongkai_${name}_tests PRIVATE gongkai_${name} ${arg_TEST_DEPS}
                          gongkai_warnings GTest::gtest_main GTest::gmock)
    target_compile_definitions(gongkai_${name}_tests PRIVATE
      GONGKAI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      GONGKAI_SHARED_DIR="${GONGKAI_SHARED_DIR}")
    if(NOT arg_TEST_TIMEOUT)
      set(arg_TEST_TIMEOUT 600)
    endif()
    gtest_discover_tests(gongkai_${name}_tests TEST_PREFIX "${name}." DISCOVERY_TIMEOUT 60
                         PROPERTIES TIMEOUT ${arg_TEST_TIMEOUT})
  endif()
endfunction()
