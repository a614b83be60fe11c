#!/usr/bin/env bash
# Prints the sandbox arguments that put the hub and every simulator on a free loopback port, one per line, the hub's
# first (--server.port=N), all different: for a sandbox started beside another one (scripts/sandbox.sh's training
# start, bench/startup.sh).
set -euo pipefail
python3 - <<'PY'
import socket

names = ["server.port", "hub.simulators.crm-port", "hub.simulators.esign-port", "hub.simulators.ocr-port",
         "hub.simulators.kuaidi100-port", "hub.people.simulators.wecom-port", "hub.people.simulators.his-port",
         "hub.people.simulators.dingtalk-port", "hub.erp.simulators.kingdee-port", "hub.erp.simulators.u8-port",
         "hub.erp.simulators.sap-port"]
held = []
for name in names:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    held.append(s)
    print("--%s=%d" % (name, s.getsockname()[1]))
for s in held:
    s.close()
PY
