#pragma once
// Loads the app's translation (and Qt's own) for a language: the one chosen in
// Settings, or the system's. Arabic lays the window out right to left.
#include <QString>

namespace envisage::ui::Translations {

// "de", "pt_BR", … or empty for the system language. Returns the language loaded
// ("en" when none matched: English needs no file).
QString install(const QString &language);
QStringList available();

} // namespace envisage::ui::Translations
