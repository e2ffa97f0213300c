from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "code_comments",
    "parent": "documentation",
    "descriptions": [
        "adding comments and docstrings",
        "writing and improving code comments, docstrings and inline documentation",
        "when I paste a function and want it documented (JSDoc, docstrings, doc comments)",
        "Use for documenting source code in place: docstrings in Google/NumPy/Sphinx style, JSDoc/TSDoc, rustdoc, Javadoc, and clarifying inline comments.",
        "comment my code",
        "docstrings",
        "Make code more readable by adding explanatory comments, removing stale or redundant ones, and documenting parameters, return values and exceptions",
        "I want you to write the doc comments for my functions and classes",
        "Kommentare und Docstrings zu bestehendem Code hinzufügen oder verbessern",
        "agregar o mejorar comentarios y docstrings en el código",
    ],
}

REQUESTS = [
    U("""add docstrings to these, google style:

def chunk(xs, n):
    return [xs[i:i+n] for i in range(0, len(xs), n)]

def flatten(xss):
    return [x for xs in xss for x in xs]"""),
    U("""write JSDoc for this

export function debounce(fn, wait = 200, { leading = false } = {}) {
  let timer = null;
  return function (...args) {
    const callNow = leading && !timer;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!leading) fn.apply(this, args);
    }, wait);
    if (callNow) fn.apply(this, args);
  };
}"""),
    U(r"""add comments explaining what this regex does, our junior devs can't read it:

const EMAIL_RE = /^(?!.*\.\.)[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/;"""),
    U("""rustdoc comments for this please, with an # Examples section for the constructor

pub struct RingBuffer<T> {
    buf: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T> RingBuffer<T> {
    pub fn with_capacity(cap: usize) -> Self {
        assert!(cap > 0);
        Self { buf: (0..cap).map(|_| None).collect(), head: 0, len: 0 }
    }

    pub fn push(&mut self, item: T) -> Option<T> {
        let idx = (self.head + self.len) % self.buf.len();
        let evicted = if self.len == self.buf.len() {
            self.head = (self.head + 1) % self.buf.len();
            self.buf[idx].take()
        } else {
            self.len += 1;
            None
        };
        self.buf[idx] = Some(item);
        evicted
    }
}"""),
    U("""the comments in this function are outdated and wrong now, rewrite them to match what the code actually does:

def reconcile(ledger, bank):
    # loop over all bank rows and delete matches from ledger
    matched = {}
    for tx in bank:
        # match on amount only
        key = (tx.amount, tx.date, tx.ref.strip().upper())
        if key in ledger.index:
            matched[tx.id] = ledger.index[key]
    # returns number of unmatched rows
    return matched"""),
    U("""write a javadoc for this method, include @param, @return and @throws

public static BigDecimal convert(BigDecimal amount, String from, String to, RateProvider rates) {
    if (amount.signum() < 0) throw new IllegalArgumentException("negative amount");
    if (from.equals(to)) return amount;
    BigDecimal rate = rates.rate(from, to)
        .orElseThrow(() -> new UnknownCurrencyException(from + "->" + to));
    return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
}"""),
    U("""please add inline comments to this bash script so i remember what it does in 6 months

#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
ts=$(date +%Y%m%d-%H%M)
pg_dump -Fc "$DATABASE_URL" > "/tmp/db-$ts.dump"
aws s3 cp "/tmp/db-$ts.dump" "s3://acme-backups/db/" --storage-class STANDARD_IA
find /tmp -name 'db-*.dump' -mtime +1 -delete
aws s3 ls s3://acme-backups/db/ | awk '{print $4}' | sort | head -n -30 | xargs -r -I{} aws s3 rm "s3://acme-backups/db/{}\""""),
    U("""numpy-style docstring for this, and please document the array shapes

def pairwise_iou(boxes_a, boxes_b):
    tl = np.maximum(boxes_a[:, None, :2], boxes_b[None, :, :2])
    br = np.minimum(boxes_a[:, None, 2:], boxes_b[None, :, 2:])
    inter = np.prod(np.clip(br - tl, 0, None), axis=2)
    area_a = np.prod(boxes_a[:, 2:] - boxes_a[:, :2], axis=1)
    area_b = np.prod(boxes_b[:, 2:] - boxes_b[:, :2], axis=1)
    return inter / (area_a[:, None] + area_b[None, :] - inter)"""),
    U("""my reviewer says the comments here are noise. remove the useless ones and keep/improve only the ones that explain *why*

// get the user
const user = await getUser(id); // await the user
// check if user is null
if (!user) {
  // return 404
  return res.status(404).end();
}
// we use the legacy id here because the billing system was never migrated
const invoices = await billing.list(user.legacyId);
// loop over invoices
for (const inv of invoices) {
  // add to total
  total += inv.amount;
}"""),
    U("""godoc comments for the exported stuff here, following the usual conventions (start with the name etc)

type Limiter struct {
	mu     sync.Mutex
	tokens map[string]int
	max    int
}

func NewLimiter(max int) *Limiter {
	return &Limiter{tokens: make(map[string]int), max: max}
}

func (l *Limiter) Allow(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.tokens[key] >= l.max {
		return false
	}
	l.tokens[key]++
	return true
}

func (l *Limiter) Reset() {
	l.mu.Lock()
	l.tokens = make(map[string]int)
	l.mu.Unlock()
}"""),
    U("""add a module-level docstring to this file explaining what it's for and how to use it. it's our feature flag helper

import os
from functools import cache

_TRUE = {"1", "true", "yes", "on"}

@cache
def enabled(name: str, default: bool = False) -> bool:
    raw = os.environ.get(f"FF_{name.upper()}")
    if raw is None:
        return default
    return raw.strip().lower() in _TRUE"""),
    U("""comment each CTE in this query so analysts know what's happening

WITH first_orders AS (
  SELECT customer_id, MIN(created_at) AS first_at
  FROM orders WHERE status = 'paid' GROUP BY customer_id
),
cohorts AS (
  SELECT customer_id, DATE_TRUNC('month', first_at) AS cohort FROM first_orders
),
activity AS (
  SELECT o.customer_id, DATE_TRUNC('month', o.created_at) AS month
  FROM orders o WHERE o.status = 'paid' GROUP BY 1, 2
)
SELECT c.cohort, a.month, COUNT(DISTINCT a.customer_id) AS active
FROM cohorts c JOIN activity a USING (customer_id)
GROUP BY 1, 2 ORDER BY 1, 2;"""),
    U("""add comments to this C function, especially the pointer arithmetic part

size_t trim_right(char *s) {
    char *end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1]))
        end--;
    *end = '\\0';
    return (size_t)(end - s);
}"""),
    U("""TSDoc for this props interface please, the defaults aren't obvious

export interface DataTableProps<T> {
  rows: T[];
  columns: ColumnDef<T>[];
  pageSize?: number;
  stickyHeader?: boolean;
  onRowClick?: (row: T, index: number) => void;
  emptyState?: React.ReactNode;
  getRowId?: (row: T) => string;
}"""),
    U("""can you add a comment above the sleep explaining why it's there? context: the humidity sensor needs ~150ms to settle after being powered on, otherwise the first reading is garbage. someone already tried to remove it once

    gpio_set(SENSOR_PWR, 1);
    sleep_ms(150);
    uint16_t raw = i2c_read_u16(SENSOR_ADDR, REG_HUMIDITY);"""),
    conv(
        "kotlin: split a list into runs where each consecutive pair satisfies a predicate",
        """```kotlin
fun <T> List<T>.chunkedBy(predicate: (T, T) -> Boolean): List<List<T>> {
    if (isEmpty()) return emptyList()
    val result = mutableListOf(mutableListOf(first()))
    for ((prev, cur) in zipWithNext()) {
        if (predicate(prev, cur)) result.last().add(cur) else result.add(mutableListOf(cur))
    }
    return result
}
```""",
        "nice, add KDoc to it with a short usage example",
    ),
    U("""docstrings for this class and all its methods (sphinx/reST style is fine)

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()

    def _refill(self):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def take(self, n=1):
        self._refill()
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False"""),
    U("""add comments to this Dockerfile explaining each stage, it's going in our template repo

FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN corepack enable && pnpm install --frozen-lockfile

FROM deps AS build
COPY . .
RUN pnpm build && pnpm prune --prod

FROM gcr.io/distroless/nodejs20-debian12
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER nonroot
CMD ["dist/server.js"]"""),
    U("""add description fields to these terraform variables, plus a short comment where the default is non-obvious

variable "instance_type" {
  type    = string
  default = "t3.small"
}

variable "min_size" {
  type    = number
  default = 2
}

variable "drain_timeout" {
  type    = number
  default = 330
}"""),
    U("""phpdoc blocks for this please

class CartService
{
    public function __construct(private PriceRepository $prices, private ?LoggerInterface $log = null) {}

    public function total(array $items, ?string $coupon = null): Money
    {
        $sum = Money::zero('EUR');
        foreach ($items as $sku => $qty) {
            $sum = $sum->add($this->prices->get($sku)->multiply($qty));
        }
        return $coupon ? $this->applyCoupon($sum, $coupon) : $sum;
    }
}"""),
    conv(
        "fastest way to check if a uint32 is a power of two in C?",
        "```c\nbool is_pow2(uint32_t x) {\n    return x && !(x & (x - 1));\n}\n```\nNo loops or branches beyond the short-circuit.",
        "using that. add a comment above it that explains the bit trick so nobody on the team has to google it later",
    ),
    U("""XML doc comments for this C# method please

public async Task<IReadOnlyList<Order>> GetRecentOrdersAsync(Guid customerId, int limit = 20, CancellationToken ct = default)
{
    if (limit is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(limit));
    return await _db.Orders
        .Where(o => o.CustomerId == customerId)
        .OrderByDescending(o => o.CreatedAt)
        .Take(limit)
        .ToListAsync(ct);
}"""),
    U("""@moduledoc and @doc for this elixir module

defmodule Slugify do
  def slugify(str, sep \\\\ "-") do
    str
    |> String.normalize(:nfd)
    |> String.replace(~r/[^A-Za-z0-9\\s-]/u, "")
    |> String.downcase()
    |> String.split(~r/[\\s-]+/, trim: true)
    |> Enum.join(sep)
  end
end"""),
    U("""haddock comments for these functions please

mergeSorted :: Ord a => [a] -> [a] -> [a]
mergeSorted [] ys = ys
mergeSorted xs [] = xs
mergeSorted (x:xs) (y:ys)
  | x <= y    = x : mergeSorted xs (y:ys)
  | otherwise = y : mergeSorted (x:xs) ys

dedupSorted :: Eq a => [a] -> [a]
dedupSorted = map head . group"""),
    U("""Ajoute des docstrings en français à ces fonctions Python, c'est pour une équipe francophone :

def moyenne_ponderee(valeurs, poids):
    total = sum(poids)
    if total == 0:
        raise ValueError("poids nuls")
    return sum(v * p for v, p in zip(valeurs, poids)) / total

def normaliser(notes, sur=20):
    m = max(notes)
    return [n * sur / m for n in notes]"""),
    U("""给这个函数加上中文注释，解释每一步在做什么：

function groupBy(arr, keyFn) {
  return arr.reduce((acc, item) => {
    const k = keyFn(item);
    (acc[k] ||= []).push(item);
    return acc;
  }, {});
}"""),
    U("""この関数にJSDocコメントを付けてください（パラメータと戻り値の説明も）

export async function fetchWithRetry(url, options = {}, retries = 3, backoffMs = 500) {
  for (let i = 0; i <= retries; i++) {
    const res = await fetch(url, options);
    if (res.ok || res.status < 500) return res;
    await new Promise((r) => setTimeout(r, backoffMs * 2 ** i));
  }
  throw new Error(`failed after ${retries} retries: ${url}`);
}"""),
    U("""adiciona comentários nesse código, é pra um trabalho da faculdade e o professor exige tudo comentado

#include <stdio.h>

int main() {
    int n, i, primo = 1;
    scanf("%d", &n);
    if (n < 2) primo = 0;
    for (i = 2; i * i <= n; i++) {
        if (n % i == 0) { primo = 0; break; }
    }
    printf(primo ? "primo\\n" : "nao primo\\n");
    return 0;
}"""),
    U("""Добавь docstring в стиле reST (Sphinx) к этому классу и его методам

class Retry:
    def __init__(self, attempts=3, delay=1.0, exceptions=(Exception,)):
        self.attempts = attempts
        self.delay = delay
        self.exceptions = exceptions

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for i in range(self.attempts):
                try:
                    return fn(*a, **kw)
                except self.exceptions:
                    if i == self.attempts - 1:
                        raise
                    time.sleep(self.delay * 2 ** i)
        return wrapper"""),
    U("""Puoi aggiungere commenti a questo script? Vanno bene in inglese, è per il repo del team

import csv, sys
from collections import Counter

counts = Counter()
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        if row["status"] != "cancelled":
            counts[row["country"]] += int(row["qty"])
for country, qty in counts.most_common(10):
    print(f"{country}\\t{qty}")"""),
    conv(
        "write a function that merges overlapping intervals, python",
        "```python\ndef merge_intervals(intervals):\n    out = []\n    for start, end in sorted(intervals):\n        if out and start <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], end)\n        else:\n            out.append([start, end])\n    return out\n```",
        "nice. now add a proper docstring and a couple of inline comments, it's going into our shared utils lib and people will copy it",
    ),
    conv(
        "why is this slow? it's checking for duplicate emails in a list of 200k users\n\ndupes = [u for u in users if [x.email for x in users].count(u.email) > 1]",
        "It rebuilds the whole email list and scans it for every user, so it's O(n²) — roughly 40 billion operations for 200k users. Count once with a Counter instead:\n\n```python\nfrom collections import Counter\ncounts = Counter(u.email.lower() for u in users)\ndupes = [u for u in users if counts[u.email.lower()] > 1]\n```",
        "ok can you annotate the optimized version with comments explaining the trick (and the lower()) so the next person doesn't 'simplify' it back",
    ),
    conv(
        "is there a cleaner way to write this?\n\nif x > 0:\n    sign = 1\nelif x < 0:\n    sign = -1\nelse:\n    sign = 0",
        "`sign = (x > 0) - (x < 0)` does the same thing in one line, since booleans are ints in Python.",
        "cool, I'll use that",
        "Sounds good.",
        "actually add a comment next to it, it's too clever to leave bare. something short",
    ),
    CC("add docstrings to every public function in src/billing/invoice.py — google style, don't change any logic or formatting", date="2026-03-19"),
    loop(
        "look at src/utils/retry.ts",
        [
            (None, "Read", {"file_path": "/Users/tom/app/src/utils/retry.ts"},
             numbered("""export type RetryOpts = { attempts?: number; baseMs?: number; maxMs?: number };

export async function retry<T>(fn: () => Promise<T>, opts: RetryOpts = {}): Promise<T> {
  const { attempts = 5, baseMs = 100, maxMs = 10_000 } = opts;
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (e) {
      lastErr = e;
      const cap = Math.min(maxMs, baseMs * 2 ** i);
      await sleep(Math.random() * cap);
    }
  }
  throw lastErr;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));""")),
        ],
        "It's a generic async retry helper with exponential backoff and full jitter.",
        "add TSDoc to the exported stuff, and a comment explaining the jitter formula on the `Math.random() * cap` line",
        date="2026-05-02",
    ),
    loop(
        "check docstring lint",
        [
            (None, "Bash", {"command": "uv run ruff check --select D src/etl", "description": "Check pydocstyle rules"},
             """src/etl/load.py:12:5: D103 Missing docstring in public function
src/etl/load.py:31:5: D103 Missing docstring in public function
src/etl/transform.py:1:1: D100 Missing docstring in public module
src/etl/transform.py:8:5: D103 Missing docstring in public function
src/etl/transform.py:24:5: D417 Missing argument descriptions in the docstring for `normalize`: `tz`
Found 5 errors."""),
        ],
        None,
        "fix all of these by actually writing the docstrings (no noqa). read the functions first so the descriptions are accurate",
        date="2026-07-14",
    ),
    CC("The comments in lib/parser.rs are a mix of outdated notes and commented-out code. Clean them up: delete commented-out code, fix comments that no longer match the code, and add rustdoc to all pub items.", date="2026-08-27"),
    loop(
        "open pkg/ring/buffer.go",
        [
            (None, "Read", {"file_path": "/home/ada/q/pkg/ring/buffer.go"},
             numbered("""package ring

type Buffer struct {
	data []byte
	r, w int
	full bool
}

func New(size int) *Buffer { return &Buffer{data: make([]byte, size)} }

func (b *Buffer) Write(p []byte) int {
	n := 0
	for _, c := range p {
		if b.full {
			break
		}
		b.data[b.w] = c
		b.w = (b.w + 1) % len(b.data)
		b.full = b.w == b.r
		n++
	}
	return n
}""")),
        ],
        "This is a fixed-size byte ring buffer; `Write` copies bytes until the buffer is full and returns how many were written.",
        "add godoc comments, and above the struct explain the r/w/full invariant (why we need `full` when r == w)",
        date="2026-10-02",
    ),
    CC("document the functions in etl/transform.py", date="2026-11-26",
       claude_md=("/home/nadia/pipeline/CLAUDE.md", "## Conventions\n- Docstrings: Google style\n- Types go in signatures, not in docstrings\n- Keep docstrings under 10 lines unless the function is public API")),
    CC("""add comments to this make target, the awk one-liner in particular is black magic to everyone

help:
\t@awk 'BEGIN {FS = ":.*##"} /^[a-zA-Z_-]+:.*##/ {printf "  \\033[36m%-20s\\033[0m %s\\n", $$1, $$2}' $(MAKEFILE_LIST)""", date="2026-06-12"),
]
