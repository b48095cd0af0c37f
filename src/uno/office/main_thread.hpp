#pragma once
// Which thread runs: the office's main thread (menus, toolbars, the sidebar, Basic and in-office Python macros, the
// events of documents) holds the office's lock for as long as it works, so it must never wait for a lock another
// thread may hold while waiting for the office.

namespace ets::uno {

// True on the office's main thread: the thread soffice started with, where LibreOffice runs its event loop.
bool onOfficeMainThread();

}  // namespace ets::uno
