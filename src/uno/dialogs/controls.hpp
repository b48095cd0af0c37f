#pragma once
// Reading and filling the controls of a dialog by their XDL names: text fields, labels, radio buttons, check boxes,
// list boxes and numeric fields. A control that is not there reads as empty and ignores what is written to it.

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <rtl/ustring.hxx>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace ets::uno {

using DialogRef = css::uno::Reference<css::awt::XDialog>;

rtl::OUString controlText(const DialogRef& dialog, const char* control);
void setControlText(const DialogRef& dialog, const char* control, const rtl::OUString& text);
// Replaces a label's text (labels are fixed texts).
void setLabel(const DialogRef& dialog, const char* control, const rtl::OUString& text);

bool isChecked(const DialogRef& dialog, const char* radioButton);
void setChecked(const DialogRef& dialog, const char* radioButton, bool checked);
bool isBoxTicked(const DialogRef& dialog, const char* checkBox);
void setBoxTicked(const DialogRef& dialog, const char* checkBox, bool ticked);

double numericValue(const DialogRef& dialog, const char* numericField);
void setNumericValue(const DialogRef& dialog, const char* numericField, double value);

// A date field (XDL dlg:datefield, shown in the office's locale with a calendar drop-down) as the project keeps
// dates: "YYYY-MM-DD", "" when it holds none or no real date. Setting "" or text that is no date empties it.
std::string dateValue(const DialogRef& dialog, const char* dateField);
void setDateValue(const DialogRef& dialog, const char* dateField, const std::string& isoDate);

// Paints a control's background (a sample beside a colour list): 0xRRGGBB, or the default when none.
void setBackgroundColour(const DialogRef& dialog, const char* control, std::optional<int> rgb);

// The list box by its name (empty reference when there is none).
css::uno::Reference<css::awt::XListBox> listBox(const DialogRef& dialog, const char* control);
// Replaces the items of a list box; `selected` is the position to select, -1 for none.
void setListItems(const DialogRef& dialog, const char* control, const std::vector<rtl::OUString>& items,
                  sal_Int16 selected);
// The selected position, -1 when nothing is selected.
sal_Int16 selectedPosition(const DialogRef& dialog, const char* control);
void selectPosition(const DialogRef& dialog, const char* control, sal_Int16 position);

// The method names a dialog's event handler answers (XDialogEventHandler::getSupportedMethodNames).
css::uno::Sequence<rtl::OUString> methodNames(std::initializer_list<const char*> names);

}  // namespace ets::uno
