# Sources of core/train (see core/CMakeLists.txt).
set(SPACT_TRAIN_SOURCES)
set(SPACT_TRAIN_MEDIA_SOURCES)
