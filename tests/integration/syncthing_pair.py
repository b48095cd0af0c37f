"""Two Syncthing instances keeping two folders in step, for tests: the sync engine a tandem without a server uses.

Syncthing reaches the internet by default (discovery, relays, NAT, reports, upgrades). It is started here only inside
a network namespace that holds nothing but loopback (tests/integration/loopback_only), and configured before its first
start so that it would not try even there: one listening address on 127.0.0.1, the partner named by its address."""

import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ElementTree

FOLDER_ID = "ets-projet"
# As README.md advises: the project's own lock is taken for milliseconds and means "this machine", the file being
# written is not a version yet, and the backup is each computer's own. Transcripts' LibreOffice locks are sent, so
# that each side sees what the other has open.
IGNORES = ".~lock.ets-project.json#\n.ets-project.json.tmp-*\nets-project.json.bak\n"


def only_loopback():
    """True inside a network namespace whose only interface is loopback."""
    with open("/proc/net/dev") as interfaces:  # per namespace (/sys/class/net may show the host's)
        names = [line.split(":")[0].strip() for line in interfaces.readlines()[2:]]
    return names == ["lo"]


class Syncthing:
    """One instance: its home (keys, config, database) and the folder it keeps in step."""

    def __init__(self, home, folder, port, gui_port):
        self.home, self.folder, self.port, self.gui_port = home, folder, port, gui_port
        self.process = None
        output = subprocess.run(["syncthing", "generate", "--home=" + home, "--no-default-folder"],
                                check=True, capture_output=True, text=True)
        self.device = next(line.split("Device ID:")[1].strip()
                           for line in (output.stdout + output.stderr).splitlines() if "Device ID:" in line)
        self.api_key = ElementTree.parse(self._config()).getroot().find("gui/apikey").text

    def _config(self):
        return os.path.join(self.home, "config.xml")

    def configure(self, partner, max_conflicts):
        """Nothing but loopback and the partner; the folder shared with it."""
        tree = ElementTree.parse(self._config())
        root = tree.getroot()
        options = root.find("options")
        for name in ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled", "natEnabled",
                     "crashReportingEnabled", "startBrowser", "announceLANAddresses"):
            options.find(name).text = "false"
        options.find("urAccepted").text = "-1"
        options.find("autoUpgradeIntervalH").text = "0"
        for server in options.findall("globalAnnounceServer"):
            options.remove(server)
        options.find("stunServer").text = ""
        options.find("listenAddress").text = "tcp://127.0.0.1:%d" % self.port
        root.find("gui/address").text = "127.0.0.1:%d" % self.gui_port
        device = ElementTree.SubElement(root, "device", id=partner.device, name="partner", compression="metadata",
                                        introducer="false")
        ElementTree.SubElement(device, "address").text = "tcp://127.0.0.1:%d" % partner.port
        folder = ElementTree.Element("folder", id=FOLDER_ID, label="Projet", path=self.folder, type="sendreceive",
                                     rescanIntervalS="5", fsWatcherEnabled="true", fsWatcherDelayS="1")
        for member in (self.device, partner.device):
            ElementTree.SubElement(folder, "device", id=member)
        ElementTree.SubElement(folder, "maxConflicts").text = str(max_conflicts)
        root.insert(0, folder)
        tree.write(self._config())
        os.makedirs(os.path.join(self.folder, ".stfolder"), exist_ok=True)
        with open(os.path.join(self.folder, ".stignore"), "w") as ignores:
            ignores.write(IGNORES)

    def start(self):
        env = dict(os.environ, STNOUPGRADE="1")
        with open(os.path.join(self.home, "syncthing.log"), "ab") as log:
            self.process = subprocess.Popen(
                ["syncthing", "serve", "--home=" + self.home, "--no-browser", "--no-restart", "--no-upgrade"],
                env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/rest/system/ping")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("Syncthing did not answer; see %s" % os.path.join(self.home, "syncthing.log"))

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def _request(self, method, path):
        request = urllib.request.Request("http://127.0.0.1:%d%s" % (self.gui_port, path), method=method,
                                         headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=10) as answer:
            body = answer.read()
        return json.loads(body) if body else None

    def get(self, path):
        return self._request("GET", path)

    def post(self, path):
        return self._request("POST", path)

    def connected(self, partner):
        return self.get("/rest/system/connections")["connections"].get(partner.device, {}).get("connected", False)

    def scan(self):
        self.post("/rest/db/scan?folder=" + FOLDER_ID)

    def settled_with(self, partner):
        """Nothing left to scan, pull or send to the partner."""
        status = self.get("/rest/db/status?folder=" + FOLDER_ID)
        completion = self.get("/rest/db/completion?folder=%s&device=%s" % (FOLDER_ID, partner.device))
        return status["state"] == "idle" and status["needTotalItems"] == 0 and completion["needItems"] == 0


class SyncthingPair:
    """Two folders under `root`, `a` and `b`, kept in step; the project is put in `a` before the first start and
    reaches `b` through Syncthing, as it reaches a partner's computer."""

    def __init__(self, root, project, max_conflicts):
        if not only_loopback():
            raise RuntimeError("Syncthing runs only in a network namespace with nothing but loopback "
                               "(tests/integration/loopback_only)")
        self.folder_a = os.path.join(root, "a", "projet")
        self.folder_b = os.path.join(root, "b", "projet")
        shutil.copytree(project, self.folder_a)
        os.makedirs(self.folder_b)
        self.a = Syncthing(os.path.join(root, "a", "syncthing"), self.folder_a, 22101, 28401)
        self.b = Syncthing(os.path.join(root, "b", "syncthing"), self.folder_b, 22102, 28402)
        self.a.configure(self.b, max_conflicts)
        self.b.configure(self.a, max_conflicts)

    def start(self):
        self.a.start()
        self.b.start()
        self.wait_for(lambda: self.a.connected(self.b) and self.b.connected(self.a), "the two instances to connect")
        self.settle()

    def stop(self):
        self.a.stop()
        self.b.stop()

    def cut_apart(self):
        self.a.post("/rest/system/pause?device=" + self.b.device)
        self.b.post("/rest/system/pause?device=" + self.a.device)
        self.wait_for(lambda: not self.a.connected(self.b) and not self.b.connected(self.a), "the pair to part")

    def join_again(self):
        self.a.post("/rest/system/resume?device=" + self.b.device)
        self.b.post("/rest/system/resume?device=" + self.a.device)
        self.wait_for(lambda: self.a.connected(self.b) and self.b.connected(self.a), "the pair to reconnect")

    def settle(self, timeout=90):
        """Both sides scanned and in step."""
        self.a.scan()
        self.b.scan()
        time.sleep(0.5)
        self.wait_for(lambda: self.a.settled_with(self.b) and self.b.settled_with(self.a), "the folders to settle",
                      timeout)

    @staticmethod
    def wait_for(condition, what, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if condition():
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError("waited %d s for %s" % (timeout, what))
