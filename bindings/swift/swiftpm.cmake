cmake_minimum_required(VERSION 3.25)
# cmake -DSRC=<dir> -DDST=<dir> -DSWIFT=<swift> -DARGS="build|-j|2|..." [-DEXPECT=<regex>]
#       [-DPKG_CONFIG_PATH=<dir>] -P swiftpm.cmake
#
# Stages the package in SRC into DST (copying only files that changed, so that
# SwiftPM's incremental build keeps working, and deleting files SRC no longer
# has, but never DST's .build), then runs `SWIFT <ARGS>` with DST as the
# package path. ARGS is '|'-separated. With EXPECT, the output must also match
# it (a sample's success line), besides the exit status. Used for the generated
# package (bindings/swift), its tests (tests/swift), the sample and the benchmark.
foreach(_var SRC DST SWIFT ARGS)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "swiftpm.cmake: -D${_var}=... is required")
  endif()
endforeach()

file(GLOB_RECURSE _files RELATIVE ${SRC} ${SRC}/*)
file(MAKE_DIRECTORY ${DST})
foreach(_f IN LISTS _files)
  if(_f MATCHES "^\\.build/|/\\.build/|^CMakeLists\\.txt$|\\.md$|\\.cmake$")
    continue()
  endif()
  get_filename_component(_dir ${DST}/${_f} DIRECTORY)
  file(MAKE_DIRECTORY ${_dir})
  file(COPY_FILE ${SRC}/${_f} ${DST}/${_f} ONLY_IF_DIFFERENT)
endforeach()
file(GLOB_RECURSE _staged RELATIVE ${DST} ${DST}/*)
foreach(_f IN LISTS _staged)
  if(NOT _f MATCHES "^\\.build/" AND NOT EXISTS ${SRC}/${_f})
    file(REMOVE ${DST}/${_f})
  endif()
endforeach()

# Where pkg-config finds weaveheap.pc for the package's system-library target.
if(DEFINED PKG_CONFIG_PATH)
  set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_PATH}")
endif()

string(REPLACE "|" ";" _args "${ARGS}")
list(GET _args 0 _sub)
list(REMOVE_AT _args 0)
if(DEFINED EXPECT)
  execute_process(COMMAND ${SWIFT} ${_sub} --package-path ${DST} ${_args} RESULT_VARIABLE _rc
                  OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  message("${_out}")
else()
  execute_process(COMMAND ${SWIFT} ${_sub} --package-path ${DST} ${_args} RESULT_VARIABLE _rc)
endif()
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "swift ${_sub} in ${DST} failed (${_rc})")
endif()
if(DEFINED EXPECT AND NOT _out MATCHES "${EXPECT}")
  message(FATAL_ERROR "swift ${_sub} in ${DST}: no output matches '${EXPECT}'")
endif()
