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
# The synthetic benchmark in memory (plain C++, so media-less builds train on it) and, with
# media, written to disk in the UCF101 and VISPR layouts.
list(APPEND SPACT_DATA_SOURCES data/synth.cpp data/synth_scene.cpp data/synth_render.cpp)
list(APPEND SPACT_DATA_MEDIA_SOURCES data/synth_writer.cpp data/synth_video_file.cpp)
