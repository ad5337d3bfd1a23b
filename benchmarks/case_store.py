"""Benchmark of the case store on PostgreSQL: bulk import, list page and name search.

Run ``python benchmarks/case_store.py [--rows 100000] [--database-url URL] [--json]``.

The command creates its own database (default ``tipnet_bench`` on the local server), migrates
it, sets up one organisation with a supervisor, and then measures:

1. Import through the real path: synthetic flat HTCDS rows
   (``tipnet.core.synthetic.stream.generate_person_rows``) -> ``parse_case_rows`` ->
   ``cases_import`` with every identifying field sealed and names blind-indexed. Seconds,
   rows per second and peak memory for parsing, storing and both together.
2. Latency (p50/p95, ms) of the case list page and of a name search, through Django's test
   client signed in with both factors, and of the same selectors called directly.

Memory is the process's resident set size (RSS): the peak of each phase is sampled from
``/proc/self/statm`` every 10 ms; the whole run's peak is ``getrusage`` ``ru_maxrss``.
Targets: import >= 2,000 rows/s; page p95 < 300 ms. The database is dropped at the end
unless ``--keep-database`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

if TYPE_CHECKING:
    from django.test import Client

    from tipnet.web.accounts.selectors import Viewer

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/tipnet_bench"
TARGET_ROWS_PER_SECOND = 2_000.0
TARGET_P95_MILLISECONDS = 300.0
# A fixed "today" keeps parsing reproducible; the generator's dates end in 2025.
IMPORT_TODAY = date(2026, 1, 1)
BENCH_PASSWORD = "benchmark only, not a real account 1"  # noqa: S105  # throwaway database
BENCH_TOTP_KEY_HEX = "3132333435363738393031323334353637383930"
SAMPLE_INTERVAL_SECONDS = 0.01
PAGE_SIZE_BYTES = os.sysconf("SC_PAGE_SIZE")
# The list page's count line in English, e.g. '<p class="muted">1234 cases</p>'.
CASE_COUNT_IN_PAGE = re.compile(r'<p class="muted">(\d+) cases?</p>')


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseFigures:
    """Time and memory of one import phase."""

    phase: str
    seconds: float
    rows_per_second: float
    start_rss_mib: float
    peak_rss_mib: float


@dataclass(frozen=True)
class LatencyFigures:
    """Latency percentiles of one repeated read."""

    name: str
    requests: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    matches: int


@dataclass
class BenchmarkReport:
    """Everything one run measured."""

    rows: int
    database: str
    generate_seconds: float = 0.0
    phases: list[PhaseFigures] = field(default_factory=list)
    latencies: list[LatencyFigures] = field(default_factory=list)
    search_name: str = ""
    run_peak_rss_mib: float = 0.0


# ---------------------------------------------------------------------------------------------
# Memory
# ---------------------------------------------------------------------------------------------


def current_rss_bytes() -> int:
    """Resident set size of this process now (Linux ``/proc/self/statm``)."""
    resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    return resident_pages * PAGE_SIZE_BYTES


class PeakRssSampler:
    """Samples RSS on a background thread; the peak is the phase's high-water mark."""

    def __init__(self) -> None:
        self.start_bytes = current_rss_bytes()
        self.peak_bytes = self.start_bytes
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_INTERVAL_SECONDS):
            self.peak_bytes = max(self.peak_bytes, current_rss_bytes())

    def __enter__(self) -> PeakRssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_bytes = max(self.peak_bytes, current_rss_bytes())


def mebibytes(size_bytes: float) -> float:
    """Bytes as MiB."""
    return size_bytes / (1024 * 1024)


def run_peak_rss_mib() -> float:
    """The whole process's peak RSS so far (``getrusage``, kilobytes on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_phase(phase: str, rows: int, work: Callable[[], Any]) -> tuple[PhaseFigures, Any]:
    """Run ``work`` once, timing it and sampling its peak RSS."""
    with PeakRssSampler() as sampler:
        started = time.perf_counter()
        result = work()
        seconds = time.perf_counter() - started
    figures = PhaseFigures(
        phase=phase,
        seconds=seconds,
        rows_per_second=rows / seconds if seconds else float("inf"),
        start_rss_mib=mebibytes(sampler.start_bytes),
        peak_rss_mib=mebibytes(sampler.peak_bytes),
    )
    return figures, result


# ---------------------------------------------------------------------------------------------
# Database and Django
# ---------------------------------------------------------------------------------------------


def maintenance_conninfo(database_url: str) -> tuple[dict[str, Any], str]:
    """Connection parameters of the server's ``postgres`` database, and the bench DB name."""
    params = conninfo_to_dict(database_url)
    bench_name = str(params.get("dbname") or "")
    if not bench_name or bench_name == "postgres":
        raise SystemExit("the database URL must name a dedicated benchmark database")
    return {**params, "dbname": "postgres"}, bench_name


def recreate_database(database_url: str) -> None:
    """Drop (if present) and create the benchmark database."""
    params, name = maintenance_conninfo(database_url)
    with psycopg.connect(**params, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(database_url: str) -> None:
    """Drop the benchmark database."""
    params, name = maintenance_conninfo(database_url)
    with psycopg.connect(**params, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


def configure_django(database_url: str) -> None:
    """Test settings with DATABASES pointed at the benchmark database, then migrate."""
    sys.path.insert(0, str(REPOSITORY))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django
    import environ
    from django.conf import settings
    from django.core.management import call_command

    settings.DATABASES = {"default": environ.Env.db_url_config(database_url)}
    django.setup()
    call_command("migrate", verbosity=0)


@dataclass(frozen=True)
class BenchAccount:
    """The organisation and supervisor the benchmark imports and reads as."""

    viewer: Viewer
    user_id: int


def create_account() -> BenchAccount:
    """One organisation and one supervisor with a confirmed authenticator, via the services."""
    from tipnet.core.standard.vocabulary import OrganisationType
    from tipnet.web.accounts import services
    from tipnet.web.accounts.models import User
    from tipnet.web.accounts.roles import Role
    from tipnet.web.accounts.selectors import viewer_for

    admin = User.objects.create_superuser("bench-admin", password=BENCH_PASSWORD)
    organisation = services.organisation_create(
        acting_user=admin,
        name="Benchmark shelter",
        slug="benchmark-shelter",
        organisation_type=OrganisationType.NGO,
        country="TH",
        languages=["th", "en"],
        route_roles=["Destination"],
        issue_areas=["LabourRights"],
    )
    supervisor = services.user_create(
        acting_user=admin,
        organisation=organisation,
        username="bench-supervisor",
        password=BENCH_PASSWORD,
        role=Role.SUPERVISOR,
    )
    services.totp_device_install(acting_user=admin, user=supervisor, key_hex=BENCH_TOTP_KEY_HEX)
    viewer = viewer_for(user=supervisor, organisation_id=organisation.pk)
    return BenchAccount(viewer=viewer, user_id=supervisor.pk)


def signed_in_client(account: BenchAccount) -> Client:
    """A test client past both factors, acting in the benchmark organisation."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tipnet.web.accounts.context_processors import ACTIVE_ORGANISATION_SESSION_KEY
    from tipnet.web.accounts.models import User

    user = User.objects.get(pk=account.user_id)
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user).persistent_id
    session[ACTIVE_ORGANISATION_SESSION_KEY] = account.viewer.organisation_id
    session.save()
    return client


# ---------------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------------


def generate_rows(count: int, seed: int) -> list[dict[str, str]]:
    """The synthetic cases file, held in memory as a parsed CSV would be."""
    from tipnet.core.synthetic.stream import generate_person_rows

    return list(generate_person_rows(seed=seed, count=count))


def most_common_family_name(rows: Sequence[dict[str, str]]) -> str:
    """The most frequent family name: the heaviest realistic search."""
    counts = Counter(row["prs_SecondName"] for row in rows if row["prs_SecondName"])
    return counts.most_common(1)[0][0]


def measure_import(
    rows: list[dict[str, str]], account: BenchAccount, report: BenchmarkReport
) -> None:
    """Parse then store every row, each phase timed and sampled; adds three phase lines."""
    from tipnet.core.standard.exchange import parse_case_rows
    from tipnet.web.cases.services import cases_import

    count = len(rows)
    parse, bundles = measure_phase(
        "parse", count, lambda: parse_case_rows(rows, today=IMPORT_TODAY)
    )
    store, case_ids = measure_phase(
        "store",
        count,
        lambda: cases_import(
            viewer=account.viewer, bundles=bundles, source_label="benchmark synthetic rows"
        ),
    )
    if len(case_ids) != count:
        raise RuntimeError(f"imported {len(case_ids)} cases, expected {count}")
    seconds = parse.seconds + store.seconds
    total = PhaseFigures(
        phase="total (parse + store)",
        seconds=seconds,
        rows_per_second=count / seconds,
        start_rss_mib=parse.start_rss_mib,
        peak_rss_mib=max(parse.peak_rss_mib, store.peak_rss_mib),
    )
    report.phases.extend([parse, store, total])


# ---------------------------------------------------------------------------------------------
# Latency
# ---------------------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    rank = max(1, round(fraction * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def time_repeatedly(name: str, repeats: int, read: Callable[[], int]) -> LatencyFigures:
    """Call ``read`` (which returns the number of matches) ``repeats`` times after a warm-up."""
    for _ in range(min(5, repeats)):
        read()
    durations_ms: list[float] = []
    matches = 0
    for _ in range(repeats):
        started = time.perf_counter()
        matches = read()
        durations_ms.append((time.perf_counter() - started) * 1000)
    durations_ms.sort()
    return LatencyFigures(
        name=name,
        requests=repeats,
        p50_ms=statistics.median(durations_ms),
        p95_ms=percentile(durations_ms, 0.95),
        max_ms=durations_ms[-1],
        matches=matches,
    )


def page_reader(client: Client, query: str, expected_text: str) -> Callable[[], int]:
    """A GET of the case list page (searched when ``query`` is set) that checks the answer."""
    parameters = {"q": query} if query else {}

    def read() -> int:
        response = client.get("/cases/", parameters)
        page = response.content.decode()
        total = CASE_COUNT_IN_PAGE.search(page)
        if response.status_code != 200 or expected_text not in page or total is None:
            raise RuntimeError(f"unexpected answer from /cases/ ({response.status_code})")
        return int(total.group(1))

    return read


def selector_reader(viewer: Viewer, query: str) -> Callable[[], int]:
    """The list selector called directly, without HTTP or templates."""
    from tipnet.web.cases.selectors import case_list

    def read() -> int:
        return case_list(viewer=viewer, query=query).total

    return read


def measure_latency(
    account: BenchAccount, search_name: str, repeats: int, report: BenchmarkReport
) -> None:
    """p50/p95 of the list page and the name search, by HTTP and by direct selector call."""
    client = signed_in_client(account)
    report.latencies.extend(
        [
            time_repeatedly("GET /cases/", repeats, page_reader(client, "", "SYN-")),
            time_repeatedly(
                "GET /cases/?q=<family name>",
                repeats,
                page_reader(client, search_name, search_name),
            ),
            time_repeatedly("case_list() selector", repeats, selector_reader(account.viewer, "")),
            time_repeatedly(
                "case_list(query=<family name>) selector",
                repeats,
                selector_reader(account.viewer, search_name),
            ),
        ]
    )


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def verdict(is_met: bool) -> str:
    """The word printed beside a target."""
    return "met" if is_met else "NOT MET"


def print_table(report: BenchmarkReport) -> None:
    """The human-readable report."""
    print(f"Case store benchmark: {report.rows:,} synthetic rows into {report.database}")
    print(f"(row generation, not counted: {report.generate_seconds:.1f} s)")
    print()
    print("Import (real path, encryption on); memory = RSS, phase peak sampled every 10 ms")
    header = f"{'phase':<24}{'seconds':>9}{'rows/s':>10}{'peak MiB':>10}{'growth MiB':>12}"
    print(f"{header}  target {TARGET_ROWS_PER_SECOND:,.0f} rows/s")
    for phase in report.phases:
        is_total = phase.phase.startswith("total")
        target = f"  {verdict(phase.rows_per_second >= TARGET_ROWS_PER_SECOND)}" if is_total else ""
        print(
            f"{phase.phase:<24}{phase.seconds:>9.2f}{phase.rows_per_second:>10,.0f}"
            f"{phase.peak_rss_mib:>10.0f}{phase.peak_rss_mib - phase.start_rss_mib:>12.0f}{target}"
        )
    print(f"whole run peak RSS (getrusage ru_maxrss): {report.run_peak_rss_mib:.0f} MiB")
    print()
    print(f"Latency (search name: the most common family name, {report.search_name!r})")
    print(
        f"{'read':<42}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'matches':>9}"
        f"  target p95 < {TARGET_P95_MILLISECONDS:.0f} ms"
    )
    for latency in report.latencies:
        print(
            f"{latency.name:<42}{latency.requests:>5}{latency.p50_ms:>9.1f}{latency.p95_ms:>9.1f}"
            f"{latency.max_ms:>9.1f}{latency.matches:>9,}"
            f"  {verdict(latency.p95_ms < TARGET_P95_MILLISECONDS)}"
        )


def report_json(report: BenchmarkReport) -> str:
    """The report as JSON, with the targets and verdicts."""
    data = asdict(report)
    data["targets"] = {
        "import_rows_per_second": TARGET_ROWS_PER_SECOND,
        "page_p95_ms": TARGET_P95_MILLISECONDS,
    }
    data["import_target_met"] = report.phases[-1].rows_per_second >= TARGET_ROWS_PER_SECOND
    data["latency_targets_met"] = {
        latency.name: latency.p95_ms < TARGET_P95_MILLISECONDS for latency in report.latencies
    }
    return json.dumps(data, indent=2)


# ---------------------------------------------------------------------------------------------
# Command
# ---------------------------------------------------------------------------------------------


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rows", type=int, default=100_000, help="synthetic cases to import")
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--seed", type=int, default=20_240_601)
    parser.add_argument("--requests", type=int, default=200, help="repeats per latency figure")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--keep-database", action="store_true", help="do not drop it at the end")
    return parser.parse_args(argv)


@contextmanager
def benchmark_database(database_url: str, *, keep: bool) -> Iterator[None]:
    """A fresh, migrated benchmark database for the duration of the block."""
    recreate_database(database_url)
    try:
        configure_django(database_url)
        yield
    finally:
        from django.db import connections

        connections.close_all()
        if not keep:
            drop_database(database_url)


def run(arguments: argparse.Namespace) -> BenchmarkReport:
    """Set up, import, measure; the database exists only inside this call."""
    database_name = maintenance_conninfo(arguments.database_url)[1]
    report = BenchmarkReport(rows=arguments.rows, database=database_name)
    with benchmark_database(arguments.database_url, keep=arguments.keep_database):
        account = create_account()
        started = time.perf_counter()
        rows = generate_rows(arguments.rows, arguments.seed)
        report.generate_seconds = time.perf_counter() - started
        report.search_name = most_common_family_name(rows)
        measure_import(rows, account, report)
        del rows
        measure_latency(account, report.search_name, arguments.requests, report)
        report.run_peak_rss_mib = run_peak_rss_mib()
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print the table (or JSON)."""
    arguments = parse_arguments(argv)
    report = run(arguments)
    if arguments.json:
        print(report_json(report))
    else:
        print_table(report)


if __name__ == "__main__":
    main()
