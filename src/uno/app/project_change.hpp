#pragma once
// Changing the open project as one step: the change is made on a copy, and the project in memory
// becomes the copy only once it is saved, so a refused change or a failed save leaves both as they were.

#include "app/session.hpp"

#include <utility>

namespace ets::uno {

// `change(Project&)` may throw ets::Error: nothing is then changed, in memory or on disk.
template <typename Change>
void changeAndSave(OpenedProject& opened, Change&& change)
{
    Project changed = opened.project;
    change(changed);
    std::swap(opened.project, changed);
    try
    {
        Session::instance().save();
    }
    catch (...)
    {
        std::swap(opened.project, changed); // the file was not written: memory follows the file
        throw;
    }
}

} // namespace ets::uno
