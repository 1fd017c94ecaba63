// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <type_traits>

namespace fairwell {

// The words an enum is stored as in the database (the CHECK lists of the
// schema). Each domain header specialises EnumNames for its enums, so the
// mapping lives next to the enum and is written once. These are storage
// words, not display text: the UI translates them itself.
template<typename E>
struct EnumName
{
    E value;
    const char *name;
};

template<typename E>
struct EnumNames; // specialised per enum: static constexpr EnumName<E> values[]

template<typename E>
concept StoredEnum = std::is_enum_v<E> && requires { EnumNames<E>::values; };

template<StoredEnum E>
QString toString(E value)
{
    for (const EnumName<E> &entry : EnumNames<E>::values) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template<StoredEnum E>
std::optional<E> fromString(const QString &text)
{
    for (const EnumName<E> &entry : EnumNames<E>::values) {
        if (text == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace fairwell
