# Test suites of core/data.
# The batch loaders on in-memory sources: no media libraries, runs in every build.
spact_add_test(data_loader SOURCES data/tst_loader.cpp LIBS spact::torch LABELS core data)
spact_torch_pch(tst_data_loader)
# Data set layouts listed from folders, split files and JSON: no media libraries needed.
spact_add_test(data_layouts SOURCES data/tst_layouts.cpp LABELS core data)
if(SPACT_HAVE_MEDIA)
  # Data sets on disk read through FFmpeg/OpenCV, and the loaders over them.
  spact_add_test(data_readers SOURCES data/tst_readers.cpp LIBS spact::torch LABELS core data media)
  spact_torch_pch(tst_data_readers)
endif()
