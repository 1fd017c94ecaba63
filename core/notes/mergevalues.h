// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace fairwell {

// The values a note's merge fields take for one case, by field name.
// A blank value (empty once trimmed) counts as no value.
class MergeValues
{
public:
    void set(const QString &field, const QString &value) { m_values.insert(field, value); }

    // The value trimmed, so a stray space or a signature's last line break
    // never lands in the note; empty when there is none.
    QString value(const QString &field) const { return m_values.value(field).trimmed(); }

    bool has(const QString &field) const { return !value(field).isEmpty(); }

    // Every field set, blank or not.
    const QHash<QString, QString> &all() const { return m_values; }

    friend bool operator==(const MergeValues &, const MergeValues &) = default;

private:
    QHash<QString, QString> m_values;
};

} // namespace fairwell
