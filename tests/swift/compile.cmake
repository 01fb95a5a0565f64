cmake_minimum_required(VERSION 3.25)
# cmake -DSWIFTC=<swiftc> -DFILE=<file.swift> -DMODULES=<dir of WeaveHeap.swiftmodule>
#       -DINCLUDE=<generated/c> -DMODULEMAP=<CWeaveHeap's module.modulemap> -P compile.cmake
#
# Compiles FILE (through SIL, where Swift 6 checks sending values between tasks) in the
# Swift 6 language mode against the built WeaveHeap module. A file with no expectation
# must compile. Otherwise it must fail, and:
#   a line ending in `// EXPECT-ERROR` must have an error of its own, and no other line may;
#   each `// EXPECT: <regex>` line's regex must match the compiler's output.
foreach(_var SWIFTC FILE MODULES INCLUDE MODULEMAP)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "compile.cmake: -D${_var}=... is required")
  endif()
endforeach()

execute_process(
  COMMAND ${SWIFTC} -emit-sil -o /dev/null -swift-version 6 -parse-as-library -I ${MODULES}
          -Xcc -I${INCLUDE} -Xcc -fmodule-map-file=${MODULEMAP} ${FILE}
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
message("${_out}")

file(STRINGS ${FILE} _lines)
get_filename_component(_name ${FILE} NAME)
set(_expect_lines)
set(_regexes)
set(_n 0)
foreach(_line IN LISTS _lines)
  math(EXPR _n "${_n} + 1")
  if(_line MATCHES "// EXPECT-ERROR$")
    list(APPEND _expect_lines ${_n})
  elseif(_line MATCHES "^// EXPECT: (.*)$")
    list(APPEND _regexes "${CMAKE_MATCH_1}")
  endif()
endforeach()

if(NOT _expect_lines AND NOT _regexes)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${_name} must compile, and does not")
  endif()
  message(STATUS "${_name}: compiles")
  return()
endif()
if(_rc EQUAL 0)
  message(FATAL_ERROR "${_name} compiled, but the compiler must refuse it")
endif()
foreach(_re IN LISTS _regexes)
  if(NOT _out MATCHES "${_re}")
    message(FATAL_ERROR "${_name}: no compiler message matches '${_re}'")
  endif()
endforeach()
if(_expect_lines)
  string(REGEX MATCHALL "${_name}:[0-9]+:[0-9]+: error:" _errors "${_out}")
  set(_seen)
  foreach(_e IN LISTS _errors)
    string(REGEX REPLACE "^.*:([0-9]+):[0-9]+: error:$" "\\1" _l "${_e}")
    list(APPEND _seen ${_l})
  endforeach()
  list(REMOVE_DUPLICATES _seen)
  foreach(_l IN LISTS _expect_lines)
    if(NOT _l IN_LIST _seen)
      message(FATAL_ERROR "${_name}:${_l}: the compiler accepted a line it must refuse")
    endif()
  endforeach()
  foreach(_l IN LISTS _seen)
    if(NOT _l IN_LIST _expect_lines)
      message(FATAL_ERROR "${_name}:${_l}: an error where none is expected (the file is wrong, not the package)")
    endif()
  endforeach()
  list(LENGTH _expect_lines _count)
  message(STATUS "${_name}: the compiler refuses all ${_count} lines")
else()
  message(STATUS "${_name}: refused as expected")
endif()
