# SPDX-License-Identifier: GPL-3.0-or-later
# The repositories, one per entity, and the helper they share. Included by
# core/storage/CMakeLists.txt, so paths are relative to core/storage/.
target_sources(fairwell_core PRIVATE
    repositorysupport.h repositorysupport.cpp
    auditrepository.h auditrepository.cpp
    userrepository.h userrepository.cpp
    accountrepository.h accountrepository.cpp
    contactrepository.h contactrepository.cpp
    reasoncategoryrepository.h reasoncategoryrepository.cpp
    exitreasonrepository.h exitreasonrepository.cpp
    playbookrepository.h playbookrepository.cpp
    playbooksteprepository.h playbooksteprepository.cpp
    caserepository.h caserepository.cpp
    taskrepository.h taskrepository.cpp
    callrepository.h callrepository.cpp
    exitfeedbackrepository.h exitfeedbackrepository.cpp
    alternativeofferedrepository.h alternativeofferedrepository.cpp
    notetemplaterepository.h notetemplaterepository.cpp
    noterepository.h noterepository.cpp
    settingsrepository.h settingsrepository.cpp
    winbackcheckinrepository.h winbackcheckinrepository.cpp
    usageeventrepository.h usageeventrepository.cpp
)
