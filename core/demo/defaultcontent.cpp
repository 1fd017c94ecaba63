// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultcontent.h"

#include "notes/templaterenderer.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <optional>

namespace fairwell {

namespace {

struct CategoryDefault
{
    QString name;
    QStringList reasons;
};

struct StepDefault
{
    QString kind;
    QString title;
    QString helpText;
    QString ownerRole;
    int dueOffsetDays = 0;
    bool required = true;
};

struct PlaybookDefault
{
    QString name;
    QString description;
    QString segment;
    QString plan;
    std::optional<qint64> mrrMinMinor;
    std::optional<qint64> mrrMaxMinor;
    QString reasonCategory;
    int priority = 0;
    QList<StepDefault> steps;
};

struct TemplateDefault
{
    QString name;
    QString language;
    QString subject;
    QString body;
};

struct Defaults
{
    QList<CategoryDefault> categories;
    QList<PlaybookDefault> playbooks;
    QList<TemplateDefault> templates;
};

// The values the schema's CHECK constraints allow; checked here so a bad
// file names itself instead of failing as a constraint violation.
const QStringList &stepKinds()
{
    static const QStringList kinds = {
        QStringLiteral("personal_call"), QStringLiteral("thank_you_note"), QStringLiteral("exit_survey"),
        QStringLiteral("data_export"), QStringLiteral("billing_chore"), QStringLiteral("alternative_conversation"),
        QStringLiteral("winback_checkin"), QStringLiteral("custom")};
    return kinds;
}

const QStringList &roles()
{
    static const QStringList values = {QStringLiteral("rep"), QStringLiteral("manager"), QStringLiteral("admin")};
    return values;
}

const QStringList &segments()
{
    static const QStringList values = {QStringLiteral("smb"), QStringLiteral("mid_market"),
                                       QStringLiteral("enterprise")};
    return values;
}

std::unexpected<Error> invalid(const QString &path, const QString &problem)
{
    return fail(ErrorCode::InvalidInput,
                DefaultContent::tr("The default content file is not valid: %1").arg(problem),
                QDir::toNativeSeparators(path));
}

Result<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileMissing, DefaultContent::tr("The default content file cannot be read."),
                    QDir::toNativeSeparators(path), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(path, DefaultContent::tr("%1 at character %2.")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    if (!document.isObject())
        return invalid(path, DefaultContent::tr("the top level must be an object."));
    return document.object();
}

// A required, non-empty string member.
std::optional<QString> text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return std::nullopt;
    return value.toString();
}

// An optional amount in minor units: absent or null means no bound; anything
// else must be a whole, non-negative number, or the file is named as bad
// (a silently dropped bound would match the playbook to every account).
Result<std::optional<qint64>> optionalMoney(const QString &path, const QString &playbook, const QJsonObject &object,
                                            const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    constexpr qint64 NotWhole = -1;
    const qint64 amount = value.isDouble() ? value.toInteger(NotWhole) : NotWhole;
    if (amount < 0)
        return invalid(path, DefaultContent::tr("playbook \"%1\" has \"%2\" = %3, which is not a whole, "
                                                "non-negative amount in minor units (cents).")
                                 .arg(playbook, key, value.toVariant().toString()));
    return std::optional<qint64>(amount);
}

Result<QList<CategoryDefault>> parseTaxonomy(const QString &path)
{
    auto root = readJson(path);
    if (!root)
        return fail(root.error());
    const QJsonArray categories = root->value(QLatin1String("categories")).toArray();
    if (categories.isEmpty())
        return invalid(path, DefaultContent::tr("it lists no \"categories\"."));
    QList<CategoryDefault> result;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QJsonObject object = categories.at(i).toObject();
        CategoryDefault category;
        const auto name = text(object, QStringLiteral("name"));
        if (!name)
            return invalid(path, DefaultContent::tr("category %1 has no name.").arg(i + 1));
        category.name = *name;
        const QJsonArray reasons = object.value(QLatin1String("reasons")).toArray();
        for (const QJsonValue &reason : reasons) {
            if (!reason.isString() || reason.toString().trimmed().isEmpty())
                return invalid(path, DefaultContent::tr("category \"%1\" has a reason without a name.").arg(*name));
            category.reasons.append(reason.toString());
        }
        if (category.reasons.isEmpty())
            return invalid(path, DefaultContent::tr("category \"%1\" has no reasons.").arg(*name));
        result.append(category);
    }
    return result;
}

Result<QList<PlaybookDefault>> parsePlaybooks(const QString &path, const QList<CategoryDefault> &categories)
{
    auto root = readJson(path);
    if (!root)
        return fail(root.error());
    const QJsonArray playbooks = root->value(QLatin1String("playbooks")).toArray();
    if (playbooks.isEmpty())
        return invalid(path, DefaultContent::tr("it lists no \"playbooks\"."));
    QList<PlaybookDefault> result;
    for (qsizetype i = 0; i < playbooks.size(); ++i) {
        const QJsonObject object = playbooks.at(i).toObject();
        PlaybookDefault playbook;
        const auto name = text(object, QStringLiteral("name"));
        if (!name)
            return invalid(path, DefaultContent::tr("playbook %1 has no name.").arg(i + 1));
        playbook.name = *name;
        playbook.description = object.value(QLatin1String("description")).toString();
        playbook.priority = object.value(QLatin1String("priority")).toInt();
        const QJsonObject match = object.value(QLatin1String("match")).toObject();
        playbook.segment = match.value(QLatin1String("segment")).toString();
        if (!playbook.segment.isEmpty() && !segments().contains(playbook.segment))
            return invalid(path, DefaultContent::tr("playbook \"%1\" matches the unknown segment \"%2\".")
                                     .arg(*name, playbook.segment));
        playbook.plan = match.value(QLatin1String("plan")).toString();
        auto mrrMin = optionalMoney(path, *name, match, QStringLiteral("mrr_min_minor"));
        if (!mrrMin)
            return fail(mrrMin.error());
        auto mrrMax = optionalMoney(path, *name, match, QStringLiteral("mrr_max_minor"));
        if (!mrrMax)
            return fail(mrrMax.error());
        playbook.mrrMinMinor = *mrrMin;
        playbook.mrrMaxMinor = *mrrMax;
        playbook.reasonCategory = match.value(QLatin1String("reason_category")).toString();
        if (!playbook.reasonCategory.isEmpty()
            && std::none_of(categories.cbegin(), categories.cend(),
                            [&](const CategoryDefault &c) { return c.name == playbook.reasonCategory; }))
            return invalid(path, DefaultContent::tr("playbook \"%1\" matches the reason category \"%2\", "
                                                    "which the taxonomy does not have.")
                                     .arg(*name, playbook.reasonCategory));

        const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
        if (steps.isEmpty())
            return invalid(path, DefaultContent::tr("playbook \"%1\" has no steps.").arg(*name));
        for (qsizetype s = 0; s < steps.size(); ++s) {
            const QJsonObject stepObject = steps.at(s).toObject();
            StepDefault step;
            const auto kind = text(stepObject, QStringLiteral("kind"));
            if (!kind || !stepKinds().contains(*kind))
                return invalid(path, DefaultContent::tr("step %1 of playbook \"%2\" has an unknown kind \"%3\".")
                                         .arg(s + 1)
                                         .arg(*name, kind.value_or(QString())));
            step.kind = *kind;
            const auto title = text(stepObject, QStringLiteral("title"));
            if (!title)
                return invalid(path, DefaultContent::tr("step %1 of playbook \"%2\" has no title.").arg(s + 1).arg(*name));
            step.title = *title;
            step.helpText = stepObject.value(QLatin1String("help_text")).toString();
            step.ownerRole = stepObject.value(QLatin1String("owner_role")).toString(QStringLiteral("rep"));
            if (!roles().contains(step.ownerRole))
                return invalid(path, DefaultContent::tr("step %1 of playbook \"%2\" has an unknown owner role \"%3\".")
                                         .arg(s + 1)
                                         .arg(*name, step.ownerRole));
            step.dueOffsetDays = stepObject.value(QLatin1String("due_offset_days")).toInt();
            step.required = stepObject.value(QLatin1String("required")).toBool(true);
            playbook.steps.append(step);
        }
        result.append(playbook);
    }
    return result;
}

Result<QList<TemplateDefault>> parseTemplates(const QString &path)
{
    auto root = readJson(path);
    if (!root)
        return fail(root.error());
    const QJsonArray templates = root->value(QLatin1String("templates")).toArray();
    if (templates.isEmpty())
        return invalid(path, DefaultContent::tr("it lists no \"templates\"."));
    QList<TemplateDefault> result;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QJsonObject object = templates.at(i).toObject();
        const auto name = text(object, QStringLiteral("name"));
        const auto subject = text(object, QStringLiteral("subject"));
        const auto body = text(object, QStringLiteral("body"));
        if (!name || !subject || !body)
            return invalid(path, DefaultContent::tr("template %1 needs a name, a subject and a body.").arg(i + 1));
        if (const auto fault = TemplateRenderer::check(*subject))
            return invalid(path, DefaultContent::tr("the subject of template \"%1\" cannot be used. %2")
                                     .arg(*name, fault->message()));
        if (const auto fault = TemplateRenderer::check(*body))
            return invalid(path, DefaultContent::tr("the text of template \"%1\" cannot be used. %2")
                                     .arg(*name, fault->message()));
        result.append({*name, object.value(QLatin1String("language")).toString(QStringLiteral("en")), *subject, *body});
    }
    return result;
}

Result<Defaults> readDefaults(const QString &folder)
{
    const QDir dir(folder);
    Defaults defaults;
    auto categories = parseTaxonomy(dir.filePath(QStringLiteral("taxonomy.json")));
    if (!categories)
        return fail(categories.error());
    defaults.categories = *categories;
    auto playbooks = parsePlaybooks(dir.filePath(QStringLiteral("playbooks.json")), defaults.categories);
    if (!playbooks)
        return fail(playbooks.error());
    defaults.playbooks = *playbooks;
    auto templates = parseTemplates(dir.filePath(QStringLiteral("templates.json")));
    if (!templates)
        return fail(templates.error());
    defaults.templates = *templates;
    return defaults;
}

Result<bool> isEmpty(Database &db, const QString &table)
{
    // Table names are fixed strings of this file, never input.
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!query)
        return fail(query.error());
    return query->next() && query->value(0).toLongLong() == 0;
}

Result<qint64> insertReturningId(Database &db, const QString &sql, const QVariantList &values)
{
    auto query = db.exec(sql, values);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(ErrorCode::QueryFailed, DefaultContent::tr("The database did not return the new row's id."));
    return query->value(0).toLongLong();
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant nullableMoney(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

Status installTaxonomy(Database &db, const QList<CategoryDefault> &categories)
{
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const CategoryDefault &category = categories.at(i);
        auto id = insertReturningId(db,
                                    QStringLiteral("INSERT INTO reason_categories (name, position) VALUES (?, ?) "
                                                   "RETURNING id"),
                                    {category.name, int(i)});
        if (!id)
            return fail(id.error());
        for (qsizetype r = 0; r < category.reasons.size(); ++r) {
            auto added = db.exec(QStringLiteral("INSERT INTO exit_reasons (category_id, name, position) "
                                                "VALUES (?, ?, ?)"),
                                 {*id, category.reasons.at(r), int(r)});
            if (!added)
                return fail(added.error());
        }
    }
    return {};
}

Status installPlaybooks(Database &db, const QList<PlaybookDefault> &playbooks, const QVariant &stamp)
{
    for (const PlaybookDefault &playbook : playbooks) {
        QVariant categoryId(QMetaType::fromType<qint64>());
        bool active = true;
        if (!playbook.reasonCategory.isEmpty()) {
            auto found = db.exec(QStringLiteral("SELECT id FROM reason_categories WHERE name = ?"),
                                 {playbook.reasonCategory});
            if (!found)
                return fail(found.error());
            if (found->next())
                categoryId = found->value(0).toLongLong();
            else
                active = false; // an admin's own taxonomy lacks it: an admin decides
        }
        auto id = insertReturningId(
            db,
            QStringLiteral("INSERT INTO playbooks (name, description, match_segment, match_plan, "
                           "match_mrr_min_minor, match_mrr_max_minor, match_reason_category_id, priority, active, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {playbook.name, playbook.description, nullableText(playbook.segment), nullableText(playbook.plan),
             nullableMoney(playbook.mrrMinMinor), nullableMoney(playbook.mrrMaxMinor), categoryId,
             playbook.priority, active, stamp, stamp});
        if (!id)
            return fail(id.error());
        for (qsizetype s = 0; s < playbook.steps.size(); ++s) {
            const StepDefault &step = playbook.steps.at(s);
            auto added = db.exec(
                QStringLiteral("INSERT INTO playbook_steps (playbook_id, position, kind, title, help_text, "
                               "owner_role, due_offset_days, required) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {*id, int(s + 1), step.kind, step.title, step.helpText, step.ownerRole, step.dueOffsetDays,
                 step.required});
            if (!added)
                return fail(added.error());
        }
    }
    return {};
}

Status installTemplates(Database &db, const QList<TemplateDefault> &templates, const QVariant &stamp)
{
    for (const TemplateDefault &note : templates) {
        auto added = db.exec(QStringLiteral("INSERT INTO note_templates (name, language, subject, body, "
                                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {note.name, note.language, note.subject, note.body, stamp, stamp});
        if (!added)
            return fail(added.error());
    }
    return {};
}

} // namespace

QString DefaultContent::resourceFolder()
{
    return QStringLiteral(":/fairwell/defaults");
}

Result<QList<NoteTemplate>> DefaultContent::templates(const QString &folder)
{
    auto defaults = parseTemplates(QDir(folder).filePath(QStringLiteral("templates.json")));
    if (!defaults)
        return fail(defaults.error());
    QList<NoteTemplate> result;
    for (const TemplateDefault &note : std::as_const(*defaults)) {
        NoteTemplate entry;
        entry.name = note.name;
        entry.language = note.language;
        entry.subject = note.subject;
        entry.body = note.body;
        result.append(entry);
    }
    return result;
}

Status DefaultContent::install(Database &db)
{
    return install(db, resourceFolder(), {});
}

Status DefaultContent::install(Database &db, const QString &folder, const QDateTime &createdAt)
{
    // Everything is read and checked before the first write, so a broken
    // file leaves the database as it was.
    auto defaults = readDefaults(folder);
    if (!defaults)
        return fail(defaults.error());
    const QVariant stamp = sqlInstant(createdAt.isValid() ? createdAt : QDateTime::currentDateTimeUtc());

    return db.write([&]() -> Status {
        auto noCategories = isEmpty(db, QStringLiteral("reason_categories"));
        if (!noCategories)
            return fail(noCategories.error());
        if (*noCategories) {
            if (auto done = installTaxonomy(db, defaults->categories); !done)
                return done;
        }
        auto noPlaybooks = isEmpty(db, QStringLiteral("playbooks"));
        if (!noPlaybooks)
            return fail(noPlaybooks.error());
        if (*noPlaybooks) {
            if (auto done = installPlaybooks(db, defaults->playbooks, stamp); !done)
                return done;
        }
        auto noTemplates = isEmpty(db, QStringLiteral("note_templates"));
        if (!noTemplates)
            return fail(noTemplates.error());
        if (*noTemplates) {
            if (auto done = installTemplates(db, defaults->templates, stamp); !done)
                return done;
        }
        return {};
    });
}

} // namespace fairwell
