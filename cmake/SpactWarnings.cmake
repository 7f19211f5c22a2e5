# Warnings for the project's own targets; third-party headers come in as SYSTEM includes.
function(spact_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                         -Wnon-virtual-dtor -Woverloaded-virtual
                         # GCC 12 false positive on "literal" + std::string at -O2 (GCC bug 105651)
                         -Wno-restrict)
  if(SPACT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
