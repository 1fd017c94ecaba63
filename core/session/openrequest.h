// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/actor.h"
#include "storage/databasespec.h"

#include <QMetaType>

namespace fairwell {

// What to open, and what to do to a new database first.
struct OpenRequest
{
    DatabaseSpec spec;
    bool create = false;         // a new SQLite file: create it and install the default content
    bool addDemoData = false;    // then fill it with the small demo set
    bool allowNetworkFileSystem = false;
    // Local files only: the profile this desk last worked as in this
    // database (0: none yet). PostgreSQL knows the person from the login.
    qint64 localProfileId = 0;
};

// What an open found.
struct OpenOutcome
{
    int schemaVersion = 0;
    // Who works in this session; invalid on a local file until the person
    // picks or creates a profile.
    Actor actor;
    bool demoCancelled = false;
};

} // namespace fairwell

Q_DECLARE_METATYPE(fairwell::OpenRequest)
