#pragma once

// Opens a window the way a user meets it before a GUI test clicks: at a given size, shown, and
// exposed (painted once), so geometry, elision and hit-testing are those of a real screen.
// Use it as QVERIFY(showAtSize(window, { 1280, 800 })); a window that never shows fails the test.

#include <QSize>
#include <QTest>
#include <QWidget>

[[nodiscard]] inline bool showAtSize(QWidget& window, QSize size)
{
    window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}
