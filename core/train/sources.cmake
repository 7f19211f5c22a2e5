# Sources of core/train (see core/CMakeLists.txt).
set(SPACT_TRAIN_SOURCES)
# Data-parallel training over c10d (Gloo; NCCL where LibTorch has CUDA).
list(APPEND SPACT_TRAIN_SOURCES train/distributed.cpp train/distributed_env.cpp)
set(SPACT_TRAIN_MEDIA_SOURCES)
