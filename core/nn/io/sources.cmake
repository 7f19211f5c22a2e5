# The weight import/export sources (core/nn/io), listed once for spact_core and the fuzz target.
set(SPACT_NN_IO_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/network_kind.cpp
  ${CMAKE_CURRENT_LIST_DIR}/format.cpp
  ${CMAKE_CURRENT_LIST_DIR}/model_bundle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/model_files.cpp
  ${CMAKE_CURRENT_LIST_DIR}/model_import.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pickle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pickle_globals.cpp
  ${CMAKE_CURRENT_LIST_DIR}/safetensors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scripted_anonymizer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/spact_checkpoint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/torch_archive.cpp
  ${CMAKE_CURRENT_LIST_DIR}/torch_export.cpp
)
