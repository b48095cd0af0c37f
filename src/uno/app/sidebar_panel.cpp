#include "app/sidebar_panel.hpp"

#include "app/command_table.hpp"
#include "app/service_names.hpp"
#include "app/session.hpp"
#include "commands/commands.hpp"
#include "core/coding/tagging.hpp"
#include "core/coding/theme_panel.hpp"
#include "core/text/error.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase9.hxx>
#include <rtl/ref.hxx>

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

const ServiceNames kNames{"org.etsworkbench.PanelFactory", "com.sun.star.ui.UIElementFactory"};
const char* const kThemesPanel = "private:resource/toolpanel/EtsPanelFactory/ThemesPanel";

// Pixels of the panel's layout.
constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kLineHeight = 22;
constexpr sal_Int32 kMessageHeight = 68;  // four lines
constexpr sal_Int32 kMemoHeight = 58;     // three lines
constexpr sal_Int32 kIndent = 16;
constexpr sal_Int32 kNumberWidth = 14;
constexpr sal_Int32 kSwatch = 12;
constexpr sal_Int32 kCountWidth = 34;
constexpr sal_Int32 kMinimalWidth = 260;  // the sidebar takes it: theme names fit
constexpr sal_Int32 kDefaultColour = 0x808080;

sal_Int32 colourOf(const std::string& hex) {
    if (hex.size() != 7 || hex[0] != '#')
        return kDefaultColour;
    try {
        std::size_t used = 0;
        const long value = std::stol(hex.substr(1), &used, 16);
        return used == 6 ? static_cast<sal_Int32>(value) : kDefaultColour;
    } catch (const std::exception&) {
        return kDefaultColour;
    }
}

bool sameShape(const ThemeRow& a, const ThemeRow& b) {
    return a.id == b.id && a.name == b.name && a.colour == b.colour && a.depth == b.depth && a.passages == b.passages &&
           a.shortcut == b.shortcut && a.matches == b.matches;
}

// The controls of one theme: its shortcut number, a square of its colour, a check box with its name, and its count of
// passages on the right (kept in view when a long name is cut).
struct RowControls {
    ThemeRow row;
    Reference<css::awt::XControl> number;
    Reference<css::awt::XControl> swatch;
    Reference<css::awt::XControl> box;
    Reference<css::awt::XControl> count;
};

// What the panel shows of the place of the cursor: the themes to tick, and the coder's own passage there (its memo is
// shown and edited).
struct AtCursor {
    std::set<std::string> ticked;
    std::optional<TagRecord> own;
};

class ThemesPanel
    : public cppu::WeakImplHelper9<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::lang::XComponent, css::view::XSelectionChangeListener, css::awt::XItemListener,
                                   css::awt::XTextListener, css::awt::XWindowListener, css::awt::XActionListener> {
public:
    ThemesPanel(Reference<css::uno::XComponentContext> context, Reference<css::frame::XFrame> frame,
                Reference<css::awt::XWindow> parent, Reference<css::ui::XSidebar> sidebar, OUString url)
        : context_(std::move(context)), frame_(std::move(frame)), sidebar_(std::move(sidebar)), url_(std::move(url)) {
        build(parent);
        listenToSelection();
        // A tag made by a shortcut or the dialog, a theme renamed: the panel shows it without waiting for the cursor.
        // The command may run on a macro's thread: the panel is refreshed later, on the office's own thread, where
        // its controls and events live.
        watch_ = watchCommands([this] { refreshLater(); });
        refresh();
    }

    ~ThemesPanel() override { unwatchCommands(watch_); }

    // XUIElement
    Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    OUString SAL_CALL getResourceURL() override { return url_; }
    sal_Int16 SAL_CALL getType() override { return css::ui::UIElementType::TOOLPANEL; }
    Reference<css::uno::XInterface> SAL_CALL getRealInterface() override {
        return Reference<css::uno::XInterface>(static_cast<css::ui::XUIElement*>(this));
    }

    // XToolPanel
    Reference<css::awt::XWindow> SAL_CALL getWindow() override { return window_; }
    Reference<css::accessibility::XAccessible>
        SAL_CALL createAccessible(const Reference<css::accessibility::XAccessible>&) override {
        Reference<css::awt::XControl> control(window_, UNO_QUERY);
        return Reference<css::accessibility::XAccessible>(control.is() ? control->getPeer() : nullptr, UNO_QUERY);
    }

    // XSidebarPanel: as tall as its themes; the deck scrolls when they do not fit.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32) override {
        const sal_Int32 height = contentHeight();
        return css::ui::LayoutSize(height, height, height);
    }
    sal_Int32 SAL_CALL getMinimalWidth() override { return kMinimalWidth; }

    // XComponent
    void SAL_CALL dispose() override {
        if (disposed_.exchange(true))
            return;
        unwatchCommands(watch_);
        try {
            if (Reference<css::view::XSelectionSupplier> view{controller_, UNO_QUERY}; view.is())
                view->removeSelectionChangeListener(this);
            controller_.clear();
            if (window_.is())
                window_->removeWindowListener(this);
            Reference<css::lang::XComponent> container(window_, UNO_QUERY);
            rows_.clear();
            window_.clear();
            controls_.clear();
            filter_.clear();
            message_.clear();
            memoLabel_.clear();
            memo_.clear();
            memoSave_.clear();
            if (container.is())
                container->dispose();
        } catch (const css::uno::Exception& failure) {
            logError("the ETS sidebar could not be closed cleanly", toUtf8(failure.Message));
        }
        frame_.clear();
        sidebar_.clear();
    }
    void SAL_CALL addEventListener(const Reference<css::lang::XEventListener>&) override {}
    void SAL_CALL removeEventListener(const Reference<css::lang::XEventListener>&) override {}

    // XEventListener (the controller or a control goes away)
    void SAL_CALL disposing(const css::lang::EventObject& event) override {
        if (event.Source == Reference<css::uno::XInterface>(controller_, UNO_QUERY))
            controller_.clear();
    }

    // XSelectionChangeListener: the cursor moved or the selection changed.
    void SAL_CALL selectionChanged(const css::lang::EventObject&) override {
        if (!running_)
            refresh();
    }

    // XItemListener: a theme ticked (tag the selection with it) or unticked (untag it from the passage there).
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
        if (updating_ || running_ || disposed_)
            return;
        const Reference<css::uno::XInterface> source(event.Source, UNO_QUERY);
        for (RowControls& controls : rows_)
            // The control passes on its window's event: the source is the window (peer), or the control.
            if (Reference<css::uno::XInterface>(controls.box, UNO_QUERY) == source ||
                Reference<css::uno::XInterface>(controls.box->getPeer(), UNO_QUERY) == source) {
                // A state the panel already shows asks nothing (a window may report one change twice).
                if ((event.Selected != 0) == controls.row.ticked)
                    return;
                controls.row.ticked = event.Selected != 0;   // what the box shows now, until refresh says otherwise
                const std::string name = controls.row.name;  // rows_ changes in refresh
                if (event.Selected != 0)
                    run("QuickTag", "Theme", name);
                else
                    run("Untag", "Themes", name);
                refresh();
                return;
            }
    }

    // XActionListener: « Enregistrer le mémo » — the memo box's text becomes the memo of the passage it was shown for.
    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override {
        if (updating_ || running_ || disposed_ || memoAnchor_.empty())
            return;
        std::string memo;
        try {
            memo = toUtf8(Reference<css::awt::XTextComponent>(memo_, UNO_QUERY_THROW)->getText());
        } catch (const css::uno::Exception& failure) {
            logError("the ETS sidebar could not read the memo", toUtf8(failure.Message));
            return;
        }
        run("Passages", {{"Action", "Memo"}, {"Anchor", memoAnchor_}, {"Memo", memo}});
        memoShown_.reset();  // shown again as the passage now holds it
        refresh();
    }

    // XTextListener: the filter changed.
    void SAL_CALL textChanged(const css::awt::TextEvent&) override {
        try {
            Reference<css::awt::XTextComponent> text(filter_, UNO_QUERY);
            filterText_ = text.is() ? toUtf8(text->getText()) : std::string();
        } catch (const css::uno::Exception&) {
            filterText_.clear();
        }
        // On the office's main thread, soon: a macro setting the filter calls this on its own thread, which must not
        // rebuild the panel's windows while holding the office (the test saw it hang there).
        refreshLater();
    }

    // XWindowListener
    void SAL_CALL windowResized(const css::awt::WindowEvent&) override { layout(); }
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}

private:
    Reference<css::uno::XInterface> create(const char* service) const {
        return context_->getServiceManager()->createInstanceWithContext(OUString::createFromAscii(service), context_);
    }

    static void set(const Reference<css::awt::XControl>& control, const char* property, const Any& value) {
        Reference<css::beans::XPropertySet>(control->getModel(), UNO_QUERY_THROW)
            ->setPropertyValue(OUString::createFromAscii(property), value);
    }

    // `shape`: properties the control's window takes only when it is made (an edit box's MultiLine), set on its model
    // before the container makes it.
    Reference<css::awt::XControl> addControl(const char* kind, const OUString& name,
                                             const std::function<void(css::beans::XPropertySet&)>& shape = {}) {
        Reference<css::awt::XControl> control(create((std::string("com.sun.star.awt.UnoControl") + kind).c_str()),
                                              UNO_QUERY_THROW);
        Reference<css::awt::XControlModel> model(
            create((std::string("com.sun.star.awt.UnoControl") + kind + "Model").c_str()), UNO_QUERY_THROW);
        if (shape)
            shape(*Reference<css::beans::XPropertySet>(model, UNO_QUERY_THROW));
        control->setModel(model);
        controls_->addControl(name, control);
        return control;
    }

    static void removeControl(const Reference<css::awt::XControlContainer>& container,
                              const Reference<css::awt::XControl>& control) {
        if (!control.is())
            return;
        container->removeControl(control);
        Reference<css::lang::XComponent>(control, UNO_QUERY_THROW)->dispose();
    }

    void build(const Reference<css::awt::XWindow>& parent) {
        Reference<css::awt::XControl> container(create("com.sun.star.awt.UnoControlContainer"), UNO_QUERY_THROW);
        container->setModel(
            Reference<css::awt::XControlModel>(create("com.sun.star.awt.UnoControlContainerModel"), UNO_QUERY_THROW));
        Reference<css::awt::XToolkit> toolkit(create("com.sun.star.awt.Toolkit"), UNO_QUERY_THROW);
        container->createPeer(toolkit, Reference<css::awt::XWindowPeer>(parent, UNO_QUERY_THROW));
        window_.set(container, UNO_QUERY_THROW);
        controls_.set(container, UNO_QUERY_THROW);

        filterLabel_ = addControl("FixedText", "filterLabel");
        set(filterLabel_, "Label", Any(uiText(context_, "sidebar.filter")));
        filter_ = addControl("Edit", "filter");
        Reference<css::awt::XTextComponent>(filter_, UNO_QUERY_THROW)->addTextListener(this);
        message_ = addControl("FixedText", "message");
        set(message_, "MultiLine", Any(true));
        memoLabel_ = addControl("FixedText", "memoLabel");
        set(memoLabel_, "Label", Any(uiText(context_, "sidebar.memo")));
        memo_ = addControl("Edit", "memo", [](css::beans::XPropertySet& model) {
            model.setPropertyValue("MultiLine", Any(true));
            model.setPropertyValue("VScroll", Any(true));
            model.setPropertyValue("AutoVScroll", Any(true));
        });
        set(memo_, "MaxTextLen", Any(static_cast<sal_Int16>(0)));  // no limit of the box: the core says what is too long
        memoSave_ = addControl("Button", "memoSave");
        set(memoSave_, "Label", Any(uiText(context_, "sidebar.memo_save")));
        Reference<css::awt::XButton>(memoSave_, UNO_QUERY_THROW)->addActionListener(this);
        showMemo(std::nullopt);

        const css::awt::Rectangle size = parent->getPosSize();
        window_->setPosSize(0, 0, size.Width, contentHeight(), css::awt::PosSize::POSSIZE);
        window_->addWindowListener(this);
        window_->setVisible(true);
    }

    void listenToSelection() {
        controller_ = frame_.is() ? frame_->getController() : nullptr;
        if (Reference<css::view::XSelectionSupplier> view{controller_, UNO_QUERY}; view.is())
            view->addSelectionChangeListener(this);
    }

    sal_Int32 contentHeight() const {
        return kMargin + kLineHeight + kMargin + kMessageHeight + memoSectionHeight() +
               static_cast<sal_Int32>(rows_.size()) * kLineHeight + kMargin;
    }

    // The memo's label, its box, its button, and a margin before the themes.
    static sal_Int32 memoSectionHeight() { return kLineHeight + kMemoHeight + kMargin + kLineHeight + 2 * kMargin; }

    sal_Int32 width() const {
        const sal_Int32 given = window_.is() ? window_->getPosSize().Width : 0;
        return given > kMinimalWidth ? given : kMinimalWidth;
    }

    void layout() {
        if (disposed_ || !window_.is())
            return;
        try {
            const sal_Int32 w = width();
            const sal_Int32 labelWidth = 60;
            Reference<css::awt::XWindow>(filterLabel_, UNO_QUERY_THROW)
                ->setPosSize(kMargin, kMargin + 3, labelWidth, kLineHeight - 6, css::awt::PosSize::POSSIZE);
            Reference<css::awt::XWindow>(filter_, UNO_QUERY_THROW)
                ->setPosSize(kMargin + labelWidth, kMargin, w - 2 * kMargin - labelWidth, kLineHeight,
                             css::awt::PosSize::POSSIZE);
            sal_Int32 y = kMargin + kLineHeight + kMargin;
            Reference<css::awt::XWindow>(message_, UNO_QUERY_THROW)
                ->setPosSize(kMargin, y, w - 2 * kMargin, kMessageHeight - 4, css::awt::PosSize::POSSIZE);
            y += kMessageHeight;
            Reference<css::awt::XWindow>(memoLabel_, UNO_QUERY_THROW)
                ->setPosSize(kMargin, y + 3, w - 2 * kMargin, kLineHeight - 6, css::awt::PosSize::POSSIZE);
            y += kLineHeight;
            Reference<css::awt::XWindow>(memo_, UNO_QUERY_THROW)
                ->setPosSize(kMargin, y, w - 2 * kMargin, kMemoHeight, css::awt::PosSize::POSSIZE);
            y += kMemoHeight + kMargin;
            const sal_Int32 buttonWidth = std::min<sal_Int32>(160, w - 2 * kMargin);
            Reference<css::awt::XWindow>(memoSave_, UNO_QUERY_THROW)
                ->setPosSize(w - kMargin - buttonWidth, y, buttonWidth, kLineHeight + 2, css::awt::PosSize::POSSIZE);
            y += kLineHeight + 2 * kMargin;
            for (const RowControls& controls : rows_) {
                const sal_Int32 x = kMargin + kNumberWidth + controls.row.depth * kIndent;
                Reference<css::awt::XWindow>(controls.number, UNO_QUERY_THROW)
                    ->setPosSize(kMargin, y + 4, kNumberWidth, kLineHeight - 8, css::awt::PosSize::POSSIZE);
                Reference<css::awt::XWindow>(controls.swatch, UNO_QUERY_THROW)
                    ->setPosSize(x, y + (kLineHeight - kSwatch) / 2, kSwatch, kSwatch, css::awt::PosSize::POSSIZE);
                const sal_Int32 boxX = x + kSwatch + 4;
                const sal_Int32 countX = w - kMargin - kCountWidth;
                Reference<css::awt::XWindow>(controls.box, UNO_QUERY_THROW)
                    ->setPosSize(boxX, y, std::max<sal_Int32>(40, countX - boxX - 2), kLineHeight,
                                 css::awt::PosSize::POSSIZE);
                Reference<css::awt::XWindow>(controls.count, UNO_QUERY_THROW)
                    ->setPosSize(countX, y + 4, kCountWidth, kLineHeight - 8, css::awt::PosSize::POSSIZE);
                y += kLineHeight;
            }
        } catch (const css::uno::Exception& failure) {
            logError("the ETS sidebar could not lay out its themes", toUtf8(failure.Message));
        }
    }

    // The themes (ids) of the coder's passages under the cursor or the selection, and the first of those passages;
    // nothing outside a transcript.
    AtCursor atCursor(const Project& project, const std::string& coder) const {
        AtCursor found;
        try {
            const WriterTranscript transcript = WriterTranscript::inFrame(frame_);
            const std::vector<std::string> anchors = transcript.anchorsAt(*transcript.cursor());
            if (anchors.empty())
                return found;  // most places of a transcript: its tags are not even read
            const std::vector<TagRecord> records = transcript.records();
            found.ticked = themesAtAnchors(project, records, anchors, coder);
            found.own = ownPassageAt(records, anchors, coder);
        } catch (const Error&) {
        } catch (const css::uno::Exception&) {
        } catch (const std::exception&) {
        }
        return found;
    }

    // Asks the office's main thread to refresh the panel once, soon; nothing when a refresh is asked already.
    void refreshLater() {
        if (disposed_ || refreshAsked_.exchange(true))
            return;
        try {
            css::awt::AsyncCallback::create(context_)->addCallback(new RefreshCallback(this), Any());
        } catch (const css::uno::Exception& failure) {
            refreshAsked_ = false;
            logError("the ETS sidebar could not ask to be refreshed", toUtf8(failure.Message));
        }
    }

    // The refresh refreshLater asked for.
    void refreshAsked() {
        refreshAsked_ = false;
        refresh();
    }

    // Calls refreshAsked on the office's main thread, keeping the panel alive until then.
    class RefreshCallback : public cppu::WeakImplHelper1<css::awt::XCallback> {
    public:
        explicit RefreshCallback(ThemesPanel* panel) : panel_(panel) {}
        void SAL_CALL notify(const Any&) override { panel_->refreshAsked(); }

    private:
        rtl::Reference<ThemesPanel> panel_;
    };

    // Reads the project and the cursor again, and shows the themes.
    void refresh() {
        if (disposed_)
            return;
        try {
            std::vector<ThemeRow> rows;
            OUString message;
            std::optional<TagRecord> own;
            {
                Session& session = Session::instance();
                // Never wait for the session here, on the office's main thread: a macro's command holding it may be
                // waiting for this thread (every call into Writer needs it). Once a command ends, it refreshes us.
                std::unique_lock<std::recursive_mutex> lock(session.mutex(), std::try_to_lock);
                if (!lock.owns_lock())
                    return;
                OpenedProject* opened = session.currentIfAny(context_);
                if (!opened)
                    message = uiText(context_, "sidebar.no_project");
                else if (opened->project.themes.empty())
                    message = uiText(context_, "sidebar.no_themes");
                else {
                    AtCursor here = atCursor(opened->project, session.coder(context_));
                    own = std::move(here.own);
                    rows = themePanelRows(opened->project, commands::recentThemes(), filterText_, here.ticked);
                    message = rows.empty() ? uiText(context_, "sidebar.no_match", {filterText_})
                                           : uiText(context_, "sidebar.hint");
                }
            }
            show(rows, message);
            showMemo(own);
        } catch (const Error& error) {
            logError("the ETS sidebar could not read the project", error.key());
        } catch (const css::uno::Exception& failure) {
            logError("the ETS sidebar could not show the themes", toUtf8(failure.Message));
        } catch (const std::exception& failure) {
            logError("the ETS sidebar could not show the themes", failure.what());
        }
    }

    void show(const std::vector<ThemeRow>& rows, const OUString& message) {
        if (message != shownMessage_) {
            set(message_, "Label", Any(message));
            shownMessage_ = message;
        }
        const bool sameRows = rows.size() == rows_.size() &&
                              std::equal(rows.begin(), rows.end(), rows_.begin(),
                                         [](const ThemeRow& a, const RowControls& b) { return sameShape(a, b.row); });
        updating_ = true;  // a state set here is no click
        try {
            if (!sameRows) {
                for (const RowControls& controls : rows_) {
                    removeControl(controls_, controls.number);
                    removeControl(controls_, controls.swatch);
                    removeControl(controls_, controls.box);
                    removeControl(controls_, controls.count);
                }
                rows_.clear();
                for (std::size_t i = 0; i < rows.size(); ++i) {
                    const OUString id = OUString::number(static_cast<sal_Int64>(i));
                    RowControls controls;
                    controls.row = rows[i];
                    controls.number = addControl("FixedText", "number" + id);
                    set(controls.number, "Label",
                        Any(rows[i].shortcut ? OUString::number(rows[i].shortcut) : OUString()));
                    set(controls.number, "TextColor", Any(sal_Int32(0x808080)));
                    controls.swatch = addControl("FixedText", "swatch" + id);
                    set(controls.swatch, "BackgroundColor", Any(colourOf(rows[i].colour)));
                    set(controls.swatch, "Border", Any(sal_Int16(0)));
                    controls.box = addControl("CheckBox", "theme" + id);
                    set(controls.box, "Label", Any(toOUString(rows[i].name)));
                    set(controls.box, "HelpText", Any(toOUString(rows[i].name)));  // the whole name, when cut
                    controls.count = addControl("FixedText", "count" + id);
                    set(controls.count, "Label", Any(OUString::number(static_cast<sal_Int32>(rows[i].passages))));
                    set(controls.count, "Align", Any(sal_Int16(2)));  // right
                    if (!rows[i].matches)
                        set(controls.box, "TextColor", Any(sal_Int32(0x808080)));
                    Reference<css::awt::XCheckBox>(controls.box, UNO_QUERY_THROW)->addItemListener(this);
                    rows_.push_back(controls);
                }
                layout();
                if (sidebar_.is())
                    sidebar_->requestLayout();
            }
            for (std::size_t i = 0; i < rows_.size(); ++i) {
                // Only what changed: the cursor moves often, and most moves change no tick.
                if (sameRows && rows_[i].row.ticked == rows[i].ticked)
                    continue;
                rows_[i].row.ticked = rows[i].ticked;
                Reference<css::awt::XCheckBox>(rows_[i].box, UNO_QUERY_THROW)->setState(rows[i].ticked ? 1 : 0);
            }
        } catch (...) {
            updating_ = false;
            throw;
        }
        updating_ = false;
    }

    // The memo box: the coder's passage under the cursor, its memo editable; greyed out elsewhere. What the person
    // is typing is never replaced while the cursor stays in the same passage.
    void showMemo(const std::optional<TagRecord>& own) {
        // Outside a passage of the coder's, the greyed box says where to put the cursor.
        const std::string anchor = own ? own->anchor : std::string();
        const std::string memo = own ? own->memo : toUtf8(uiText(context_, "sidebar.memo_none"));
        Reference<css::awt::XTextComponent> box(memo_, UNO_QUERY_THROW);
        if (anchor == memoAnchor_ && memoShown_) {
            const bool typedSince = toUtf8(box->getText()) != *memoShown_;
            if (typedSince || memo == *memoShown_)
                return;
        }
        updating_ = true;
        memoAnchor_ = anchor;
        memoShown_ = memo;
        box->setText(toOUString(memo));
        set(memo_, "Enabled", Any(own.has_value()));
        set(memoSave_, "Enabled", Any(own.has_value()));
        updating_ = false;
    }

    // A click carried out by the command table, as the menu's commands are: one undo step, the project's checks,
    // a refusal said in the person's language and nothing changed.
    void run(const char* command, const char* argument, const std::string& value) {
        run(command, {{argument, value}});
    }

    void run(const char* command, const std::vector<std::pair<const char*, std::string>>& arguments) {
        running_ = true;
        try {
            const CommandEntry* entry = findCommand(OUString::createFromAscii(command));
            if (entry) {
                CommandCall call;
                call.context = context_;
                call.frame = frame_;
                for (const auto& [name, value] : arguments)
                    call.arguments.set(name, value);
                call.interactive = false;
                call.showsRefusals = true;
                const CommandOutcome outcome = runCommand(*entry, call);
                if (outcome.success && frame_.is() && frame_->getComponentWindow().is())
                    frame_->getComponentWindow()->setFocus();  // back to the text: the next passage is selected there
            }
        } catch (const css::uno::Exception& failure) {
            logError("the ETS sidebar could not run a command", toUtf8(failure.Message));
        } catch (const std::exception& failure) {
            logError("the ETS sidebar could not run a command", failure.what());
        }
        running_ = false;
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    Reference<css::ui::XSidebar> sidebar_;
    OUString url_;
    Reference<css::frame::XController> controller_;
    Reference<css::awt::XWindow> window_;
    Reference<css::awt::XControlContainer> controls_;
    Reference<css::awt::XControl> filterLabel_;
    Reference<css::awt::XControl> filter_;
    Reference<css::awt::XControl> message_;
    Reference<css::awt::XControl> memoLabel_;
    Reference<css::awt::XControl> memo_;
    Reference<css::awt::XControl> memoSave_;
    std::string memoAnchor_;                // the passage whose memo the box shows; empty: none
    std::optional<std::string> memoShown_;  // the memo as last shown, to tell the person's typing from it
    std::vector<RowControls> rows_;
    std::string filterText_;
    OUString shownMessage_;
    int watch_ = 0;
    std::atomic<bool> refreshAsked_{false};
    bool updating_ = false;
    bool running_ = false;
    std::atomic<bool> disposed_{false};  // read by the watcher on a command's thread
};

}  // namespace

PanelFactory::PanelFactory(Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

Reference<css::ui::XUIElement> SAL_CALL
PanelFactory::createUIElement(const OUString& resourceUrl, const Sequence<css::beans::PropertyValue>& arguments) {
    try {
        if (resourceUrl != OUString::createFromAscii(kThemesPanel))
            return nullptr;
        Reference<css::frame::XFrame> frame;
        Reference<css::awt::XWindow> parent;
        Reference<css::ui::XSidebar> sidebar;
        for (const css::beans::PropertyValue& argument : arguments) {
            if (argument.Name == "Frame")
                argument.Value >>= frame;
            else if (argument.Name == "ParentWindow")
                argument.Value >>= parent;
            else if (argument.Name == "Sidebar")
                argument.Value >>= sidebar;
        }
        if (!parent.is()) {
            logError("the ETS sidebar was asked for a panel", "without a parent window");
            return nullptr;
        }
        return new ThemesPanel(context_, frame, parent, sidebar, resourceUrl);
    } catch (const css::uno::Exception& failure) {
        logError("the ETS sidebar's panel could not be made", toUtf8(failure.Message));
    } catch (const std::exception& failure) {
        logError("the ETS sidebar's panel could not be made", failure.what());
    }
    return nullptr;
}

OUString SAL_CALL PanelFactory::getImplementationName() { return kNames.implementationName(); }
sal_Bool SAL_CALL PanelFactory::supportsService(const OUString& name) { return kNames.supports(name); }
Sequence<OUString> SAL_CALL PanelFactory::getSupportedServiceNames() { return kNames.services(); }

}  // namespace ets::uno
