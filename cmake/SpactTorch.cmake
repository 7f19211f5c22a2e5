# LibTorch, wrapped once: spact::torch carries its include directories (as SYSTEM, so its
# headers do not trip our warnings), flags and libraries. spact_torch_pch() gives a target the
# one precompiled <torch/torch.h>, built once in spact_torch_pch and reused everywhere.
find_package(Torch REQUIRED)

add_library(spact_torch INTERFACE)
add_library(spact::torch ALIAS spact_torch)
target_include_directories(spact_torch SYSTEM INTERFACE ${TORCH_INCLUDE_DIRS})
target_link_libraries(spact_torch INTERFACE ${TORCH_LIBRARIES})
separate_arguments(_spact_torch_flags UNIX_COMMAND "${TORCH_CXX_FLAGS}")
target_compile_options(spact_torch INTERFACE ${_spact_torch_flags})

set(SPACT_TORCH_CUDA OFF)
if(TARGET torch_cuda OR CUDA_FOUND OR TORCH_CUDA_LIBRARIES)
  set(SPACT_TORCH_CUDA ON)
endif()
message(STATUS "LibTorch ${Torch_VERSION}: CUDA=${SPACT_TORCH_CUDA}")

# c10d back ends (core/train/distributed.cpp). LibTorch's target defines USE_C10D_GLOO (every
# Linux build, Debian's too) and, with CUDA, USE_C10D_NCCL; but those c10d headers include the
# libraries' own headers, which LibTorch does not ship: Gloo's (Debian: libgloo-dev) and nccl.h.
# distributed.cpp checks for them with __has_include; here they are only found and reported.
find_path(SPACT_GLOO_INCLUDE_DIR gloo/config.h)
set(SPACT_TORCH_NCCL OFF)
if(SPACT_TORCH_CUDA)
  find_path(SPACT_NCCL_INCLUDE_DIR nccl.h HINTS ENV NCCL_ROOT ENV NCCL_HOME ${CUDAToolkit_INCLUDE_DIRS}
            ${CUDA_INCLUDE_DIRS} PATH_SUFFIXES include)
  if(SPACT_NCCL_INCLUDE_DIR)
    set(SPACT_TORCH_NCCL ON)
    target_include_directories(spact_torch SYSTEM INTERFACE ${SPACT_NCCL_INCLUDE_DIR})
  endif()
endif()
if(SPACT_GLOO_INCLUDE_DIR)
  set(_spact_gloo ON)
else()
  set(_spact_gloo "OFF (install libgloo-dev)")
endif()
message(STATUS "c10d back ends: Gloo=${_spact_gloo} NCCL=${SPACT_TORCH_NCCL}")

add_library(spact_torch_pch OBJECT ${CMAKE_CURRENT_LIST_DIR}/torch_pch.cpp)
target_link_libraries(spact_torch_pch PUBLIC spact::torch)
target_precompile_headers(spact_torch_pch PRIVATE <torch/torch.h>)
set_target_properties(spact_torch_pch PROPERTIES POSITION_INDEPENDENT_CODE ON)
# The same warning flags as its users: -Wpedantic changes predefined macros a PCH is checked against.
spact_warnings(spact_torch_pch)

# Targets that reuse the PCH must be compiled with the same flags, so they do not add
# compile options of their own beyond the warning set (which does not affect the PCH).
function(spact_torch_pch target)
  target_precompile_headers(${target} REUSE_FROM spact_torch_pch)
endfunction()
