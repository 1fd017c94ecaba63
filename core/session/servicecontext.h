// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/actor.h"
#include "session/jobcontrol.h"

namespace fairwell {

class Database;

// Everything a service call needs, handed to it by the session's worker:
// the worker's own connection, the person acting, and the job's control.
// Lives for one call, on the worker thread.
struct ServiceContext
{
    Database &db;
    const Actor &actor;
    const JobControl &control;
};

} // namespace fairwell
