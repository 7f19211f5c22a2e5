#!/usr/bin/env bash
# The one list of Debian 12 packages SPAct Studio needs, and the function that installs
# whichever of them are missing (as root, or through sudo). Sourced by the other scripts.
SPACT_PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git file
  # engine: LibTorch on OpenBLAS (Debian's LibTorch falls back to reference BLAS without it)
  libtorch-dev libopenblas0-pthread
  # c10d's Gloo back end (data-parallel training) is in libtorch; its header needs Gloo's headers
  libgloo-dev
  libspdlog-dev libfmt-dev nlohmann-json3-dev libcli11-dev libexpected-dev
  # media: FFmpeg and OpenCV (with the face-detector cascades)
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev libswresample-dev
  libopencv-dev opencv-data
  # studio: Qt 6 and QCustomPlot
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n libqcustomplot-dev
  # a font with Chinese glyphs, so the Simplified Chinese interface is not drawn as boxes
  fonts-wqy-microhei
  # tests and packaging: test videos, a virtual display, package and metadata validators
  ffmpeg xvfb xauth desktop-file-utils appstream dpkg-dev
  # PyTorch, to check that exported .pth files load in Python (tests/reference regenerates fixtures with it)
  python3-torch
  # headless Chromium: the evaluation report's HTML is rendered and its screenshot checked
  chromium
)

spact_install_missing() {
  local missing=()
  local p
  for p in "${SPACT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
