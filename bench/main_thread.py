"""Runs a call inside LibreOffice's main thread, the way a menu item, a shortcut or a click in the sidebar runs a
command: com.sun.star.awt.AsyncCallback calls back into this script from the main thread, and what the script calls
during that callback runs on that same thread (the UNO bridge keeps a nested call on the calling thread). A command
called from a script's own thread instead shares LibreOffice with the main thread's work between its API calls."""

import threading


def main_thread_runner(office):
    """A function that runs `work` on LibreOffice's main thread and returns what it returned."""
    import unohelper  # after ets_office: it sets up the UNO bridge
    from com.sun.star.awt import XCallback

    class Callback(unohelper.Base, XCallback):
        def __init__(self, work):
            self.work, self.result, self.error = work, None, None
            self.done = threading.Event()

        def notify(self, _data):
            try:
                self.result = self.work()
            except Exception as error:  # handed back to the caller's thread
                self.error = error
            finally:
                self.done.set()

    callbacks = office.create("com.sun.star.awt.AsyncCallback")

    def run(work, timeout=120):
        callback = Callback(work)
        callbacks.addCallback(callback, None)
        if not callback.done.wait(timeout):
            raise TimeoutError("LibreOffice's main thread did not run the call")
        if callback.error is not None:
            raise callback.error
        return callback.result

    return run


def dispatch_timer(office, frame):
    """A function (command, arguments) -> (the dispatch's result event, its seconds), the dispatch run on the main
    thread with one DispatchHelper, so that of two commands compared only the command differs."""
    import time

    helper = office.create("com.sun.star.frame.DispatchHelper")
    run = main_thread_runner(office)

    def timed(command, arguments):
        def call():
            started = time.perf_counter()
            event = helper.executeDispatch(frame, command, "", 0, arguments)
            return event, time.perf_counter() - started
        return run(call)

    return timed
