#pragma once

#include <QSize>
#include <QString>
#include <optional>

// Parses "WxH" (e.g. "1600x900") and checks it against the range pictures may have.
namespace SizeSpec {
constexpr QSize kMinimum { 200, 150 };
constexpr QSize kMaximum { 8000, 8000 };
// On failure `error` says what is wrong with `text`.
std::optional<QSize> parse(const QString& text, QString* error);
} // namespace SizeSpec
