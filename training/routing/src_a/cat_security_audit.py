from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "security_audit"
PARENT = "code_review"

DESCRIPTIONS = [
    "security review",
    "auditing code for vulnerabilities, leaked secrets, injection and authorization flaws",
    "is this code safe? — check for SQLi, XSS, SSRF, path traversal, insecure deserialization, broken access control, hardcoded credentials",
    "when I want a security-focused look at my code, config or dependencies",
    "Use for appsec: OWASP Top 10 review, threat-modelling a feature, auth/session handling, crypto misuse, IDOR, CSRF, secrets in repos, container/IaC misconfigurations, vulnerable dependencies.",
    "pentest-style code audit",
    "find security holes before attackers do",
    "secure code review of endpoints, auth flows, file uploads, and input handling; recommend fixes and hardening",
    "Sicherheitsaudit: Code auf Schwachstellen, Injection, Secrets und Berechtigungsfehler prüfen",
    "セキュリティ監査（脆弱性、インジェクション、認可の不備、秘密情報の漏えいのチェック）",
]

REQUESTS = [
    "is this vulnerable to sql injection?\n\n```python\ncur.execute(f\"SELECT * FROM users WHERE email = '{email}' AND active = 1\")\n```",
    r"""Security review please — file download endpoint in Express:

```js
app.get('/files/:name', requireLogin, (req, res) => {
  const p = path.join(__dirname, 'uploads', req.params.name);
  res.sendFile(p);
});
```""",
    cc("Audit the auth module (src/auth/) for security issues: session handling, password reset flow, token generation, timing attacks, anything OWASP-ish. Report findings with severity and a suggested fix; don't change code yet.",
       reminders=[reminder_date("2026-01-22")]),
    "can a user see other people's invoices with this? be paranoid\n\n```ruby\ndef show\n  @invoice = Invoice.find(params[:id])\n  render json: @invoice\nend\n```",
    r"""We let users provide a webhook URL and we POST to it from our backend. A colleague mentioned SSRF. How exposed are we and what do we need to check?

```python
def deliver(hook_url, payload):
    r = requests.post(hook_url, json=payload, timeout=10, allow_redirects=True)
    return r.status_code
```""",
    # German
    "Bitte prüf diesen PHP-Code auf Sicherheitslücken, besonders XSS und CSRF:\n\n```php\n<form method=\"post\" action=\"/profil\">\n  <input name=\"bio\" value=\"<?= $_POST['bio'] ?? $user['bio'] ?>\">\n  <button>Speichern</button>\n</form>\n<?php if ($_SERVER['REQUEST_METHOD'] === 'POST') { $db->query(\"UPDATE users SET bio='\" . $_POST['bio'] . \"' WHERE id=\" . $_SESSION['uid']); } ?>\n```",
    cc("scan this repo for hardcoded secrets/api keys before we open source it",
       reminders=[reminder_date("2026-02-19")],
       history=("add an MIT LICENSE file and a basic CONTRIBUTING.md", "Added `LICENSE` (MIT, copyright 2026 Acme Labs) and `CONTRIBUTING.md` covering setup, tests and the PR process.",)),
    conv(
        "what's the difference between yaml.load and yaml.safe_load",
        "`safe_load` only constructs basic Python types (dicts, lists, strings, numbers, etc.). `load` with the full/unsafe loader can construct arbitrary Python objects from tags like `!!python/object/apply`. Since PyYAML 5.1, `load` without an explicit Loader warns.",
        "is `yaml.load(request.data)` a problem? it's in an internal admin endpoint",
    ),
    loop(
        "show me the jwt verification",
        [
            (None, [
                ("Grep", {"pattern": "jwt\\.(decode|verify)", "path": "services", "output_mode": "content", "-n": True},
                 "services/gateway/auth.js:18:  const payload = jwt.decode(token, { complete: true });\nservices/gateway/auth.js:24:  jwt.verify(token, getKey(payload.header.kid), { algorithms: [payload.header.alg] });"),
            ]),
            (None, [
                ("Read", {"file_path": "/srv/platform/services/gateway/auth.js"},
                 "14\tmodule.exports = async function auth(req, res, next) {\n15\t  const token = (req.headers.authorization || '').replace('Bearer ', '');\n16\t  if (!token) return res.status(401).end();\n17\t  try {\n18\t  const payload = jwt.decode(token, { complete: true });\n19\t  const getKey = (kid) => kid ? jwks[kid] : process.env.JWT_SECRET;\n20\t  if (payload.payload.exp && payload.payload.exp < Date.now()) {\n21\t    return res.status(401).end();\n22\t  }\n23\t  req.user = payload.payload;\n24\t  jwt.verify(token, getKey(payload.header.kid), { algorithms: [payload.header.alg] });\n25\t  next();\n26\t  } catch (e) { next(); }\n27\t};\n"),
            ]),
        ],
        "audit this from a security standpoint. I have a bad feeling about the algorithms line and the catch block",
        reminders=[reminder_date("2026-03-27")],
    ),
    "review our Dockerfile and k8s deployment for security misconfigs (running as root, privileged, secrets in env, etc)\n\n```yaml\nspec:\n  containers:\n  - name: api\n    image: acme/api:latest\n    securityContext:\n      privileged: true\n    env:\n    - name: DB_PASSWORD\n      value: hunter2\n    volumeMounts:\n    - name: docker-sock\n      mountPath: /var/run/docker.sock\n```",
    # Spanish
    "¿Este endpoint de subida de archivos es seguro? Me preocupa que suban un .php o algo así.\n\n```python\n@app.post('/avatar')\ndef avatar():\n    f = request.files['file']\n    f.save(os.path.join('static/avatars', f.filename))\n    return {'url': '/static/avatars/' + f.filename}\n```",
    "check this password hashing, is it ok for 2025?\n\n```java\nMessageDigest md = MessageDigest.getInstance(\"SHA-256\");\nbyte[] hash = md.digest((salt + password).getBytes(StandardCharsets.UTF_8));\n```",
    conv(
        "how do I add a 'login with magic link' feature",
        "Generate a single-use, high-entropy token, store its hash with the user id and a short expiry (10–15 min), email a link containing the token, and on click verify the hash, check expiry, mark it used, and create the session.",
        "I implemented it roughly like that. can you security-audit it? token = str(random.randint(100000, 999999)), stored plaintext in redis for 24h, link is GET /magic?email=...&token=..., and on success we log them in and delete the key",
    ),
    "we render user markdown in comments with marked + innerHTML. what are the XSS risks and how do we lock it down",
    "Does this Go code have a path traversal bug?\n\n```go\nfunc serve(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get(\"f\")\n\tif strings.Contains(name, \"..\") {\n\t\thttp.Error(w, \"no\", 400)\n\t\treturn\n\t}\n\thttp.ServeFile(w, r, filepath.Join(\"/data/public\", name))\n}\n```",
    # Chinese
    "帮我审计一下这段 Node.js 代码的安全问题，尤其是命令注入：\n\n```js\napp.post('/ping', (req, res) => {\n  exec(`ping -c 1 ${req.body.host}`, (err, out) => res.send(out));\n});\n```",
    cc("Run a dependency vulnerability check on this project (npm + pip) and tell me which findings are actually exploitable in how we use the libs, vs. noise. Prioritize.",
       reminders=[reminder_claudemd("2026-04-29", """
Backend: Python 3.11 (requirements.txt). Frontend: React (package-lock.json).
Do not upgrade dependencies without asking.
""")]),
    "our react app stores the JWT in localStorage. security team says that's bad. is it really, and what's the threat model vs httpOnly cookies",
    "review this terraform for security: anything publicly exposed that shouldn't be?\n\n```hcl\nresource \"aws_security_group_rule\" \"db\" {\n  type        = \"ingress\"\n  from_port   = 5432\n  to_port     = 5432\n  protocol    = \"tcp\"\n  cidr_blocks = [\"0.0.0.0/0\"]\n  security_group_id = aws_security_group.db.id\n}\nresource \"aws_s3_bucket_acl\" \"exports\" {\n  bucket = aws_s3_bucket.exports.id\n  acl    = \"public-read\"\n}\n```",
    "is there an IDOR in this graphql resolver?\n\n```ts\nconst resolvers = {\n  Query: {\n    order: (_, { id }, ctx) => ctx.db.order.findUnique({ where: { id } }),\n    myOrders: (_, __, ctx) => ctx.db.order.findMany({ where: { userId: ctx.user.id } }),\n  },\n}\n```",
    # Japanese
    "このDjangoのビューにセキュリティ上の問題がないか確認してください。特にオープンリダイレクトが心配です。\n\n```python\ndef login_view(request):\n    if request.method == 'POST':\n        user = authenticate(request, username=request.POST['u'], password=request.POST['p'])\n        if user:\n            login(request, user)\n            return redirect(request.GET.get('next', '/'))\n```",
    "threat model our new 'share document via link' feature: links are /share/<doc_id>, anyone with the link can view, owner can revoke. what could go wrong",
    "audit this C for memory safety / exploitable bugs\n\n```c\nvoid handle(int fd) {\n    char buf[128];\n    int n = read(fd, buf, 512);\n    buf[n] = 0;\n    printf(buf);\n}\n```",
    loop(
        "grep for places we build shell commands",
        [
            (None, [
                ("Grep", {"pattern": "subprocess\\.(run|call|Popen|check_output)", "path": "app", "output_mode": "content", "-n": True},
                 "app/media/thumbs.py:22:    subprocess.run(f\"convert {src} -resize 256x256 {dst}\", shell=True, check=True)\napp/admin/tools.py:48:    out = subprocess.check_output([\"git\", \"log\", \"-n\", str(n)], cwd=repo)\napp/export/pdf.py:15:    subprocess.run([\"wkhtmltopdf\", url, out_path], check=True)"),
            ]),
        ],
        "which of these are actually exploitable? src in thumbs.py comes from the uploaded filename, n in tools.py is from a query param on an admin page, url in pdf.py is user-supplied. give me severity + fix for each",
        reminders=[reminder_date("2026-06-15")],
        wrap="Three call sites: `thumbs.py` uses `shell=True` with an f-string, `tools.py` passes an argv list to git, and `pdf.py` passes an argv list to wkhtmltopdf.",
    ),
    # French
    "Peux-tu faire un audit de sécurité de notre configuration CORS et des cookies de session ? `Access-Control-Allow-Origin` renvoie l'Origin de la requête, avec `Allow-Credentials: true`, et le cookie est `SameSite=None; Secure` sans HttpOnly.",
    "check our oauth callback handler for security issues — state param, PKCE, redirect_uri validation\n\n```python\n@app.get('/oauth/callback')\ndef cb(code: str, redirect_uri: str):\n    tok = provider.exchange(code, redirect_uri=redirect_uri)\n    session['user'] = provider.userinfo(tok)\n    return RedirectResponse(redirect_uri)\n```",
    "found `AKIA...` in our git history from 2 years ago. how bad is it and what do we do now — rotating isn't enough right?",
    "look at this regex-based email validator in our signup, could it be used for ReDoS?\n\n`^([a-zA-Z0-9_\\.\\-])+\\@(([a-zA-Z0-9\\-])+\\.)+([a-zA-Z0-9]{2,4})+$`",
    # Portuguese
    "Faz uma auditoria de segurança nesse código de reset de senha? Acho que o token é previsível.\n\n```php\n$token = md5($user->email . time());\n$db->insert('resets', ['user_id' => $user->id, 'token' => $token]);\nmail($user->email, 'Reset', \"https://app/reset?token=$token\");\n```",
    "security check on our github actions — we use pull_request_target and check out the PR head to run tests. someone said that's dangerous",
    "is deserializing this with pickle safe if the data comes from our own redis? what if redis is compromised or shared",
    cc("Audit the file upload + image processing path end to end (routes/upload.ts -> workers/resize.ts) for security: content-type spoofing, zip bombs / decompression bombs, SVG script injection, storage path issues.", reminders=[REMINDER_TODO, reminder_date("2026-09-03")]),
    "java: XXE risk here?\n\n```java\nDocumentBuilderFactory f = DocumentBuilderFactory.newInstance();\nDocument d = f.newDocumentBuilder().parse(request.getInputStream());\n```",
    # Russian
    "Проверь, пожалуйста, этот код на уязвимости. Особенно интересует проверка прав доступа — может ли обычный пользователь удалить чужой комментарий?\n\n```python\n@router.delete('/comments/{cid}')\ndef delete_comment(cid: int, user=Depends(get_user)):\n    db.execute('DELETE FROM comments WHERE id = :id', {'id': cid})\n    return {'ok': True}\n```",
    "mass assignment check: our rails controller does `User.update(params[:user].permit!)`. what can an attacker do",
    conv(
        "we're adding API keys for our public api, just random strings stored in the db",
        "Reasonable start. A few things worth doing: generate them with a CSPRNG (e.g. `secrets.token_urlsafe(32)`), add a recognizable prefix so leaked keys can be detected by scanners, and show the key only once at creation.",
        "we compare API keys with `if provided_key == stored_key`. timing attack risk? fix?",
    ),
    conv(
        "write a function that encrypts a string with AES in python",
        "Use AES-GCM from the `cryptography` package — it's authenticated, so tampering is detected:\n\n```python\nimport os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\ndef encrypt(key: bytes, plaintext: str) -> bytes:\n    nonce = os.urandom(12)\n    return nonce + AESGCM(key).encrypt(nonce, plaintext.encode(), None)\n```",
        "our legacy code does it like this though, is it actually insecure or just old? `cipher = AES.new(KEY, AES.MODE_ECB); ct = cipher.encrypt(pad(data, 16))` with KEY hardcoded in settings.py",
    ),
    "review the nginx config for security headers and TLS settings\n\n```nginx\nserver {\n  listen 443 ssl;\n  ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n  ssl_ciphers ALL;\n  server_tokens on;\n  location / { proxy_pass http://app; }\n  location /admin { proxy_pass http://app; }\n}\n```",
    # Korean
    "이 스프링 코드에 보안 취약점 있는지 점검해 주세요. 특히 권한 체크 부분이요.\n\n```java\n@GetMapping(\"/admin/users\")\npublic List<User> users(@RequestParam(defaultValue = \"false\") boolean isAdmin) {\n    if (!isAdmin) throw new AccessDeniedException(\"no\");\n    return repo.findAll();\n}\n```",
    "pentest-minded review of our rate limiting on /login: limited per IP to 10/min via X-Forwarded-For. how would you bypass it",
    "look at our .env.example, docker-compose.yml and CI config and tell me if any secrets are leaking into images or logs",
    "we generate invoice PDFs by rendering user-supplied HTML in headless chrome on the server. what's the attack surface",
    "do an appsec pass over this electron main process code: nodeIntegration: true, contextIsolation: false, loads remote https://app.example.com in the BrowserWindow",
    conv(
        "we just added a Content-Security-Policy header because a pentest report told us to",
        "Good step. A CSP is only as useful as it is strict, though — pentest reports usually flag it missing, but a permissive one passes the checkbox without adding much protection.",
        "is our CSP doing anything useful? `default-src * 'unsafe-inline' 'unsafe-eval'; img-src * data:`",
    ),
    cc(
        "ok, before we merge it — do a security pass over the password reset flow you just wrote. token entropy, expiry, reuse, user enumeration via response differences, timing, and whether old sessions get invalidated",
        reminders=[REMINDER_TODO],
        history=(
            "implement password reset: request endpoint that emails a link, and a confirm endpoint that sets the new password",
            "Added `POST /auth/password-reset` (looks up the user by email, creates a `PasswordResetToken` row, sends the link) and `POST /auth/password-reset/confirm` (validates the token, sets the new password with argon2, marks the token used). Tokens come from `secrets.token_urlsafe(32)` and expire after 30 minutes.",
        ),
    ),
]
