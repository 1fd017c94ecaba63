// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's state machine on both backends, with no transport at all:
// drafts saved as one types (never a case change), sending (queueing) and
// its checks, the sender's claim, outcomes and backoff, recovery after a
// crash, a person's decisions, who may do what, stale versions, the audit
// rows and case timeline lines of each step, the Outbox reads, the mail
// settings, and migration 9 (through 8) keeping the notes of version 7.
#include "caseworktest.h"

#include "services/mailsettingsservice.h"
#include "services/noteservice.h"
#include "services/outboxservice.h"
#include "storage/auditrepository.h"
#include "storage/migrator.h"
#include "storage/noterepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <set>
#include <thread>

using namespace fairwell;
using namespace fairwell::test;

namespace {

const QString kFrom = QStringLiteral("thanks@fairwell-test.example");

class NoteServiceTest : public CaseWorkTest
{
protected:
    void SetUp() override
    {
        CaseWorkTest::SetUp();
        if (HasFatalFailure())
            return;
        m_ada = addPerson(QStringLiteral("ada"), QStringLiteral("Ada Admin"), UserRole::Admin);
        ASSERT_TRUE(db().exec(QStringLiteral("UPDATE users SET email = ? WHERE id = ?"),
                              {QStringLiteral("anna.berg@fairwell-test.example"), m_anna})
                        .has_value());
        configureSmtp();
        m_case = startCase(m_anna);
        ASSERT_NE(m_case, 0);
    }

    void configureSmtp(const QString &host = QStringLiteral("smtp.fairwell-test.example"))
    {
        SmtpSettings settings;
        settings.host = host;
        settings.port = 587;
        settings.fromAddress = host.isEmpty() ? QString() : kFrom;
        const Actor admin = actorFor(m_ada);
        ServiceContext context{db(), admin, m_control};
        const Status saved = MailSettingsService(context).saveSmtpSettings(settings);
        ASSERT_TRUE(saved.has_value()) << saved.error().text().toStdString();
    }

    struct Services
    {
        Services(Database &db, const Actor &who, const JobControl &control, const OutboxPolicy &policy = {})
            : actor(who)
            , context{db, actor, control}
            , notes(context)
            , outbox(context, policy)
        {
        }
        Actor actor;
        ServiceContext context;
        NoteService notes;
        OutboxService outbox;
    };

    std::unique_ptr<Services> as(qint64 userId, Database *on = nullptr)
    {
        return std::make_unique<Services>(on ? *on : db(), actorFor(userId), m_control, m_policy);
    }

    NoteDraft fullDraft(qint64 caseId = 0) const
    {
        NoteDraft draft;
        draft.caseId = caseId ? caseId : m_case;
        draft.to = MailAddress{QStringLiteral("Maria Keller"), QStringLiteral("maria@acme.example")};
        draft.subject = QStringLiteral("Danke, Müller & Söhne 🙏");
        draft.body = QStringLiteral("Dear Maria,\n\nthank you for four good years.\n\nAnna");
        return draft;
    }

    // A draft of Anna's, queued; its ref after queueing.
    NoteRef queued(qint64 caseId = 0)
    {
        auto anna = as(m_anna);
        auto draft = anna->notes.saveDraft(fullDraft(caseId));
        EXPECT_TRUE(draft.has_value()) << draft.error().text().toStdString();
        if (!draft)
            return {};
        auto sent = anna->notes.queue(draft->id, draft->version);
        EXPECT_TRUE(sent.has_value()) << sent.error().text().toStdString();
        tick();
        return sent.value_or(NoteRef{});
    }

    // Lets the clock move on, so that steps recorded one after the other
    // never share a millisecond (the timeline and the Outbox sort by time).
    static void tick() { QThread::msleep(3); }

    Note note(qint64 id)
    {
        auto found = NoteRepository(db()).find(id);
        EXPECT_TRUE(found.has_value());
        return found.value_or(Note{});
    }

    // The "change" of each audit row of the note, oldest first.
    QStringList changes(qint64 noteId)
    {
        QStringList list;
        auto rows = AuditRepository(db()).listForEntity(NoteRepository::auditEntity(), noteId);
        EXPECT_TRUE(rows.has_value());
        for (const AuditEntry &row : rows.value_or(QList<AuditEntry>())) {
            const QString json = row.action == AuditAction::Delete ? row.beforeJson : row.afterJson;
            list.append(QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("change")).toString());
        }
        return list;
    }

    QStringList noteTimeline(qint64 caseId = 0)
    {
        auto detail = desk(m_anna)->work.detail(caseId ? caseId : m_case);
        EXPECT_TRUE(detail.has_value()) << detail.error().text().toStdString();
        QStringList titles;
        for (const TimelineEntry &e : detail ? detail->timeline : QList<TimelineEntry>()) {
            if (e.kind == TimelineEntry::Kind::Note)
                titles.append(e.title);
        }
        return titles;
    }

    static QDateTime soon() { return QDateTime::currentDateTimeUtc().addSecs(1); }

    template<typename T>
    static void expectRefused(const Result<T> &result, ErrorCode code, const char *words = nullptr)
    {
        ASSERT_FALSE(result.has_value());
        EXPECT_EQ(result.error().code, code) << result.error().text().toStdString();
        if (words) {
            EXPECT_TRUE(result.error().message.contains(QString::fromUtf8(words)))
                << result.error().message.toStdString();
        }
    }

    qint64 m_ada = 0;
    qint64 m_case = 0;
    OutboxPolicy m_policy;
};

} // namespace

TEST_P(NoteServiceTest, ADraftIsSavedAsOneTypesWithoutChangingTheCase)
{
    const int caseVersion = versionOf(m_case);
    auto anna = as(m_anna);
    NoteDraft draft = fullDraft();
    draft.body = QStringLiteral("Dear Ma");
    auto created = anna->notes.saveDraft(draft);
    FW_ASSERT_OK(created);
    EXPECT_EQ(created->version, 1);

    draft.id = created->id;
    draft.version = created->version;
    draft.body = QStringLiteral("Dear Maria,");
    draft.cc = {MailAddress{QStringLiteral("Ben Ortiz"), QStringLiteral("ben@fairwell-test.example")}};
    auto saved = anna->notes.saveDraft(draft);
    FW_ASSERT_OK(saved);
    EXPECT_EQ(saved->id, created->id);
    EXPECT_EQ(saved->version, 2);

    const Note stored = note(created->id);
    EXPECT_EQ(stored.state, NoteState::Draft);
    EXPECT_EQ(stored.body, QStringLiteral("Dear Maria,"));
    EXPECT_EQ(stored.authorId, m_anna);
    ASSERT_EQ(stored.cc.size(), 1);
    EXPECT_EQ(stored.cc.at(0).address, QStringLiteral("ben@fairwell-test.example"));
    EXPECT_EQ(stored.cc.at(0).name, QStringLiteral("Ben Ortiz"));
    EXPECT_TRUE(stored.messageId.isEmpty());
    EXPECT_EQ(versionOf(m_case), caseVersion) << "a draft is not a change to the case";
    EXPECT_EQ(changes(created->id), QStringList{QStringLiteral("note_drafted")}) << "one row, not one per save";

    // Another window still on version 1 saves nothing.
    draft.version = 1;
    draft.body = QStringLiteral("Dear Mrs Keller,");
    auto stale = anna->notes.saveDraft(draft);
    expectRefused(stale, ErrorCode::Conflict, "changed since you opened it");
    EXPECT_EQ(NoteService::currentVersionOf(stale.error()), 2);
    EXPECT_EQ(note(created->id).body, QStringLiteral("Dear Maria,"));
    EXPECT_EQ(note(created->id).version, 2);
}

TEST_P(NoteServiceTest, NotesFollowTheCaseRules)
{
    auto anna = as(m_anna);
    auto draft = anna->notes.saveDraft(fullDraft());
    FW_ASSERT_OK(draft);

    // Ben is a rep and the case is Anna's.
    auto ben = as(m_ben);
    expectRefused(ben->notes.saveDraft(fullDraft()), ErrorCode::PermissionDenied, "belongs to someone else");
    NoteDraft edit = fullDraft();
    edit.id = draft->id;
    edit.version = draft->version;
    expectRefused(ben->notes.saveDraft(edit), ErrorCode::PermissionDenied);
    expectRefused(ben->notes.queue(draft->id, draft->version), ErrorCode::PermissionDenied);
    expectRefused(ben->notes.cancel(draft->id, draft->version), ErrorCode::PermissionDenied);
    EXPECT_EQ(ben->notes.discardDraft(draft->id, draft->version).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(note(draft->id).version, 1);

    // Maria manages: she may.
    auto maria = as(m_maria);
    auto queuedByMaria = maria->notes.queue(draft->id, draft->version);
    FW_ASSERT_OK(queuedByMaria);

    // Nobody at the desk: refused before anything is read.
    Services nobody(db(), Actor{}, m_control);
    expectRefused(nobody.notes.saveDraft(fullDraft()), ErrorCode::PermissionDenied);
    expectRefused(nobody.outbox.claimNextDue(soon()), ErrorCode::PermissionDenied);
}

TEST_P(NoteServiceTest, ARepWritesNotesForAnUnassignedCase)
{
    const qint64 unassigned = addCase(addAccount(QStringLiteral("CRM-2")));
    auto ben = as(m_ben);
    auto draft = ben->notes.saveDraft(fullDraft(unassigned));
    FW_ASSERT_OK(draft);
    FW_EXPECT_OK(ben->notes.queue(draft->id, draft->version));
}

TEST_P(NoteServiceTest, QueueingChecksTheNoteFirst)
{
    auto anna = as(m_anna);
    const auto refusedWith = [&](const std::function<void(NoteDraft &)> &spoil, const char *words) {
        NoteDraft draft = fullDraft();
        spoil(draft);
        auto saved = anna->notes.saveDraft(draft);
        FW_ASSERT_OK(saved);
        auto sent = anna->notes.queue(saved->id, saved->version);
        expectRefused(sent, ErrorCode::InvalidInput, words);
        const Note stored = note(saved->id);
        EXPECT_EQ(stored.state, NoteState::Draft) << words;
        EXPECT_EQ(stored.version, saved->version) << words;
        EXPECT_TRUE(stored.messageId.isEmpty()) << words;
    };
    refusedWith([](NoteDraft &d) { d.to = {}; }, "no To address");
    refusedWith([](NoteDraft &d) { d.to.address = QStringLiteral("maria.acme.example"); }, "maria.acme.example");
    refusedWith([](NoteDraft &d) { d.to.address = QStringLiteral("maria@localhost"); }, "maria@localhost");
    refusedWith([](NoteDraft &d) { d.to.name = QStringLiteral("Maria\r\nBcc: x@y.example"); }, "line break");
    refusedWith([](NoteDraft &d) { d.cc = {MailAddress{{}, QStringLiteral("ben@")}}; }, "\"ben@\" in Cc");
    refusedWith([](NoteDraft &d) { d.subject = QStringLiteral("  "); }, "no subject");
    refusedWith([](NoteDraft &d) { d.subject = QStringLiteral("Thanks\nBcc: x@y.example"); }, "single line");
    refusedWith([](NoteDraft &d) { d.body = QStringLiteral("\n \n"); }, "no text");
    refusedWith([](NoteDraft &d) { d.body += QStringLiteral("\n{{rep.signature}}"); }, "placeholder");
    refusedWith([](NoteDraft &d) { d.subject = QStringLiteral("Thanks, {{contact.first_name"); }, "placeholder");

    // With no mail server set up, a note goes by hand instead.
    configureSmtp(QString());
    refusedWith([](NoteDraft &) {}, "No mail server");
}

TEST_P(NoteServiceTest, QueueingGivesAMessageIdForLifeAndRecordsItOnTheCase)
{
    const int caseVersion = versionOf(m_case);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const NoteRef ref = queued();
    ASSERT_NE(ref.id, 0);
    EXPECT_EQ(ref.version, 2);
    const Note stored = note(ref.id);
    EXPECT_EQ(stored.state, NoteState::Queued);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^<[0-9a-f-]{36}@fairwell-test\\.example>$"))
                    .match(stored.messageId)
                    .hasMatch())
        << stored.messageId.toStdString();
    EXPECT_GE(stored.queuedAt, before);
    EXPECT_EQ(stored.nextAttemptAt, stored.queuedAt) << "due at once";
    EXPECT_EQ(stored.attempts, 0);
    EXPECT_EQ(versionOf(m_case), caseVersion) << "the case's own version is left alone";

    EXPECT_EQ(changes(ref.id), (QStringList{QStringLiteral("note_drafted"), QStringLiteral("note_queued")}));
    auto rows = AuditRepository(db()).listForEntity(NoteRepository::auditEntity(), ref.id);
    FW_ASSERT_OK(rows);
    const QJsonObject after = QJsonDocument::fromJson(rows->constLast().afterJson.toUtf8()).object();
    EXPECT_EQ(after.value(QStringLiteral("body")).toString(), stored.body) << "what was sent is on record";
    EXPECT_EQ(after.value(QStringLiteral("case_id")).toInteger(), m_case);
    EXPECT_EQ(rows->constLast().userId, m_anna);
    EXPECT_EQ(noteTimeline(), QStringList{QStringLiteral("Thank-you note queued for Maria Keller")});

    // It is no draft any more.
    NoteDraft late = fullDraft();
    late.id = ref.id;
    late.version = ref.version;
    expectRefused(as(m_anna)->notes.saveDraft(late), ErrorCode::InvalidInput, "only a draft");
    expectRefused(as(m_anna)->notes.queue(ref.id, ref.version), ErrorCode::InvalidInput);
}

TEST_P(NoteServiceTest, TheSenderClaimsADueNoteAndRecordsItsDelivery)
{
    const NoteRef ref = queued();
    auto sender = as(m_ben); // any desk's sender delivers every note
    const QDateTime now = soon();
    auto claimed = sender->outbox.claimNextDue(now);
    FW_ASSERT_OK(claimed);
    ASSERT_TRUE(claimed->has_value());
    const ClaimedNote &c = **claimed;
    EXPECT_EQ(c.note.id, ref.id);
    EXPECT_EQ(c.note.state, NoteState::Sending);
    EXPECT_EQ(c.note.attempts, 1);
    EXPECT_EQ(c.note.sendingStartedAt, now);
    EXPECT_EQ(c.note.version, ref.version + 1);
    EXPECT_EQ(note(ref.id).state, NoteState::Sending);

    const OutgoingMail &mail = c.mail;
    EXPECT_EQ(mail.messageId, c.note.messageId);
    EXPECT_EQ(mail.date, now);
    EXPECT_EQ(mail.from, (MailAddress{QStringLiteral("Anna Berg"), kFrom})) << "the author's name, the team's address";
    EXPECT_EQ(mail.replyTo, (MailAddress{QStringLiteral("Anna Berg"), QStringLiteral("anna.berg@fairwell-test.example")}));
    EXPECT_EQ(mail.to, (MailAddressList{MailAddress{QStringLiteral("Maria Keller"), QStringLiteral("maria@acme.example")}}));
    EXPECT_EQ(mail.subject, QStringLiteral("Danke, Müller & Söhne 🙏"));
    EXPECT_TRUE(mail.body.endsWith(QLatin1String("\nAnna\n")));

    // Nothing else is due.
    auto nothing = sender->outbox.claimNextDue(now);
    FW_ASSERT_OK(nothing);
    EXPECT_FALSE(nothing->has_value());

    auto recorded = sender->outbox.recordOutcome(ref.id, c.note.version, DeliveryOutcome{DeliveryResult::Delivered, {}},
                                                 now.addSecs(2));
    FW_ASSERT_OK(recorded);
    EXPECT_EQ(*recorded, NoteState::Sent);
    const Note sent = note(ref.id);
    EXPECT_EQ(sent.state, NoteState::Sent);
    EXPECT_EQ(sent.sentAt, now.addSecs(2));
    EXPECT_EQ(sent.messageId, c.note.messageId) << "kept for life";
    EXPECT_FALSE(sent.nextAttemptAt.isValid());
    EXPECT_EQ(changes(ref.id), (QStringList{QStringLiteral("note_drafted"), QStringLiteral("note_queued"),
                                            QStringLiteral("note_sending"), QStringLiteral("note_sent")}));
    auto rows = AuditRepository(db()).listForEntity(NoteRepository::auditEntity(), ref.id);
    FW_ASSERT_OK(rows);
    EXPECT_EQ(rows->constLast().userId, 0) << "the outbox acts in no person's name";
    EXPECT_EQ(noteTimeline(), (QStringList{QStringLiteral("Note sent to Maria Keller"),
                                           QStringLiteral("Thank-you note queued for Maria Keller")}));

    // Recording twice is refused: the note moved on.
    expectRefused(sender->outbox.recordOutcome(ref.id, c.note.version, DeliveryOutcome{DeliveryResult::Delivered, {}},
                                               now.addSecs(3)),
                  ErrorCode::Conflict);
}

TEST_P(NoteServiceTest, ANoteIsNotClaimedBeforeItIsDueAndTheFirstDueGoesFirst)
{
    const NoteRef first = queued();
    const NoteRef second = queued();
    auto sender = as(m_anna);
    auto early = sender->outbox.claimNextDue(note(first.id).queuedAt.addMSecs(-1));
    FW_ASSERT_OK(early);
    EXPECT_FALSE(early->has_value());
    auto one = sender->outbox.claimNextDue(soon());
    FW_ASSERT_OK(one);
    ASSERT_TRUE(one->has_value());
    EXPECT_EQ((*one)->note.id, first.id);
    auto two = sender->outbox.claimNextDue(soon());
    FW_ASSERT_OK(two);
    ASSERT_TRUE(two->has_value());
    EXPECT_EQ((*two)->note.id, second.id);
    EXPECT_NE((*two)->note.messageId, (*one)->note.messageId);
}

TEST_P(NoteServiceTest, TemporaryFailuresBackOffThenFailAfterTheLastAttempt)
{
    EXPECT_EQ(m_policy.retryDelaySeconds(1), 60);
    EXPECT_EQ(m_policy.retryDelaySeconds(2), 120);
    EXPECT_EQ(m_policy.retryDelaySeconds(3), 240);
    EXPECT_EQ(m_policy.retryDelaySeconds(6), 1920);
    EXPECT_EQ(m_policy.retryDelaySeconds(7), 3600);
    EXPECT_EQ(m_policy.retryDelaySeconds(40), 3600);

    const NoteRef ref = queued();
    auto sender = as(m_anna);
    QDateTime now = soon();
    const int expectedWaits[] = {60, 120, 240, 480, 960, 1920, 3600};
    for (int attempt = 1; attempt <= m_policy.maxAttempts; ++attempt) {
        tick();
        auto claimed = sender->outbox.claimNextDue(now);
        FW_ASSERT_OK(claimed);
        ASSERT_TRUE(claimed->has_value()) << "attempt " << attempt;
        EXPECT_EQ((*claimed)->note.attempts, attempt);
        auto state = sender->outbox.recordOutcome(
            ref.id, (*claimed)->note.version,
            DeliveryOutcome{DeliveryResult::TemporaryFailure, QStringLiteral("421 4.7.0 Try again later")}, now);
        FW_ASSERT_OK(state);
        if (attempt == m_policy.maxAttempts)
            break;
        EXPECT_EQ(*state, NoteState::Queued);
        const Note waiting = note(ref.id);
        EXPECT_EQ(waiting.nextAttemptAt, now.addSecs(expectedWaits[attempt - 1])) << "attempt " << attempt;
        EXPECT_EQ(waiting.lastError, QStringLiteral("421 4.7.0 Try again later"));
        // Not a moment before its time.
        auto early = sender->outbox.claimNextDue(waiting.nextAttemptAt.addMSecs(-1));
        FW_ASSERT_OK(early);
        EXPECT_FALSE(early->has_value()) << "attempt " << attempt;
        now = waiting.nextAttemptAt;
    }
    const Note failed = note(ref.id);
    EXPECT_EQ(failed.state, NoteState::Failed);
    EXPECT_EQ(failed.attempts, 8);
    EXPECT_TRUE(failed.lastError.startsWith(QLatin1String("421 4.7.0 Try again later")))
        << failed.lastError.toStdString();
    auto after = sender->outbox.claimNextDue(now.addDays(1));
    FW_ASSERT_OK(after);
    EXPECT_FALSE(after->has_value());
    EXPECT_EQ(changes(ref.id).count(QStringLiteral("note_retry_planned")), 7);
    EXPECT_EQ(noteTimeline().constFirst(), QStringLiteral("Note to Maria Keller failed"));

    // A person tries again: due at once, attempts from the start.
    auto again = as(m_anna)->notes.retry(ref.id, failed.version);
    FW_ASSERT_OK(again);
    const Note retried = note(ref.id);
    EXPECT_EQ(retried.state, NoteState::Queued);
    EXPECT_EQ(retried.attempts, 0);
    EXPECT_TRUE(retried.lastError.isEmpty());
    EXPECT_EQ(retried.messageId, failed.messageId);
    auto claimedAgain = sender->outbox.claimNextDue(soon());
    FW_ASSERT_OK(claimedAgain);
    ASSERT_TRUE(claimedAgain->has_value());
    EXPECT_EQ((*claimedAgain)->note.attempts, 1);
}

TEST_P(NoteServiceTest, APermanentFailureFailsAtOnceWithTheServersWords)
{
    const NoteRef ref = queued();
    auto sender = as(m_anna);
    auto claimed = sender->outbox.claimNextDue(soon());
    FW_ASSERT_OK(claimed);
    ASSERT_TRUE(claimed->has_value());
    const QString words = QStringLiteral("550 5.1.1 <maria@acme.example>: Recipient address rejected");
    auto state = sender->outbox.recordOutcome(ref.id, (*claimed)->note.version,
                                              DeliveryOutcome{DeliveryResult::PermanentFailure, words}, soon());
    FW_ASSERT_OK(state);
    EXPECT_EQ(*state, NoteState::Failed);
    const Note failed = note(ref.id);
    EXPECT_EQ(failed.state, NoteState::Failed);
    EXPECT_EQ(failed.lastError, words);
    EXPECT_EQ(failed.attempts, 1);
    auto detail = desk(m_anna)->work.detail(m_case);
    FW_ASSERT_OK(detail);
    const TimelineEntry &latest = detail->timeline.constFirst();
    EXPECT_EQ(latest.title, QStringLiteral("Note to Maria Keller failed"));
    EXPECT_EQ(latest.text, words);

    // Cancelled by a person, it stays out of the sender's way.
    tick();
    FW_ASSERT_OK(as(m_anna)->notes.cancel(ref.id, failed.version));
    EXPECT_EQ(note(ref.id).state, NoteState::Cancelled);
    EXPECT_EQ(noteTimeline().constFirst(), QStringLiteral("Note to Maria Keller cancelled"));
    expectRefused(as(m_anna)->notes.retry(ref.id, note(ref.id).version), ErrorCode::InvalidInput);
}

TEST_P(NoteServiceTest, AnUncertainDeliveryWaitsForAPerson)
{
    const NoteRef ref = queued();
    auto sender = as(m_anna);
    const QDateTime now = soon();
    auto claimed = sender->outbox.claimNextDue(now);
    FW_ASSERT_OK(claimed);
    ASSERT_TRUE(claimed->has_value());
    auto state = sender->outbox.recordOutcome(
        ref.id, (*claimed)->note.version,
        DeliveryOutcome{DeliveryResult::Uncertain, QStringLiteral("The connection ended after the message was sent")},
        now.addSecs(30));
    FW_ASSERT_OK(state);
    EXPECT_EQ(*state, NoteState::MayHaveBeenSent);
    auto never = sender->outbox.claimNextDue(now.addDays(30));
    FW_ASSERT_OK(never);
    EXPECT_FALSE(never->has_value()) << "never resent silently";
    EXPECT_EQ(noteTimeline().constFirst(), QStringLiteral("Note to Maria Keller may have been sent: please check"));

    const Note flagged = note(ref.id);
    expectRefused(as(m_anna)->notes.confirmSent(ref.id, flagged.version - 1), ErrorCode::Conflict);
    tick();
    auto confirmed = as(m_anna)->notes.confirmSent(ref.id, flagged.version);
    FW_ASSERT_OK(confirmed);
    const Note sent = note(ref.id);
    EXPECT_EQ(sent.state, NoteState::Sent);
    EXPECT_EQ(sent.sentAt, now) << "it went out, if at all, when it was handed over";
    EXPECT_EQ(noteTimeline().constFirst(), QStringLiteral("Note to Maria Keller confirmed as sent"));
    expectRefused(as(m_anna)->notes.confirmSent(ref.id, sent.version), ErrorCode::InvalidInput);
    expectRefused(as(m_anna)->notes.cancel(ref.id, sent.version), ErrorCode::InvalidInput, "sent already");
}

TEST_P(NoteServiceTest, TwoSendersNeverClaimTheSameNote)
{
    constexpr int kNotes = 12;
    QList<qint64> ids;
    for (int i = 0; i < kNotes; ++i)
        ids.append(queued().id);
    const QDateTime now = soon();
    const Actor actors[2] = {actorFor(m_anna), actorFor(m_ben)};
    QList<qint64> claimedBy[2];
    QString errors[2];
    std::atomic<int> ready = 0;
    auto run = [&](int i) {
        auto connection = Database::open(m_scratch->spec());
        ++ready;
        if (!connection) {
            errors[i] = connection.error().text();
            return;
        }
        ServiceContext context{**connection, actors[i], m_control};
        OutboxService outbox(context);
        while (ready < 2) {
        }
        for (;;) {
            auto claimed = outbox.claimNextDue(now);
            if (!claimed) {
                errors[i] = claimed.error().text();
                return;
            }
            if (!claimed->has_value())
                return;
            claimedBy[i].append((*claimed)->note.id);
        }
    };
    std::thread a(run, 0), b(run, 1);
    a.join();
    b.join();
    ASSERT_TRUE(errors[0].isEmpty()) << errors[0].toStdString();
    ASSERT_TRUE(errors[1].isEmpty()) << errors[1].toStdString();
    std::multiset<qint64> all(claimedBy[0].cbegin(), claimedBy[0].cend());
    all.insert(claimedBy[1].cbegin(), claimedBy[1].cend());
    EXPECT_EQ(all, std::multiset<qint64>(ids.cbegin(), ids.cend())) << "each note exactly once";
    for (const qint64 id : std::as_const(ids)) {
        EXPECT_EQ(note(id).state, NoteState::Sending);
        EXPECT_EQ(note(id).attempts, 1);
    }

    // And one after the other on two connections: the second finds nothing.
    const NoteRef last = queued();
    auto other = openOther();
    ASSERT_TRUE(other);
    auto mine = as(m_anna)->outbox.claimNextDue(soon());
    auto theirs = as(m_ben, other.get())->outbox.claimNextDue(soon());
    FW_ASSERT_OK(mine);
    FW_ASSERT_OK(theirs);
    ASSERT_TRUE(mine->has_value());
    EXPECT_EQ((*mine)->note.id, last.id);
    EXPECT_FALSE(theirs->has_value());
}

TEST_P(NoteServiceTest, AnAttemptCutShortComesBackAsMayHaveBeenSent)
{
    const NoteRef ref = queued();
    auto sender = as(m_anna);
    const QDateTime started = soon();
    auto claimed = sender->outbox.claimNextDue(started);
    FW_ASSERT_OK(claimed);
    ASSERT_TRUE(claimed->has_value());
    // The app dies here. The next start looks, once within the time a
    // delivery may take (another desktop may be sending it right now) …
    auto tooSoon = sender->outbox.recoverInterrupted(started.addSecs(60), 90);
    FW_ASSERT_OK(tooSoon);
    EXPECT_EQ(*tooSoon, 0);
    EXPECT_EQ(note(ref.id).state, NoteState::Sending);
    auto wake = sender->outbox.nextWakeUp(90);
    FW_ASSERT_OK(wake);
    EXPECT_EQ(*wake, started.addSecs(91)) << "the sender looks again once it counts as interrupted";
    // … and once after it.
    auto recovered = sender->outbox.recoverInterrupted(started.addSecs(91), 90);
    FW_ASSERT_OK(recovered);
    EXPECT_EQ(*recovered, 1);
    const Note flagged = note(ref.id);
    EXPECT_EQ(flagged.state, NoteState::MayHaveBeenSent);
    EXPECT_TRUE(flagged.lastError.contains(QLatin1String("may have reached"))) << flagged.lastError.toStdString();
    auto never = sender->outbox.claimNextDue(started.addDays(1));
    FW_ASSERT_OK(never);
    EXPECT_FALSE(never->has_value());
    EXPECT_EQ(changes(ref.id).constLast(), QStringLiteral("note_may_have_been_sent"));
    EXPECT_EQ(noteTimeline().constFirst(), QStringLiteral("Note to Maria Keller may have been sent: please check"));
    auto idle = sender->outbox.nextWakeUp(90);
    FW_ASSERT_OK(idle);
    EXPECT_FALSE(idle->isValid()) << "nothing queued nor sending";

    // The first sender was only slow: a failure it reports now changes
    // nothing, a delivery settles the note.
    expectRefused(sender->outbox.recordOutcome(ref.id, (*claimed)->note.version,
                                               DeliveryOutcome{DeliveryResult::TemporaryFailure, QStringLiteral("421")},
                                               started.addSecs(95)),
                  ErrorCode::Conflict);
    EXPECT_EQ(note(ref.id).state, NoteState::MayHaveBeenSent);
    auto late = sender->outbox.recordOutcome(ref.id, (*claimed)->note.version,
                                             DeliveryOutcome{DeliveryResult::Delivered, {}}, started.addSecs(96));
    FW_ASSERT_OK(late);
    EXPECT_EQ(*late, NoteState::Sent);
}

TEST_P(NoteServiceTest, APersonsChangeQuotesTheLatestVersion)
{
    const NoteRef ref = queued();
    auto sender = as(m_anna);
    auto claimed = sender->outbox.claimNextDue(soon());
    FW_ASSERT_OK(claimed);
    ASSERT_TRUE(claimed->has_value());
    // The Outbox view still shows it queued (version ref.version).
    auto stale = as(m_anna)->notes.cancel(ref.id, ref.version);
    expectRefused(stale, ErrorCode::Conflict, "it is sending now");
    EXPECT_EQ(NoteService::currentVersionOf(stale.error()), ref.version + 1);
    expectRefused(as(m_anna)->notes.cancel(ref.id, ref.version + 1), ErrorCode::InvalidInput, "right now");
    EXPECT_EQ(note(ref.id).state, NoteState::Sending);
}

TEST_P(NoteServiceTest, DraftsAreDiscardedAndQueuedNotesCancelled)
{
    auto anna = as(m_anna);
    auto draft = anna->notes.saveDraft(fullDraft());
    FW_ASSERT_OK(draft);
    EXPECT_EQ(anna->notes.discardDraft(draft->id, draft->version + 1).error().code, ErrorCode::Conflict);
    FW_ASSERT_OK(anna->notes.discardDraft(draft->id, draft->version));
    EXPECT_EQ(NoteRepository(db()).find(draft->id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(changes(draft->id), (QStringList{QStringLiteral("note_drafted"), QStringLiteral("note_discarded")}));

    const NoteRef ref = queued();
    EXPECT_EQ(anna->notes.discardDraft(ref.id, ref.version).error().code, ErrorCode::InvalidInput);
    auto cancelled = anna->notes.cancel(ref.id, ref.version);
    FW_ASSERT_OK(cancelled);
    EXPECT_EQ(note(ref.id).state, NoteState::Cancelled);
    auto nothing = anna->outbox.claimNextDue(soon());
    FW_ASSERT_OK(nothing);
    EXPECT_FALSE(nothing->has_value());

    // A new note never takes the discarded one's id (its audit rows stay).
    auto next = anna->notes.saveDraft(fullDraft());
    FW_ASSERT_OK(next);
    EXPECT_GT(next->id, ref.id);
}

TEST_P(NoteServiceTest, WithoutAServerANoteIsSentByHand)
{
    configureSmtp(QString());
    auto anna = as(m_anna);
    auto draft = anna->notes.saveDraft(fullDraft());
    FW_ASSERT_OK(draft);
    auto mail = anna->notes.outgoingMail(draft->id);
    FW_ASSERT_OK(mail);
    EXPECT_EQ(mail->from.address, QStringLiteral("anna.berg@fairwell-test.example")) << "no team address: the rep's";
    EXPECT_TRUE(mail->replyTo.address.isEmpty());
    EXPECT_TRUE(mail->messageId.endsWith(QLatin1String("@fairwell.invalid>"))) << mail->messageId.toStdString();
    EXPECT_TRUE(note(draft->id).messageId.isEmpty()) << "looking stores nothing";

    expectRefused(anna->notes.markSentByHand(draft->id, draft->version, NoteDelivery::Smtp), ErrorCode::InvalidInput);
    expectRefused(anna->notes.markSentByHand(draft->id, draft->version, NoteDelivery::Eml, QStringLiteral("nope")),
                  ErrorCode::InvalidInput);
    auto sent = anna->notes.markSentByHand(draft->id, draft->version, NoteDelivery::Eml, mail->messageId);
    FW_ASSERT_OK(sent);
    const Note stored = note(draft->id);
    EXPECT_EQ(stored.state, NoteState::Sent);
    EXPECT_EQ(stored.delivery, NoteDelivery::Eml);
    EXPECT_EQ(stored.messageId, mail->messageId);
    EXPECT_TRUE(stored.sentAt.isValid());
    EXPECT_EQ(noteTimeline().constFirst(), QStringLiteral("Note to Maria Keller sent by hand (.eml file)"));
    expectRefused(anna->notes.markSentByHand(draft->id, sent->version, NoteDelivery::MailClient),
                  ErrorCode::InvalidInput);

    auto other = anna->notes.saveDraft(fullDraft());
    FW_ASSERT_OK(other);
    FW_ASSERT_OK(anna->notes.markSentByHand(other->id, other->version, NoteDelivery::MailClient));
    EXPECT_EQ(note(other->id).delivery, NoteDelivery::MailClient);
    EXPECT_TRUE(note(other->id).messageId.isEmpty()) << "the mail program made its own";
}

TEST_P(NoteServiceTest, TheOutboxListsTheNewestFirstAndCountsEachState)
{
    auto anna = as(m_anna);
    auto draft = anna->notes.saveDraft(fullDraft());
    FW_ASSERT_OK(draft);
    const NoteRef a = queued();
    const NoteRef b = queued();
    const NoteRef c = queued();
    auto claimed = anna->outbox.claimNextDue(soon());
    FW_ASSERT_OK(claimed);
    ASSERT_TRUE(claimed->has_value());
    ASSERT_EQ((*claimed)->note.id, a.id);
    FW_ASSERT_OK(anna->outbox.recordOutcome(a.id, (*claimed)->note.version,
                                            DeliveryOutcome{DeliveryResult::PermanentFailure, QStringLiteral("550")},
                                            soon()));
    tick();
    // Ben's note on another case.
    const qint64 bensCase = addCase(addAccount(QStringLiteral("CRM-9")), m_ben);
    auto bens = as(m_ben)->notes.saveDraft(fullDraft(bensCase));
    FW_ASSERT_OK(bens);
    FW_ASSERT_OK(as(m_ben)->notes.queue(bens->id, bens->version));

    auto counts = anna->notes.outboxCounts();
    FW_ASSERT_OK(counts);
    EXPECT_EQ(counts->value(NoteState::Draft), 1);
    EXPECT_EQ(counts->value(NoteState::Queued), 3);
    EXPECT_EQ(counts->value(NoteState::Failed), 1);
    EXPECT_EQ(counts->value(NoteState::Sent), 0);
    auto annasCounts = anna->notes.outboxCounts(m_anna);
    FW_ASSERT_OK(annasCounts);
    EXPECT_EQ(annasCounts->value(NoteState::Queued), 2);

    auto all = anna->notes.outbox({});
    FW_ASSERT_OK(all);
    QList<qint64> order;
    for (const OutboxEntry &e : std::as_const(*all))
        order.append(e.note.id);
    EXPECT_EQ(order, (QList<qint64>{bens->id, a.id, c.id, b.id})) << "the last changed first, no drafts";
    EXPECT_EQ(all->at(1).accountName, QStringLiteral("Acme CRM-1"));
    EXPECT_EQ(all->at(1).authorName, QStringLiteral("Anna Berg"));
    EXPECT_EQ(all->at(1).note.lastError, QStringLiteral("550"));
    EXPECT_EQ(all->at(0).accountName, QStringLiteral("Acme CRM-9"));

    OutboxFilter page;
    page.limit = 2;
    auto first = anna->notes.outbox(page);
    FW_ASSERT_OK(first);
    ASSERT_EQ(first->size(), 2);
    page.afterUpdatedAt = first->constLast().note.updatedAt;
    page.afterId = first->constLast().note.id;
    auto second = anna->notes.outbox(page);
    FW_ASSERT_OK(second);
    ASSERT_EQ(second->size(), 2);
    EXPECT_EQ(second->at(0).note.id, c.id);
    EXPECT_EQ(second->at(1).note.id, b.id);

    OutboxFilter failedOnly;
    failedOnly.states = {NoteState::Failed, NoteState::MayHaveBeenSent};
    auto failed = anna->notes.outbox(failedOnly);
    FW_ASSERT_OK(failed);
    ASSERT_EQ(failed->size(), 1);
    EXPECT_EQ(failed->at(0).note.id, a.id);

    OutboxFilter drafts;
    drafts.states = {NoteState::Draft};
    drafts.authorId = m_anna;
    auto mine = anna->notes.outbox(drafts);
    FW_ASSERT_OK(mine);
    ASSERT_EQ(mine->size(), 1);
    EXPECT_EQ(mine->at(0).note.id, draft->id);

    auto ofCase = anna->notes.notesForCase(m_case);
    FW_ASSERT_OK(ofCase);
    EXPECT_EQ(ofCase->size(), 4);
}

TEST_P(NoteServiceTest, MailSettingsAreTheAdminsAndNeverHoldThePassword)
{
    const Actor admin = actorFor(m_ada);
    ServiceContext adminContext{db(), admin, m_control};
    MailSettingsService settings(adminContext);
    SmtpSettings wanted;
    wanted.host = QStringLiteral("mail.example.org");
    wanted.port = 465;
    wanted.security = SmtpSecurity::ImplicitTls;
    wanted.userName = QStringLiteral("fairwell");
    wanted.password = QStringLiteral("s3cret-pass");
    wanted.fromAddress = QStringLiteral("thanks@example.org");
    wanted.fromName = QStringLiteral("The Acme team");
    wanted.caFile = QStringLiteral("/etc/ssl/company-ca.pem");
    wanted.timeoutSeconds = 45;
    FW_ASSERT_OK(settings.saveSmtpSettings(wanted));
    auto read = as(m_ben)->context.db.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE ?"),
                                           {QStringLiteral("%s3cret%")});
    ASSERT_TRUE(read.has_value() && read->next());
    EXPECT_EQ(read->value(0).toInt(), 0) << "the password is never stored";

    const Actor ben = actorFor(m_ben);
    ServiceContext benContext{db(), ben, m_control};
    MailSettingsService asBen(benContext);
    auto stored = asBen.smtpSettings();
    FW_ASSERT_OK(stored);
    EXPECT_EQ(stored->host, wanted.host);
    EXPECT_EQ(stored->port, 465);
    EXPECT_EQ(stored->security, SmtpSecurity::ImplicitTls);
    EXPECT_EQ(stored->userName, wanted.userName);
    EXPECT_TRUE(stored->password.isEmpty());
    EXPECT_EQ(stored->fromAddress, wanted.fromAddress);
    EXPECT_EQ(stored->fromName, wanted.fromName);
    EXPECT_EQ(stored->caFile, wanted.caFile);
    EXPECT_EQ(stored->timeoutSeconds, 45);
    EXPECT_EQ(asBen.saveSmtpSettings(wanted).error().code, ErrorCode::PermissionDenied);

    const auto refused = [&](const std::function<void(SmtpSettings &)> &spoil, const char *words) {
        SmtpSettings s = wanted;
        spoil(s);
        const Status saved = settings.saveSmtpSettings(s);
        ASSERT_FALSE(saved.has_value()) << words;
        EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(saved.error().message.contains(QString::fromUtf8(words))) << saved.error().message.toStdString();
    };
    refused([](SmtpSettings &s) { s.port = 0; }, "1 to 65535");
    refused([](SmtpSettings &s) { s.port = 70000; }, "70000");
    refused([](SmtpSettings &s) { s.host = QStringLiteral("mail example org"); }, "not a server name");
    refused([](SmtpSettings &s) { s.fromAddress.clear(); }, "From address");
    refused([](SmtpSettings &s) { s.fromAddress = QStringLiteral("thanks@"); }, "thanks@");
    refused([](SmtpSettings &s) { s.timeoutSeconds = 1; }, "5 to 600");
    auto unchanged = asBen.smtpSettings();
    FW_ASSERT_OK(unchanged);
    EXPECT_EQ(unchanged->port, 465);

    // Switching SMTP off needs no From address.
    SmtpSettings off;
    off.host.clear();
    FW_ASSERT_OK(settings.saveSmtpSettings(off));
    auto none = asBen.smtpSettings();
    FW_ASSERT_OK(none);
    EXPECT_FALSE(none->isConfigured());

    // Export directions: the admin's; signatures: each person's own.
    FW_ASSERT_OK(settings.saveExportDirections(
        ExportDirections{QStringLiteral("Settings ▸ Export"), QStringLiteral("https://example.org/export")}));
    EXPECT_EQ(asBen.saveExportDirections({}).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(settings.saveExportDirections(ExportDirections{{}, QStringLiteral("javascript:alert(1)")}).error().code,
              ErrorCode::InvalidInput);
    auto directions = asBen.exportDirections();
    FW_ASSERT_OK(directions);
    EXPECT_EQ(directions->text, QStringLiteral("Settings ▸ Export"));
    EXPECT_EQ(directions->link, QStringLiteral("https://example.org/export"));
    FW_ASSERT_OK(asBen.saveSignature(QStringLiteral("Ben Ortiz\r\nCustomer Success\n\n")));
    auto signature = asBen.signature();
    FW_ASSERT_OK(signature);
    EXPECT_EQ(*signature, QStringLiteral("Ben Ortiz\nCustomer Success"));
    auto annas = asBen.signature(m_anna);
    FW_ASSERT_OK(annas);
    EXPECT_TRUE(annas->isEmpty());
    auto audited = AuditRepository(db()).listForEntity(QStringLiteral("settings"), 0);
    FW_ASSERT_OK(audited);
    EXPECT_GE(audited->size(), 4);
}

TEST_P(NoteServiceTest, MigrationNineKeepsTheNotesOfVersionSeven)
{
    ScratchDatabase fresh(GetParam());
    ASSERT_TRUE(fresh.error().isEmpty()) << fresh.error().toStdString();
    {
        auto old = fresh.open(false);
        FW_ASSERT_OK(old);
        Database &v7 = **old;
        FW_ASSERT_OK(Migrator::bundled()->migrate(v7, 7));
        // Ids as the databases hand them out (1, 2, …): the last note is
        // deleted, so its id must not come back.
        for (const char *sql : {
                 "INSERT INTO users (login, display_name, role) VALUES ('anna', 'Anna Berg', 'rep')",
                 "INSERT INTO accounts (external_id, name, segment, plan, customer_since) "
                 "VALUES ('CRM-1', 'Acme', 'smb', 'Team', '2021-06-01')",
                 "INSERT INTO cases (account_id, owner_id, origin, status, opened_on) "
                 "VALUES (1, 1, 'notice', 'open', '2024-06-01')",
                 "INSERT INTO notes (case_id, author_id, recipient_name, recipient_email, subject, body, state, "
                 "message_id, attempts, queued_at, sent_at, created_at, updated_at) VALUES "
                 "(1, 1, 'Zed', 'zed@example.org', 'Thanks', 'Dear Zed', 'sent', '<m1@example.org>', 1, "
                 "'2024-06-02T08:00:00.000Z', '2024-06-02T08:00:01.000Z', '2024-06-02T07:00:00.000Z', "
                 "'2024-06-02T08:00:01.000Z'), "
                 "(1, 1, 'Zed', 'zed@example.org', 'Again', 'Dear Zed', 'queued', NULL, 0, "
                 "'2024-06-03T08:00:00.000Z', NULL, '2024-06-03T07:00:00.000Z', '2024-06-03T08:00:00.000Z'), "
                 "(1, 1, '', '', '', 'Dear', 'draft', NULL, 0, NULL, NULL, '2024-06-04T07:00:00.000Z', "
                 "'2024-06-04T07:00:00.000Z'), "
                 "(1, 1, '', '', 'Gone', '', 'draft', NULL, 0, NULL, NULL, '2024-06-04T07:00:00.000Z', "
                 "'2024-06-04T07:00:00.000Z')",
                 "DELETE FROM notes WHERE id = 4",
             })
            ASSERT_TRUE(v7.exec(QString::fromUtf8(sql)).has_value()) << sql;
    }
    auto upgraded = fresh.open(true);
    FW_ASSERT_OK(upgraded);
    Database &upgradedDb = **upgraded;
    EXPECT_EQ(upgradedDb.schemaVersion().value_or(0), Migrator::bundled()->latestVersion());
    NoteRepository notes(upgradedDb);
    auto kept = notes.listForCase(1);
    FW_ASSERT_OK(kept);
    ASSERT_EQ(kept->size(), 3);
    const Note &sent = kept->at(0);
    EXPECT_EQ(sent.state, NoteState::Sent);
    EXPECT_EQ(sent.messageId, QStringLiteral("<m1@example.org>"));
    EXPECT_EQ(sent.sentAt, utc(2024, 6, 2, 8, 0, 1, 0));
    EXPECT_EQ(sent.subject, QStringLiteral("Thanks"));
    EXPECT_FALSE(sent.nextAttemptAt.isValid());
    EXPECT_TRUE(sent.cc.isEmpty());
    const Note &waiting = kept->at(1);
    EXPECT_EQ(waiting.state, NoteState::Queued);
    EXPECT_EQ(waiting.nextAttemptAt, utc(2024, 6, 3, 8, 0, 0, 0)) << "a queued note is due from when it was queued";
    EXPECT_EQ(kept->at(2).state, NoteState::Draft);

    // The old queued note goes out, with a Message-ID given on the way.
    const Actor anna{1, QStringLiteral("Anna Berg"), QStringLiteral("anna"), UserRole::Rep};
    ServiceContext context{upgradedDb, anna, m_control};
    auto claimed = OutboxService(context).claimNextDue(soon());
    FW_ASSERT_OK(claimed);
    ASSERT_TRUE(claimed->has_value());
    EXPECT_EQ((*claimed)->note.id, 2);
    EXPECT_TRUE((*claimed)->note.messageId.endsWith(QLatin1String("@fairwell.invalid>")));
    // The new states are allowed, and ids are never handed out twice.
    Note fresher;
    fresher.caseId = 1;
    fresher.state = NoteState::MayHaveBeenSent;
    auto id = notes.add(fresher);
    FW_ASSERT_OK(id);
    EXPECT_EQ(*id, 5);
    auto index = upgradedDb.exec(upgradedDb.isPostgres()
                             ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'notes_due_idx'")
                             : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes_due_idx'"));
    ASSERT_TRUE(index.has_value() && index->next());
    EXPECT_EQ(index->value(0).toInt(), 1);
    EXPECT_FALSE(upgradedDb.exec(QStringLiteral("UPDATE notes SET state = 'lost' WHERE id = 1")).has_value())
        << "the state is still checked";
}

FW_ON_BOTH_BACKENDS(NoteServiceTest);
