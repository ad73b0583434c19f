# Shared by scripts/local-cluster, scripts/submit and scripts/cluster-smoke: where the local cluster
# lives, its classpaths (resolved by Maven from deploy/local/*/pom.xml) and how its tools run.
# Everything of one cluster is under one work dir: conf, logs, PIDs, data, checkpoints, savepoints.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cluster_dir="${NABIZ_CLUSTER_DIR:-$root/target/local-cluster}"

# The JVM flags a Flink distribution's config.yaml gives every Flink process on Java 17.
flink_java_opts=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# Resolves (once per pom change) the classpath of deploy/local/NAME/pom.xml into the work dir.
classpath() {
  local name="$1" pom="$root/deploy/local/$1/pom.xml" out="$cluster_dir/$1.classpath"
  if [ ! -s "$out" ] || [ "$pom" -nt "$out" ] || [ "$root/pom.xml" -nt "$out" ]; then
    command -v mvn >/dev/null 2>&1 || "$root/scripts/install-build-tools"
    mkdir -p "$cluster_dir"
    mvn -B -q -f "$pom" dependency:build-classpath -Dmdep.outputFile="$out" >&2 \
      || die "cannot resolve the $name artifacts (see the Maven output above)"
  fi
  cat "$out"
}

# The command that runs one of Kafka's own command line tools, in the array kafka_cmd; for a tool
# run in the background, so that $! is the tool's own PID.
kafka_tool_cmd() {
  local cls="$1"; shift
  kafka_cmd=(java -Xmx256m -cp "$(classpath kafka)"
    -Dlog4j2.configurationFile="file:$cluster_dir/conf/log4j-tools.properties" "$cls" "$@")
}

# Runs one of Kafka's tools: kafka_tool org.apache.kafka.tools.ConsoleProducer ...
kafka_tool() {
  kafka_tool_cmd "$@"
  "${kafka_cmd[@]}"
}

# The Flink command line (what `bin/flink` runs) against this cluster's configuration.
flink_cli() {
  FLINK_CONF_DIR="$cluster_dir/conf" FLINK_PLUGINS_DIR="$cluster_dir/plugins" \
    java -Xmx512m "${flink_java_opts[@]}" -cp "$(classpath flink)" \
    -Dlog.file="$cluster_dir/logs/flink-cli.log" \
    -Dlog4j.configurationFile="file:$cluster_dir/conf/log4j-cli.properties" \
    org.apache.flink.client.cli.CliFrontend "$@"
}

# The values `local-cluster up` chose (ports, addresses), as shell variables.
load_env() {
  [ -f "$cluster_dir/cluster.env" ] || die "no local cluster in $cluster_dir (run scripts/local-cluster up)"
  # shellcheck disable=SC1091
  . "$cluster_dir/cluster.env"
}

# A port on 127.0.0.1 that no socket uses now, below the kernel's range for the local ports of
# outgoing connections: a port from that range can be taken by any client's connection between the
# choice and the bind, and the process then fails with "Address already in use".
free_port() {
  local p low=32768
  if [ -r /proc/sys/net/ipv4/ip_local_port_range ]; then
    read -r low _ < /proc/sys/net/ipv4/ip_local_port_range
  fi
  while :; do
    p=$((10000 + RANDOM % (low - 10000)))
    if ! port_in_use "$p" && ! port_open "$p"; then echo "$p"; return; fi
  done
}

# Whether any socket (listening, connected or closing) has this port as either end.
port_in_use() {
  local hex
  hex=$(printf '%04X' "$1")
  grep -qs ":$hex " /proc/net/tcp /proc/net/tcp6
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# GET http://127.0.0.1:PORT/PATH with bash alone; prints the body.
http_get() {
  local port="$1" path="$2"
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
  sed '1,/^\r$/d' <&3
  exec 3>&-
}

# Is the process in PIDFILE alive and ours (its command line names this work dir)?
alive() {
  local pidfile="$1" pid
  [ -f "$pidfile" ] || return 1
  pid="$(cat "$pidfile")"
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$cluster_dir"
}
