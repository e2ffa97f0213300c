from lib import *

L = "code generation"

ex("gen_tool_soft_delete", L, [
    first("show me the User model"),
    A(None, T("um", "Read", {"file_path": "/home/dev/work/community/accounts/models.py"})),
    TR(R("um", catn('''from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    display_name = models.CharField(max_length=80, blank=True)
    avatar = models.ImageField(upload_to="avatars/", null=True, blank=True)
    bio = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
'''))),
    A("`User` extends `AbstractUser` with `display_name`, `avatar`, `bio` and `created_at`. There's no custom manager, so `User.objects` is Django's `UserManager`."),
    ut("add soft delete: deleted_at field, a default manager that hides deleted users, an all_objects manager, and a soft_delete() method that also anonymizes email/username. plus the migration"),
], tags=["tool_loop", "intent_shift", "code:python"])

ex("gen_thinking_tool_script", L, [
    first("what's in the scripts folder?"),
    A(None, T("sf", "Bash", {"command": "ls -la scripts/ && head -20 scripts/deploy.sh", "description": "List scripts folder"}), thinking="User wants to know the scripts folder contents; list it."),
    TR(R("sf", '''total 24
-rwxr-xr-x 1 dev dev 1822 Oct 12 11:04 deploy.sh
-rwxr-xr-x 1 dev dev  611 Oct 12 11:04 seed.sh
-rw-r--r-- 1 dev dev  230 Sep 30 17:52 README
#!/usr/bin/env bash
set -euo pipefail
ENV=${1:?usage: deploy.sh <staging|prod>}
source "$(dirname "$0")/../.env.$ENV"
docker build -t "$REGISTRY/app:$GIT_SHA" .
docker push "$REGISTRY/app:$GIT_SHA"
ssh "$DEPLOY_HOST" "docker pull $REGISTRY/app:$GIT_SHA && docker compose up -d"''', err=False)),
    A("There are two executable scripts: `deploy.sh` (builds and pushes the image, then SSHes to the host and runs `docker compose up`) and `seed.sh`, plus a README."),
    ut("write a scripts/rollback.sh in the same style: takes env and an optional sha (defaults to the previous deployed one — keep a deploy history file on the host), pulls and restarts, and prints which sha is live at the end"),
], tags=["tool_loop", "intent_shift", "thinking", "code:bash", "repo_paths"])
