# Fuzzing the stats reader and the IDL parser (docs/testing.md, "Fuzzing the
# stats reader and the IDL parser"): two harnesses, each with a seed corpus
# and a dictionary in tests/fuzz/, and a smoke in ctest (label `fuzz`): a
# fixed number of inputs from a fixed seed, a minute at most. Longer runs:
# scripts/fuzz-readers.sh. (The C API harness is tests/fuzz/CMakeLists.txt's.)
#
#   fuzz_statsfile  libFuzzer (clang -fsanitize=fuzzer, Debian's clang 14 and
#                   libclang-rt-14-dev) on the CLI's stats-file reader and
#                   printers, under ASan+UBSan: built by clang builds, run in
#                   the ASan build (label sanitize too)
#   fuzz_idl        atheris (PyPI) on weaveheap_gen's parse, build, validate:
#                   only IdlError, with its place, may come out
option(WEAVEHEAP_FUZZ_READERS "Build the stats-reader and IDL fuzz harnesses and their ctest smoke" ON)
if(NOT WEAVEHEAP_FUZZ_READERS)
  return()
endif()
set(_wh_fuzz ${CMAKE_CURRENT_LIST_DIR})

execute_process(COMMAND ${Python3_EXECUTABLE} -c "import atheris" RESULT_VARIABLE _wh_atheris OUTPUT_QUIET ERROR_QUIET)
if(NOT _wh_atheris EQUAL 0)
  message(FATAL_ERROR "atheris is missing for ${Python3_EXECUTABLE}: scripts/install-deps.sh installs it "
                      "(or -DWEAVEHEAP_FUZZ_READERS=OFF)")
endif()
add_test(NAME fuzz_idl
  COMMAND ${CMAKE_COMMAND} -E env PYTHONHASHSEED=0 sh -c
    "rm -rf fuzz_idl_work && mkdir fuzz_idl_work && exec \"$0\" \"$1\" -runs=5000 -seed=1 -max_total_time=60 -dict=\"$2\" fuzz_idl_work \"$3\" \"$4\" \"$5\""
    ${Python3_EXECUTABLE} ${_wh_fuzz}/idl_fuzz.py ${_wh_fuzz}/idl.dict ${_wh_fuzz}/idl_corpus
    ${PROJECT_SOURCE_DIR}/tests/generator/negative ${PROJECT_SOURCE_DIR}/idl
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(fuzz_idl PROPERTIES LABELS fuzz TIMEOUT 180)

if(CMAKE_C_COMPILER_ID MATCHES "Clang" AND NOT WEAVEHEAP_SANITIZE STREQUAL "thread")
  include(CheckCSourceCompiles)
  set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer")
  check_c_source_compiles("#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) { (void)d; (void)n; return 0; }" WEAVEHEAP_HAVE_LIBFUZZER)
  unset(CMAKE_REQUIRED_FLAGS)
  if(NOT WEAVEHEAP_HAVE_LIBFUZZER)
    message(FATAL_ERROR "clang cannot link -fsanitize=fuzzer: apt-get install -y libclang-rt-14-dev "
                        "(or -DWEAVEHEAP_FUZZ_READERS=OFF)")
  endif()
  # The reader and printers compiled into the harness, so that libFuzzer's
  # coverage reaches them.
  add_executable(weaveheap_statsfile_fuzz ${_wh_fuzz}/statsfile_fuzz.c ${PROJECT_SOURCE_DIR}/cli/statsfile.c
    ${PROJECT_SOURCE_DIR}/cli/stats.c ${PROJECT_SOURCE_DIR}/cli/viz.c ${PROJECT_SOURCE_DIR}/cli/util.c)
  target_include_directories(weaveheap_statsfile_fuzz PRIVATE ${PROJECT_SOURCE_DIR}/cli
    ${PROJECT_SOURCE_DIR}/core/src ${PROJECT_SOURCE_DIR}/generated/c ${PROJECT_SOURCE_DIR}/generated/cli)
  target_compile_definitions(weaveheap_statsfile_fuzz PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
  target_compile_options(weaveheap_statsfile_fuzz PRIVATE -fsanitize=fuzzer,address,undefined
    -fno-sanitize-recover=all -Wall -Wextra -Werror)
  target_link_options(weaveheap_statsfile_fuzz PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(weaveheap_statsfile_fuzz PRIVATE weaveheap_static)
  add_test(NAME fuzz_statsfile
    COMMAND sh -c
      "rm -rf fuzz_statsfile_work && mkdir fuzz_statsfile_work && exec \"$0\" -runs=500000 -seed=1 -max_total_time=60 -dict=\"$1\" fuzz_statsfile_work \"$2\""
      $<TARGET_FILE:weaveheap_statsfile_fuzz> ${_wh_fuzz}/statsfile.dict ${_wh_fuzz}/statsfile_corpus
    WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(fuzz_statsfile PROPERTIES LABELS "fuzz;sanitize" TIMEOUT 180)
endif()
