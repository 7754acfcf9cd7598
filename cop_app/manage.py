"""Operational commands: ``python -m cop_app.manage <command>``.

- ``setup``: apply migrations, make sure the focus-area catalogue exists, and
  load the demo data when the database is the embedded SQLite default and
  empty (``COP_DEMO=0`` turns demo loading off; a production deployment sets it,
  or runs on PostgreSQL, and starts empty).
- ``create-admin --email E --name N``: create the first site admin of a
  deployment (password read from the terminal, or from stdin with
  ``--password-stdin``), or promote an existing account.
- ``migrate``: apply the migrations (use this, not ``reflex db migrate``: on SQLite
  it keeps foreign keys off while tables are rebuilt, so no rows cascade away).
- ``check-migrations``: exit 1 when the models differ from the migrations.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlmodel import select

from cop_app import models
from cop_app.db import db_url, session_scope


def migrate() -> None:
    """Bring the schema to the newest committed migration (Reflex's alembic set-up).

    On SQLite, alembic's batch mode changes a table by copying it and dropping
    the old one; with foreign keys enforced, that drop would cascade-delete
    every child row (memberships, focus areas, ...). So foreign keys are off
    while migrating, and checked afterwards: any dangling reference stops here.
    """
    from reflex import model as rx_model
    from reflex.model import _alembic_upgrade
    from reflex_base.environment import environment

    if not environment.ALEMBIC_CONFIG.get().exists():
        sys.exit("alembic.ini not found: run this from the project folder")
    with rx_model.get_engine().connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            _alembic_upgrade(connection=connection)
            connection.commit()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    sys.exit(f"migration left dangling references: {broken[:5]}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def pending_migration_changes() -> bool:
    """True when the models have changes no committed migration describes."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from reflex import model as rx_model
    from sqlmodel import SQLModel

    from cop_app.services.threads.search import include_object

    with rx_model.get_engine().connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": False}
        )
        return bool(compare_metadata(context, SQLModel.metadata))


def demo_wanted() -> bool:
    flag = os.environ.get("COP_DEMO", "auto").lower()
    if flag in {"0", "no", "false", "off"}:
        return False
    if flag in {"1", "yes", "true", "on"}:  # e.g. the scale-out profile's demo
        return True
    return db_url().startswith("sqlite")


def ensure_database() -> None:
    """On PostgreSQL, create the configured database when it does not exist yet
    (the scale-out profile's first run); SQLite creates its file by itself."""
    import sqlalchemy as sa

    url = sa.make_url(db_url())
    if not url.drivername.startswith("postgresql") or not url.database:
        return
    admin = sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            found = conn.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :name"),
                {"name": url.database},
            ).first()
            if found is None:
                quoted = conn.dialect.identifier_preparer.quote(url.database)
                conn.exec_driver_sql(f"CREATE DATABASE {quoted}")
                print(f"Created the PostgreSQL database {url.database}")
    finally:
        admin.dispose()


def setup(*, demo_scale: float, demo_seed: int) -> None:
    from cop_app import mail_settings
    from cop_app.services.communities.catalogue import ensure_focus_areas

    mail = mail_settings.current()
    ensure_database()
    migrate()
    with session_scope() as session:
        ensure_focus_areas(session)
        empty = session.exec(select(models.Community.id).limit(1)).first() is None
    if empty and demo_wanted():
        from cop_app import demo

        print(f"Empty database: loading the demo data (seed {demo_seed}, scale {demo_scale})...")
        with session_scope() as session:
            summary = demo.generate(session, seed=demo_seed, scale=demo_scale)
        print(summary)
    elif empty:
        print("Empty database and no demo data: create the first admin with")
        print("  python -m cop_app.manage create-admin --email you@example.org --name 'Your Name'")
    print(f"Database ready: {_safe_url(db_url())}")
    if mail.smtp is None:
        print("Mail: no COP_SMTP_URL, so mail is kept in the local mailbox (/admin/email).")
    else:
        print(f"Mail: sent through {mail.smtp.host}:{mail.smtp.port} as {mail.mail_from}.")


def _safe_url(url: str) -> str:
    import sqlalchemy as sa

    return sa.make_url(url).render_as_string(hide_password=True)


def create_admin(*, email: str, name: str, password: str) -> str:
    from cop_app.services.communities.communities import do_create_user

    email = email.strip().lower()
    with session_scope() as session:
        user = session.exec(select(models.User).where(models.User.email == email)).first()
        if user is not None:
            user.is_site_admin = True
            session.add(user)
            return f"{email} is now a site admin."
        # The service hashes the password with argon2id.
        do_create_user(
            session, email=email, display_name=name, password=password, is_site_admin=True
        )
    return f"Created site admin {email}."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cop_app.manage")
    sub = parser.add_subparsers(dest="command", required=True)
    p_setup = sub.add_parser("setup", help="migrate, and load demo data into an empty default db")
    p_setup.add_argument(
        "--demo-scale", type=float, default=float(os.environ.get("COP_DEMO_SCALE", "1.0"))
    )
    p_setup.add_argument("--demo-seed", type=int, default=int(os.environ.get("COP_DEMO_SEED", "7")))
    p_admin = sub.add_parser("create-admin", help="create (or promote) a site admin")
    p_admin.add_argument("--email", required=True)
    p_admin.add_argument("--name", required=True)
    p_admin.add_argument("--password-stdin", action="store_true")
    sub.add_parser("migrate", help="apply the migrations (foreign keys safe on SQLite)")
    sub.add_parser("check-migrations", help="fail when models and migrations differ")
    args = parser.parse_args(argv)

    if args.command == "setup":
        from cop_app import mail_settings

        # A mistyped COP_SMTP_URL or COP_MAIL_FROM stops `make run` here, saying
        # which, rather than every mail failing later.
        try:
            mail_settings.current()
        except ValueError as bad:
            print(f"Cannot start: {bad}", file=sys.stderr)
            return 2
        setup(demo_scale=args.demo_scale, demo_seed=args.demo_seed)
    elif args.command == "create-admin":
        from cop_app.services.accounts.auth import check_password_policy
        from cop_app.services.accounts.passwords import WeakPasswordError

        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass()
        try:
            check_password_policy(password, email=args.email, display_name=args.name)
        except WeakPasswordError as weak:
            print(weak, file=sys.stderr)
            return 2
        migrate()
        print(create_admin(email=args.email, name=args.name, password=password))
    elif args.command == "migrate":
        migrate()
    elif args.command == "check-migrations":
        migrate()
        if pending_migration_changes():
            print("The models have changes no migration describes: run `reflex db makemigrations`.")
            return 1
        print("No pending schema changes.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
