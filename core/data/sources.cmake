# Sources of core/data (see core/CMakeLists.txt).
set(SPACT_DATA_SOURCES)
set(SPACT_DATA_MEDIA_SOURCES)
