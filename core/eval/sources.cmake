# Sources of core/eval (see core/CMakeLists.txt).
set(SPACT_EVAL_SOURCES
  eval/metrics.cpp
)
set(SPACT_EVAL_MEDIA_SOURCES)
