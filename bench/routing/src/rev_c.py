from lib import *

L = "code review"

ex("rev_schema_constraints", L, [first('''can you review this schema? mostly worried about missing constraints/indexes, the design itself is settled

CREATE TABLE memberships (
  id serial PRIMARY KEY,
  user_id int,
  team_id int,
  role varchar(20),
  created_at timestamp DEFAULT now()
);
CREATE TABLE teams (
  id serial PRIMARY KEY,
  name varchar(100),
  owner_id int
);''')], tags=["pasted_code", "code:sql", "near_boundary"])

ex("rev_race_condition_q", L, [first('''is there a race condition here? nothing's broken yet, just paranoid before we scale to more replicas

async def claim_coupon(user_id, code):
    coupon = await Coupon.get(code=code)
    if coupon.uses >= coupon.max_uses:
        raise CouponExhausted()
    coupon.uses += 1
    await coupon.save()
    await Redemption.create(user_id=user_id, coupon=coupon)''')], tags=["pasted_code", "code:python", "near_boundary"])

ex("rev_type_hints", L, [first('''are my type hints right here? mypy is happy but I'm not sure they say what I mean

from typing import Callable, TypeVar, Any
T = TypeVar("T")

def memoize(fn: Callable[..., T]) -> Callable[..., T]:
    cache: dict[Any, T] = {}
    def wrapper(*args: Any) -> T:
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper''')], tags=["pasted_code", "code:python"])

ex("rev_swift_unwraps", L, [first('''review my swift, I feel like I'm abusing ! everywhere

func loadAvatar(for user: User) {
    let url = URL(string: user.avatarURL!)!
    let data = try! Data(contentsOf: url)
    avatarView.image = UIImage(data: data)!
}''')], tags=["pasted_code", "code:swift"])

ex("rev_crypto_second_eyes", L, [first('''need a second pair of eyes on this, it encrypts API keys at rest

from Crypto.Cipher import AES
import hashlib

KEY = hashlib.md5(b"acme-secret-2021").digest()

def encrypt(plain: str) -> bytes:
    data = plain.encode()
    pad = 16 - len(data) % 16
    return AES.new(KEY, AES.MODE_ECB).encrypt(data + bytes([pad]) * pad)''')], tags=["pasted_code", "code:python"])

ex("rev_it_revisione", L, [first('''mi fai una revisione di questo metodo? lo usiamo per calcolare gli sconti e vorrei renderlo più pulito

public double sconto(Cliente c, double totale) {
    if (c.tipo.equals("GOLD")) { if (totale > 100) return totale * 0.2; else return totale * 0.1; }
    else if (c.tipo.equals("SILVER")) { if (totale > 100) return totale * 0.1; else return 0; }
    else return 0;
}''')], tags=["non_english", "lang_it", "pasted_code", "code:java"])

ex("rev_tool_lint_which_matter", L, [
    first("run the linter on src/"),
    A(None, T("ln1", "Bash", {"command": "npx eslint src/ --format unix", "description": "Lint src directory"})),
    TR(R("ln1", '''src/api/client.ts:14:7: 'retries' is assigned a value but never used. [Error/@typescript-eslint/no-unused-vars]
src/api/client.ts:41:18: Unexpected any. Specify a different type. [Warning/@typescript-eslint/no-explicit-any]
src/api/client.ts:57:5: Promises must be awaited, end with a call to .catch, or end with a call to .then with a rejection handler. [Error/@typescript-eslint/no-floating-promises]
src/ui/Table.tsx:88:9: React Hook useEffect has a missing dependency: 'load'. [Warning/react-hooks/exhaustive-deps]

4 problems (2 errors, 2 warnings)''', err=True)),
    A("ESLint found 4 problems: 2 errors in `src/api/client.ts` (an unused variable and a floating promise) and 2 warnings (an explicit `any`, and a missing hook dependency in `Table.tsx`)."),
    ut("which of these actually matter? and while you're in client.ts, anything the linter missed that you'd flag in a review?"),
], tags=["tool_loop", "tool_error", "follow_up", "code:typescript"])

ex("rev_after_debug_review_fix", L, [
    first('''NullPointerException in prod:

java.lang.NullPointerException: Cannot invoke "com.acme.model.Address.getCountry()" because the return value of "com.acme.model.Customer.getShippingAddress()" is null
	at com.acme.tax.TaxCalculator.rateFor(TaxCalculator.java:57)
	at com.acme.checkout.CheckoutService.total(CheckoutService.java:112)'''),
    A("`getShippingAddress()` is null for customers buying digital-only goods. `TaxCalculator.rateFor` now falls back to the billing address when there's no shipping address, and throws a clear `MissingAddressException` if both are missing. I added a unit test for the digital-only case."),
    ut("before I commit, review the whole fix critically. is falling back to billing address even correct for tax purposes, and is the exception handled upstream?"),
], tags=["multi_turn", "intent_shift", "follow_up", "stack_trace", "code:java", "near_boundary"])
