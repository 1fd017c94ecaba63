// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefixture.h"

#include "storage/database.h"

#include <QDate>

namespace fairwell::test {

Status insertNumberedCases(Database &db, int count)
{
    return db.write([&]() -> Status {
        for (const QVariantList &user : {QVariantList{1, QStringLiteral("ada"), QStringLiteral("Ada Park")},
                                         QVariantList{2, QStringLiteral("ben"), QStringLiteral("Ben Cole")}}) {
            auto inserted = db.exec(QStringLiteral("INSERT INTO users (id, login, display_name, role) "
                                                   "VALUES (?, ?, ?, 'rep')"),
                                    user);
            if (!inserted)
                return fail(inserted.error());
        }
        auto account = db.prepare(QStringLiteral(
            "INSERT INTO accounts (id, external_id, name, segment, plan, mrr_minor, currency, customer_since) "
            "VALUES (?, ?, ?, 'smb', 'Starter', ?, 'EUR', ?)"));
        auto kase = db.prepare(QStringLiteral(
            "INSERT INTO cases (id, account_id, owner_id, status, opened_on, closed_on, outcome) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        auto checkin = db.prepare(QStringLiteral(
            "INSERT INTO winback_checkins (case_id, due_on, status) VALUES (?, ?, 'planned')"));
        if (!account || !kase || !checkin)
            return fail(!account ? account.error() : !kase ? kase.error() : checkin.error());
        const QDate start(2024, 1, 1);
        for (int n = 1; n <= count; ++n) {
            const QString number = QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
            if (auto done = db.run(*account, {n, QString(QStringLiteral("EXT-") + number), QString(QStringLiteral("Account ") + number),
                                              n * 100, sqlDate(QDate(2020, 1, 1))});
                !done)
                return done;
            const bool open = n % 2 == 0;
            const QDate opened = start.addDays(n);
            if (auto done = db.run(*kase, {n, n, n % 3 == 0 ? 1 : 2,
                                           open ? QStringLiteral("open") : QStringLiteral("closed"), sqlDate(opened),
                                           open ? sqlDate(QDate()) : sqlDate(opened.addDays(30)),
                                           open ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(QStringLiteral("churned"))});
                !done)
                return done;
            if (!open && n % 10 == 1)
                if (auto done = db.run(*checkin, {n, sqlDate(opened.addDays(120))}); !done)
                    return done;
        }
        return {};
    });
}

} // namespace fairwell::test
