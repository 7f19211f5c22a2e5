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
# The synthetic benchmark: in memory everywhere; on disk and through `spact synth` with media.
spact_add_test(data_synth SOURCES data/tst_synth.cpp LABELS core data)
# ... and learnable as designed: attributes from one frame, the action only from a clip (Torch).
spact_add_test(data_synth_learnable SOURCES data/tst_synth_learnable.cpp LIBS spact::torch LABELS core data)
spact_torch_pch(tst_data_synth_learnable)
if(SPACT_HAVE_MEDIA)
  spact_add_test(data_synth_writer SOURCES data/tst_synth_writer.cpp LABELS core data media)
endif()
