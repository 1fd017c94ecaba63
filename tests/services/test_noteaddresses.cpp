// SPDX-License-Identifier: GPL-3.0-or-later
// The mail addresses a note takes, and a list written as people write it.
#include "services/noteaddresses.h"
#include "services/notemail.h"

#include <gtest/gtest.h>

using namespace fairwell;

TEST(NoteAddresses, TakesWhatAServerTakes)
{
    for (const char *good : {"maria@acme.example", "m.keller+notes@mail.acme-gmbh.de", "o'brien@example.ie",
                             "x@a.bc", "info@müller-söhne.de"})
        EXPECT_TRUE(NoteAddresses::isValidAddress(QString::fromUtf8(good))) << good;
    for (const char *bad : {"", "maria", "maria@", "@acme.example", "maria@localhost", "maria@@acme.example",
                            "ma ria@acme.example", "maria@acme..example", ".maria@acme.example", "maria.@acme.example",
                            "maria@-acme.example", "maria@acme.example\r\nBcc: x@y.example", "märia@acme.example",
                            "<maria@acme.example>", "maria@acme.example,ben@acme.example"})
        EXPECT_FALSE(NoteAddresses::isValidAddress(QString::fromUtf8(bad))) << bad;
    EXPECT_FALSE(NoteAddresses::isValidAddress(QString(65, QLatin1Char('a')) + QStringLiteral("@acme.example")))
        << "a local part of 65 characters";
    EXPECT_TRUE(NoteAddresses::isValidName(QStringLiteral("Müller & Söhne, \"Berlin\"")));
    EXPECT_FALSE(NoteAddresses::isValidName(QStringLiteral("Maria\nBcc: x@y.example")));
}

TEST(NoteAddresses, ReadsAndWritesAListAsPeopleWriteIt)
{
    auto list = NoteAddresses::parseList(
        QStringLiteral(" Maria Keller <maria@acme.example>; ben@acme.example, \"Berg, Anna\" <anna@acme.example>,"));
    ASSERT_TRUE(list.has_value()) << list.error().text().toStdString();
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0), (MailAddress{QStringLiteral("Maria Keller"), QStringLiteral("maria@acme.example")}));
    EXPECT_EQ(list->at(1), (MailAddress{QString(), QStringLiteral("ben@acme.example")}));
    EXPECT_EQ(list->at(2), (MailAddress{QStringLiteral("Berg, Anna"), QStringLiteral("anna@acme.example")}));
    const QString written = NoteAddresses::formatList(*list);
    EXPECT_EQ(written, QStringLiteral("Maria Keller <maria@acme.example>, ben@acme.example, "
                                      "\"Berg, Anna\" <anna@acme.example>"));
    auto again = NoteAddresses::parseList(written);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(*again, *list);
    EXPECT_TRUE(NoteAddresses::parseList(QStringLiteral("  ")).value().isEmpty());

    auto bad = NoteAddresses::parseList(QStringLiteral("maria@acme.example, ben@"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("\"ben@\""))) << bad.error().message.toStdString();
    EXPECT_FALSE(NoteAddresses::parseList(QStringLiteral("Maria <maria@acme.example> x")).has_value());
}

TEST(NoteMail, AMessageIdCarriesTheDomainOfTheFromAddress)
{
    const QString id = NoteMail::newMessageId(QStringLiteral("thanks@Fairwell-Test.example"));
    EXPECT_TRUE(id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1String("@fairwell-test.example>")))
        << id.toStdString();
    EXPECT_NE(id, NoteMail::newMessageId(QStringLiteral("thanks@fairwell-test.example")));
    EXPECT_TRUE(NoteMail::newMessageId({}).endsWith(QLatin1String("@fairwell.invalid>")));
    EXPECT_TRUE(NoteMail::newMessageId(QStringLiteral("thanks@müller.de")).endsWith(QLatin1String("@xn--mller-kva.de>")));
}
