# Sources of core/train (see core/CMakeLists.txt).
set(SPACT_TRAIN_SOURCES)
# The trainers: run directory, configuration, per-phase steps, validation, checkpoints.
list(APPEND SPACT_TRAIN_SOURCES
  train/train_config.cpp
  train/run_dir.cpp
  train/optimizer_state.cpp
  train/adam_step.cpp
  train/steps.cpp
  train/validation.cpp
  train/checkpoint.cpp
  train/trainer.cpp
  train/train_data.cpp
  train/fresh_targets.cpp
  train/bench_train.cpp
)
# Data-parallel training over c10d (Gloo; NCCL where LibTorch has CUDA).
list(APPEND SPACT_TRAIN_SOURCES train/distributed.cpp train/distributed_env.cpp)
set(SPACT_TRAIN_MEDIA_SOURCES)
