// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasespec.h"

#include <QUrl>
#include <QUrlQuery>

namespace fairwell {

namespace {

// Splits "key=value key='quoted value'" as libpq does.
Result<QList<std::pair<QString, QString>>> splitKeyValues(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n || text.at(i) != QLatin1Char('='))
            return fail(ErrorCode::InvalidInput,
                        DatabaseSpec::tr("The connection string is missing \"=\" after \"%1\".").arg(key));
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return fail(ErrorCode::InvalidInput,
                            DatabaseSpec::tr("The value of \"%1\" in the connection string has no closing quote.").arg(key));
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n)
                    value += text.at(i++);
                else
                    value += c;
            }
        }
        pairs.append({key, value});
    }
    return pairs;
}

QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

Status applyKey(DatabaseSpec &spec, const QString &key, const QString &value)
{
    if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
        spec.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return fail(ErrorCode::InvalidInput,
                        DatabaseSpec::tr("\"%1\" is not a port number (1 to 65535).").arg(value));
        spec.port = port;
    } else if (key == QLatin1String("dbname")) {
        spec.databaseName = value;
    } else if (key == QLatin1String("user")) {
        spec.user = value;
    } else if (key == QLatin1String("password")) {
        spec.password = value;
    } else if (key == QLatin1String("connect_timeout")) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 0)
            return fail(ErrorCode::InvalidInput,
                        DatabaseSpec::tr("\"%1\" is not a number of seconds.").arg(value));
        spec.connectTimeoutSeconds = seconds;
    } else {
        return fail(ErrorCode::InvalidInput,
                    DatabaseSpec::tr("The connection string has an unknown key \"%1\". Fairwell understands "
                       "host, port, dbname, user, password and connect_timeout.").arg(key));
    }
    return {};
}

} // namespace

DatabaseSpec DatabaseSpec::sqlite(const QString &path)
{
    DatabaseSpec spec;
    spec.kind = Kind::Sqlite;
    spec.path = path;
    return spec;
}

Result<DatabaseSpec> DatabaseSpec::fromConninfo(const QString &conninfo)
{
    DatabaseSpec spec;
    spec.kind = Kind::Postgres;
    const QString text = conninfo.trimmed();
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(ErrorCode::InvalidInput, DatabaseSpec::tr("\"%1\" is not a valid PostgreSQL address.").arg(text));
        spec.host = url.host();
        spec.port = url.port(5432);
        spec.user = url.userName();
        spec.password = url.password();
        spec.databaseName = url.path().mid(1);
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (auto applied = applyKey(spec, key, value); !applied)
                return fail(applied.error());
        }
    } else {
        auto pairs = splitKeyValues(text);
        if (!pairs)
            return fail(pairs.error());
        for (const auto &[key, value] : *pairs) {
            if (auto applied = applyKey(spec, key, value); !applied)
                return fail(applied.error());
        }
    }
    if (spec.databaseName.isEmpty())
        return fail(ErrorCode::InvalidInput, DatabaseSpec::tr("The connection string names no database (dbname=…)."));
    return spec;
}

QString DatabaseSpec::toConninfo(bool withPassword) const
{
    QStringList parts;
    parts << QLatin1String("host=") + quoted(host) << QLatin1String("port=") + QString::number(port)
          << QLatin1String("dbname=") + quoted(databaseName);
    if (!user.isEmpty())
        parts << QLatin1String("user=") + quoted(user);
    if (withPassword && !password.isEmpty())
        parts << QLatin1String("password=") + quoted(password);
    return parts.join(QLatin1Char(' '));
}

QString DatabaseSpec::displayName() const
{
    if (kind == Kind::Sqlite)
        return path;
    if (user.isEmpty())
        return DatabaseSpec::tr("%1 on %2:%3").arg(databaseName, host).arg(port);
    return DatabaseSpec::tr("%1 on %2:%3 as %4").arg(databaseName, host).arg(port).arg(user);
}

} // namespace fairwell
