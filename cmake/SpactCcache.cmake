# Use ccache when present. Precompiled headers need sloppiness so their hits count, and paths
# relative to the source tree let build/release and build/gui-off share entries.
find_program(SPACT_CCACHE ccache)
if(SPACT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}
      CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
      ${SPACT_CCACHE})
  message(STATUS "ccache: ${SPACT_CCACHE}")
endif()
