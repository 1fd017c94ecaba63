// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demo/bulkinserter.h"
#include "demo/defaultcontent.h"
#include "demo/democalendar.h"
#include "demo/democasecomposer.h"
#include "demo/demoplan.h"
#include "demo/demorandom.h"
#include "demo/demotext.h"
#include "storage/database.h"

#include <QTimeZone>

#include <algorithm>

namespace fairwell {

namespace {

enum Stream : quint64 { NamesStream = 201, DetailsStream = 202, UsageStream = 203 };

// A few thousand rows a transaction: large enough that commits cost little,
// small enough to report progress and cancel often.
constexpr int AccountsPerBatch = 2000;
constexpr int CasesPerBatch = 300;
constexpr int UsageAccountsPerBatch = 600;

DemoPlan::Sizes sizesFor(DemoSize size, int scale)
{
    DemoPlan::Sizes sizes;
    if (size == DemoSize::Large) {
        sizes.admins = 3;
        sizes.managers = 10;
        sizes.reps = 87;
        sizes.accounts = 200000;
        sizes.cases = 49000; // and about a thousand returning customers' later cases
    } else {
        sizes.admins = 1;
        sizes.managers = 2;
        sizes.reps = 9;
        sizes.accounts = 2000;
        sizes.cases = 490;
    }
    sizes.accounts *= std::max(1, scale);
    sizes.cases *= std::max(1, scale);
    return sizes;
}

qint64 maxId(Database &db, const QString &table, Error *error)
{
    auto query = db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    if (!query) {
        *error = query.error();
        return 0;
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

// One generation, from the empty database to the last row.
class Generation
{
public:
    Generation(Database &db, const DemoOptions &options)
        : m_db(db)
        , m_options(options)
        , m_today(options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate())
        , m_yesterday(m_today.addDays(-1))
        , m_calendar(m_today.addDays(-4200), m_today.addDays(800))
    {
    }

    Result<DemoCounts> run();

private:
    Status refuseNonEmpty();
    Status readIdBases();
    Status writeUsers();
    Status writeAccounts();
    Status writeCases();
    Status writeUsage();
    Status finish();
    void removeWhatWasWritten();

    bool report(int percent, const QString &stage);
    Status cancelled() const;

    Database &m_db;
    const DemoOptions &m_options;
    QDate m_today;
    QDate m_yesterday;
    DemoCalendar m_calendar;
    DemoCatalog m_catalog;
    DemoPlan m_plan;
    std::vector<qint64> m_userIds;
    std::vector<DemoCaseComposer::AccountFacts> m_facts;
    DemoCounts m_counts;
    bool m_wroteRows = false;
    int m_lastPercent = -1;

    qint64 m_userBase = 0, m_accountBase = 0, m_contactBase = 0, m_caseBase = 0, m_taskBase = 0, m_callBase = 0,
           m_feedbackBase = 0, m_alternativeBase = 0, m_noteBase = 0, m_winbackBase = 0, m_usageBase = 0;
    DemoCaseComposer::NextIds m_next;
};

bool Generation::report(int percent, const QString &stage)
{
    if (!m_options.progress)
        return true;
    m_lastPercent = percent;
    return m_options.progress(std::clamp(percent, 0, 100), stage);
}

Status Generation::cancelled() const
{
    return fail(ErrorCode::Cancelled,
                DemoGenerator::tr("Creating the demo data was cancelled. The rows written so far were removed."),
                m_db.spec().displayName());
}

Status Generation::refuseNonEmpty()
{
    for (const QString &table : {QStringLiteral("accounts"), QStringLiteral("cases")}) {
        auto query = m_db.exec(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" LIMIT 1"));
        if (!query)
            return fail(query.error());
        if (query->next())
            return fail(ErrorCode::InvalidInput,
                        DemoGenerator::tr("This database already holds accounts or cases, so no demo data was "
                                          "added. Demo data goes only into a new, empty database."),
                        m_db.spec().displayName());
    }
    return {};
}

Status Generation::readIdBases()
{
    Error error;
    m_userBase = maxId(m_db, QStringLiteral("users"), &error);
    m_accountBase = maxId(m_db, QStringLiteral("accounts"), &error);
    m_contactBase = maxId(m_db, QStringLiteral("contacts"), &error);
    m_caseBase = maxId(m_db, QStringLiteral("cases"), &error);
    m_taskBase = maxId(m_db, QStringLiteral("tasks"), &error);
    m_callBase = maxId(m_db, QStringLiteral("calls"), &error);
    m_feedbackBase = maxId(m_db, QStringLiteral("exit_feedback"), &error);
    m_alternativeBase = maxId(m_db, QStringLiteral("alternatives_offered"), &error);
    m_noteBase = maxId(m_db, QStringLiteral("notes"), &error);
    m_winbackBase = maxId(m_db, QStringLiteral("winback_checkins"), &error);
    m_usageBase = maxId(m_db, QStringLiteral("usage_events"), &error);
    if (!error.message.isEmpty())
        return fail(error);
    m_next = {m_taskBase, m_callBase, m_feedbackBase, m_alternativeBase, m_noteBase, m_winbackBase};
    return {};
}

Status Generation::writeUsers()
{
    // Logins already taken (an admin's own account on a shared server) get a
    // number, as a real directory would do.
    QStringList taken;
    auto existing = m_db.exec(QStringLiteral("SELECT login FROM users"));
    if (!existing)
        return fail(existing.error());
    while (existing->next())
        taken.append(existing->value(0).toString());

    const QVariant joined = m_calendar.instant(m_today.addDays(-1200), 9 * 3600);
    return m_db.write([&]() -> Status {
        BulkInserter users(m_db, QStringLiteral("users"),
                           {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("display_name"),
                            QStringLiteral("email"), QStringLiteral("role"), QStringLiteral("active"),
                            QStringLiteral("created_at")});
        for (size_t i = 0; i < m_plan.users.size(); ++i) {
            const DemoPlan::User &user = m_plan.users[i];
            QString login = user.login;
            while (taken.contains(login))
                login += QLatin1Char('_');
            const qint64 id = m_userBase + qint64(i) + 1;
            m_userIds.push_back(id);
            if (auto added = users.add(id, login, user.name, login + QStringLiteral("@fairwell-team.example"),
                                       user.role, true, joined);
                !added)
                return added;
        }
        if (auto flushed = users.flush(); !flushed)
            return flushed;
        m_counts.users = users.rowsWritten();
        return {};
    });
}

Status Generation::writeAccounts()
{
    const QString stage = DemoGenerator::tr("Creating accounts and contacts");
    DemoRandom random = DemoRandom::stream(m_options.seed, NamesStream);
    const QList<DemoText::Region> &regions = DemoText::regions();
    BulkInserter accounts(m_db, QStringLiteral("accounts"),
                          {QStringLiteral("id"), QStringLiteral("external_id"), QStringLiteral("name"),
                           QStringLiteral("segment"), QStringLiteral("plan"), QStringLiteral("mrr_minor"),
                           QStringLiteral("currency"), QStringLiteral("customer_since"), QStringLiteral("region"),
                           QStringLiteral("language"), QStringLiteral("owner_id"), QStringLiteral("created_at"),
                           QStringLiteral("updated_at")});
    BulkInserter contacts(m_db, QStringLiteral("contacts"),
                          {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("name"),
                           QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("title"),
                           QStringLiteral("is_primary")});
    m_facts.resize(m_plan.accounts.size());
    qint64 nextContact = m_contactBase;
    QVariantList contactRows;

    const int total = int(m_plan.accounts.size());
    for (int start = 0; start < total; start += AccountsPerBatch) {
        const int end = std::min(total, start + AccountsPerBatch);
        contactRows.clear();
        auto written = m_db.write([&]() -> Status {
            for (int i = start; i < end; ++i) {
                const DemoPlan::Account &account = m_plan.accounts[size_t(i)];
                const DemoText::Region &region = regions.at(account.region);
                DemoCaseComposer::AccountFacts &facts = m_facts[size_t(i)];
                const qint64 id = m_accountBase + i + 1;
                facts.name = DemoText::companyName(random, region);
                const QString domain = QLatin1Char('@') + DemoText::companyDomain(facts.name, region);

                const QDate lastChange = account.lastCase >= 0
                                             ? std::max(m_plan.cases[size_t(account.lastCase)].openedOn,
                                                        m_plan.cases[size_t(account.lastCase)].closedOn)
                                             : account.customerSince;
                const QVariant created = m_calendar.instant(account.customerSince, int(random.between(28800, 61200)));
                const QVariant updated = lastChange > account.customerSince
                                             ? m_calendar.instant(lastChange, int(random.between(28800, 61200)))
                                             : created;
                if (auto added = accounts.add(id, QStringLiteral("CRM-%1").arg(100000 + i + 1), facts.name,
                                              DemoPlan::segments().at(account.segment), account.plan,
                                              account.mrrMinor, region.currency,
                                              m_calendar.date(account.customerSince), region.name,
                                              region.language, m_userIds[size_t(account.owner)], created, updated);
                    !added)
                    return added;

                // A primary contact, often a second one.
                const int people = 1 + (random.perMille(450) ? 1 : 0) + (account.segment == 2 ? 1 : 0);
                for (int k = 0; k < people; ++k) {
                    // Most people carry the region's names; teams are mixed.
                    const auto names = random.perMille(850) ? region.names : DemoText::Names::English;
                    const QString first = DemoText::firstName(random, names);
                    const QString last = DemoText::lastName(random, names);
                    const QString name = first + QLatin1Char(' ') + last;
                    const QString email = DemoText::emailLocalPart(first, last) + domain;
                    const qint64 contactId = ++nextContact;
                    if (k == 0) {
                        facts.contactFirstName = first;
                        facts.contactName = name;
                        facts.contactEmail = email;
                        facts.primaryContactId = contactId;
                    } else if (k == 1) {
                        facts.otherContactId = contactId;
                    }
                    contactRows << contactId << id << name << email << DemoText::phoneNumber(random, region)
                                << DemoText::jobTitle(random, k == 0 && random.perMille(600)) << (k == 0);
                }
            }
            if (auto flushed = accounts.flush(); !flushed)
                return flushed;
            if (auto added = contacts.addRows(contactRows); !added)
                return added;
            return contacts.flush();
        });
        if (!written)
            return written;
        m_wroteRows = true;
        if (!report(3 + 22 * end / std::max(1, total), stage))
            return cancelled();
    }
    m_counts.accounts = accounts.rowsWritten();
    return {};
}

Status Generation::writeCases()
{
    const QString stage = DemoGenerator::tr("Creating cases, calls and notes");
    DemoRandom random = DemoRandom::stream(m_options.seed, DetailsStream);
    auto columns = [](const char *names) { return QString::fromLatin1(names).split(QLatin1Char(',')); };
    BulkInserter cases(m_db, QStringLiteral("cases"),
                       columns("id,account_id,owner_id,playbook_id,origin,status,opened_on,effective_on,closed_on,"
                               "outcome,mrr_lost_minor,currency,returned_from_case_id,version,created_at,updated_at"));
    BulkInserter tasks(m_db, QStringLiteral("tasks"),
                       columns("id,case_id,step_id,position,kind,title,help_text,owner_role,assignee_id,due_on,"
                               "required,status,completed_at,completed_by,version"));
    BulkInserter calls(m_db, QStringLiteral("calls"),
                       columns("id,case_id,user_id,contact_id,called_at,duration_seconds,direction,outcome,summary,"
                               "next_follow_up_on,follow_up_task_id"));
    BulkInserter feedback(m_db, QStringLiteral("exit_feedback"),
                          columns("id,case_id,primary_reason_id,verbatim,satisfaction,competitor,would_return,"
                                  "may_contact_later,recorded_by,recorded_at"));
    BulkInserter feedbackReasons(m_db, QStringLiteral("exit_feedback_reasons"), columns("feedback_id,reason_id"));
    BulkInserter alternatives(m_db, QStringLiteral("alternatives_offered"),
                              columns("id,case_id,kind,description,response,offered_by,offered_at"));
    BulkInserter notes(m_db, QStringLiteral("notes"),
                       columns("id,case_id,template_id,author_id,recipient_name,recipient_email,subject,body,state,"
                               "delivery,message_id,attempts,last_error,queued_at,sent_at,version,created_at,"
                               "updated_at"));
    BulkInserter winbacks(m_db, QStringLiteral("winback_checkins"),
                          columns("id,case_id,due_on,assignee_id,status,outcome,notes,completed_at,version"));

    const DemoCaseComposer::Context context{m_plan, m_catalog, m_facts, m_userIds, m_calendar,
                                            m_today, m_accountBase, m_caseBase};
    DemoCaseComposer composer(context, m_next);
    const int total = int(m_plan.cases.size());
    for (int start = 0; start < total; start += CasesPerBatch) {
        const int end = std::min(total, start + CasesPerBatch);
        DemoCaseComposer::Rows rows;
        for (int i = start; i < end; ++i)
            composer.compose(i, rows, random);
        auto written = m_db.write([&]() -> Status {
            const std::pair<BulkInserter *, const QVariantList *> order[] = {
                {&cases, &rows.cases},       {&tasks, &rows.tasks},
                {&calls, &rows.calls},       {&feedback, &rows.feedback},
                {&feedbackReasons, &rows.feedbackReasons}, {&alternatives, &rows.alternatives},
                {&notes, &rows.notes},       {&winbacks, &rows.winbacks}};
            for (const auto &[inserter, values] : order) {
                if (auto added = inserter->addRows(*values); !added)
                    return added;
                if (auto flushed = inserter->flush(); !flushed)
                    return flushed;
            }
            return {};
        });
        if (!written)
            return written;
        if (!report(25 + 35 * end / std::max(1, total), stage))
            return cancelled();
    }
    m_counts.cases = cases.rowsWritten();
    m_counts.calls = composer.callsComposed();
    m_counts.notes = notes.rowsWritten();
    return {};
}

Status Generation::writeUsage()
{
    const QString stage = DemoGenerator::tr("Creating usage history");
    DemoRandom random = DemoRandom::stream(m_options.seed, UsageStream);
    BulkInserter usage(m_db, QStringLiteral("usage_events"),
                       {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("occurred_on"),
                        QStringLiteral("logins"), QStringLiteral("active_seats"), QStringLiteral("key_actions")});
    qint64 nextId = m_usageBase;
    QVariantList rows;
    const int total = int(m_plan.accounts.size());
    for (int start = 0; start < total; start += UsageAccountsPerBatch) {
        const int end = std::min(total, start + UsageAccountsPerBatch);
        rows.clear();
        for (int i = start; i < end; ++i) {
            const DemoPlan::Account &account = m_plan.accounts[size_t(i)];
            // The series ends when the customer left, or yesterday; it
            // declines before a departure (and for a few quiet accounts
            // nobody has noticed yet), and recovers after a save.
            QDate endDay = m_yesterday;
            bool declining = account.quietlyAtRisk;
            if (account.lastCase >= 0) {
                const DemoPlan::Case &c = m_plan.cases[size_t(account.lastCase)];
                if (!c.isClosed()) {
                    declining = true;
                } else if (c.outcome == QLatin1String("churned")) {
                    declining = true;
                    endDay = std::min(m_yesterday, std::max(c.closedOn, c.effectiveOn));
                } else {
                    declining = false;
                }
            }
            const int points = int(random.between(6, 14));
            const int stride = account.dailyUsage ? 1 : 7;
            if (!account.dailyUsage)
                endDay = endDay.addDays(-(endDay.dayOfWeek() - 1)); // weekly figures are for the week from Monday
            for (int p = 0; p < points; ++p) {
                const QDate day = endDay.addDays(-qint64(points - 1 - p) * stride);
                if (day < account.customerSince)
                    continue;
                // Level in per mille of the account's normal activity.
                const int fromEnd = points - 1 - p;
                int level = 1000;
                if (declining && fromEnd < 6)
                    level = 1000 - (6 - fromEnd) * 120;
                const int seats = int(qint64(account.seats) * level * random.between(70, 100) / 100000);
                const int logins = seats * int(account.dailyUsage ? random.between(1, 2) : random.between(3, 6));
                const int actions = logins * int(random.between(2, 9));
                rows << ++nextId << m_accountBase + i + 1 << m_calendar.date(day) << logins << seats << actions;
            }
        }
        auto written = m_db.write([&]() -> Status {
            if (auto added = usage.addRows(rows); !added)
                return added;
            return usage.flush();
        });
        if (!written)
            return written;
        if (!report(60 + 38 * end / std::max(1, total), stage))
            return cancelled();
    }
    m_counts.usageEvents = usage.rowsWritten();
    return {};
}

Status Generation::finish()
{
    if (!m_db.isPostgres()) {
        // Statistics for the planner: with them SQLite reads the queue's
        // sort indexes (migration 5) instead of guessing between them.
        if (auto analysed = m_db.exec(QStringLiteral("ANALYZE")); !analysed)
            return fail(analysed.error());
        return {};
    }
    // Rows came with their ids; move each identity past them so the next
    // row a user adds does not collide.
    for (const char *table : {"users", "accounts", "contacts", "cases", "tasks", "calls", "exit_feedback",
                              "alternatives_offered", "notes", "winback_checkins", "usage_events"}) {
        const QString name = QString::fromLatin1(table);
        auto moved = m_db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                              "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                   .arg(name));
        if (!moved)
            return fail(moved.error());
    }
    // Fresh statistics, so the planner knows the tables are no longer empty,
    // and a visibility map, so the queue's counts read an index alone
    // instead of each row (a count of the closed cases: 3 ms, not 12).
    if (auto analysed = m_db.exec(QStringLiteral("VACUUM (ANALYZE)")); !analysed)
        return fail(analysed.error());
    return {};
}

void Generation::removeWhatWasWritten()
{
    // The database held no accounts and no cases when this run started, so
    // every row below them is ours. Removing them table by table with the
    // foreign-key checks off (SQLite) or by TRUNCATE (PostgreSQL) takes
    // seconds, where row-by-row cascades would take many minutes.
    static const char *tables[] = {"usage_events", "winback_checkins", "notes", "alternatives_offered",
                                   "exit_feedback_reasons", "exit_feedback", "calls", "tasks", "cases",
                                   "contacts", "accounts"};
    if (m_db.isPostgres()) {
        QStringList names;
        for (const char *table : tables)
            names.append(QString::fromLatin1(table));
        m_db.write([&]() -> Status {
            if (auto truncated = m_db.exec(QStringLiteral("TRUNCATE ") + names.join(QLatin1String(", "))); !truncated)
                return fail(truncated.error());
            auto users = m_db.exec(QStringLiteral("DELETE FROM users WHERE id > ?"), {m_userBase});
            return users ? Status{} : fail(users.error());
        });
        return;
    }
    m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    m_db.write([&]() -> Status {
        for (const char *table : tables) {
            if (auto deleted = m_db.exec(QStringLiteral("DELETE FROM ") + QString::fromLatin1(table)); !deleted)
                return fail(deleted.error());
        }
        auto users = m_db.exec(QStringLiteral("DELETE FROM users WHERE id > ?"), {m_userBase});
        return users ? Status{} : fail(users.error());
    });
    m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Result<DemoCounts> Generation::run()
{
    if (!report(0, DemoGenerator::tr("Installing default content")))
        return fail(cancelled().error());
    if (auto refused = refuseNonEmpty(); !refused)
        return fail(refused.error());
    // The defaults carry the data's own time, so two runs match to the byte.
    const QDateTime installedAt(m_today.addDays(-1200), QTime(9, 0), QTimeZone::utc());
    if (auto installed = DefaultContent::install(m_db, DefaultContent::resourceFolder(), installedAt); !installed)
        return fail(installed.error());
    auto catalog = DemoCatalog::load(m_db);
    if (!catalog)
        return fail(catalog.error());
    m_catalog = std::move(*catalog);
    if (auto bases = readIdBases(); !bases)
        return fail(bases.error());

    const DemoPlan::Sizes sizes = sizesFor(m_options.size, m_options.scale);
    m_plan = DemoPlan::make(m_catalog, sizes, m_options.seed, m_today);
    if (!report(2, DemoGenerator::tr("Creating the team")))
        return fail(cancelled().error());

    // A bigger page cache keeps the indexes of the bulk load in memory, and
    // fewer, larger checkpoints copy the journal into the file less often.
    QVariant cacheSize, checkpointPages;
    if (!m_db.isPostgres()) {
        if (auto current = m_db.exec(QStringLiteral("PRAGMA cache_size")); current && current->next())
            cacheSize = current->value(0);
        if (auto current = m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint")); current && current->next())
            checkpointPages = current->value(0);
        m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
    }

    Status status = writeUsers();
    if (status) {
        m_wroteRows = true;
        status = writeAccounts();
    }
    if (status)
        status = writeCases();
    if (status)
        status = writeUsage();
    if (status) {
        report(98, DemoGenerator::tr("Finishing"));
        status = finish();
    }

    if (!status && m_wroteRows)
        removeWhatWasWritten();
    if (cacheSize.isValid())
        m_db.exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(cacheSize.toLongLong()));
    if (checkpointPages.isValid()) {
        m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = ") + QString::number(checkpointPages.toLongLong()));
        // Leave a small journal behind, not the last batches' megabytes.
        m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!status)
        return fail(status.error());
    report(100, DemoGenerator::tr("Finishing"));
    return m_counts;
}

} // namespace

std::optional<DemoSize> demoSizeFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("small"))
        return DemoSize::Small;
    if (key == QLatin1String("large"))
        return DemoSize::Large;
    return std::nullopt;
}

Result<DemoCounts> DemoGenerator::generate(Database &db, const DemoOptions &options)
{
    if (db.inTransaction())
        return fail(ErrorCode::InvalidInput,
                    tr("Demo data is written in batches of its own and cannot join an open transaction."));
    Generation generation(db, options);
    return generation.run();
}

} // namespace fairwell
