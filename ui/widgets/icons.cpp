// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "widgets/icons.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace playground {

namespace {

QString fileName(Icons::Name name)
{
    switch (name) {
    case Icons::Name::Send:
        return u"send"_s;
    case Icons::Name::Stop:
        return u"stop"_s;
    case Icons::Name::Add:
        return u"add"_s;
    case Icons::Name::Remove:
        return u"remove"_s;
    case Icons::Name::MoveUp:
        return u"move-up"_s;
    case Icons::Name::MoveDown:
        return u"move-down"_s;
    case Icons::Name::Copy:
        return u"copy"_s;
    case Icons::Name::Image:
        return u"image"_s;
    case Icons::Name::Format:
        return u"format"_s;
    case Icons::Name::Clear:
        return u"clear"_s;
    case Icons::Name::Expand:
        return u"expand"_s;
    case Icons::Name::Collapse:
        return u"collapse"_s;
    case Icons::Name::Error:
        return u"error"_s;
    case Icons::Name::Warning:
        return u"warning"_s;
    case Icons::Name::Info:
        return u"info"_s;
    case Icons::Name::Tool:
        return u"tool"_s;
    case Icons::Name::Settings:
        return u"settings"_s;
    }
    return {};
}

QPixmap render(const QByteArray &svg, int size)
{
    // The SVG plugin draws the paths at the size asked for (through the viewBox), rather
    // than scaling a render of another size.
    QBuffer buffer;
    buffer.setData(svg);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size));
    return QPixmap::fromImage(reader.read());
}

} // namespace

QIcon Icons::icon(Name name)
{
    // Monochrome icons take the palette's text colour, so they read in light and dark.
    const QColor ink = QApplication::palette().color(QPalette::WindowText);
    const QString key = fileName(name) + ink.name();
    static QHash<QString, QIcon> cache;
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;

    QFile file(u":/icons/"_s + fileName(name) + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", ink.name().toLatin1());
    // Exact sizes for the usual icon sizes at 1×, 1.25×, 1.5× and 2× (high DPI screens), up to
    // 128 px; the icon engine only ever scales down from the next one up.
    QIcon icon;
    for (const int size : {16, 20, 24, 30, 32, 36, 40, 48, 60, 64, 72, 96, 128})
        icon.addPixmap(render(svg, size));
    cache.insert(key, icon);
    return icon;
}

} // namespace playground
