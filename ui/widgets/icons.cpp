// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "widgets/icons.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace playground {

QIcon Icons::icon(Name name)
{
    struct Source
    {
        QString theme;
        QStyle::StandardPixmap fallback;
    };
    auto source = [name]() -> Source {
        switch (name) {
        case Name::Send:
            return {u"mail-send"_s, QStyle::SP_MediaPlay};
        case Name::Stop:
            return {u"process-stop"_s, QStyle::SP_MediaStop};
        case Name::Add:
            return {u"list-add"_s, QStyle::SP_FileDialogNewFolder};
        case Name::Remove:
            return {u"list-remove"_s, QStyle::SP_TrashIcon};
        case Name::MoveUp:
            return {u"go-up"_s, QStyle::SP_ArrowUp};
        case Name::MoveDown:
            return {u"go-down"_s, QStyle::SP_ArrowDown};
        case Name::Copy:
            return {u"edit-copy"_s, QStyle::SP_FileDialogContentsView};
        case Name::Image:
            return {u"insert-image"_s, QStyle::SP_FileIcon};
        case Name::Format:
            return {u"format-indent-more"_s, QStyle::SP_FileDialogDetailedView};
        case Name::Clear:
            return {u"edit-clear"_s, QStyle::SP_DialogResetButton};
        case Name::Expand:
            return {u"go-next"_s, QStyle::SP_ArrowRight};
        case Name::Collapse:
            return {u"go-down"_s, QStyle::SP_ArrowDown};
        case Name::Error:
            return {u"dialog-error"_s, QStyle::SP_MessageBoxCritical};
        case Name::Warning:
            return {u"dialog-warning"_s, QStyle::SP_MessageBoxWarning};
        case Name::Info:
            return {u"dialog-information"_s, QStyle::SP_MessageBoxInformation};
        case Name::Tool:
            return {u"applications-utilities"_s, QStyle::SP_FileDialogInfoView};
        case Name::Settings:
            return {u"configure"_s, QStyle::SP_FileDialogListView};
        }
        return {QString(), QStyle::SP_CustomBase};
    }();
    const QIcon fallback = QApplication::style()->standardIcon(source.fallback);
    return QIcon::fromTheme(source.theme, fallback);
}

} // namespace playground
