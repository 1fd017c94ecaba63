// SPDX-License-Identifier: GPL-3.0-or-later
// Note templates and notes, which are also the outbox.
#include "repositorytest.h"

#include "storage/noterepository.h"
#include "storage/notetemplaterepository.h"

using namespace fairwell;
using namespace fairwell::test;

namespace {

class NoteRepositories : public RepositoryTest
{
};

} // namespace

TEST_P(NoteRepositories, TemplatesRoundTripAndConflict)
{
    NoteTemplateRepository templates(db());
    NoteTemplate t;
    t.name = QStringLiteral("Danke");
    t.language = QStringLiteral("de");
    t.subject = QStringLiteral("Danke, {{contact.name}}");
    t.body = QStringLiteral("Liebe/r {{contact.name}},\n\ndanke für {{account.years}} Jahre.");
    t.active = false;
    FW_ASSERT_OK(templates.add(t));
    NoteTemplate english;
    english.name = QStringLiteral("Thanks");
    english.subject = QStringLiteral("Thank you");
    english.body = QStringLiteral("Thank you.");
    FW_ASSERT_OK(templates.add(english));

    auto read = templates.findByName(QStringLiteral("Danke"));
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->id, t.id);
    EXPECT_EQ(read->language, QStringLiteral("de"));
    EXPECT_EQ(read->subject, t.subject);
    EXPECT_EQ(read->body, t.body);
    EXPECT_FALSE(read->active);
    EXPECT_EQ(read->version, 1);
    EXPECT_EQ(read->createdAt, t.createdAt);
    EXPECT_EQ(read->updatedAt, t.updatedAt);

    auto active = templates.list(true);
    FW_ASSERT_OK(active);
    ASSERT_EQ(active->size(), 1);
    EXPECT_EQ(active->at(0).name, QStringLiteral("Thanks"));

    auto other = openOther();
    ASSERT_TRUE(other);
    expectSecondSaveConflicts<NoteTemplateRepository>(
        db(), *other, t.id, [](NoteTemplate &row, int who) { row.body = QStringLiteral("Text %1").arg(who); },
        [](const NoteTemplate &row) { EXPECT_EQ(row.body, QStringLiteral("Text 1")); });

    english.name = QStringLiteral("Danke");
    const Status taken = templates.update(english);
    ASSERT_FALSE(taken.has_value());
    EXPECT_EQ(taken.error().code, ErrorCode::UniqueViolation);
    EXPECT_EQ(english.version, 1);
}

TEST_P(NoteRepositories, NotesRoundTripAndTheOutboxOrder)
{
    const qint64 anna = addUser(QStringLiteral("anna"));
    const qint64 caseId = addCase(addAccount());
    NoteTemplate t;
    t.name = QStringLiteral("Thanks");
    t.subject = QStringLiteral("Thank you");
    t.body = QStringLiteral("Thank you.");
    FW_ASSERT_OK(NoteTemplateRepository(db()).add(t));

    NoteRepository notes(db());
    Note sent;
    sent.caseId = caseId;
    sent.templateId = t.id;
    sent.authorId = anna;
    sent.recipientName = QStringLiteral("Zed Zhang");
    sent.recipientEmail = QStringLiteral("zed@example.org");
    sent.subject = QStringLiteral("Thank you");
    sent.body = QStringLiteral("Dear Zed,\n\nthank you.");
    sent.state = NoteState::Sent;
    sent.delivery = NoteDelivery::Eml;
    sent.messageId = QStringLiteral("<1.fairwell@example.org>");
    sent.attempts = 2;
    sent.lastError = QStringLiteral("421 try later");
    sent.queuedAt = utc(2024, 3, 5, 8, 0, 0, 10);
    sent.sentAt = utc(2024, 3, 5, 8, 5, 0, 20);
    FW_ASSERT_OK(notes.add(sent));

    auto read = notes.findByMessageId(QStringLiteral("<1.fairwell@example.org>"));
    FW_ASSERT_OK(read);
    EXPECT_EQ(read->id, sent.id);
    EXPECT_EQ(read->caseId, caseId);
    EXPECT_EQ(read->templateId, t.id);
    EXPECT_EQ(read->authorId, anna);
    EXPECT_EQ(read->recipientName, sent.recipientName);
    EXPECT_EQ(read->recipientEmail, sent.recipientEmail);
    EXPECT_EQ(read->subject, sent.subject);
    EXPECT_EQ(read->body, sent.body);
    EXPECT_EQ(read->state, NoteState::Sent);
    EXPECT_EQ(read->delivery, NoteDelivery::Eml);
    EXPECT_EQ(read->attempts, 2);
    EXPECT_EQ(read->lastError, sent.lastError);
    EXPECT_EQ(read->queuedAt, utc(2024, 3, 5, 8, 0, 0, 10));
    EXPECT_EQ(read->sentAt, utc(2024, 3, 5, 8, 5, 0, 20));
    EXPECT_EQ(read->createdAt, sent.createdAt);

    // Drafts have no message id yet; several of them must fit despite UNIQUE.
    auto queue = [&](const QDateTime &queuedAt) {
        Note n;
        n.caseId = caseId;
        n.state = NoteState::Queued;
        n.queuedAt = queuedAt;
        auto id = notes.add(n);
        EXPECT_TRUE(id.has_value()) << id.error().text().toStdString();
        return n;
    };
    const Note second = queue(utc(2024, 3, 6, 12, 0, 0, 2));
    const Note first = queue(utc(2024, 3, 6, 12, 0, 0, 1));
    const Note third = queue(utc(2024, 3, 7, 0, 0, 0, 0));
    auto outbox = notes.listByState(NoteState::Queued, 2);
    FW_ASSERT_OK(outbox);
    ASSERT_EQ(outbox->size(), 2);
    EXPECT_EQ(outbox->at(0).id, first.id);
    EXPECT_EQ(outbox->at(1).id, second.id);
    EXPECT_TRUE(outbox->at(0).messageId.isEmpty());
    auto everything = notes.listByState(NoteState::Queued);
    FW_ASSERT_OK(everything);
    EXPECT_EQ(everything->size(), 3);

    auto ofCase = notes.listForCase(caseId);
    FW_ASSERT_OK(ofCase);
    EXPECT_EQ(ofCase->size(), 4);

    Note duplicate = third;
    duplicate.messageId = sent.messageId;
    const Status refused = notes.update(duplicate);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::UniqueViolation);

    // Two senders claim the same queued note: only one gets it.
    auto other = openOther();
    ASSERT_TRUE(other);
    expectSecondSaveConflicts<NoteRepository>(
        db(), *other, first.id,
        [](Note &row, int who) {
            row.state = NoteState::Sending;
            row.lastError = QStringLiteral("sender %1").arg(who);
        },
        [](const Note &row) { EXPECT_EQ(row.lastError, QStringLiteral("sender 1")); });
}

FW_ON_BOTH_BACKENDS(NoteRepositories);
