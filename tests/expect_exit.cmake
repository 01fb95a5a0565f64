# cmake -DCOMMAND=<program;args> -DEXIT=<status> -DPATTERN=<regex> [-DPRELOAD=<lib>] -P expect_exit.cmake
# Runs COMMAND and fails unless it exits with EXIT and its output (stdout and
# stderr) matches PATTERN: both count, where ctest's pass-regex test property
# would ignore the exit status.
if(PRELOAD)
  set(ENV{LD_PRELOAD} "${PRELOAD}")
endif()
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc STREQUAL "${EXIT}")
  message(FATAL_ERROR "exit status ${rc}, expected ${EXIT}")
endif()
if(NOT "${out}${err}" MATCHES "${PATTERN}")
  message(FATAL_ERROR "the output does not match: ${PATTERN}")
endif()
