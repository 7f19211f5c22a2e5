#pragma once
// The JSON type of util/config.h without the rest of that header: these sources also build as
// C++17 for the fuzz target (clang 14 cannot compile LibTorch 1.13's headers as C++20 against
// libstdc++ 12), and config.h's field machinery needs C++20.
#include "util/config_field.h"
