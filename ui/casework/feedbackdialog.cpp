// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackdialog.h"

#include "common/messageline.h"
#include "services/caseworkservice.h"
#include "services/taxonomyservice.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

#include <set>

namespace fairwell {

FeedbackDialog::FeedbackDialog(Session *session, qint64 caseId, int caseVersion,
                               const std::optional<ExitFeedback> &current, QWidget *parent)
    : CaseActionDialog(session, caseId, caseVersion, parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Record Feedback"));

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("reasonCategory"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("primaryReason"));
    m_secondary = new QListWidget(this);
    m_secondary->setObjectName(QStringLiteral("secondaryReasons"));
    m_secondary->setMaximumHeight(110);
    m_verbatim = new QPlainTextEdit(this);
    m_verbatim->setObjectName(QStringLiteral("verbatim"));
    m_verbatim->setTabChangesFocus(true);
    m_verbatim->setPlaceholderText(tr("The customer's own words, as they said them."));
    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
    m_satisfaction->addItem(tr("Not asked"), 0);
    const QStringList scale{tr("1 — very unhappy"), tr("2 — unhappy"), tr("3 — neutral"), tr("4 — happy"),
                            tr("5 — very happy")};
    for (int i = 0; i < scale.size(); ++i)
        m_satisfaction->addItem(scale.at(i), i + 1);
    m_competitor = new QLineEdit(this);
    m_competitor->setObjectName(QStringLiteral("competitor"));
    m_competitor->setPlaceholderText(tr("Only if they are switching"));
    m_wouldReturn = new QComboBox(this);
    m_wouldReturn->setObjectName(QStringLiteral("wouldReturn"));
    m_wouldReturn->addItem(tr("Not asked"), int(WouldReturn::Unknown));
    m_wouldReturn->addItem(tr("Yes"), int(WouldReturn::Yes));
    m_wouldReturn->addItem(tr("Maybe"), int(WouldReturn::Maybe));
    m_wouldReturn->addItem(tr("No"), int(WouldReturn::No));
    m_mayContact = new QCheckBox(tr("The customer agreed that we may contact them &later"), this);
    m_mayContact->setObjectName(QStringLiteral("mayContactLater"));

    form()->addRow(tr("Reason &category:"), m_category);
    form()->addRow(tr("&Primary reason:"), m_reason);
    form()->addRow(tr("&Other reasons:"), m_secondary);
    form()->addRow(tr("In their &words:"), m_verbatim);
    form()->addRow(tr("Sat&isfaction:"), m_satisfaction);
    form()->addRow(tr("Switching &to:"), m_competitor);
    form()->addRow(tr("Would they &return?"), m_wouldReturn);
    form()->addRow(QString(), m_mayContact);
    setSaveText(tr("&Save Feedback"));

    if (m_current) {
        m_verbatim->setPlainText(m_current->verbatim);
        m_satisfaction->setCurrentIndex(qMax(0, m_satisfaction->findData(m_current->satisfaction.value_or(0))));
        m_competitor->setText(m_current->competitor);
        m_wouldReturn->setCurrentIndex(qMax(0, m_wouldReturn->findData(int(m_current->wouldReturn))));
        m_mayContact->setChecked(m_current->mayContactLater);
    }
    connect(m_category, &QComboBox::currentIndexChanged, this, &FeedbackDialog::fillReasonsOfCategory);

    m_category->setEnabled(false);
    m_reason->setEnabled(false);
    if (session) {
        session->run<QList<ReasonChoice>>(
            this, [](ServiceContext &context) { return TaxonomyService(context).activeReasons(); },
            [this](const Result<QList<ReasonChoice>> &reasons) {
                if (!reasons) {
                    messageLine()->showError(reasons.error());
                    return;
                }
                fillReasons(*reasons);
            });
    }
    resize(560, 560);
}

void FeedbackDialog::fillReasons(const QList<ReasonChoice> &reasons)
{
    m_reasons = reasons;
    const qint64 primary = m_current ? m_current->primaryReasonId : 0;
    qint64 primaryCategory = 0;
    m_category->blockSignals(true);
    m_category->clear();
    m_category->addItem(tr("Not known yet"), qint64(0));
    for (const ReasonChoice &reason : reasons) {
        if (m_category->findData(reason.categoryId) < 0)
            m_category->addItem(reason.category, reason.categoryId);
        if (reason.id == primary)
            primaryCategory = reason.categoryId;
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(primaryCategory)));
    m_category->blockSignals(false);
    fillReasonsOfCategory();
    if (primary != 0)
        m_reason->setCurrentIndex(qMax(0, m_reason->findData(primary)));
    // An archived reason cannot be chosen anew, but one already recorded
    // stays until someone picks another.
    if (primary != 0 && primaryCategory == 0) {
        m_reason->addItem(tr("The reason recorded before (archived since)"), primary);
        m_reason->setCurrentIndex(m_reason->count() - 1);
    }

    const QList<qint64> secondary = m_current ? m_current->secondaryReasonIds : QList<qint64>();
    m_secondary->clear();
    for (const ReasonChoice &reason : reasons) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(reason.category, reason.name), m_secondary);
        item->setData(Qt::UserRole, reason.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(secondary.contains(reason.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_category->setEnabled(true);
    m_reason->setEnabled(true);
    m_reasonsLoaded = true;
    Q_EMIT reasonsLoaded();
}

void FeedbackDialog::fillReasonsOfCategory()
{
    const qint64 category = m_category->currentData().toLongLong();
    m_reason->clear();
    m_reason->addItem(category == 0 ? tr("Choose a category first") : tr("Choose a reason"), qint64(0));
    for (const ReasonChoice &reason : std::as_const(m_reasons)) {
        if (reason.categoryId == category)
            m_reason->addItem(reason.name, reason.id);
    }
    if (m_reason->count() == 2)
        m_reason->setCurrentIndex(1);
}

QString FeedbackDialog::problem() const
{
    if (!m_reasonsLoaded)
        return tr("The exit reasons are still loading. Try again in a moment.");
    if (m_category->currentData().toLongLong() != 0 && m_reason->currentData().toLongLong() == 0)
        return tr("Choose the primary reason within “%1”, or set the category back to “Not known yet”.")
            .arg(m_category->currentText());
    return {};
}

CaseActionDialog::Change FeedbackDialog::change() const
{
    FeedbackInput input;
    input.primaryReasonId = m_reason->currentData().toLongLong();
    std::set<qint64> secondary;
    for (int i = 0; i < m_secondary->count(); ++i) {
        const QListWidgetItem *item = m_secondary->item(i);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        // The primary reason is not also a secondary one.
        if (item->checkState() == Qt::Checked && id != input.primaryReasonId)
            secondary.insert(id);
    }
    input.secondaryReasonIds = QList<qint64>(secondary.begin(), secondary.end());
    input.verbatim = m_verbatim->toPlainText().trimmed();
    if (const int score = m_satisfaction->currentData().toInt(); score > 0)
        input.satisfaction = score;
    input.competitor = m_competitor->text().trimmed();
    input.wouldReturn = WouldReturn(m_wouldReturn->currentData().toInt());
    input.mayContactLater = m_mayContact->isChecked();
    const qint64 id = caseId();
    return [id, input](ServiceContext &context, int version) {
        return CaseWorkService(context).recordFeedback(id, version, input);
    };
}

} // namespace fairwell
