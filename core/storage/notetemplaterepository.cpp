// SPDX-License-Identifier: GPL-3.0-or-later
#include "notetemplaterepository.h"

#include "storage/database.h"
#include "storage/repositorysupport.h"

namespace fairwell {

namespace {

QVariantList templateValues(const NoteTemplate &t)
{
    return {t.name, t.language, t.subject, t.body, t.active, sqlInstant(t.createdAt), sqlInstant(t.updatedAt)};
}

NoteTemplate readTemplate(RowReader &r)
{
    NoteTemplate t;
    t.id = r.id();
    t.name = r.text();
    t.language = r.text();
    t.subject = r.text();
    t.body = r.text();
    t.active = r.boolean();
    t.createdAt = r.instant();
    t.updatedAt = r.instant();
    t.version = r.integer();
    return t;
}

const TableMapping<NoteTemplate> &mapping()
{
    static const TableMapping<NoteTemplate> m{
        QStringLiteral("note_templates"),
        {QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("subject"), QStringLiteral("body"),
         QStringLiteral("active"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
        templateValues,
        readTemplate,
    };
    return m;
}

} // namespace

NoteTemplateRepository::NoteTemplateRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> NoteTemplateRepository::add(NoteTemplate &noteTemplate)
{
    return insertRow(m_db, mapping(), noteTemplate);
}

Result<NoteTemplate> NoteTemplateRepository::find(qint64 id)
{
    return findById(m_db, mapping(), id, tr("There is no note template number %1.").arg(id));
}

Result<NoteTemplate> NoteTemplateRepository::findByName(const QString &name)
{
    return fetchOne(m_db, mapping(), QStringLiteral("WHERE name = ?"), {name},
                    tr("There is no note template named \"%1\".").arg(name));
}

Status NoteTemplateRepository::update(NoteTemplate &noteTemplate)
{
    return updateVersionedRow(m_db, mapping(), noteTemplate, [&](bool stillExists) {
        if (!stillExists)
            return tr("Someone else deleted the template \"%1\" since you opened it. Yours was not saved.")
                .arg(noteTemplate.name);
        return tr("Someone else changed the template \"%1\" since you opened it. Reload it to see their change; "
                  "yours was not saved.")
            .arg(noteTemplate.name);
    });
}

Status NoteTemplateRepository::remove(qint64 id)
{
    return sql::removeById(m_db, mapping().table, id, tr("There is no note template number %1 to delete.").arg(id));
}

Result<QList<NoteTemplate>> NoteTemplateRepository::list(bool activeOnly)
{
    if (activeOnly)
        return fetchAll(m_db, mapping(), QStringLiteral("WHERE active = ? ORDER BY name, id"), {true});
    return fetchAll(m_db, mapping(), QStringLiteral("ORDER BY name, id"));
}

} // namespace fairwell
