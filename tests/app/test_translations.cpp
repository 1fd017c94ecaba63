// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is complete and current: every message the code
// shows has a finished German text with the same placeholders, and no string
// in core/, ui/ or app/ is missing from the .ts file.
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool obsolete = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            current.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            // Plural forms nest <numerusform> elements.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

} // namespace

TEST(Translations, GermanIsCompleteWithMatchingPlaceholders)
{
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(FAIRWELL_SOURCE_DIR "/translations/fairwell_de.ts"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GT(messages.size(), 100);
    for (const Message &message : messages) {
        if (message.obsolete)
            continue;
        const std::string where = QString(message.context + QStringLiteral(": ") + message.source).toStdString();
        EXPECT_FALSE(message.unfinished) << where;
        EXPECT_FALSE(message.translation.trimmed().isEmpty()) << where;
        EXPECT_EQ(placeholders(message.source), placeholders(message.translation)) << where;
    }
}

TEST(Translations, EveryStringInTheCodeIsInTheTsFile)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString fresh = folder.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(FAIRWELL_SOURCE_DIR));
    lupdate.start(QStringLiteral(FAIRWELL_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-recursive"), QStringLiteral("core"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << "lupdate did not finish";
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QString error;
    const QList<Message> inCode = readTs(fresh, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QList<Message> inTs = readTs(QStringLiteral(FAIRWELL_SOURCE_DIR "/translations/fairwell_de.ts"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    QSet<QString> known;
    for (const Message &message : inTs) {
        if (!message.obsolete)
            known.insert(message.context + QChar(0) + message.source);
    }
    ASSERT_GT(inCode.size(), 100);
    for (const Message &message : inCode) {
        EXPECT_TRUE(known.contains(message.context + QChar(0) + message.source))
            << "not in fairwell_de.ts (run the update_translations target): " << message.context.toStdString()
            << ": " << message.source.toStdString();
    }
}
