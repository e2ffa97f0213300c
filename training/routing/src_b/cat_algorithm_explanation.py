from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "algorithm_explanation",
    "parent": "code_understanding",
    "descriptions": [
        "algorithm explanations",
        "explaining how algorithms and data structures work, including their time and space complexity",
        "when I ask how a specific algorithm works (Dijkstra, quicksort, Raft...) or why something is O(n log n)",
        "Big-O analysis and walkthroughs of classic algorithms and data structures",
        "use for DSA / leetcode-style conceptual questions: how does this algorithm work, what's its complexity, why is it correct",
        "data structures & algorithms tutoring",
        "Step-by-step explanations of algorithms such as sorting, graph search, dynamic programming, hashing and consensus protocols, with complexity analysis and intuition for why they are correct",
        "complexity analysis",
        "Erklärungen zu Algorithmen und Datenstrukturen, inklusive Laufzeitkomplexität",
        "explicar como funciona um algoritmo ou estrutura de dados e qual a sua complexidade",
    ],
}

REQUESTS = [
    U("how does dijkstra's algorithm work and why doesn't it work with negative edges"),
    U("Can you walk me through quicksort's partition step with an example array like [7, 2, 9, 4, 3, 8]? I get the recursion but the partition indices confuse me (Lomuto vs Hoare?)."),
    U("why is building a heap O(n) and not O(n log n)? it calls sift down n/2 times and each sift down is log n so..."),
    U("explain how a hash map handles collisions. chaining vs open addressing, and what's robin hood hashing about"),
    U("What's the time complexity of this and why?\n\nfor i in range(n):\n    j = 1\n    while j < n:\n        j *= 2\n\nmy answer was O(n^2) and the grader said wrong"),
    U("'binary search on the answer' — what does that even mean? saw it in a leetcode editorial for the koko eating bananas problem"),
    U("How does a B-tree differ from a binary search tree, and why do databases use B+ trees specifically?"),
    U("explain union find with path compression and union by rank. also what is inverse ackermann lol"),
    U("Can you explain the KMP string matching algorithm? Specifically how the failure function / prefix table is built. Every tutorial I find just shows the code and skips why it works."),
    U("amortized analysis of dynamic arrays - why is append O(1) amortized when it sometimes has to copy everything"),
    U("how do bloom filters work and how do i pick the number of hash functions and bits"),
    conv(
        "write a function that checks if there's a path between two nodes in an adjacency-list graph, python",
        "```python\ndef has_path(graph, start, goal):\n    stack, seen = [start], {start}\n    while stack:\n        node = stack.pop()\n        if node == goal:\n            return True\n        for nxt in graph.get(node, ()):\n            if nxt not in seen:\n                seen.add(nxt)\n                stack.append(nxt)\n    return False\n```",
        "you used dfs with a stack here. why not bfs? in general when do you pick one over the other",
    ),
    U("Explain Raft leader election. What happens if two followers time out and start an election at the same time?"),
    U("how does a trie work, and is it actually faster than a hash set for prefix lookups or is that just a textbook thing"),
    U("LRU cache - how do you get O(1) for both get and put? I know it's hashmap + linked list but why does the linked list need to be doubly linked"),
    U("explain topological sort with kahn's algorithm and how it detects a cycle"),
    U("How does A* decide which node to expand next, and what does it mean for a heuristic to be admissible vs consistent?"),
    U("why is comparison-based sorting lower bounded by n log n? i want the decision tree argument but explained simply"),
    U("can you explain how skip lists work? apparently redis uses them for sorted sets instead of a balanced tree"),
    U("What's the intuition behind Floyd's cycle detection (tortoise and hare)? Why does resetting one pointer to the head and moving both one step at a time find the start of the cycle?"),
    U("red-black trees. the insertion rotation cases are killing me, can you explain what each case is fixing"),
    U("how does consistent hashing work and why do you need virtual nodes"),
    U("Segment tree vs Fenwick tree (BIT): how does each work, and when do you pick one over the other?"),
    U("explain the 0/1 knapsack dp. what does dp[i][w] mean and why do you iterate w backwards in the 1D version"),
    U("¿Cómo funciona el algoritmo de Kruskal y por qué necesita union-find? ¿Cuál es su complejidad temporal?"),
    U("归并排序为什么是稳定的？快速排序为什么不稳定？能举个具体例子吗"),
    U("Comment fonctionne l'algorithme de Bellman-Ford et pourquoi fait-il exactement V-1 itérations ?"),
    U("동적 계획법에서 메모이제이션(top-down)과 타뷸레이션(bottom-up)의 차이를 피보나치 예시로 설명해 주세요"),
    U("Warum ist Heapsort auch im besten Fall O(n log n)? Bei Insertion Sort ist der beste Fall doch O(n)."),
    U("LSM木ってどういう仕組みですか？コンパクションがなぜ必要なのか知りたいです"),
    conv(
        "I need to find the shortest path in an unweighted grid for my roguelike, walls are '#'",
        "For an unweighted grid, BFS from the start cell gives shortest paths. Keep a queue of (row, col), a `dist` array initialised to -1, and push neighbours that are in bounds, not walls, and unvisited...\n\n```python\nfrom collections import deque\n...\n```",
        "cool it works. but why is BFS guaranteed to find the shortest path? what's the intuition / proof",
    ),
    conv(
        "what is big O",
        "Big-O describes an upper bound on how a function's cost grows as the input size grows, ignoring constant factors and lower-order terms. O(n) means roughly proportional to n, O(n²) means doubling the input roughly quadruples the work...",
        "ok so python's sorted() — i heard it's timsort. how does timsort actually work? what are 'runs' and 'galloping'",
    ),
    conv(
        "implement binary search in rust for a sorted Vec<i32>",
        "```rust\nfn binary_search(v: &[i32], target: i32) -> Option<usize> {\n    let (mut lo, mut hi) = (0usize, v.len());\n    while lo < hi {\n        let mid = lo + (hi - lo) / 2;\n        if v[mid] < target { lo = mid + 1; } else { hi = mid; }\n    }\n    (lo < v.len() && v[lo] == target).then_some(lo)\n}\n```",
        "thanks — why mid = lo + (hi - lo) / 2 instead of (lo+hi)/2? and how do I know whether the loop should be lo <= hi or lo < hi, I always get this wrong",
    ),
    conv(
        "my leetcode solution TLEs on longest increasing subsequence, n is up to 10^5",
        "Your O(n²) DP is too slow for n = 10⁵. Use the patience-sorting approach: keep an array `tails` where `tails[k]` is the smallest possible tail of an increasing subsequence of length k+1, and for each number binary-search its position with `bisect_left`...",
        "that passed!",
        "Great — that's O(n log n).",
        "but i dont understand WHY the tails array approach works. tails isn't even an actual subsequence. can you explain",
    ),
    conv(
        "what's a heap",
        "A (binary) heap is a complete binary tree stored in an array where every parent is ≤ its children (min-heap). That gives O(1) access to the minimum, and O(log n) insert and extract-min by sifting up or down.",
        "and how does dijkstra use it? why is it O((V+E) log V) with a binary heap but supposedly better with a fibonacci heap",
    ),
    CC("explain the algorithm in src/diff/myers.ts — I know it's the Myers diff algorithm but I don't get the 'k diagonals' and the V array. How does it find the shortest edit script, and why is it O(ND)?", date="2026-03-30"),
    loop(
        "how does the rate limiter in this repo work?",
        [
            ("Let me look at the implementation.", "Read", {"file_path": "/home/sam/gw/ratelimit/bucket.go"},
             numbered("""package ratelimit

type Bucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func (b *Bucket) Allow(now time.Time) bool {
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = math.Min(b.capacity, b.tokens+elapsed*b.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}""")),
        ],
        "It's a classic token bucket: the bucket refills continuously at `rate` tokens/second up to `capacity`, and each request spends one token. Refill is computed lazily from the elapsed time on each call.",
        "ok. whats the difference between token bucket, leaky bucket and sliding window log/counter? which handles bursts best and what are the memory costs",
        date="2026-05-12",
    ),
    CC("what's the time and space complexity of a cuckoo hashing insert? the worst case confuses me, and what happens when the displacement cycles", date="2026-08-02", todo=True),
    loop(
        "where do we compute fuzzy matches for the search box?",
        [
            (None, "Grep", {"pattern": "levenshtein", "path": "src", "-i": True},
             "src/search/fuzzy.py:3:def levenshtein(a: str, b: str) -> int:\nsrc/search/fuzzy.py:22:    scores = [(levenshtein(q, name), name) for name in names]"),
        ],
        "It's in `src/search/fuzzy.py` — `levenshtein(a, b)` computes the edit distance and the search ranks candidates by it.",
        "can you explain how the levenshtein DP table gets filled in? walk me through a small example like kitten -> sitting, and why it's O(mn)",
        date="2026-10-14",
    ),
    CC("can you explain HyperLogLog intuitively? why does counting leading zeros of hashes estimate the number of distinct elements, and where does the ~1.04/sqrt(m) error come from", date="2026-11-26"),
]
