#!/usr/bin/env bash
# The standalone Apache Artemis 2.40.0 broker, for hub nodes that share one broker (profile external-broker).
#
#   scripts/artemis.sh install   download and unpack the distribution once (Maven Central, SHA-512 checked); no instance
#   scripts/artemis.sh start     download once (Maven Central, SHA-512 checked), create the instance once, start it,
#                                wait until it accepts connections
#   scripts/artemis.sh stop      stop it (its journal stays; start again to continue)
#   scripts/artemis.sh status    "running on 127.0.0.1:61616" or "stopped"
#   scripts/artemis.sh reset     stop and delete the instance and its journal
#
# The instance uses docker/artemis/broker.xml (the queues, dead-letter queues, redelivery and paging the hub
# declares; BrokerXmlDriftTest keeps the two in step) with one CORE acceptor: RabbitMQ (5672) and Mosquitto (1883)
# may run on the same machine, so nothing else listens. Then start the hub with
#   --spring.profiles.active=postgres,external-broker  HUB_ARTEMIS_URL=tcp://127.0.0.1:61616  HUB_ARTEMIS_USER=…  HUB_ARTEMIS_PASSWORD=…
#
# Environment (all optional):
#   HUB_ARTEMIS_HOST=127.0.0.1  HUB_ARTEMIS_PORT=61616
#   HUB_ARTEMIS_USER=hub  HUB_ARTEMIS_PASSWORD=(generated once, kept in <instance>/etc/hub-password)
#   HUB_ARTEMIS_INSTANCE=data/artemis-broker     where the instance (configuration, journal, log) lives
#   HUB_ARTEMIS_DOWNLOADS=~/.cache/contract-hub  where the distribution is unpacked
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

VERSION=2.40.0
SHA512=270a00dc3028fb3b93c6aa09aa3e40fbe76015029e5308e0aac241589299a72dac9bb50a10e7e86ad66185e2d8bc7224626810df12f1ee05694322054ad32700
URL="https://repo.maven.apache.org/maven2/org/apache/activemq/apache-artemis/$VERSION/apache-artemis-$VERSION-bin.tar.gz"
HOST=${HUB_ARTEMIS_HOST:-127.0.0.1}
PORT=${HUB_ARTEMIS_PORT:-61616}
USER_NAME=${HUB_ARTEMIS_USER:-hub}
INSTANCE=${HUB_ARTEMIS_INSTANCE:-$ROOT/data/artemis-broker}
DOWNLOADS=${HUB_ARTEMIS_DOWNLOADS:-$HOME/.cache/contract-hub}
HOME_DIR="$DOWNLOADS/apache-artemis-$VERSION"

say() { echo "artemis: $*"; }
answers() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }
pid_of_instance() { pgrep -f -- "-Dartemis.instance=$INSTANCE " || true; }

install_distribution() {
  [ -x "$HOME_DIR/bin/artemis" ] && return 0
  mkdir -p "$DOWNLOADS"
  local archive="$DOWNLOADS/apache-artemis-$VERSION-bin.tar.gz"
  say "downloading Apache Artemis $VERSION from Maven Central"
  curl -fsSL --retry 3 -o "$archive.part" "$URL"
  echo "$SHA512  $archive.part" | sha512sum -c --quiet - || { rm -f "$archive.part"; say "checksum mismatch" >&2; exit 1; }
  mv "$archive.part" "$archive"
  tar xzf "$archive" -C "$DOWNLOADS"
}

create_instance() {
  [ -f "$INSTANCE/bin/artemis" ] && return 0
  local password=${HUB_ARTEMIS_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
  say "creating the broker instance in $INSTANCE"
  "$HOME_DIR/bin/artemis" create "$INSTANCE" --silent --force --name contract-hub --user "$USER_NAME" \
    --password "$password" --role amq --require-login --no-web --no-amqp-acceptor --no-mqtt-acceptor \
    --no-stomp-acceptor --no-hornetq-acceptor --host "$HOST" --default-port "$PORT" >"$INSTANCE.create.log" 2>&1 \
    || { cat "$INSTANCE.create.log" >&2; exit 1; }
  rm -f "$INSTANCE.create.log"
  cp "$ROOT/docker/artemis/broker.xml" "$INSTANCE/etc/broker.xml"
  printf '%s\n' "$password" >"$INSTANCE/etc/hub-password"
  chmod 600 "$INSTANCE/etc/hub-password"
}

start() {
  if answers; then say "something already listens on $HOST:$PORT"; status; return 0; fi
  install_distribution
  create_instance
  # the acceptor's host and port are system properties of docker/artemis/broker.xml
  local options="-Dhub.artemis.host=$HOST -Dhub.artemis.port=$PORT"
  grep -q "hub.artemis.host" "$INSTANCE/etc/artemis.profile" \
    || printf '\nJAVA_ARGS="$JAVA_ARGS %s"\n' "$options" >>"$INSTANCE/etc/artemis.profile"
  "$INSTANCE/bin/artemis-service" start >/dev/null || { say "did not start; see $INSTANCE/log/artemis.log" >&2; exit 1; }
  for _ in $(seq 1 120); do
    answers && { say "running on $HOST:$PORT, user $USER_NAME, password in $INSTANCE/etc/hub-password"; return 0; }
    sleep 0.5
  done
  say "did not start; see $INSTANCE/log/artemis.log" >&2
  tail -20 "$INSTANCE/log/artemis.log" >&2 || true
  exit 1
}

stop() {
  [ -x "$INSTANCE/bin/artemis-service" ] && "$INSTANCE/bin/artemis-service" stop >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do
    [ -z "$(pid_of_instance)" ] && { say "stopped"; return 0; }
    sleep 0.5
  done
  kill $(pid_of_instance) 2>/dev/null || true
  say "stopped"
}

status() {
  if answers; then say "running on $HOST:$PORT"; else say "stopped"; fi
}

case "${1:-}" in
  install) install_distribution; say "Apache Artemis $VERSION is in $HOME_DIR" ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset) stop; rm -rf "$INSTANCE"; say "instance removed" ;;
  *) echo "usage: scripts/artemis.sh install|start|stop|status|reset" >&2; exit 2 ;;
esac
