"""Runs a call inside LibreOffice's main thread (Office.on_main_thread in scripts/lib/ets_office.py), the way a menu
item, a shortcut or a click in the sidebar runs a command. A command called from a script's own thread instead shares
LibreOffice with the main thread's work between its API calls."""

import time


def main_thread_runner(office):
    """A function that runs `work` on LibreOffice's main thread, waits for it and returns what it returned."""
    def run(work, timeout=120):
        call = office.on_main_thread(work)
        if not call.done.wait(timeout):
            raise TimeoutError("LibreOffice's main thread did not run the call")
        if call.error is not None:
            raise call.error
        return call.result

    return run


def dispatch_timer(office, frame):
    """A function (command, arguments) -> (the dispatch's result event, its seconds), the dispatch run on the main
    thread with one DispatchHelper, so that of two commands compared only the command differs."""
    helper = office.create("com.sun.star.frame.DispatchHelper")
    run = main_thread_runner(office)

    def timed(command, arguments):
        def call():
            started = time.perf_counter()
            event = helper.executeDispatch(frame, command, "", 0, arguments)
            return event, time.perf_counter() - started
        return run(call)

    return timed
