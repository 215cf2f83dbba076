# fd_header_check(TARGET HEADER...): an object library that compiles each header
# alone, with only what TARGET's include directories allow. A header that needs
# more (lua.hpp in the model, SDL.h or imgui.h in the game core) fails the build.
function(fd_header_check target)
  set(checks)
  foreach(header ${ARGN})
    get_filename_component(name ${header} NAME_WE)
    set(check ${CMAKE_CURRENT_BINARY_DIR}/${target}/${name}.cpp)
    file(CONFIGURE OUTPUT ${check} CONTENT "#include \"${name}.hpp\"\n")
    list(APPEND checks ${check})
  endforeach()
  add_library(${target} OBJECT ${checks})
endfunction()
