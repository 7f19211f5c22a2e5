# Sources of core/eval (see core/CMakeLists.txt).
set(SPACT_EVAL_SOURCES
  eval/metrics.cpp
  eval/transforms.cpp
  eval/subsets.cpp
  eval/protocol.cpp
  eval/evaluate.cpp
  eval/report.cpp
)
set(SPACT_EVAL_MEDIA_SOURCES
  eval/face_blur.cpp
  eval/score.cpp
)
