// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// Accessibility of the real windows, offscreen: every control a screen reader meets has a
// name; Tab reaches every control of the window and of its dialogs and never gets stuck;
// panels are read in order; View > Go to … lands on a control; the menus open from the
// keyboard; no two shortcuts or mnemonics collide; icons stay sharp at high DPI.
// The checks collect every offender before failing, each with its class, objectName and
// parents, so one run lists everything to fix.
#include "compare/comparelane.h"
#include "compare/comparepanel.h"
#include "compare/lanesettingsdialog.h"
#include "mainwindow.h"
#include "profiles/memorysecretstore.h"
#include "profiles/profilestore.h"
#include "providers/providersdialog.h"
#include "session/playgroundsession.h"
#include "transport/httptransport.h"
#include "uitest.h"
#include "usage/usageledger.h"
#include "widgets/icons.h"
#include "widgets/noticebar.h"

#include <algorithm>
#include <memory>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;
using namespace playground;
using testsupport::findNamed;

namespace {

//! "QLineEdit#profileName < QWidget#? < ProvidersDialog#providersDialog"
QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        chain << u"%1#%2"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                w->objectName().isEmpty() ? u"?"_s : w->objectName());
        if (w->isWindow())
            break;
    }
    return chain.join(u" < "_s);
}

//! The line edit inside a combo or spin box is part of it: the outer control is checked.
bool isInsideCompound(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w))
            return true;
    }
    return false;
}

//! What a user operates: what takes focus with Tab, and the interactive control classes.
bool isControl(const QWidget *w)
{
    if (w->isWindow() || isInsideCompound(w) || qobject_cast<const QScrollBar *>(w))
        return false;
    // A view's headers and corner button are read as part of the view.
    if (qobject_cast<const QAbstractItemView *>(w->parentWidget()))
        return false;
    // Qt's own parts (scroll area viewports, dock title buttons, tab bar scroll arrows) are
    // named by Qt; the tab bar of a QTabWidget is ours to check.
    if (w->objectName().startsWith(u"qt_"_s) && !qobject_cast<const QTabBar *>(w))
        return false;
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTabBar *>(w))
        return true;
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

//! What a screen reader says the control is. On Linux a combo box reports its current
//! text as its name, so it is named only by its own accessible name or a label (buddy).
QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return {};
    if (qobject_cast<const QComboBox *>(w)) {
        if (!w->accessibleName().trimmed().isEmpty())
            return w->accessibleName();
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto &label : labels) {
            if (!label.first->text(QAccessible::Name).trimmed().isEmpty())
                return label.first->text(QAccessible::Name);
        }
        return {};
    }
    return iface->text(QAccessible::Name).trimmed();
}

//! Brings `w` on screen within its window: the page of every stacked widget and tab
//! widget holding it becomes current, and a dock tabified behind another comes forward.
void reveal(QWidget *w)
{
    bool docksMoved = false;
    for (QWidget *child = w, *parent = w->parentWidget(); parent && !child->isWindow();
         child = parent, parent = parent->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(parent);
            stack && stack->indexOf(child) >= 0) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(child);
            else
                stack->setCurrentWidget(child);
        }
        if (auto *dock = qobject_cast<QDockWidget *>(child); dock && !dock->isVisible()) {
            dock->show();
            dock->raise();
            docksMoved = true;
        }
    }
    if (docksMoved)
        QCoreApplication::processEvents();
}

//! Every control of `root` that can be shown (each page and dock in turn) without a name.
QStringList unnamedControls(QWidget *root)
{
    QStringList offenders;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != root || !isControl(w))
            continue;
        reveal(w);
        if (!w->isVisible())
            continue; // hidden until it applies (an error, an optional row)
        if (accessibleName(w).isEmpty())
            offenders << describe(w);
    }
    return offenders;
}

//! The controls Tab should reach in `window` as it is shown now.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    // In focus-chain order, so the walk can start at the first.
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled()
            || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        if (!stops.contains(w))
            stops << w;
    }
    return stops;
}

struct TabWalk
{
    QList<QWidget *> reached;
    QStringList stuck;   //!< widgets that kept the focus through several Tab presses
    QStringList escaped; //!< Tab moved the focus out of the window
    bool closed = false; //!< came back to where it started
};

//! Presses Tab from `start` until the focus comes back to it (at most `maxPresses`).
//! A widget that keeps the focus through `stuckAfter` presses in a row is a trap: it is
//! recorded, and the walk goes on from the next stop of the focus chain.
TabWalk walkTab(QWidget *window, QWidget *start, int maxPresses, int stuckAfter = 6)
{
    TabWalk walk;
    start->setFocus(Qt::TabFocusReason);
    QWidget *first = window->focusWidget();
    QWidget *current = first;
    int holding = 0;
    for (int press = 0; current && press < maxPresses; ++press) {
        if (!walk.reached.contains(current))
            walk.reached << current;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = window->focusWidget();
        if (!next || next->window() != window) {
            walk.escaped << describe(current);
            break;
        }
        if (next == current) {
            if (++holding < stuckAfter)
                continue;
            walk.stuck << describe(current);
            do
                next = next->nextInFocusChain();
            while (next != current
                   && (next->window() != window || !next->isVisible() || !next->isEnabled()
                       || !(next->focusPolicy() & Qt::TabFocus)));
            next->setFocus(Qt::TabFocusReason);
            next = window->focusWidget();
        }
        holding = 0;
        current = next;
        if (current == first) {
            walk.closed = true;
            break;
        }
    }
    return walk;
}

//! Where Tab goes out of reading order among the controls of `panel` (a single column:
//! top to bottom, and left to right within a row), given the order of a whole Tab cycle.
QStringList readingOrderProblems(const QList<QWidget *> &cycle, QWidget *panel,
                                 const QString &where)
{
    QList<QWidget *> order;
    for (QWidget *w : cycle) {
        if (panel->isAncestorOf(w))
            order << w;
    }
    if (order.size() < 2)
        return {};
    auto rectOf = [panel](const QWidget *w) {
        return QRect(w->mapTo(panel, QPoint()), w->size());
    };
    // The cycle may start anywhere: read it from the panel's top-left control.
    const auto first = std::min_element(order.cbegin(), order.cend(), [&](auto *a, auto *b) {
        const QRect ra = rectOf(a), rb = rectOf(b);
        return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
    });
    std::rotate(order.begin(), order.begin() + (first - order.cbegin()), order.end());
    QStringList problems;
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QRect before = rectOf(order.at(i - 1)), after = rectOf(order.at(i));
        const bool above = after.bottom() < before.top();
        const bool sameRow = after.top() <= before.bottom() && after.bottom() >= before.top();
        if (above || (sameRow && after.right() < before.left()))
            problems << u"%1: Tab goes back from %2 to %3"_s.arg(where, describe(order.at(i - 1)),
                                                                 describe(order.at(i)));
    }
    return problems;
}

//! Walks Tab through `window` as shown now; what it missed or got stuck on, and where it
//! leaves the reading order of one of `singleColumnPanels`, as messages.
QStringList tabProblems(QWidget *window, const QString &where,
                        const QList<QWidget *> &singleColumnPanels = {})
{
    QStringList problems;
    const QList<QWidget *> stops = tabStops(window);
    if (stops.isEmpty())
        return {where + u": nothing takes the focus with Tab"_s};
    const TabWalk walk = walkTab(window, stops.first(), 3 * int(stops.size()) + 30);
    for (QWidget *panel : singleColumnPanels)
        problems << readingOrderProblems(walk.reached, panel, where);
    for (const QString &trap : walk.stuck)
        problems << where + u": Tab is stuck in "_s + trap;
    for (const QString &out : walk.escaped)
        problems << where + u": Tab left the window from "_s + out;
    if (!walk.closed)
        problems << where + u": the Tab cycle did not come back to its start"_s;
    for (QWidget *stop : stops) {
        if (!walk.reached.contains(stop))
            problems << where + u": Tab never reaches "_s + describe(stop);
    }
    return problems;
}

//! Something is drawn: an SVG that failed to render gives a transparent square.
bool isDrawn(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 128)
                return true;
        }
    }
    return false;
}

QString strippedText(const QAction *action)
{
    return QString(action->text()).remove(u'&').trimmed();
}

//! Text edits where Tab would type a tab instead of moving on.
QStringList tabEatingEditors(QWidget *root)
{
    QStringList offenders;
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>()) {
        if (!edit->isReadOnly() && !edit->tabChangesFocus())
            offenders << describe(edit);
    }
    for (QTextEdit *edit : root->findChildren<QTextEdit *>()) {
        if (!edit->isReadOnly() && !edit->tabChangesFocus())
            offenders << describe(edit);
    }
    return offenders;
}

//! QTest cuts long failure messages: each problem is logged on its own line first.
QByteArray report(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    return u"%1 problem(s), listed above"_s.arg(problems.size()).toLocal8Bit();
}

struct Binding
{
    QString who;
    Qt::ShortcutContext context;
    QList<const QWidget *> scopes; //!< where a widget-scoped shortcut applies
};
using Bindings = QHash<QKeySequence, QList<Binding>>;

//! Whether `w` belongs to `window`: its own widgets, and the menus of its menu bar.
bool isPartOf(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (p == window)
            return true;
        if (p->isWindow() && !qobject_cast<const QMenu *>(p))
            return false;
    }
    return false;
}

void addMnemonic(Bindings &bindings, const QString &text, const QString &who, const QWidget *w)
{
    const QKeySequence keys = QKeySequence::mnemonic(text);
    if (!keys.isEmpty())
        bindings[keys] << Binding{who, Qt::WindowShortcut, {w}};
}

//! The actions' and QShortcuts' keys in `window`, and the Alt+letter mnemonics of what is
//! on screen now (menu titles, buddied labels, buttons, group boxes, tabs): two of them on
//! one key make Qt cycle between them instead of doing either.
Bindings bindingsOf(QWidget *window)
{
    Bindings bindings;
    for (const QAction *a : window->findChildren<QAction *>()) {
        QList<const QWidget *> scopes;
        for (const QObject *object : a->associatedObjects()) {
            const auto *w = qobject_cast<const QWidget *>(object);
            if (w && isPartOf(w, window))
                scopes << w;
        }
        if (scopes.isEmpty())
            continue; // in no widget of this window: the shortcut is inert here
        const QString who = u"action \"%1\" (%2)"_s.arg(strippedText(a), a->objectName());
        for (const QKeySequence &keys : a->shortcuts()) {
            if (!keys.isEmpty())
                bindings[keys] << Binding{who, a->shortcutContext(), scopes};
        }
    }
    for (const QShortcut *s : window->findChildren<QShortcut *>()) {
        const auto *parent = qobject_cast<const QWidget *>(s->parent());
        if (!parent || parent->window() != window)
            continue;
        const QString who = u"shortcut of "_s + describe(parent);
        for (const QKeySequence &keys : s->keys()) {
            if (!keys.isEmpty())
                bindings[keys] << Binding{who, s->context(), {parent}};
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible())
            continue;
        if (const auto *bar = qobject_cast<const QMenuBar *>(w)) {
            for (const QAction *a : bar->actions()) {
                if (a->isVisible())
                    addMnemonic(bindings, a->text(), u"menu \"%1\""_s.arg(a->text()), w);
            }
        } else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy()) {
            addMnemonic(bindings, label->text(), u"label \"%1\""_s.arg(label->text()), w);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            addMnemonic(bindings, button->text(),
                        u"button \"%1\" (%2)"_s.arg(button->text(), button->objectName()), w);
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            addMnemonic(bindings, group->title(), u"group \"%1\""_s.arg(group->title()), w);
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                addMnemonic(bindings, tabs->tabText(i), u"tab \"%1\""_s.arg(tabs->tabText(i)), w);
        }
    }
    return bindings;
}

//! Keys bound twice where both apply at once. The same control repeated (a button of
//! every Compare lane) counts once: Qt moves the focus between its copies.
QStringList shortcutConflicts(QWidget *window, const QString &where)
{
    auto windowWide = [](const Binding &b) {
        return b.context == Qt::WindowShortcut || b.context == Qt::ApplicationShortcut;
    };
    auto overlap = [&](const Binding &a, const Binding &b) {
        if (windowWide(a) || windowWide(b))
            return true;
        for (const QWidget *x : a.scopes) {
            for (const QWidget *y : b.scopes) {
                if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                    return true;
            }
        }
        return false;
    };
    QStringList conflicts;
    const Bindings bindings = bindingsOf(window);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        QList<Binding> list;
        for (const Binding &binding : it.value()) {
            if (std::none_of(list.cbegin(), list.cend(),
                             [&](const Binding &b) { return b.who == binding.who; }))
                list << binding;
        }
        for (int i = 0; i < list.size(); ++i) {
            for (int j = i + 1; j < list.size(); ++j) {
                if (overlap(list.at(i), list.at(j)))
                    conflicts << u"%1: %2 is %3 and %4"_s.arg(
                        where, it.key().toString(QKeySequence::NativeText), list.at(i).who,
                        list.at(j).who);
            }
        }
    }
    return conflicts;
}

//! What a Providers dialog needs, none of it the user's: a profile store in a temporary
//! directory and secret stores in memory.
struct ProvidersFixture
{
    QTemporaryDir dir;
    modelkit::ProfileStore store{dir.path()};
    modelkit::MemorySecretStore keychain;
    modelkit::MemorySecretStore sessionKeys;
    QNetworkAccessManager nam;
    modelkit::HttpTransport transport{&nam};
    std::unique_ptr<ProvidersDialog> dialog;
};

} // namespace

class TstAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowControlsHaveNames();
    void compareControlsHaveNames();
    void dialogControlsHaveNames();
    void tabReachesEveryControlOfTheWindow();
    void tabReachesEveryControlOfTheDialogs();
    void editorsLetTabMoveOn();
    void goToActionsFocusAControl();
    void menusOpenFromTheKeyboard();
    void shortcutsAreUnique();
    void iconsAreSharpAtHighDpi();

private:
    //! The window shown and active, with the starter conversation and one Demo reply.
    void openWindow();
    //! Compare mode after one comparison, with the word diff shown.
    void enterCompareMode();
    //! The window's own Providers dialog (File > Providers…).
    QDialog *openWindowsProvidersDialog();
    //! A Providers dialog over a temporary store with one profile, the form filled in.
    ProvidersDialog *openProvidersDialog();

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ProvidersFixture> m_providers;
};

void TstAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstAccessibility::init()
{
    // Settings, the ledger and the profiles stay out of the user's files.
    QSettings().clear();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(modelkit::UsageLedger::defaultPath() + suffix);
}

void TstAccessibility::cleanup()
{
    m_providers.reset();
    m_window.reset();
}

void TstAccessibility::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->loadStarterConversation(); // a system and a user message, and a tool
    // An attached image shows the image strip of the user message.
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    PlaygroundSession *session = m_window->session();
    QList<modelkit::LlmMessage> messages = session->messages();
    messages.last() = modelkit::UserMessage{
        QList<modelkit::UserContentPart>{u"What is this colour?"_s,
                                         modelkit::Image::fromBytes(png, u"image/png"_s)},
        u"user"_s};
    session->setMessages(messages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // A finished reply shows the run's controls, the inspector's and the usage panel's.
    QVERIFY(session->isDemo());
    QSignalSpy finished(session, &PlaygroundSession::runFinished);
    QString error;
    QVERIFY2(session->send(&error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    // The editors of the other two roles, and a notice.
    for (const QString &name : {u"actionAddAssistant"_s, u"actionAddToolResult"_s})
        findNamed<QAction>(m_window.get(), name)->trigger();
    findNamed<NoticeBar>(m_window.get(), u"sendProblem"_s)
        ->showNotice(NoticeBar::Level::Info, u"A notice"_s);
}

void TstAccessibility::enterCompareMode()
{
    auto *compareMode = findNamed<QAction>(m_window.get(), u"actionCompareMode"_s);
    QVERIFY(compareMode);
    compareMode->trigger();
    auto *panel = findNamed<ComparePanel>(m_window.get(), u"comparePanel"_s);
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QSignalSpy finished(panel, &ComparePanel::finished);
    findNamed<QAction>(m_window.get(), u"actionSend"_s)->trigger();
    QVERIFY(finished.wait(30000));
    auto *diff = findNamed<QToolButton>(panel, u"compareDiff"_s);
    QVERIFY(diff);
    if (!diff->isChecked())
        diff->click();
    QTRY_VERIFY(findNamed<QWidget>(panel, u"compareDiffView"_s)->isVisible());
}

QDialog *TstAccessibility::openWindowsProvidersDialog()
{
    findNamed<QAction>(m_window.get(), u"actionProviders"_s)->trigger();
    auto *dialog = findNamed<QDialog>(m_window.get(), u"providersDialog"_s);
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

ProvidersDialog *TstAccessibility::openProvidersDialog()
{
    // A store of its own (the window's is shared with other tests) with a profile to show.
    m_providers = std::make_unique<ProvidersFixture>();
    if (!m_providers->dir.isValid() || !m_providers->store.load())
        return nullptr;
    modelkit::ProviderProfile profile;
    profile.name = u"Local"_s;
    profile.kind = modelkit::ProviderKind::OpenAiCompatible;
    profile.baseUrl = QUrl(u"http://127.0.0.1:9/v1"_s);
    profile.model = u"local-model"_s;
    if (!m_providers->store.add(profile))
        return nullptr;
    m_providers->dialog
        = std::make_unique<ProvidersDialog>(&m_providers->store, &m_providers->keychain,
                                            &m_providers->sessionKeys, &m_providers->transport);
    ProvidersDialog *dialog = m_providers->dialog.get();
    dialog->setEnvironment(QProcessEnvironment());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog) || !dialog->selectProfile(profile.name))
        return nullptr;
    return dialog;
}

void TstAccessibility::mainWindowControlsHaveNames()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList offenders = unnamedControls(m_window.get());
    // Overridden parameters show their editors instead of the provider's defaults.
    for (QCheckBox *check : m_window->findChildren<QCheckBox *>()) {
        if (check->objectName().startsWith(u"param_"_s))
            check->setChecked(true);
    }
    offenders << unnamedControls(m_window.get());
    offenders.removeDuplicates();
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
}

void TstAccessibility::compareControlsHaveNames()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    enterCompareMode();
    if (QTest::currentTestFailed())
        return;
    QStringList offenders = unnamedControls(m_window.get());
    offenders.removeDuplicates();
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
}

void TstAccessibility::dialogControlsHaveNames()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList offenders;
    QDialog *windows = openWindowsProvidersDialog();
    QVERIFY(windows);
    offenders << unnamedControls(windows);
    windows->reject();
    ProvidersDialog *providers = openProvidersDialog();
    QVERIFY(providers);
    // Each kind of provider shows its own fields (Azure's API version…).
    auto *kind = findNamed<QComboBox>(providers, u"profileKind"_s);
    QVERIFY(kind);
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        QCoreApplication::processEvents();
        offenders << unnamedControls(providers);
    }
    offenders.removeDuplicates();
    providers->reject();

    modelkit::CompareLane lane;
    lane.profile = u"Demo"_s;
    lane.model = u"demo-model"_s;
    lane.systemPrompt = u"Answer in French."_s;
    LaneSettingsDialog laneSettings(lane, 1, false, m_window.get());
    laneSettings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&laneSettings));
    offenders << unnamedControls(&laneSettings);
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
}

void TstAccessibility::tabReachesEveryControlOfTheWindow()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    // Panels whose controls stand in one column: Tab reads them top to bottom.
    auto panels = [this] {
        QList<QWidget *> panels;
        for (const QString &name :
             {u"composer"_s, u"replyView"_s, u"parametersPanel"_s, u"toolsPanel"_s, u"inspector"_s,
              u"usagePanel"_s, u"historyPanel"_s})
            panels << findNamed<QWidget>(m_window.get(), name);
        for (QWidget *lane : m_window->findChildren<QWidget *>(u"compareLane"_s))
            panels << lane;
        return panels;
    };
    QStringList problems = tabProblems(m_window.get(), u"chat"_s, panels());
    // Moved messages keep Tab in conversation order.
    m_window->session()->moveMessage(0, 2);
    QCoreApplication::processEvents();
    problems << tabProblems(m_window.get(), u"chat, a message moved"_s, panels());
    // The panels tabified behind the first ones: History, Usage, and the Tools page.
    for (const QString &dock : {u"historyDock"_s, u"usageDock"_s})
        findNamed<QDockWidget>(m_window.get(), dock)->raise();
    auto *settingsTabs = findNamed<QTabWidget>(m_window.get(), u"settingsTabs"_s);
    QVERIFY(settingsTabs);
    settingsTabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    problems << tabProblems(m_window.get(), u"chat, other docks"_s, panels());
    enterCompareMode();
    if (QTest::currentTestFailed())
        return;
    problems << tabProblems(m_window.get(), u"compare"_s, panels());
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TstAccessibility::tabReachesEveryControlOfTheDialogs()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList problems;
    QDialog *windows = openWindowsProvidersDialog();
    QVERIFY(windows);
    windows->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(windows));
    problems << tabProblems(windows, u"providers, no profile"_s);
    windows->reject();
    ProvidersDialog *providers = openProvidersDialog();
    QVERIFY(providers);
    providers->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(providers));
    problems << tabProblems(providers, u"providers"_s);
    providers->reject();

    modelkit::CompareLane lane;
    lane.profile = u"Demo"_s;
    lane.model = u"demo-model"_s;
    lane.systemPrompt = u"Answer in French."_s;
    LaneSettingsDialog laneSettings(lane, 1, false, m_window.get());
    laneSettings.show();
    laneSettings.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&laneSettings));
    problems << tabProblems(&laneSettings, u"lane settings"_s, {&laneSettings});
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TstAccessibility::editorsLetTabMoveOn()
{
    // Every editable text field moves the focus on with Tab (Ctrl+Tab is no way out: a
    // QPlainTextEdit types a tab for both).
    openWindow();
    if (QTest::currentTestFailed())
        return;
    enterCompareMode();
    if (QTest::currentTestFailed())
        return;
    QStringList offenders = tabEatingEditors(m_window.get());
    modelkit::CompareLane lane;
    LaneSettingsDialog laneSettings(lane, 0, false);
    offenders << tabEatingEditors(&laneSettings);
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
}

void TstAccessibility::goToActionsFocusAControl()
{
    // View > Go to … (Ctrl+1…6, Ctrl+H) lands on a control of the panel, ready to type or
    // Tab on from: not on the panel's frame, where the focus is invisible.
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList problems;
    for (const QString &name :
         {u"actionFocusComposer"_s, u"actionFocusReply"_s, u"actionFocusInspector"_s,
          u"actionFocusParameters"_s, u"actionFocusTools"_s, u"actionFocusUsage"_s,
          u"actionFocusHistory"_s}) {
        auto *action = findNamed<QAction>(m_window.get(), name);
        QVERIFY(action);
        action->trigger();
        QCoreApplication::processEvents();
        QWidget *focus = m_window->focusWidget();
        if (!focus || !focus->isVisible() || !(focus->focusPolicy() & Qt::TabFocus)
            || accessibleName(focus).isEmpty())
            problems << u"%1 leaves the focus on %2"_s.arg(name,
                                                           focus ? describe(focus) : u"nothing"_s);
    }
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TstAccessibility::menusOpenFromTheKeyboard()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QMenuBar *bar = m_window->menuBar();
    QStringList problems;
    QHash<QChar, QString> mnemonics;
    QSet<const QAction *> inMenus;
    QSet<QString> menuTexts;
    for (QAction *menuAction : bar->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu || !menuAction->isVisible())
            continue;
        const QString title = menuAction->text();
        const qsizetype amp = title.indexOf(u'&');
        if (amp < 0 || amp + 1 >= title.size()) {
            problems << u"menu \"%1\" has no mnemonic"_s.arg(title);
            continue;
        }
        const QChar key = title.at(amp + 1).toUpper();
        if (mnemonics.contains(key))
            problems << u"menus \"%1\" and \"%2\" share Alt+%3"_s.arg(mnemonics.value(key), title,
                                                                      QString(key));
        mnemonics.insert(key, title);
        const QList<QMenu *> menus = QList<QMenu *>{menu} + menu->findChildren<QMenu *>();
        for (const QMenu *m : menus) {
            for (const QAction *a : m->actions()) {
                inMenus.insert(a);
                menuTexts.insert(strippedText(a));
            }
        }
        // Alt+<mnemonic> opens the menu; Escape closes it again.
        QTest::keyClick(m_window.get(), key.toLatin1(), Qt::AltModifier);
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000)) {
            problems << u"Alt+%1 does not open the menu \"%2\""_s.arg(QString(key), title);
            continue;
        }
        QTest::keyClick(menu, Qt::Key_Escape);
        if (!QTest::qWaitFor([menu] { return !menu->isVisible(); }, 2000))
            problems << u"Escape does not close the menu \"%1\""_s.arg(title);
        if (bar->hasFocus())
            QTest::keyClick(bar, Qt::Key_Escape);
        // The popup took the activation: give it back before the next Alt+key.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    // An action without a shortcut is found in a menu (itself or one with the same text).
    QList<QAction *> actions = m_window->actions();
    for (const QToolBar *toolbar : m_window->findChildren<QToolBar *>())
        actions << toolbar->actions();
    for (const QAction *a : std::as_const(actions)) {
        if (a->isSeparator() || a->menu() || qobject_cast<const QWidgetAction *>(a)
            || !a->isVisible() || !a->shortcuts().isEmpty())
            continue;
        if (!inMenus.contains(a) && !menuTexts.contains(strippedText(a)))
            problems << u"action \"%1\" (%2) has no shortcut and is in no menu"_s.arg(
                strippedText(a), a->objectName());
    }
    QVERIFY2(problems.isEmpty(), report(problems).constData());
}

void TstAccessibility::shortcutsAreUnique()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList conflicts = shortcutConflicts(m_window.get(), u"chat"_s);
    // The pages behind the first ones: History, Usage, and the Tools page.
    for (const QString &dock : {u"historyDock"_s, u"usageDock"_s})
        findNamed<QDockWidget>(m_window.get(), dock)->raise();
    findNamed<QTabWidget>(m_window.get(), u"settingsTabs"_s)->setCurrentIndex(1);
    QCoreApplication::processEvents();
    conflicts << shortcutConflicts(m_window.get(), u"chat, other docks"_s);
    enterCompareMode();
    if (QTest::currentTestFailed())
        return;
    conflicts << shortcutConflicts(m_window.get(), u"compare"_s);
    QDialog *windows = openWindowsProvidersDialog();
    QVERIFY(windows);
    conflicts << shortcutConflicts(windows, u"providers, no profile"_s);
    windows->reject();
    ProvidersDialog *providers = openProvidersDialog();
    QVERIFY(providers);
    // Each kind of provider shows its own fields (Azure's API version…).
    auto *kind = findNamed<QComboBox>(providers, u"profileKind"_s);
    QVERIFY(kind);
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        QCoreApplication::processEvents();
        conflicts << shortcutConflicts(providers, u"providers, "_s + kind->currentText());
    }
    providers->reject();
    modelkit::CompareLane lane;
    lane.systemPrompt = u"Answer in French."_s;
    LaneSettingsDialog laneSettings(lane, 1, false, m_window.get());
    laneSettings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&laneSettings));
    conflicts << shortcutConflicts(&laneSettings, u"lane settings"_s);
    QVERIFY2(conflicts.isEmpty(), report(conflicts).constData());
}

void TstAccessibility::iconsAreSharpAtHighDpi()
{
    // Qt 6 scales by the screen's exact factor (1.25, 1.5…): icons must not be upscaled.
    QCOMPARE(QGuiApplication::highDpiScaleFactorRoundingPolicy(),
             Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    const QStringList files = QDir(u":/icons"_s).entryList(QDir::Files);
    QCOMPARE(files.size(), int(Icons::Name::Settings) + 1);
    for (const QString &file : files)
        QVERIFY2(file.endsWith(u".svg"_s), qPrintable(file));
    QStringList blurry;
    for (int n = 0; n <= int(Icons::Name::Settings); ++n) {
        const QIcon icon = Icons::icon(Icons::Name(n));
        QVERIFY2(!icon.isNull(), qPrintable(QString::number(n)));
        QStringList sizes;
        for (const int size : {16, 20, 24, 32, 48}) {
            for (const qreal ratio : {1.0, 1.25, 1.5, 2.0}) {
                const QSize device(qRound(size * ratio), qRound(size * ratio));
                const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
                if (pixmap.size() != device || !isDrawn(pixmap.toImage()))
                    sizes << u"%1 px × %2 gives %3 px, not %4"_s.arg(size)
                                 .arg(ratio)
                                 .arg(pixmap.width())
                                 .arg(device.width());
            }
        }
        if (!sizes.isEmpty())
            blurry << u"icon #%1: "_s.arg(n) + sizes.join(u"; "_s);
    }
    QVERIFY2(blurry.isEmpty(), report(blurry).constData());
}

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
