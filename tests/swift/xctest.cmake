cmake_minimum_required(VERSION 3.25)
# cmake -DSWIFT=<swift> -DPACKAGE=<dir> -DFILTER=<Module.Class/> -P xctest.cmake
#
# Runs one XCTest class of an already built package (swift test --skip-build). Passes only
# when swift exits 0 and XCTest executed at least one test with no failure: a filter that
# matches nothing is a failure, not a pass.
foreach(_var SWIFT PACKAGE FILTER)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "xctest.cmake: -D${_var}=... is required")
  endif()
endforeach()
execute_process(
  COMMAND ${SWIFT} test --skip-build --package-path ${PACKAGE} --filter ${FILTER}
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
message("${_out}")
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "swift test --filter ${FILTER} failed (${_rc})")
endif()
if(NOT _out MATCHES "Executed [1-9][0-9]* tests?, with 0 failures")
  message(FATAL_ERROR "swift test --filter ${FILTER} ran no test, or reported failures")
endif()
