"""A throw-away LibreOffice for tests, the demo, screenshots and benchmarks.

Starts soffice with its own temporary profile (never the user's, never the shared installation),
optionally on its own Xvfb display, installs the freshly built .oxt through the ExtensionManager,
restarts, and hands out the UNO objects a caller needs. Everything it starts it ends, by pid.

Runs only under Debian's /usr/bin/python3, the one python3-uno belongs to.

A remote client must know the extension's own UNO types (ets.rdb) before `import uno`, or the
bridge drops the connection when it meets one: set ETS_OXT to the built .oxt before importing
this module, and the types are taken from it.
"""

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile


def _use_extension_types(oxt):
    """Adds the ets.rdb of the .oxt to the types this Python process's UNO runtime knows."""
    if not oxt or not os.path.exists(oxt) or "URE_MORE_TYPES" in os.environ:
        return
    if "uno" in sys.modules:
        raise ImportError("import ets_office (or ets_fixture) before uno: the extension's types must be known first")
    folder = tempfile.mkdtemp(prefix="ets-types-")
    with zipfile.ZipFile(oxt) as archive:
        archive.extract("ets.rdb", folder)
    atexit.register(shutil.rmtree, folder, True)
    os.environ["URE_MORE_TYPES"] = ("<file:///usr/lib/libreoffice/program/types>* file://"
                                    + os.path.join(folder, "ets.rdb"))


_use_extension_types(os.environ.get("ETS_OXT"))

import uno  # noqa: E402
import unohelper  # noqa: E402
from com.sun.star.awt import XCallback
from com.sun.star.beans import NamedValue, PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.task import XInteractionHandler
from com.sun.star.ucb import XCommandEnvironment, XProgressHandler

SOFFICE = "/usr/lib/libreoffice/program/soffice.bin"
# soffice.bin asks to be started again (exit code 81) after it first fills a fresh profile.
RESTART_REQUESTED = 81

# Settings written into a fresh profile before the first start: the UI language, and no
# first-start dialog that would sit over the window under test.
PROFILE_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>7.4</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="WarnAlienFormat" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


SYSTEM_LOCALE_ITEM = """<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>{locale}</value></prop></item>
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MainThreadCall(unohelper.Base, XCallback):
    """`work` run when the office calls back on its main thread, where a menu, a shortcut or a sidebar click runs a
    command; what this client calls from inside `work` runs on that same thread (the bridge keeps a nested call on the
    calling thread). `done` is set once it ran; `result` is what it returned, `error` what it raised."""

    def __init__(self, work):
        self.work = work
        self.done = threading.Event()
        self.result = None
        self.error = None

    def notify(self, _data):
        try:
            self.result = self.work()
        except Exception as error:  # handed to the caller, not lost in the bridge
            self.error = error
        finally:
            self.done.set()


def props(**values):
    """PropertyValues from keyword arguments, as dispatches and loadComponentFromURL take them."""
    return tuple(PropertyValue(Name=k, Value=v) for k, v in values.items())


def named(**values):
    return tuple(NamedValue(Name=k, Value=v) for k, v in values.items())


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class _Approve(unohelper.Base, XInteractionHandler):
    """Says yes to what the ExtensionManager asks (the licence, a newer version)."""

    def handle(self, request):
        for continuation in request.getContinuations():
            if continuation.queryInterface(uno.getTypeByName("com.sun.star.task.XInteractionApprove")):
                continuation.select()
                return


class _Progress(unohelper.Base, XProgressHandler):
    def push(self, status):
        pass

    def update(self, status):
        pass

    def pop(self):
        pass


class _CommandEnv(unohelper.Base, XCommandEnvironment):
    def getInteractionHandler(self):
        return _Approve()

    def getProgressHandler(self):
        return _Progress()


class Office:
    """One soffice with a private profile. Use as a context manager or call start()/stop()."""

    def __init__(self, oxt=None, locale="fr-BE", headless=False, workdir=None, display=None, keep_running=False,
                 dpi=None, screen="1280x900x24", system_locale=None):
        """display: an existing X display to show the office on; by default a private Xvfb
        (or none at all when headless). workdir: keep the profile there instead of a temporary.
        keep_running: the office outlives this Python process (for a person to use).
        dpi: the screen's resolution (96 is 100 %, 144 is 150 %), for the private Xvfb and LibreOffice alike.
        system_locale: the locale of dates and numbers (Outils > Options > Langues > Paramètre régional), as a
        person whose system speaks French has it; by default the process's."""
        self.dpi = dpi
        self.screen = screen
        self.system_locale = system_locale
        self.keep_running = keep_running
        self.oxt = oxt
        self.locale = locale
        self.headless = headless
        self.workdir = workdir or tempfile.mkdtemp(prefix="ets-office-")
        self._own_workdir = workdir is None
        self.profile = os.path.join(self.workdir, "profile")
        self.process = None
        self.xvfb = None
        self.display = display
        self.ctx = None
        self._dispatch_helper = None
        self.smgr = None
        self.desktop = None
        self.log_path = os.path.join(self.workdir, "soffice.log")

    # -- life cycle -------------------------------------------------------------------------
    def start(self):
        _stop_on_sigterm()
        settings = os.path.join(self.profile, "user", "registrymodifications.xcu")
        if not os.path.exists(settings):  # a kept profile keeps what its user changed
            os.makedirs(os.path.dirname(settings), exist_ok=True)
            with open(settings, "w", encoding="utf-8") as f:
                template = PROFILE_TEMPLATE.format(locale=self.locale)
                if self.system_locale:
                    template = template.replace("</oor:items>", SYSTEM_LOCALE_ITEM.format(locale=self.system_locale)
                                                + "</oor:items>")
                f.write(template)
        if not self.headless and not self.display:
            self._start_xvfb()
        self._launch()
        if self.oxt:
            self.install_extension(self.oxt)
            # New components and menus are picked up by a fresh process only.
            self.restart()
        return self

    def restart(self):
        self._terminate_office()
        self._launch()

    def stop(self):
        self._terminate_office()
        if self.xvfb:
            _kill(self.xvfb)
            self.xvfb = None
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()

    def _start_xvfb(self):
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen, "-nolisten", "tcp"]
            + (["-dpi", str(self.dpi)] if self.dpi else []),
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, preexec_fn=_die_with_parent)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number

    def _launch(self):
        port = free_port()
        env = dict(os.environ)
        env["SAL_USE_VCLPLUGIN"] = "gen" if not self.headless else "svp"
        if self.display:
            env["DISPLAY"] = self.display
        if self.dpi:
            env["SAL_FORCEDPI"] = str(self.dpi)
        args = [SOFFICE, "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=" + file_url(self.profile),
                "--accept=socket,host=127.0.0.1,port=%d;urp;" % port]
        if self.headless:
            args[1:1] = ["--headless", "--invisible"]
        for _attempt in range(3):
            with open(self.log_path, "ab") as log:
                self.process = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT,
                                                start_new_session=True,
                                                preexec_fn=None if self.keep_running else _die_with_parent)
            if self._connect(port):
                return
        raise RuntimeError("soffice kept asking to be restarted; see %s" % self.log_path)

    def _connect(self, port, timeout=90):
        """Waits for the office to answer; False when it exited asking to be started again."""
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + timeout
        while True:
            exited = self.process.poll()  # asked once: the office may end between two questions
            if exited == RESTART_REQUESTED:
                return False
            if exited is not None:
                raise RuntimeError("soffice exited with %s; see %s" % (exited, self.log_path))
            try:
                self.ctx = resolver.resolve(
                    "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
                break
            except NoConnectException:
                if time.time() > deadline:
                    raise RuntimeError("soffice did not answer within %d s" % timeout)
                time.sleep(0.02)  # fine-grained: the start-up benchmark times this wait
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.create("com.sun.star.frame.Desktop")
        self._dispatch_helper = None
        return True

    def _terminate_office(self):
        if not self.process:
            return
        try:
            if self.desktop is not None:
                for component in list(self.desktop.getComponents()):
                    try:
                        component.setModified(False)
                        component.close(True)
                    except Exception:
                        pass
                self.desktop.terminate()
        except Exception:
            pass  # the bridge goes down with the office
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
        _kill(self.process)
        self.process = None
        self.ctx = self.smgr = self.desktop = None

    # -- what callers need ------------------------------------------------------------------
    def create(self, service, *args):
        if args:
            return self.smgr.createInstanceWithArgumentsAndContext(service, args, self.ctx)
        return self.smgr.createInstanceWithContext(service, self.ctx)

    def on_main_thread(self, work):
        """Starts `work` on the office's main thread (com.sun.star.awt.AsyncCallback) and returns at once its
        MainThreadCall, whose `done` says when it ran."""
        call = MainThreadCall(work)
        self.create("com.sun.star.awt.AsyncCallback").addCallback(call, None)
        return call

    def _options_node(self, access):
        provider = self.create("com.sun.star.configuration.ConfigurationProvider")
        return provider.createInstanceWithArguments("com.sun.star.configuration." + access,
                                                    props(nodepath="/org.etsworkbench.Settings/Options"))

    def set_options(self, **values):
        """Writes ETS options (Tools ▸ Options ▸ ETS Workbench) into this office's profile, as the page does."""
        node = self._options_node("ConfigurationUpdateAccess")
        for name, value in values.items():
            node.setPropertyValue(name, value)
        node.commitChanges()

    def option(self, name):
        """One ETS option as this office's profile holds it."""
        return self._options_node("ConfigurationAccess").getPropertyValue(name)

    def install_extension(self, oxt):
        manager = self.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        abort = manager.createAbortChannel()
        package = manager.addExtension(file_url(oxt), (), "user", abort, _CommandEnv())
        if package is None:
            raise RuntimeError("the ExtensionManager did not install %s" % oxt)
        return package

    def installed_extensions(self):
        manager = self.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        return [p.getIdentifier().Value for p in manager.getDeployedExtensions("user", manager.createAbortChannel(), _CommandEnv())]

    def new_document(self, kind="swriter", hidden=False):
        return self.desktop.loadComponentFromURL("private:factory/" + kind, "_blank", 0, props(Hidden=hidden))

    def load(self, path, hidden=True):
        return self.desktop.loadComponentFromURL(file_url(path), "_blank", 0, props(Hidden=hidden))

    def dispatch(self, frame, command, **arguments):
        """Runs vnd.ets:<command> with arguments and returns (succeeded, result text)."""
        if self._dispatch_helper is None:
            self._dispatch_helper = self.create("com.sun.star.frame.DispatchHelper")
        event = self._dispatch_helper.executeDispatch(frame, "vnd.ets:" + command, "", 0, props(**arguments))
        return event.State == 1, event.Result

    def automation(self):
        return self.create("org.etsworkbench.Automation")


def _die_with_parent():
    """Runs in the child before exec: the kernel kills it if this Python process dies, however
    it dies (a timeout's SIGKILL included), so no soffice or Xvfb outlives its test."""
    import ctypes
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _stop_on_sigterm():
    """A `timeout` or a CI runner ends us with SIGTERM: unwind, so that `finally` and `with`
    blocks stop the soffice and Xvfb we started instead of leaving them behind."""
    import threading
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def _kill(process):
    """Ends a process we started, and its children, by pid."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            process.kill()
        process.wait(timeout=5)
