#pragma once

#include <QString>
#include <optional>

// How much a number can be trusted, from a vendor datasheet down to our own arithmetic.
enum class Confidence { Official, Reported, Rumored, Estimate };

std::optional<Confidence> confidenceFromKey(const QString& key);
QString confidenceKey(Confidence confidence);
QString confidenceLabel(Confidence confidence); // translated, for people
// Rumored and estimated values are below "reported" and get marked in every view.
bool isBelowReported(Confidence confidence);
