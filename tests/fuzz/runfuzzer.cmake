# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
# Runs one libFuzzer binary as a ctest test (tests/fuzz/CMakeLists.txt):
#   cmake -DFUZZER=… -DNAME=… -DSEEDS=… -DREGRESSIONS=… -DDICT=… -DWORK_DIR=… -DSECONDS=…
#         -P runfuzzer.cmake
# The corpus it grows is WORK_DIR/corpus (seeded from SEEDS, kept between runs); crashes,
# leaks and timeouts land in WORK_DIR/artifacts/ and fail the test. MODELKIT_FUZZ_SECONDS
# in the environment overrides SECONDS (0 = until interrupted).
foreach(var FUZZER NAME SEEDS REGRESSIONS DICT WORK_DIR SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzzer.cmake: -D${var}=… is required")
    endif()
endforeach()
if(DEFINED ENV{MODELKIT_FUZZ_SECONDS})
    set(SECONDS "$ENV{MODELKIT_FUZZ_SECONDS}")
endif()
if(NOT SECONDS MATCHES "^[0-9]+$")
    message(FATAL_ERROR "MODELKIT_FUZZ_SECONDS must be a number of seconds, not '${SECONDS}'")
endif()

set(corpus "${WORK_DIR}/corpus")
set(artifacts "${WORK_DIR}/artifacts")
file(MAKE_DIRECTORY "${corpus}" "${artifacts}")
# The seeds join the working corpus (the source tree is never written to).
file(GLOB seeds LIST_DIRECTORIES false "${SEEDS}/*")
if(seeds)
    file(COPY ${seeds} DESTINATION "${corpus}")
endif()
set(inputs "${corpus}")
if(IS_DIRECTORY "${REGRESSIONS}")
    list(APPEND inputs "${REGRESSIONS}")
endif()
# slow-unit-* files are only notes (and a paused machine makes any input look slow).
set(findings crash-* leak-* timeout-* oom-*)
list(TRANSFORM findings PREPEND "${artifacts}/")
file(GLOB old_artifacts LIST_DIRECTORIES false ${findings})

message(STATUS "fuzz_${NAME}: ${SECONDS} s, corpus ${corpus}")
execute_process(
    COMMAND "${FUZZER}"
        -max_total_time=${SECONDS}
        -print_final_stats=1
        -timeout=25
        -rss_limit_mb=2560
        -dict=${DICT}
        -artifact_prefix=${artifacts}/
        ${inputs}
    RESULT_VARIABLE result)

file(GLOB new_artifacts LIST_DIRECTORIES false ${findings})
if(old_artifacts)
    list(REMOVE_ITEM new_artifacts ${old_artifacts})
endif()
if(NOT result EQUAL 0 OR new_artifacts)
    message(FATAL_ERROR "fuzz_${NAME} found a problem (exit ${result}). Input: "
        "${new_artifacts}\nReproduce it with: ${FUZZER} <input>; once fixed, add it to "
        "tests/fuzz/regressions/${NAME}/ (see tests/fuzz/README.md).")
endif()
