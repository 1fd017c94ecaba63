// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/notecomposerdialog.h"

#include "common/messageline.h"
#include "mail/mailmessage.h"
#include "services/noteaddresses.h"
#include "services/noteservice.h"
#include "services/notetypes.h"
#include "session/session.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace fairwell {

NoteComposerDialog::NoteComposerDialog(Session *session, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseId(caseId)
{
    setObjectName(QStringLiteral("noteComposer"));
    setSizeGripEnabled(true);
    buildUi();
    retranslateUi();
    resize(720, 640);
    load();
}

NoteComposerDialog::~NoteComposerDialog() = default;

void NoteComposerDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("template"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    m_cc = new QLineEdit(this);
    m_cc->setObjectName(QStringLiteral("cc"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the muted text colour
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setEnabled(false);
    m_message = new MessageLine(this);
    m_message->setObjectName(QStringLiteral("message"));

    m_templateLabel = new QLabel(this);
    m_templateLabel->setBuddy(m_template);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    m_ccLabel = new QLabel(this);
    m_ccLabel->setBuddy(m_cc);
    m_subjectLabel = new QLabel(this);
    m_subjectLabel->setBuddy(m_subject);
    auto *form = new QFormLayout;
    form->addRow(m_templateLabel, m_template);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_ccLabel, m_cc);
    form->addRow(m_subjectLabel, m_subject);

    m_buttons = new QDialogButtonBox(this);
    m_send = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    m_mailClient = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_mailClient->setObjectName(QStringLiteral("mailClient"));
    m_eml = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_eml->setObjectName(QStringLiteral("saveEml"));
    m_markSent = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_markSent->setObjectName(QStringLiteral("markSent"));
    m_discard = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discard"));
    m_buttons->addButton(QDialogButtonBox::Close);
    // Enter in a line edit must not send a note half written.
    for (QPushButton *button : {m_send, m_mailClient, m_eml, m_markSent, m_discard})
        button->setAutoDefault(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveState, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NoteComposerDialog::saveNow);
    for (QLineEdit *edit : {m_to, m_cc, m_subject})
        connect(edit, &QLineEdit::textEdited, this, &NoteComposerDialog::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoteComposerDialog::edited);
    connect(m_template, &QComboBox::activated, this, &NoteComposerDialog::chooseTemplate);
    connect(m_send, &QPushButton::clicked, this, &NoteComposerDialog::send);
    connect(m_mailClient, &QPushButton::clicked, this, &NoteComposerDialog::openInMailClient);
    connect(m_eml, &QPushButton::clicked, this, &NoteComposerDialog::saveAsEml);
    connect(m_markSent, &QPushButton::clicked, this, &NoteComposerDialog::markSentByHand);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_noteId == 0) {
            QDialog::reject();
            return;
        }
        m_saveTimer->stop();
        setBusy(true);
        const qint64 id = m_noteId;
        const int version = m_noteVersion;
        m_session->run<NoteRef>(
            this, [id, version](ServiceContext &c) -> Result<NoteRef> {
                if (auto discarded = NoteService(c).discardDraft(id, version); !discarded)
                    return fail(discarded.error());
                return NoteRef{};
            },
            [this](const Result<NoteRef> &done) {
                setBusy(false);
                if (!done) {
                    m_message->showError(done.error());
                    return;
                }
                m_dirty = false;
                QDialog::reject();
            });
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NoteComposerDialog::reject);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, [this] {
        if (m_send->isVisible() && m_send->isEnabled())
            send();
    });
    updateState();
}

void NoteComposerDialog::retranslateUi()
{
    setWindowTitle(tr("Thank-You Note"));
    m_templateLabel->setText(tr("Tem&plate:"));
    m_toLabel->setText(tr("&To:"));
    m_ccLabel->setText(tr("C&c:"));
    m_subjectLabel->setText(tr("S&ubject:"));
    m_to->setPlaceholderText(tr("Name <name@example.com>"));
    m_cc->setPlaceholderText(tr("Optional; separate addresses with commas"));
    m_body->setAccessibleName(tr("The note"));
    m_template->setAccessibleName(tr("Template"));
    m_hint->setText(tr("Make it yours: a line about something you remember from working together means more than "
                       "any template. Sending it unchanged is fine too."));
    m_send->setText(tr("&Send"));
    m_send->setToolTip(tr("Put the note in the outbox; it goes out in the background (Ctrl+Return)."));
    m_mailClient->setText(tr("Open in &Mail App"));
    m_eml->setText(tr("Save as .&eml…"));
    m_markSent->setText(tr("Mark as Se&nt"));
    m_markSent->setToolTip(tr("You sent it from your own mail program."));
    m_discard->setText(tr("&Discard Draft"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_buttons->button(QDialogButtonBox::Close)->setToolTip(tr("The draft is kept on the case."));
    updateState();
}

void NoteComposerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NoteComposerDialog::load()
{
    if (!m_session)
        return;
    setBusy(true);
    const qint64 caseId = m_caseId;
    m_session->run<CompositionStart>(
        this, [caseId](ServiceContext &c) { return NoteComposer(c).start(caseId); },
        [this](const Result<CompositionStart> &start) {
            setBusy(false);
            if (!start) {
                m_message->showError(start.error());
                return;
            }
            started(*start);
        });
}

void NoteComposerDialog::started(const CompositionStart &start)
{
    m_loaded = true;
    m_language = start.language;
    m_smtpConfigured = start.smtpConfigured;
    m_intro->setText(tr("A personal thank-you to %1.").arg(start.accountName));
    m_filling = true;
    m_template->clear();
    for (const TemplateChoice &choice : start.templates)
        m_template->addItem(choice.name, choice.id);
    if (start.draft) {
        const Note &draft = *start.draft;
        m_noteId = draft.id;
        m_noteVersion = draft.version;
        m_templateId = draft.templateId;
        m_template->setCurrentIndex(qMax(0, m_template->findData(draft.templateId)));
        m_to->setText(NoteAddresses::format({draft.recipientName, draft.recipientEmail}));
        m_cc->setText(NoteAddresses::formatList(draft.cc));
        m_subject->setText(draft.subject);
        m_body->setPlainText(draft.body);
        m_saveState->setText(tr("Your draft from %1.")
                                 .arg(QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        m_filling = false;
        m_templateChoice = m_template->currentIndex();
        updateState(); // enabled first: a disabled field takes no focus
        m_body->setFocus();
        m_body->moveCursor(QTextCursor::End);
        return;
    }
    m_to->setText(start.to.address.isEmpty() ? QString() : NoteAddresses::format(start.to));
    m_filling = false;
    if (start.to.address.isEmpty())
        m_message->showText(tr("This account has no contact with an email address. Write the address in To."));
    if (m_template->count() > 0) {
        m_template->setCurrentIndex(0);
        chooseTemplate();
    } else {
        m_message->showText(tr("No note templates are set up: write the note yourself."));
    }
    updateState();
}

void NoteComposerDialog::chooseTemplate()
{
    const qint64 templateId = m_template->currentData().toLongLong();
    if (templateId == 0 || !m_session)
        return;
    if (m_templateChoice >= 0 && m_templateChoice != m_template->currentIndex() && !m_body->toPlainText().isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Use Another Template"),
            tr("Replace the subject and the text with “%1”? What you wrote is lost.").arg(m_template->currentText()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_template->setCurrentIndex(m_templateChoice);
            return;
        }
    }
    m_templateChoice = m_template->currentIndex();
    setBusy(true);
    const qint64 caseId = m_caseId;
    m_session->run<ComposedNote>(
        this, [caseId, templateId](ServiceContext &c) { return NoteComposer(c).compose(caseId, templateId); },
        [this](const Result<ComposedNote> &note) {
            setBusy(false);
            if (!note) {
                m_message->showError(note.error());
                return;
            }
            m_message->hide();
            composed(*note);
        });
}

void NoteComposerDialog::composed(const ComposedNote &note)
{
    m_filling = true;
    m_templateId = note.templateId;
    m_subject->setText(note.subject);
    m_body->setPlainText(note.body);
    m_filling = false;
    // A filled template is worth keeping as a draft at once.
    edited();
    updateState();
    m_body->setFocus();
    // The cursor after the greeting, where a personal line goes.
    QTextCursor cursor = m_body->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::Down, QTextCursor::MoveAnchor, 2);
    m_body->setTextCursor(cursor);
}

void NoteComposerDialog::edited()
{
    if (m_filling || !m_loaded)
        return;
    m_dirty = true;
    m_saveState->setText(tr("Not saved yet"));
    m_saveTimer->start();
    updateState();
}

Result<NoteDraft> NoteComposerDialog::draftFromForm() const
{
    NoteDraft draft;
    draft.id = m_noteId;
    draft.version = m_noteVersion;
    draft.caseId = m_caseId;
    draft.templateId = m_templateId;
    // A draft keeps whatever was typed; Send checks the addresses.
    auto to = NoteAddresses::parseList(m_to->text());
    if (to && !to->isEmpty())
        draft.to = to->first();
    else
        draft.to = MailAddress{QString(), m_to->text().trimmed()};
    auto cc = NoteAddresses::parseList(m_cc->text());
    if (cc)
        draft.cc = *cc;
    draft.subject = m_subject->text();
    draft.body = m_body->toPlainText();
    return draft;
}

void NoteComposerDialog::saveNow()
{
    if (!m_session || !m_dirty || m_saving)
        return;
    auto draft = draftFromForm();
    if (!draft)
        return;
    m_saving = true;
    m_dirty = false;
    m_saveState->setText(tr("Saving…"));
    const NoteDraft values = *draft;
    m_session->run<NoteRef>(
        this, [values](ServiceContext &c) { return NoteService(c).saveDraft(values); },
        [this](const Result<NoteRef> &ref) { saved(ref); });
}

void NoteComposerDialog::saved(const Result<NoteRef> &ref)
{
    m_saving = false;
    if (!ref) {
        m_dirty = true;
        m_saveState->setText(tr("Not saved"));
        m_message->showError(ref.error());
        updateState();
        return;
    }
    m_noteId = ref->id;
    m_noteVersion = ref->version;
    m_saveState->setText(tr("Draft saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    // Typed while saving: save again.
    if (m_dirty)
        m_saveTimer->start();
    updateState();
}

void NoteComposerDialog::send()
{
    if (!m_session || m_busy)
        return;
    auto to = NoteAddresses::parseList(m_to->text());
    if (!to) {
        m_message->showError(to.error());
        m_to->setFocus();
        return;
    }
    if (to->size() != 1) {
        m_message->showText(to->isEmpty() ? tr("Write the address the note goes to in To.")
                                          : tr("Write one address in To; the others go in Cc."));
        m_to->setFocus();
        return;
    }
    if (auto cc = NoteAddresses::parseList(m_cc->text()); !cc) {
        m_message->showError(cc.error());
        m_cc->setFocus();
        return;
    }
    auto draft = draftFromForm();
    if (!draft)
        return;
    m_saveTimer->stop();
    m_dirty = false;
    setBusy(true);
    // Saved and queued in one job, so the last words typed go out too.
    const NoteDraft values = *draft;
    m_session->run<NoteRef>(
        this,
        [values](ServiceContext &c) -> Result<NoteRef> {
            NoteService notes(c);
            auto ref = notes.saveDraft(values);
            if (!ref)
                return ref;
            return notes.queue(ref->id, ref->version);
        },
        [this](const Result<NoteRef> &ref) { finishedSending(ref); });
}

void NoteComposerDialog::finishedSending(const Result<NoteRef> &ref)
{
    setBusy(false);
    if (!ref) {
        m_dirty = true;
        m_message->showError(ref.error());
        return;
    }
    m_noteId = ref->id;
    m_noteVersion = ref->version;
    Q_EMIT noteQueued(ref->id);
    accept();
}

void NoteComposerDialog::openInMailClient()
{
    auto to = NoteAddresses::parseList(m_to->text());
    if (!to || to->isEmpty()) {
        m_message->showText(tr("Write the address the note goes to in To."));
        return;
    }
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    QStringList addresses;
    for (const MailAddress &mailbox : std::as_const(*to))
        addresses << mailbox.address;
    url.setPath(addresses.join(u','));
    QUrlQuery query;
    if (auto cc = NoteAddresses::parseList(m_cc->text()); cc && !cc->isEmpty()) {
        QStringList ccAddresses;
        for (const MailAddress &mailbox : std::as_const(*cc))
            ccAddresses << mailbox.address;
        query.addQueryItem(QStringLiteral("cc"), ccAddresses.join(u','));
    }
    query.addQueryItem(QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(m_subject->text())));
    QString body = m_body->toPlainText();
    body.replace(u'\n', QLatin1String("\r\n"));
    query.addQueryItem(QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(body)));
    url.setQuery(query);
    if (!QDesktopServices::openUrl(url)) {
        m_message->showText(tr("No mail program opened. Save the note as an .eml file instead, or copy the text."));
        return;
    }
    m_handedOver = true;
    m_message->showText(tr("The note is open in your mail program. Once you have sent it there, choose Mark as "
                           "Sent."));
    updateState();
}

void NoteComposerDialog::saveAsEml()
{
    if (!m_session)
        return;
    // The file's Message-ID comes from a saved note.
    if (m_noteId == 0 || m_dirty) {
        m_dirty = true;
        saveNow();
        m_message->showText(tr("Saving the draft first; choose Save as .eml again in a moment."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Note as an Email File"),
                                                      folder + QLatin1String("/thank-you.eml"),
                                                      tr("Email files (*.eml)"));
    if (path.isEmpty())
        return;
    setBusy(true);
    const qint64 id = m_noteId;
    m_session->run<QString>(
        this,
        [id, path](ServiceContext &c) -> Result<QString> {
            auto mail = NoteService(c).outgoingMail(id);
            if (!mail)
                return fail(mail.error());
            if (auto valid = MailMessage::validate(*mail); !valid)
                return fail(valid.error());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(MailMessage::toRfc5322(*mail)) < 0 || !file.commit())
                return fail(ErrorCode::FileMissing,
                            NoteComposerDialog::tr("The file could not be written: %1").arg(file.errorString()),
                            path);
            return mail->messageId;
        },
        [this, path](const Result<QString> &messageId) {
            setBusy(false);
            if (!messageId) {
                m_message->showError(messageId.error());
                return;
            }
            m_emlMessageId = *messageId;
            m_handedOver = true;
            m_message->showText(tr("Saved as %1. Open it in your mail program and send it, then choose Mark as "
                                   "Sent.")
                                    .arg(QDir::toNativeSeparators(path)));
            updateState();
        });
}

void NoteComposerDialog::markSentByHand()
{
    if (!m_session || m_busy)
        return;
    auto draft = draftFromForm();
    if (!draft)
        return;
    m_saveTimer->stop();
    m_dirty = false;
    setBusy(true);
    const NoteDraft values = *draft;
    const NoteDelivery delivery = m_emlMessageId.isEmpty() ? NoteDelivery::MailClient : NoteDelivery::Eml;
    const QString messageId = m_emlMessageId;
    m_session->run<NoteRef>(
        this,
        [values, delivery, messageId](ServiceContext &c) -> Result<NoteRef> {
            NoteService notes(c);
            auto ref = notes.saveDraft(values);
            if (!ref)
                return ref;
            return notes.markSentByHand(ref->id, ref->version, delivery, messageId);
        },
        [this](const Result<NoteRef> &ref) { finishedSending(ref); });
}

void NoteComposerDialog::reject()
{
    // Closing keeps the draft: the last words typed are saved on the way
    // out, answered to the session since this dialog is going.
    if (m_dirty && m_session && m_loaded) {
        m_saveTimer->stop();
        if (auto draft = draftFromForm()) {
            const NoteDraft values = *draft;
            m_session->run<NoteRef>(
                m_session, [values](ServiceContext &c) { return NoteService(c).saveDraft(values); },
                [](const Result<NoteRef> &) {});
        }
        m_dirty = false;
    }
    QDialog::reject();
}

void NoteComposerDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void NoteComposerDialog::updateState()
{
    if (!m_send)
        return;
    const bool ready = m_loaded && !m_busy;
    m_send->setVisible(m_smtpConfigured);
    m_mailClient->setVisible(!m_smtpConfigured);
    m_eml->setVisible(!m_smtpConfigured);
    m_markSent->setVisible(!m_smtpConfigured);
    m_send->setEnabled(ready);
    m_mailClient->setEnabled(ready);
    m_eml->setEnabled(ready);
    m_markSent->setEnabled(ready && m_handedOver);
    m_discard->setEnabled(ready && m_noteId != 0);
    for (QWidget *field : std::initializer_list<QWidget *>{m_template, m_to, m_cc, m_subject, m_body})
        field->setEnabled(m_loaded);
}

} // namespace fairwell
