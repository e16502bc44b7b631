# Third-party libraries, fetched by scripts/setup into third_party/ (never committed).
# Each is its own static library so an edit to our code never recompiles them.

add_library(prm_sqlite3 STATIC ${PRM_THIRD_PARTY}/better-sqlite3/deps/sqlite3/sqlite3.c)
target_include_directories(prm_sqlite3 SYSTEM PUBLIC ${PRM_THIRD_PARTY}/better-sqlite3/deps/sqlite3)
target_compile_definitions(prm_sqlite3 PRIVATE
  SQLITE_THREADSAFE=0 SQLITE_DEFAULT_MEMSTATUS=0 SQLITE_DQS=0 SQLITE_OMIT_LOAD_EXTENSION
  SQLITE_OMIT_DEPRECATED SQLITE_OMIT_SHARED_CACHE SQLITE_DEFAULT_FOREIGN_KEYS=1
  # Features the product never uses, left out to keep the page small.
  SQLITE_OMIT_JSON SQLITE_OMIT_COMPLETE SQLITE_OMIT_GET_TABLE SQLITE_OMIT_TCL_VARIABLE
  SQLITE_OMIT_PROGRESS_CALLBACK SQLITE_MAX_EXPR_DEPTH=0 SQLITE_USE_ALLOCA)
set_target_properties(prm_sqlite3 PROPERTIES C_VISIBILITY_PRESET hidden)
if(NOT EMSCRIPTEN)
  find_package(Threads)
  target_link_libraries(prm_sqlite3 PUBLIC ${CMAKE_DL_LIBS} m)
endif()

set(ARGON2_DIR ${PRM_THIRD_PARTY}/argon2/argon2)
add_library(prm_argon2 STATIC
  ${ARGON2_DIR}/src/argon2.c ${ARGON2_DIR}/src/core.c ${ARGON2_DIR}/src/encoding.c
  ${ARGON2_DIR}/src/ref.c ${ARGON2_DIR}/src/blake2/blake2b.c)
target_include_directories(prm_argon2 SYSTEM PUBLIC ${ARGON2_DIR}/include)
target_compile_definitions(prm_argon2 PRIVATE ARGON2_NO_THREADS)

add_library(prm_json INTERFACE)
target_include_directories(prm_json SYSTEM INTERFACE ${PRM_THIRD_PARTY}/include)

set(IMGUI_DIR ${PRM_THIRD_PARTY}/imgui)
add_library(prm_imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${CMAKE_SOURCE_DIR}/src/ui/imgui_config/prm_imgui_assert.cpp)
target_include_directories(prm_imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp ${IMGUI_DIR}/backends)
# Test-engine hooks give the per-frame widget map that browser tests click by label.
target_compile_definitions(prm_imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_USER_CONFIG="prm_imconfig.h")
target_include_directories(prm_imgui PUBLIC ${CMAKE_SOURCE_DIR}/src/ui/imgui_config)
if(EMSCRIPTEN)
  # Rendering only; input comes from our own html5 backend (src/platform/web_input.cpp).
  add_library(prm_imgui_backend STATIC ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_link_libraries(prm_imgui_backend PUBLIC prm_imgui)
  target_compile_definitions(prm_imgui_backend PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()

# Third-party sources compile file by file, as their authors build them (no unity batches).
foreach(t prm_sqlite3 prm_argon2 prm_imgui prm_imgui_backend)
  if(TARGET ${t})
    set_target_properties(${t} PROPERTIES UNITY_BUILD OFF)
  endif()
endforeach()
