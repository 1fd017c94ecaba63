// SPDX-License-Identifier: GPL-3.0-or-later
#include "alternativedialog.h"

#include "services/caseworkservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace fairwell {

AlternativeDialog::AlternativeDialog(Session *session, qint64 caseId, int caseVersion, QWidget *parent)
    : CaseActionDialog(session, caseId, caseVersion, parent)
{
    setObjectName(QStringLiteral("alternativeDialog"));
    setWindowTitle(tr("Alternative Offered"));

    auto *note = new QLabel(tr("Offer once, and take no for an answer: leaving stays easy either way."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("alternativeKind"));
    m_kind->addItem(tr("Pause the subscription"), int(AlternativeKind::Pause));
    m_kind->addItem(tr("A smaller plan"), int(AlternativeKind::Downgrade));
    m_kind->addItem(tr("A discount"), int(AlternativeKind::Discount));
    m_kind->addItem(tr("Training"), int(AlternativeKind::Training));
    m_kind->addItem(tr("A workaround"), int(AlternativeKind::Workaround));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("alternativeDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What exactly was offered?"));
    m_response = new QComboBox(this);
    m_response->setObjectName(QStringLiteral("alternativeResponse"));
    m_response->addItem(tr("Thinking about it"), int(AlternativeResponse::Thinking));
    m_response->addItem(tr("Accepted"), int(AlternativeResponse::Accepted));
    m_response->addItem(tr("Declined"), int(AlternativeResponse::Declined));

    form()->addRow(note);
    form()->addRow(tr("&Offered:"), m_kind);
    form()->addRow(tr("&Details:"), m_description);
    form()->addRow(tr("&Response:"), m_response);
    setSaveText(tr("&Save"));
    resize(480, 320);
}

QString AlternativeDialog::problem() const
{
    return {};
}

CaseActionDialog::Change AlternativeDialog::change() const
{
    AlternativeInput input;
    input.kind = AlternativeKind(m_kind->currentData().toInt());
    input.description = m_description->toPlainText().trimmed();
    input.response = AlternativeResponse(m_response->currentData().toInt());
    const qint64 id = caseId();
    return [id, input](ServiceContext &context, int version) -> Status {
        auto recorded = CaseWorkService(context).recordAlternative(id, version, input);
        if (!recorded)
            return fail(recorded.error());
        return {};
    };
}

} // namespace fairwell
