// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "services/notecomposer.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace fairwell {

class MessageLine;
class Session;
struct NoteDraft;
struct NoteRef;

// Writes a thank-you note on a case: a template filled in with the case's
// values, then the person's own words. The draft is saved as they type (a
// crash or a closed window loses at most the last second), and comes back
// when the composer opens on the case again. Send queues it for the
// outbox; with no mail server set up, the note goes out through the
// desktop's mail program or as an .eml file, and the person marks it sent.
class NoteComposerDialog : public QDialog
{
    Q_OBJECT

public:
    NoteComposerDialog(Session *session, qint64 caseId, QWidget *parent = nullptr);
    ~NoteComposerDialog() override;

    qint64 caseId() const { return m_caseId; }
    qint64 noteId() const { return m_noteId; }
    bool isSaving() const { return m_saving; }
    bool hasUnsavedChanges() const { return m_dirty; }
    MessageLine *messageLine() const { return m_message; }

    // How long typing rests before the draft is saved.
    static constexpr int SaveDelayMs = 700;

Q_SIGNALS:
    // The note went to the outbox (or was marked sent by hand).
    void noteQueued(qint64 noteId);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void buildUi();
    void retranslateUi();
    void load();
    void started(const CompositionStart &start);
    void chooseTemplate();
    void composed(const ComposedNote &note);
    void edited();
    void saveNow();
    Result<NoteDraft> draftFromForm() const;
    void saved(const Result<NoteRef> &ref);
    void send();
    void openInMailClient();
    void saveAsEml();
    void markSentByHand();
    void finishedSending(const Result<NoteRef> &ref);
    void setBusy(bool busy);
    void updateState();

    QPointer<Session> m_session;
    const qint64 m_caseId;
    qint64 m_noteId = 0;
    int m_noteVersion = 0;
    qint64 m_templateId = 0;
    QString m_language;
    bool m_smtpConfigured = false;
    bool m_loaded = false;
    bool m_filling = false; // the form is being filled, not typed in
    bool m_dirty = false;   // typed since the last save
    bool m_saving = false;
    bool m_busy = false;
    bool m_handedOver = false; // opened in the mail program or saved as .eml
    QString m_emlMessageId;
    int m_templateChoice = -1;

    QLabel *m_intro = nullptr;
    QComboBox *m_template = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_saveState = nullptr;
    MessageLine *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_mailClient = nullptr;
    QPushButton *m_eml = nullptr;
    QPushButton *m_markSent = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_templateLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_ccLabel = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QTimer *m_saveTimer = nullptr;
};

} // namespace fairwell
