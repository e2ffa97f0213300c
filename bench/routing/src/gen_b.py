from lib import *

L = "code generation"

ex("gen_review_then_implement_2_3", L, [
    first("/review src/billing/proration.ts"),
    A("I'll read the file.", T("r1", "Read", {"file_path": "/home/dev/work/shop/src/billing/proration.ts"})),
    TR(R("r1", catn('''export function prorate(amountCents: number, start: Date, end: Date, now: Date): number {
  const total = end.getTime() - start.getTime();
  const used = now.getTime() - start.getTime();
  return amountCents - Math.floor(amountCents * used / total);
}
'''))),
    A("Review of `src/billing/proration.ts`:\n\n1. **Division by zero.** When `start == end`, `total` is 0 and the result is `NaN`.\n2. **No clamping.** If `now` falls outside [start, end] the refund goes negative or exceeds the amount. Clamp `used` to `[0, total]`.\n3. **Rounding direction isn't explicit.** `Math.floor` on the *used* part rounds the refund in the customer's favour. That may be intended, but say so in a comment or a named constant.\n4. Timestamps are compared as absolute ms. That's fine, but billing periods are usually calendar-based (DST, month lengths). Check this matches what the invoices say."),
    ut("implement 2 and 3, skip the rest. keep the signature"),
], tags=["tool_loop", "follow_up", "intent_shift", "near_boundary", "code:typescript", "slash_command"])

ex("gen_interrupted_separate_module", L, [
    first("add support for parsing the xml feed format to the importer"),
    A("Let me see how the importer handles the existing formats.", T("x1", "Read", {"file_path": "/srv/app/importer/src/importer/parsers.py"})),
    TR(R("x1", catn('''import csv
import json
from typing import Iterator

from .model import Record


def parse_json(fp) -> Iterator[Record]:
    for obj in json.load(fp):
        yield Record.from_mapping(obj)


def parse_csv(fp) -> Iterator[Record]:
    for row in csv.DictReader(fp):
        yield Record.from_mapping(row)


PARSERS = {"json": parse_json, "csv": parse_csv}
'''))),
    A("I'll add an XML parser next to the others.", T("x2", "Edit", {"file_path": "/srv/app/importer/src/importer/parsers.py", "old_string": 'PARSERS = {"json": parse_json, "csv": parse_csv}', "new_string": 'def parse_xml(fp) -> Iterator[Record]:\n    import xml.etree.ElementTree as ET\n    for _, el in ET.iterparse(fp):\n        if el.tag == "item":\n            yield Record.from_mapping({c.tag: c.text for c in el})\n            el.clear()\n\n\nPARSERS = {"json": parse_json, "csv": parse_csv, "xml": parse_xml}'})),
    TR(R("x2", REJECT, deny=True), texts=[INTERRUPT], text="don't touch parsers.py, put it in its own module src/importer/xml_parser.py and use defusedxml, the feeds come from partners we don't control. then just register it in PARSERS"),
], tags=["follow_up", "repo_paths", "code:python"])

ex("gen_ide_selection_test", L, [
    first("write a unit test for the selected function, table-driven",
          ide_sel("/Users/lena/go/src/github.com/lena/feedr/internal/feed/normalize.go", 14, 31, '''func NormalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", err
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && u.Port() == "80") || (u.Scheme == "https" && u.Port() == "443") {
		u.Host = u.Hostname()
	}
	u.Fragment = ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), nil
}''')),
], tags=["ide_context", "code:go"])

ex("gen_sysmsg_flatten", L, [first("python function to flatten a nested dict into dot-separated keys, lists should become key.0, key.1 etc. and an unflatten() that reverses it")],
   sysmsg=True, tags=["code:python"])

ex("gen_oldshape_star_rating", L, [first("create a react component for a star rating input (1-5, half stars, keyboard accessible with arrow keys, controlled via value/onChange). tailwind for styling")],
   oldshape=True, tags=["code:typescript"])

ex("gen_arch_then_interfaces", L, [
    first("we need to send notifications via email, sms and push, with per-user preferences and quiet hours. should each channel be its own service or one notifications service with adapters?"),
    A("Go with **one notification service with channel adapters**, unless your teams or scale force something else.\n\n- **Option A: one service, adapters.** Preferences, quiet hours, dedup, templating and rate limiting live in one place. Each channel is a `ChannelAdapter` (`send(message) -> DeliveryResult`) behind a queue per channel, so a slow SMS provider doesn't hold up email.\n- **Option B: a service per channel.** Channels deploy and scale independently, but the preference and quiet-hours logic gets duplicated or ends up in a shared library that has to stay in sync.\n\nWith three channels and one team, A has fewer moving parts. Keep a per-channel worker pool so the channels stay isolated at runtime."),
    ut("ok option A. write the core interfaces in TypeScript: Notification, ChannelAdapter, PreferenceStore, and the dispatcher that checks prefs + quiet hours (user timezone) before enqueueing"),
], tags=["multi_turn", "intent_shift", "follow_up", "code:typescript"])

ex("gen_tool_after_debug_dry_run", L, [
    first("the sync command crashes on empty folders"),
    A("Let me reproduce it.", T("d1", "Bash", {"command": "mkdir -p /tmp/empty && python -m mirror sync /tmp/empty s3://test-bucket/x", "description": "Reproduce sync on empty dir"})),
    TR(R("d1", '''Traceback (most recent call last):
  File "/home/dev/work/mirror/mirror/__main__.py", line 4, in <module>
    main()
  File "/home/dev/work/mirror/mirror/cli.py", line 58, in sync
    newest = max(f.stat().st_mtime for f in files)
ValueError: max() arg is an empty sequence''', err=True)),
    A("The crash comes from `max()` on an empty generator. I'll give it a default.", T("d2", "Edit", {"file_path": "/home/dev/work/mirror/mirror/cli.py", "old_string": "newest = max(f.stat().st_mtime for f in files)", "new_string": "newest = max((f.stat().st_mtime for f in files), default=None)"})),
    TR(R("d2", "The file /home/dev/work/mirror/mirror/cli.py has been updated successfully.")),
    A("Fixed. `newest` is now `None` for empty folders, and the code below already treats `None` as \"nothing to upload\"."),
    ut("thx. now add a --dry-run flag to sync that prints what would be uploaded/deleted without touching s3"),
], tags=["tool_loop", "intent_shift", "stack_trace", "code:python"])

ex("gen_seed_data", L, [first("generate a seed script (ts, prisma) that inserts 25 realistic fake users with orgs and memberships — mix of roles owner/admin/member, some users in 2 orgs. deterministic, no faker dep, just hardcode plausible names")],
   tags=["code:typescript"])

ex("gen_precommit", L, [first("pre-commit config: ruff (lint + format), mypy with our pyproject settings, end-of-file-fixer, trailing-whitespace, check-yaml excluding helm templates under deploy/charts/")],
   tags=["code:yaml"])

ex("gen_nvim_lua", L, [first("neovim lua: keymap <leader>tn to toggle relative numbers, and an autocmd so insert mode always uses absolute numbers and switches back on InsertLeave")],
   tags=["code:lua", "terse"])

ex("gen_laravel_purge", L, [first("Laravel artisan command `users:purge-deleted` that force deletes soft-deleted users older than 30 days in chunks of 500, with a --days option and a --pretend flag. Laravel 11")],
   tags=["code:php"])

ex("gen_cpp_lru", L, [first("thread-safe LRU cache template in C++17: get/put, capacity in ctor, O(1) both, std::list + unordered_map, shared_mutex not needed just std::mutex. header-only")],
   tags=["code:cpp"])

ex("gen_elixir_batcher", L, [first("Elixir GenServer that batches incoming events and flushes them to a callback module either every 5 seconds or when 100 events are buffered, whichever first. Flush on terminate too.")],
   tags=["code:elixir"])

ex("gen_rake_import", L, [first("rake task to import users from a csv (email,name,team) — upsert by email, create teams if missing, print a summary. rails 7.1, run inside a transaction per 1000 rows")],
   tags=["code:ruby"])

ex("gen_awk_sum", L, [first("one-liner to sum the 3rd colum of a tsv grouped by the 1st colunm, sorted by the sum desc")],
   tags=["typo", "code:bash", "terse"])

ex("gen_jq_filter", L, [first('''jq filter that turns this into "name<TAB>version" lines for only the deps with a license that isn't MIT or Apache-2.0

{"packages":[{"name":"left-pad","version":"1.3.0","license":"WTFPL"},{"name":"react","version":"18.3.1","license":"MIT"},{"name":"foo","version":"0.0.1","license":null}]}''')],
   tags=["pasted_code", "code:jq"])

ex("gen_fastapi_scaffold", L, [first("scaffold a fastapi project: app/ with routers, schemas, models (sqlalchemy 2.0 async), core/config.py with pydantic-settings, alembic set up, tests/ with an async client fixture. just create the files, minimal content, one example 'items' resource end to end")],
   tags=["near_boundary", "code:python"])

ex("gen_tool_implement_todos", L, [
    first("implement the TODOs in src/sync/worker.ts"),
    A("Reading the worker first.", T("w1", "Read", {"file_path": "/home/dev/work/syncd/src/sync/worker.ts"})),
    TR(R("w1", catn('''import { Queue } from "../queue";
import { Store } from "../store";
import { log } from "../log";

export class SyncWorker {
  constructor(private q: Queue, private store: Store, private concurrency = 4) {}

  async run(signal: AbortSignal): Promise<void> {
    // TODO: pull up to `concurrency` jobs at a time and process them in parallel
    // TODO: on failure, requeue with attempt+1 and exponential backoff, give up after 5
    // TODO: stop cleanly when signal is aborted (finish in-flight jobs)
  }

  private async process(job: { id: string; attempt: number }): Promise<void> {
    const doc = await this.store.get(job.id);
    await this.store.push(doc);
    log.info("synced", { id: job.id });
  }
}
'''))),
    A("There are three TODOs, all in `run()`. Before I write it I need to check what `Queue` exposes.", T("w2", "Bash", {"command": "sed -n '1,60p' src/queue.ts", "description": "Show queue API"})),
    TR(R("w2", '''export interface Job { id: string; attempt: number }
export class Queue {
  async take(max: number, waitMs = 1000): Promise<Job[]> { /* ... */ }
  async requeue(job: Job, delayMs: number): Promise<void> { /* ... */ }
  async ack(job: Job): Promise<void> { /* ... */ }
  async deadLetter(job: Job, err: unknown): Promise<void> { /* ... */ }
}''', err=False)),
], tags=["tool_result_last", "repo_paths", "code:typescript"])

ex("gen_migration_for_agreed_schema", L, [
    first("designing tables for a multi-tenant audit log. thinking one big table partitioned by month vs a table per tenant. thoughts?"),
    A("Use **one table, partitioned by month** (native Postgres declarative partitioning), with `tenant_id` leading every index.\n\n- A table per tenant falls apart with thousands of tenants: catalog bloat, migrations that have to run N times, and connection poolers that cache per-relation plans.\n- Monthly partitions make retention cheap (`DETACH` + `DROP` old months) and keep each index small.\n- Make the primary key `(tenant_id, occurred_at, id)` so partition pruning and tenant filtering both work.\n- If one tenant ends up dominating, you can split it out later with sub-partitioning by hash of `tenant_id`."),
    us("ok agreed. columns: id uuid, tenant_id uuid, actor_id uuid null, action text, target_type text, target_id text, payload jsonb, occurred_at timestamptz"),
    A("That column set works. One suggestion: add a `request_id` so you can correlate the audit rows with your application logs. Apart from that, it's ready to implement."),
    ut("skip request_id. write the migration (plain SQL) incl. the parent table, indexes and partitions for the next 3 months + a function to create future ones"),
], tags=["multi_turn", "intent_shift", "follow_up", "code:sql"])

ex("gen_plain_js_to_ts", L, [first('''convert this to typescript with proper types, no any

function groupBy(list, keyFn) {
  return list.reduce((acc, item) => {
    const k = keyFn(item);
    (acc[k] ||= []).push(item);
    return acc;
  }, {});
}

function indexBy(list, keyFn) {
  const out = new Map();
  for (const item of list) out.set(keyFn(item), item);
  return out;
}

module.exports = { groupBy, indexBy };''')], plain=True, tags=["pasted_code", "code:javascript", "code:typescript", "near_boundary"])

ex("gen_port_py_to_rust", L, [first('''port this to rust, idiomatic pls (iterators, no unwrap in lib code)

def top_k_words(text: str, k: int) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for raw in text.split():
        w = "".join(ch for ch in raw.lower() if ch.isalnum())
        if w:
            counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]''')],
   tags=["pasted_code", "code:python", "code:rust", "near_boundary"])

ex("gen_de_followup_same_other_file", L, [
    first("Füge in src/api/users.py überall Type Hints hinzu (Python 3.12 Syntax)"),
    A("Gemacht. Alle Funktionen in `src/api/users.py` haben jetzt vollständige Type Hints. Ich habe `list[User]`, `User | None` und `TypeAlias` für die Filter-Dicts verwendet. `mypy --strict` läuft für die Datei ohne Fehler durch."),
    ut("super, jetzt bitte das gleiche für src/api/teams.py"),
], tags=["multi_turn", "follow_up", "non_english", "lang_de", "repo_paths", "code:python"])

ex("gen_tool_vue_component", L, [
    first("make a DateRangePicker.vue in src/components that matches the style of our other inputs"),
    A("I'll look at an existing input component to match its conventions.", T("v1", "Bash", {"command": "ls src/components/ && sed -n '1,80p' src/components/TextInput.vue", "description": "List components and show TextInput"})),
    TR(R("v1", '''AppButton.vue
SelectInput.vue
TextInput.vue
Toggle.vue
<script setup lang="ts">
const props = defineProps<{ label: string; error?: string; disabled?: boolean }>();
const model = defineModel<string>({ required: true });
</script>

<template>
  <label class="field" :class="{ 'field--error': props.error }">
    <span class="field__label">{{ props.label }}</span>
    <input v-model="model" class="field__control" :disabled="props.disabled" />
    <span v-if="props.error" class="field__error">{{ props.error }}</span>
  </label>
</template>''', err=False)),
    A("The inputs use `<script setup>` with `defineModel` and BEM-style `field__*` classes. Do you want the range as `{ start: string; end: string }` ISO dates or as `Date` objects?"),
    ut("iso strings, and end must be >= start, show the error using the same field__error span"),
], tags=["tool_loop", "follow_up", "code:vue"])

ex("gen_ja_followup_tests", L, [
    first("この関数にテストを書いて", ide_open("/home/taro/dev/kakeibo/src/utils/currency.ts")),
    A("`src/utils/currency.ts` の `formatYen` に対して、Vitest でテストを追加しました（0円、負の値、1000以上のカンマ区切り、小数の四捨五入）。`pnpm test` で全て通っています。"),
    ut("ありがとう。同じファイルの parseYen のテストもお願い。「¥1,200」や全角数字も入力されることがあります"),
], tags=["multi_turn", "follow_up", "non_english", "lang_ja", "ide_context", "code:typescript"])
