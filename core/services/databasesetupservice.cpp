// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/databasesetupservice.h"

#include "demo/defaultcontent.h"
#include "services/audittrail.h"
#include "services/peopleservice.h"
#include "session/jobcontrol.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/userrepository.h"

namespace fairwell {

namespace {

// The audit log's entity for changes to the database as a whole.
QString databaseEntity()
{
    return QStringLiteral("database");
}

} // namespace

Result<DatabaseSetupService::Opened> DatabaseSetupService::open(const OpenRequest &request,
                                                                 const JobControl &control)
{
    Database::Options options;
    options.createIfMissing = request.create;
    options.allowNetworkFileSystem = request.allowNetworkFileSystem;
    options.migrate = false;
    auto db = Database::open(request.spec, options);
    if (!db)
        return fail(db.error());
    auto before = (*db)->schemaVersion();
    if (!before)
        return fail(before.error());
    const Result<Migrator> &migrator = Migrator::bundled();
    if (!migrator)
        return fail(migrator.error());
    if (*before < migrator->latestVersion()) {
        control.reportProgress(-1, tr("Upgrading the database…"));
        if (auto migrated = migrator->migrate(**db); !migrated)
            return fail(migrated.error());
    }

    Opened opened;
    opened.outcome.schemaVersion = migrator->latestVersion();
    const bool isNew = *before == 0;
    if (isNew || request.create) {
        control.reportProgress(-1, tr("Adding the default exit reasons, playbooks and templates…"));
        if (auto installed = installDefaults(**db); !installed)
            return fail(installed.error());
        if ((*db)->isPostgres()) {
            if (auto admin = addLoginAsFirstAdmin(**db); !admin)
                return fail(admin.error());
        }
    }

    if (request.addDemoData) {
        if (control.isCancelled()) {
            opened.outcome.demoCancelled = true;
        } else {
            DemoOptions demo;
            demo.size = DemoSize::Small;
            demo.progress = [&control](int percent, const QString &stage) {
                control.reportProgress(percent, tr("Adding demo data: %1").arg(stage));
                return !control.isCancelled();
            };
            auto counts = addDemoData(**db, demo);
            if (!counts) {
                if (counts.error().code != ErrorCode::Cancelled)
                    return fail(counts.error());
                opened.outcome.demoCancelled = true;
            }
        }
    }

    auto actor = (*db)->isPostgres() ? PeopleService::actorForLogin(**db)
                                     : PeopleService::actorForLocalProfile(**db, request.localProfileId);
    if (!actor)
        return fail(actor.error());
    opened.outcome.actor = *actor;
    opened.database = std::move(*db);
    return opened;
}

Result<int> DatabaseSetupService::probe(const DatabaseSpec &spec)
{
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(spec, options);
    if (!db)
        return fail(db.error());
    return (*db)->schemaVersion();
}

Status DatabaseSetupService::installDefaults(Database &db)
{
    return db.write([&]() -> Status {
        if (auto installed = DefaultContent::install(db); !installed)
            return installed;
        return AuditTrail(db, Actor{}).inserted(databaseEntity(), 0,
                                                {{QStringLiteral("default_content"), QStringLiteral("installed")}});
    });
}

Status DatabaseSetupService::addLoginAsFirstAdmin(Database &db)
{
    return db.write([&]() -> Status {
        auto query = db.exec(QStringLiteral("SELECT current_user"));
        if (!query)
            return fail(query.error());
        const QString login = query->next() ? query->value(0).toString() : QString();
        UserRepository users(db);
        auto existing = users.findByLogin(login);
        if (existing)
            return {};
        if (existing.error().code != ErrorCode::NotFound)
            return fail(existing.error());
        User admin;
        admin.login = login;
        admin.displayName = login;
        admin.role = UserRole::Admin;
        if (auto id = users.add(admin); !id)
            return fail(id.error());
        return AuditTrail(db, Actor{}).inserted(QStringLiteral("user"), admin.id,
                                                {{QStringLiteral("login"), admin.login},
                                                 {QStringLiteral("role"), toString(admin.role)}});
    });
}

Result<DemoCounts> DatabaseSetupService::addDemoData(Database &db, const DemoOptions &options)
{
    auto counts = DemoGenerator::generate(db, options);
    if (!counts)
        return counts;
    // One record for the whole set: the demo rows are made-up history, and
    // a row each would double the largest set for nothing.
    auto audited = db.write([&]() -> Status {
        return AuditTrail(db, Actor{}).inserted(
            databaseEntity(), 0,
            {{QStringLiteral("demo_data"), QStringLiteral("added")},
             {QStringLiteral("seed"), QString::number(options.seed)},
             {QStringLiteral("accounts"), counts->accounts},
             {QStringLiteral("cases"), counts->cases},
             {QStringLiteral("users"), counts->users}});
    });
    if (!audited)
        return fail(audited.error());
    return counts;
}

} // namespace fairwell
