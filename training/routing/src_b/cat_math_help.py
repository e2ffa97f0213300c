from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "math_help",
    "parent": None,
    "descriptions": [
        "math help",
        "math homework, proofs and calculations",
        "when I need help solving a math problem or understanding a proof",
        "use for mathematics: algebra, calculus, linear algebra, probability, statistics theory, geometry, number theory (not programming)",
        "solve equations / calculus / proofs",
        "Step-by-step solutions and explanations for math exercises at school or university level, plus quick arithmetic and percentage calculations",
        "tutoring in maths",
        "I want this route for my calculus and linear algebra homework",
        "aide en mathématiques : exercices, démonstrations, calculs",
        "수학 문제 풀이와 증명, 계산 도움",
    ],
}

REQUESTS = [
    U("integrate x * e^(2x) dx"),
    U("prove that sqrt(2) is irrational"),
    conv(
        "quick calc, what's 17% of 2,340",
        "17% of 2,340 is 397.80.",
        "and 2,340 plus 19% VAT, then minus a 5% discount on that total?",
    ),
    U("solve 3x^2 - 5x - 2 = 0"),
    U("Find the eigenvalues and eigenvectors of the matrix [[2, 1], [1, 2]]. Please show the steps, I keep messing up the characteristic polynomial."),
    U("probability of getting at least one 6 in four rolls of a fair die"),
    U("how do I prove by induction that 1 + 2 + ... + n = n(n+1)/2? I understand the base case but not what I'm allowed to assume in the inductive step"),
    U("derivative of ln(sin(x^2))"),
    U("if a car loses 15% of its value every year, how many years until it's worth half of what I paid?"),
    U("explain the epsilon-delta definition of a limit, i have an analysis exam on thursday and it still feels like magic"),
    U("Birthday problem: how many people do you need for a 50% chance that two share a birthday? Show the calculation, not just the number."),
    conv(
        "is 1001 prime",
        "No — 1001 = 7 × 11 × 13.",
        "how would I spot that by hand? is there a quick divisibility trick for 7, 11 and 13?",
    ),
    U("limit as x -> 0 of (1 - cos x) / x^2"),
    U("show that the set of rational numbers is countable"),
    U("compound interest: $10,000 at 4.5% annual rate compounded monthly for 8 years. how much at the end"),
    U("determinant of [[1,2,3],[0,1,4],[5,6,0]]"),
    U("Bayes question: a test is 99% sensitive and 95% specific, disease prevalence is 1%. I test positive — what's the chance I actually have it?"),
    U("solve the system: 2x + 3y = 7 and 4x - y = 0"),
    U("why is 0.999... equal to 1? my friend refuses to believe it"),
    conv(
        "my son's geometry homework wants the area of a triangle with sides 7, 8 and 9 but no height is given",
        "When you know all three sides you can use Heron's formula: with s = (a + b + c)/2, the area is √(s(s−a)(s−b)(s−c)).",
        "ok can you show the whole calculation? we get a square root we can't simplify",
    ),
    U("why does the sum of 1/n^2 converge but the sum of 1/n doesn't? they look so similar"),
    U("how many ways can you arrange the letters of MISSISSIPPI"),
    U("a train leaves at 3pm going 80 km/h, another leaves the same station at 4pm going 120 km/h on the same track. when does the second one catch up?"),
    U("what is a group in abstract algebra? is the set of integers under subtraction a group?"),
    U("volume of a cone is 1/3 pi r^2 h — where does the 1/3 actually come from?"),
    U("¿Cómo se resuelve la ecuación diferencial y' = 2y con la condición inicial y(0) = 3?"),
    U("Wie berechne ich die Wahrscheinlichkeit, beim Lotto 6 aus 49 genau 3 Richtige zu haben?"),
    U("求函数 f(x) = x^3 - 3x + 1 的极值点和极值"),
    U("三角形の内角の和が180度であることを証明してください"),
    U("Come si calcola la derivata di x^x?"),
    U("एक दुकानदार 20% छूट देने के बाद भी 20% लाभ कमाता है। अंकित मूल्य क्रय मूल्य से कितने प्रतिशत अधिक है?"),
    conv(
        "how do i check if a string is a palindrome in python ignoring spaces and case",
        "```python\ndef is_palindrome(s: str) -> bool:\n    t = ''.join(c.lower() for c in s if c.isalnum())\n    return t == t[::-1]\n```",
        "totally different topic, my daughter's homework: factor x^2 - 9x + 20. how do i explain it to a 13 year old without just giving her the answer",
    ),
    conv(
        "what's the derivative of x^2 sin x",
        "By the product rule: d/dx [x² sin x] = 2x sin x + x² cos x.",
        "ok and the second derivative?",
    ),
    conv(
        "solve 2^x = 10",
        "Take log base 2 of both sides: x = log₂(10) = ln(10)/ln(2) ≈ 3.3219.",
        "why are we allowed to take the log of both sides? is that always allowed, like with negative numbers?",
    ),
    conv(
        "what is a matrix inverse",
        "The inverse of a square matrix A is the matrix A⁻¹ such that A·A⁻¹ = A⁻¹·A = I (the identity). It exists exactly when det(A) ≠ 0.",
        "ok",
        "For a 2×2 matrix [[a, b], [c, d]] there's a closed formula: A⁻¹ = 1/(ad − bc) · [[d, −b], [−c, a]].",
        "so how do I invert [[4,7],[2,6]] by hand, step by step",
    ),
    CC("""not code related: can you check my proof that every prime greater than 3 is of the form 6k±1?

Proof: every integer can be written as 6k, 6k+1, 6k+2, 6k+3, 6k+4 or 6k+5. 6k, 6k+2 and 6k+4 are even, and 6k+3 is divisible by 3. So a prime > 3 must be 6k+1 or 6k+5 = 6(k+1)-1. ∎

is this rigorous enough for a first year course?""", date="2026-02-02"),
    CC("quick math q: if each request independently has a 1% chance of exceeding our p99, what's the probability that a page making 10 requests sees at least one slow one? and for 50?", date="2026-05-14"),
    loop(
        "how long does the simulation take to run?",
        [
            (None, "Bash", {"command": "time uv run python sim.py --n 1000000", "description": "Time the simulation"},
             "E[max(U1,U2)] ~= 0.66671\n\nreal\t0m4.812s\nuser\t0m4.701s\nsys\t0m0.093s"),
        ],
        "About 4.8 seconds for a million samples; it estimates E[max(U1, U2)] ≈ 0.6667.",
        "side question — how do I compute the expected value of the max of two independent uniform(0,1) variables analytically? I want to verify the 2/3 with actual math, not simulation",
        date="2026-08-04",
    ),
    CC("help me understand why the derivative of e^x is e^x, intuitively. not the formal proof, the intuition", date="2026-10-11"),
    CC("solve for r: 5000 = 200 * ((1 + r)^36 - 1) / r. a numeric answer is fine, but tell me what method you used", date="2026-11-26"),
]
