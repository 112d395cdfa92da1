#!/usr/bin/env python3
"""Soak load and fault injector for bench/soak/run (standard library only).

20 regions push one-value submissions concurrently through the gateway (JSON API) for --duration seconds, each value
a key of its own (region x kz-regions indicator x year), retrying a failed push with the same submission id as a real
regional system does. Meanwhile faults 1-4 are injected on a schedule, through the AppHost's resource commands (the
Operations:CommandDirectory inbox, as the dashboard's stop/start buttons) and signals to processes of this system only:
  10%: RabbitMQ stopped, started again after max(8 s, 10% of the run)
  30%: the scoring service killed with SIGKILL, started again 3 s later
  50%: PostgreSQL fast shutdown (SIGINT to its postmaster), started again 3 s later
  70%: Redis stopped, started again after max(8 s, 10% of the run)
Then it waits for the system to settle and counts everything from the stores with psql.
"""
import argparse, base64, collections, hashlib, hmac, json, os, signal, subprocess, threading, time, urllib.error, urllib.request, uuid

INDICATORS = {  # the kz-regions methodology's indicators and a value in the middle of a plausible range
    "avg_salary": 250000, "gdp_per_capita": 3000, "unemployment-rate": 4.8, "life_expectancy": 72, "Higher_Education": 25,
    "Postgraduate_Education": 1.2, "Med-institution-rate": 4, "School-number-rate": 3.5, "Entertainment-places-rate": 2,
    "Transport-quanity-rate": 6, "air_pollution_index": 4, "crime_amount": 9000, "clearance-rate-divided": 0.7,
}
YEARS = list(range(2015, 2023))

def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def token(key, subject, role, bodies=()):
    now = int(time.time())
    claims = {"sub": subject, "jti": uuid.uuid4().hex, "role": role, "iss": "assessment", "aud": "assessment-api",
              "nbf": now - 60, "iat": now, "exp": now + 6 * 3600}
    if bodies:
        claims["body"] = bodies[0] if len(bodies) == 1 else list(bodies)
    signing = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + b64(json.dumps(claims).encode())
    return signing + "." + b64(hmac.new(key.encode(), signing.encode(), hashlib.sha256).digest())

class Gateway:
    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"

    def call(self, method, path, bearer=None, body=None, timeout=30):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if bearer:
            request.add_header("Authorization", "Bearer " + bearer)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace")
        except Exception as e:  # connection refused or reset, timeout: the network failed, retry
            return 0, repr(e)

class Stores:
    """psql against the system's PostgreSQL (trust authentication on 127.0.0.1, port from postmaster.pid)."""
    def __init__(self, data_dir):
        self.pid_file = os.path.join(data_dir, "postgres", "postmaster.pid")

    def port(self):
        with open(self.pid_file) as f:
            return f.read().splitlines()[3].strip()

    def query(self, database, sql):
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", self.port(), "-U", "postgres", "-d", database, "-At", "-F", "\t", "-c", sql],
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            raise RuntimeError(out.stderr)
        return [line.split("\t") for line in out.stdout.splitlines() if line]

class Faults:
    def __init__(self, commands, data_dir, stores, log):
        self.commands, self.data_dir, self.stores, self.log = commands, data_dir, stores, log

    def command(self, resource, name):
        path = os.path.join(self.commands, f"{resource}.{name}")
        open(path, "w").close()
        for _ in range(240):
            if os.path.exists(path + ".done"):
                answer = open(path + ".done").read()
                os.remove(path + ".done")
                self.log(f"{resource} {name}: {answer}")
                return
            time.sleep(0.25)
        raise RuntimeError(f"the AppHost did not run {resource}.{name}")

    def kill_service(self, name, port):
        # Only this system's processes: the service's name in the command line and this system's PostgreSQL port in
        # its environment (its connection string), so another run's scoring on the same machine is never touched.
        killed = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                cmdline = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
                environ = open(f"/proc/{pid}/environ", "rb").read().decode(errors="replace")
            except OSError:
                continue
            if name in cmdline and f"Port={port}" in environ and int(pid) != os.getpid():
                os.kill(int(pid), signal.SIGKILL)
                killed.append(pid)
        if not killed:
            raise RuntimeError(f"no process of {name} in this system")
        self.log(f"killed {name} (pids {', '.join(killed)}) with SIGKILL")

    def stop_postgres(self):
        pid = int(open(os.path.join(self.data_dir, "postgres", "postmaster.pid")).readline())
        os.kill(pid, signal.SIGINT)
        while os.path.exists(f"/proc/{pid}"):
            time.sleep(0.1)
        self.log(f"PostgreSQL (pid {pid}) shut down")

    def run(self, duration, stop):
        down = max(8, duration * 0.1)
        plan = [
            (0.10, "RabbitMQ stopped", lambda: self.command("messaging", "resource-stop"), down, lambda: self.command("messaging", "resource-start")),
            (0.30, "scoring killed", lambda: self.kill_service("Assessment.Scoring", self.stores.port()), 3, lambda: self.command("scoring", "resource-start")),
            (0.50, "PostgreSQL restarted", self.stop_postgres, 3, lambda: self.command("postgres", "resource-start")),
            (0.70, "Redis stopped", lambda: self.command("cache", "resource-stop"), down, lambda: self.command("cache", "resource-start")),
        ]
        start = time.time()
        for at, what, begin, hold, end in plan:
            while time.time() < start + at * duration:
                if stop.wait(0.2):
                    return
            self.log(f"fault at {time.time() - start:.0f} s: {what}")
            begin()
            time.sleep(hold)
            end()

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--http-port", type=int, required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--commands", required=True)
    parser.add_argument("--duration", type=float, default=600)
    parser.add_argument("--regions", type=int, default=20)
    args = parser.parse_args()
    key = os.environ["BENCH_SIGNING_KEY"]
    gateway, stores = Gateway(args.http_port), Stores(args.data_dir)
    started = time.time()
    log = lambda message: print(f"[{time.time() - started:6.1f} s] {message}", flush=True)
    admin = token(key, "soak-admin", "methodology-admin")

    status, text = gateway.call("GET", "/api/v1/bodies")
    bodies = json.loads(text)["bodies"]
    regions = [b for b in bodies if b.get("kind") in ("OBLAST", "CITY_OF_REPUBLICAN_STATUS")][: args.regions]
    if len(regions) < args.regions:
        raise SystemExit(f"the catalogue has {len(regions)} regions, not {args.regions}: {text[:300]}")

    def active(region, year):
        since, until = region.get("activeFrom", ""), region.get("activeTo", "")
        return (not since or since[:10] <= f"{year}-12-31") and (not until or until[:10] > f"{year}-01-01")

    run_id = uuid.uuid4().hex[:6]
    cycles = {}
    for year in YEARS:
        cycle_id = f"soak-{run_id}-{year}"
        status, text = gateway.call("POST", "/api/v1/scoring/cycles", admin, {"cycleId": cycle_id, "period": str(year), "methodologyId": "kz-regions"})
        if status != 200:
            raise SystemExit(f"could not open cycle {cycle_id}: {status} {text}")
        cycles[year] = cycle_id
    log(f"{len(regions)} regions, {len(YEARS)} cycles opened ({run_id}), pushing for {args.duration:.0f} s")

    counts, lock = collections.Counter(), threading.Lock()
    accepted_ids, statuses = set(), collections.Counter()
    deadline = started + args.duration

    def push_region(region):
        code = region["code"]
        bearer = token(key, f"soak-{code}", "reporter", [code])
        keys = [(year, indicator) for year in YEARS if active(region, year) for indicator in INDICATORS]
        interval = args.duration / len(keys)
        for i, (year, indicator) in enumerate(keys):
            time.sleep(max(0, started + i * interval - time.time()))
            sid = f"soak-{run_id}-{code}-{year}-{indicator}"
            body = {"submissionId": sid, "observations": [{"bodyCode": code, "indicatorCode": indicator, "period": str(year),
                                                           "value": INDICATORS[indicator] * (1 + (hash(sid) % 200 - 100) / 1000)}]}
            with lock:
                counts["pushed"] += 1
            while True:  # a regional system retries with the same id until it gets an answer that is not "try later"
                status, text = gateway.call("POST", "/api/v1/submissions", bearer, body)
                with lock:
                    statuses[status] += 1
                if status == 200:
                    with lock:
                        accepted_ids.add(sid)
                    break
                if 400 <= status < 500 and status != 429:
                    with lock:
                        counts["refused"] += 1
                    log(f"{sid} refused: {status} {text[:200]}")
                    break
                if time.time() > deadline + 300:
                    log(f"{sid} gave up after the grace period: {status} {text[:200]}")
                    break
                time.sleep(1)

    stop = threading.Event()
    faults = Faults(args.commands, args.data_dir, stores, log)
    injector = threading.Thread(target=faults.run, args=(args.duration, stop))
    injector.start()
    pushers = [threading.Thread(target=push_region, args=(r,)) for r in regions]
    for t in pushers:
        t.start()
    for t in pushers:
        t.join()
    injector.join()
    log(f"pushing done; answers: {dict(sorted(statuses.items()))}")

    # Settle: every accepted submission announced to scoring, no cycle waiting, nothing left in either outbox.
    like = f"soak-{run_id}-%"
    for _ in range(600):
        try:
            announced = int(stores.query("scoring", f"SELECT count(*) FROM feed_events WHERE submission_id LIKE '{like}'")[0][0])
            waiting = int(stores.query("scoring", f"SELECT count(*) FROM pending_recomputes WHERE cycle_id LIKE 'soak-{run_id}-%'")[0][0])
            backlog = int(stores.query("indicators", "SELECT count(*) FROM outbox WHERE published_at IS NULL")[0][0])
            if announced >= len(accepted_ids) and waiting == 0 and backlog == 0:
                break
        except Exception as e:
            log(f"stores not ready: {e}")
        time.sleep(1)
    log("settled")

    stored_rows = stores.query("indicators", f"SELECT submission_id, revision FROM observations WHERE submission_id LIKE '{like}'")
    stored_ids = collections.Counter(r[0] for r in stored_rows)
    announced_ids = collections.Counter(r[0] for r in stores.query("scoring", f"SELECT submission_id FROM feed_events WHERE submission_id LIKE '{like}'"))
    final = stores.query("scoring", f"""
        SELECT s.submission_id FROM (
            SELECT DISTINCT ON (cycle_id) cycle_id, run_number FROM runs WHERE cycle_id LIKE 'soak-{run_id}-%' ORDER BY cycle_id, run_number DESC) f
        JOIN run_results r ON r.cycle_id = f.cycle_id AND r.run_number = f.run_number,
        LATERAL jsonb_array_elements(r.result->'indicators') i,
        LATERAL (SELECT coalesce(i->'source'->>'submissionId', i->'source'->>'submission_id') AS submission_id) s
        WHERE s.submission_id LIKE '{like}'""")
    scored_ids = collections.Counter(r[0] for r in final)
    runs = stores.query("scoring", f"SELECT cycle_id, count(*), count(DISTINCT input_hash) FROM runs WHERE cycle_id LIKE 'soak-{run_id}-%' GROUP BY cycle_id")
    announcements = stores.query("scoring", f"""SELECT count(*) - count(DISTINCT (payload->>'CycleId', payload->>'RunNumber')) FROM outbox
        WHERE message_type LIKE '%ScoresComputed' AND payload->>'CycleId' LIKE 'soak-{run_id}-%'""")

    lost = sum(1 for sid in accepted_ids if stored_ids[sid] == 0 or announced_ids[sid] == 0 or scored_ids[sid] == 0)
    duplicated = (sum(n - 1 for n in stored_ids.values() if n > 1) + sum(n - 1 for n in announced_ids.values() if n > 1)
                  + sum(n - 1 for n in scored_ids.values() if n > 1) + sum(1 for _, rev in stored_rows if rev != "1")
                  + sum(int(n) - int(distinct) for _, n, distinct in runs) + int(announcements[0][0]))
    log(f"runs per cycle: {', '.join(f'{c[-4:]}: {n}' for c, n, _ in sorted(runs))}")
    print(f"pushed: {counts['pushed']}")
    print(f"accepted: {len(accepted_ids)}")
    print(f"refused: {counts['refused']}")
    print(f"stored: {sum(stored_ids.values())}")
    print(f"announced: {sum(announced_ids.values())}")
    print(f"scored_in_final_run: {sum(scored_ids.values())}")
    print(f"lost: {lost}")
    print(f"duplicated: {duplicated}")
    agree = counts["pushed"] == len(accepted_ids) == sum(stored_ids.values()) == sum(announced_ids.values()) == sum(scored_ids.values())
    raise SystemExit(0 if agree and lost == 0 and duplicated == 0 else 1)

if __name__ == "__main__":
    main()
