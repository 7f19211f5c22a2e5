# Sources of core/data (see core/CMakeLists.txt).
set(SPACT_DATA_SOURCES)
# Clip sampling, augmentation and the batch loaders: no FFmpeg/OpenCV (they feed the GPU build).
list(APPEND SPACT_DATA_SOURCES
  data/clip_sampling.cpp
  data/augment.cpp
  data/loader_common.cpp
  data/action_loader.cpp
  data/image_loader.cpp
  data/shard.cpp
  # Data sets on disk: layouts, split lists and annotations are plain files and JSON.
  data/layout_util.cpp
  data/layout_detect.cpp
  data/ucf101_layout.cpp
  data/hmdb51_layout.cpp
  data/vispr_layout.cpp
  data/generic_layout.cpp
  data/data_report.cpp
  data/inspect.cpp
)
set(SPACT_DATA_MEDIA_SOURCES)
# Opening the listed videos and images needs the media layer.
list(APPEND SPACT_DATA_MEDIA_SOURCES data/file_sources.cpp)
