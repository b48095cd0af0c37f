# The LibreOffice SDK of the system (Debian's libreoffice-dev): tools, headers, libraries,
# and the C++ headers of the UNO API, generated at build time (the SDK ships none).

set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")

find_program(LO_CPPUMAKER cppumaker PATHS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(LO_UNOIDL_WRITE unoidl-write PATHS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_path(LO_SDK_INCLUDE_DIR cppuhelper/implbase1.hxx PATHS /usr/include/libreoffice "${LO_SDK_DIR}/include" REQUIRED)
find_library(LO_CPPUHELPER uno_cppuhelpergcc3 PATHS "${LO_SDK_DIR}/lib" REQUIRED)
find_library(LO_CPPU uno_cppu PATHS "${LO_SDK_DIR}/lib" REQUIRED)
find_library(LO_SAL uno_sal PATHS "${LO_SDK_DIR}/lib" REQUIRED)
find_library(LO_SALHELPER uno_salhelpergcc3 PATHS "${LO_SDK_DIR}/lib" REQUIRED)

set(ETS_UNO_INC "${CMAKE_BINARY_DIR}/uno-inc")
set(ETS_RDB "${CMAKE_BINARY_DIR}/ets.rdb")
file(GLOB_RECURSE ETS_IDL_FILES CONFIGURE_DEPENDS "${ETS_SOURCE_DIR}/idl/*.idl")

# Our own types: idl/ -> ets.rdb (shipped in the .oxt).
add_custom_command(
  OUTPUT "${ETS_RDB}"
  COMMAND "${LO_UNOIDL_WRITE}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${ETS_SOURCE_DIR}/idl" "${ETS_RDB}"
  DEPENDS ${ETS_IDL_FILES}
  COMMENT "Compiling the ETS IDL into ets.rdb")

# C++ headers of the whole office API and of our own types.
set(ETS_UNO_STAMP "${ETS_UNO_INC}/.stamp")
add_custom_command(
  OUTPUT "${ETS_UNO_STAMP}"
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${ETS_UNO_INC}"
  COMMAND "${LO_CPPUMAKER}" -Gc "-O${ETS_UNO_INC}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}"
  COMMAND "${LO_CPPUMAKER}" -Gc "-O${ETS_UNO_INC}" "-Torg.etsworkbench.*" "${ETS_RDB}" "-X${LO_TYPES_RDB}" "-X${LO_OFFAPI_RDB}"
  COMMAND "${CMAKE_COMMAND}" -E touch "${ETS_UNO_STAMP}"
  DEPENDS "${ETS_RDB}"
  COMMENT "Generating the UNO API headers with cppumaker")
add_custom_target(ets_uno_headers DEPENDS "${ETS_UNO_STAMP}" "${ETS_RDB}")

add_library(libreoffice_sdk INTERFACE)
add_dependencies(libreoffice_sdk ets_uno_headers)
target_include_directories(libreoffice_sdk SYSTEM INTERFACE "${ETS_UNO_INC}" "${LO_SDK_INCLUDE_DIR}")
target_compile_definitions(libreoffice_sdk INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_link_libraries(libreoffice_sdk INTERFACE ${LO_CPPUHELPER} ${LO_CPPU} ${LO_SALHELPER} ${LO_SAL})
