# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and CPack settings for the Debian package:
#   cmake --build build && cd build && cpack -G DEB
# Included from the root CMakeLists.txt after every target is defined, so
# `if(TARGET fairwell)` sees the executable from app/.

include(GNUInstallDirs)

set(FAIRWELL_APP_ID org.fairwell.Fairwell)
set(FAIRWELL_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(FAIRWELL_PACKAGING_BINARY_DIR "${CMAKE_BINARY_DIR}/packaging")
# Debian's doc folder is named after the package, not after the CMake
# project (GNUInstallDirs' DOCDIR would give share/doc/Fairwell).
set(FAIRWELL_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/fairwell")

if(TARGET fairwell)
    install(TARGETS fairwell RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(FILES "${FAIRWELL_PACKAGING_DIR}/${FAIRWELL_APP_ID}.desktop"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${FAIRWELL_PACKAGING_DIR}/${FAIRWELL_APP_ID}.metainfo.xml"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${FAIRWELL_PACKAGING_DIR}/icons/${FAIRWELL_APP_ID}.svg"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES "${FAIRWELL_PACKAGING_DIR}/copyright"
    DESTINATION ${FAIRWELL_DOC_DIR})

# --- Files made at build time --------------------------------------------------
# Debian wants the changelog and man page compressed with `gzip -9n` (no name,
# no time stamp, so the package is reproducible); they are made in the build
# tree, never written next to their sources.
find_program(FAIRWELL_GZIP gzip REQUIRED)
set(fairwell_packaging_outputs)

function(fairwell_gzip_file source output)
    get_filename_component(out_dir "${output}" DIRECTORY)
    string(REGEX REPLACE "\\.gz$" "" plain "${output}")
    add_custom_command(OUTPUT "${output}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${out_dir}"
        COMMAND ${CMAKE_COMMAND} -E copy "${source}" "${plain}"
        COMMAND "${FAIRWELL_GZIP}" -9nf "${plain}"
        DEPENDS "${source}"
        COMMENT "Compressing ${output}"
        VERBATIM)
endfunction()

fairwell_gzip_file("${FAIRWELL_PACKAGING_DIR}/changelog"
    "${FAIRWELL_PACKAGING_BINARY_DIR}/doc/changelog.gz")
fairwell_gzip_file("${FAIRWELL_PACKAGING_DIR}/fairwell.1"
    "${FAIRWELL_PACKAGING_BINARY_DIR}/man/fairwell.1.gz")
list(APPEND fairwell_packaging_outputs
    "${FAIRWELL_PACKAGING_BINARY_DIR}/doc/changelog.gz"
    "${FAIRWELL_PACKAGING_BINARY_DIR}/man/fairwell.1.gz")
install(FILES "${FAIRWELL_PACKAGING_BINARY_DIR}/doc/changelog.gz"
    DESTINATION ${FAIRWELL_DOC_DIR})
install(FILES "${FAIRWELL_PACKAGING_BINARY_DIR}/man/fairwell.1.gz"
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Bitmap icons for menus and docks that do not scale SVGs themselves, rendered
# from the one hand-drawn SVG so the two never drift apart. rsvg-convert
# (librsvg2-bin) draws it exactly; ImageMagick is the fallback. With neither,
# only the scalable icon is installed, which every current desktop can use.
find_program(FAIRWELL_RSVG_CONVERT rsvg-convert)
find_program(FAIRWELL_IMAGEMAGICK_CONVERT convert PATHS /usr/bin NO_DEFAULT_PATH)
set(fairwell_icon_svg "${FAIRWELL_PACKAGING_DIR}/icons/${FAIRWELL_APP_ID}.svg")
foreach(size 48 128 256)
    set(png "${FAIRWELL_PACKAGING_BINARY_DIR}/icons/${size}x${size}/${FAIRWELL_APP_ID}.png")
    if(FAIRWELL_RSVG_CONVERT)
        set(render "${FAIRWELL_RSVG_CONVERT}" --width ${size} --height ${size}
            --keep-aspect-ratio --output "${png}" "${fairwell_icon_svg}")
    elseif(FAIRWELL_IMAGEMAGICK_CONVERT)
        set(render "${FAIRWELL_IMAGEMAGICK_CONVERT}" -background none
            -density 1200 "${fairwell_icon_svg}" -resize ${size}x${size} "PNG32:${png}")
    else()
        if(size EQUAL 48)
            message(STATUS "Fairwell packaging: neither rsvg-convert nor ImageMagick found; "
                "installing the scalable icon only")
        endif()
        continue()
    endif()
    get_filename_component(png_dir "${png}" DIRECTORY)
    add_custom_command(OUTPUT "${png}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${png_dir}"
        COMMAND ${render}
        DEPENDS "${fairwell_icon_svg}"
        COMMENT "Rendering the ${size} px application icon"
        VERBATIM)
    list(APPEND fairwell_packaging_outputs "${png}")
    install(FILES "${png}"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# In ALL so that a plain build leaves everything `cpack` and `cmake --install`
# need in place.
add_custom_target(fairwell_packaging_files ALL DEPENDS ${fairwell_packaging_outputs})

# --- CPack -----------------------------------------------------------------------
set(CPACK_PACKAGE_NAME fairwell)
set(CPACK_PACKAGE_VENDOR "Fairwell developers")
set(CPACK_PACKAGE_CONTACT "Fairwell developers <dev@fairwell.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for customer offboarding")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY fairwell)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
# Output goes to the build folder (or to `cpack -B DIR`), never the sources.
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}")

set(CPACK_DEBIAN_PACKAGE_NAME fairwell)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Fairwell developers <dev@fairwell.example.org>")
# Debian has no "office" section; desktop office tools live in misc.
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps only sees the libraries the binary links; Qt loads the SQL
# drivers, the platform plugin and the SVG icon engine at run time, so they
# are named by hand, and so is libsecret, which QtKeychain opens at run time
# (checked facts: /work/shared/DEBIAN-QT-NOTES.md).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the synopsis line itself;
# repeating it here would be a lintian error (description-synopsis-is-duplicated).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Fairwell helps a customer success team offboard departing customers well.
Each departure is a case with one owner and a playbook: a personal call, the
customer's exit reasons in their own words, a thank-you note, a full export of
their data and, where the customer agreed, a win-back check-in later.
Managers see why customers leave and what it costs; admins shape playbooks,
the exit-reason taxonomy, note templates, users and roles.
.
Leaving is easy: no tricks and no dark patterns. Fairwell works on a local
SQLite file or on a shared PostgreSQL database for the whole team.
.
License: GPL-3.0-or-later.")

include(CPack)
